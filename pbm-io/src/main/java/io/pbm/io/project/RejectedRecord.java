package io.pbm.io.project;

import io.pbm.rules.explain.Rejection;
import io.pbm.rules.explain.Problem;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A record that cannot be read, with <em>all</em> its problems, each at its JSON pointer within the
 * document ({@code /projects/3/indicators/0/weight}), with its code and message — json-contract.md's
 * {@code rejected} entry: {@code { "projectId", "index", "problems" }}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param section  the list the record belongs to
 * @param index  its index in the list
 * @param id  the record's id as written, if it could be read at all (shortened when very long), or null
 * @param problems  the problems, at least one, in the order of their locations
 */
public record RejectedRecord(Section section, int index, @Nullable String id, List<Problem> problems)
        implements ReadRecord {

    /**
     * Creates the record.
     *
     * @param section  the section, not null
     * @param index  the index, 0 or more
     * @param id  the id, or null
     * @param problems  the problems, not empty, not null
     */
    public RejectedRecord {
        Objects.requireNonNull(section, "section is null");
        problems = List.copyOf(Objects.requireNonNull(problems, "problems is null"));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("Invalid value for problems (valid values at least one problem): []");
        }
    }

    /**
     * The record's id, if it could be read.
     *
     * @return the id
     */
    public Optional<String> knownId() {
        return Optional.ofNullable(id);
    }

    /**
     * The rejection in the shape the engines use, beside theirs in a result's {@code rejected} list.
     *
     * @return the rejection, with an empty id when none could be read
     */
    public Rejection toRejection() {
        return new Rejection(id == null ? "" : id, problems);
    }

    /**
     * The rejection as text, one problem a line.
     *
     * @param locale  English for {@code en}, Chinese otherwise; not null
     * @return the text
     */
    public String render(Locale locale) {
        StringBuilder text = new StringBuilder(pointer()).append(id == null ? "" : " " + id).append(':');
        for (Problem problem : problems) {
            text.append("\n  ").append(problem.render(locale));
        }
        return text.toString();
    }

    @Override
    public String toString() {
        return render(Locale.SIMPLIFIED_CHINESE);
    }
}
