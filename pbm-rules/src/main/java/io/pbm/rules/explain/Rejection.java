package io.pbm.rules.explain;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A record that cannot be evaluated, with <em>all</em> its problems — never only the first
 * (json-contract.md, "Nothing is lost").
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id  the record's id (a project's, or a unit-wide record's)
 * @param problems  every problem found, at least one
 */
public record Rejection(String id, List<Problem> problems) {

    /**
     * Creates a rejection.
     *
     * @param id  the id, not null
     * @param problems  the problems, not empty, not null
     */
    public Rejection {
        Objects.requireNonNull(id, "id is null");
        Objects.requireNonNull(problems, "problems is null");
        problems = List.copyOf(problems);
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("Invalid value for problems (valid values at least one problem): []");
        }
    }

    /**
     * The rejection, one problem per line.
     *
     * @param locale  the language, not null
     * @return the text
     */
    public String render(Locale locale) {
        StringBuilder text = new StringBuilder(id).append(":\n");
        for (Problem problem : problems) {
            text.append("  ").append(problem.render(locale)).append('\n');
        }
        return text.toString();
    }

    @Override
    public String toString() {
        return render(Locale.SIMPLIFIED_CHINESE);
    }
}
