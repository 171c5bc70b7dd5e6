package io.pbm.rules.pipeline;

import io.pbm.core.InvalidValueException;
import io.pbm.rules.explain.Rejection;
import io.pbm.rules.explain.Problem;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A project that cannot be evaluated, with its position in the input and <em>all</em> its problems
 * (json-contract.md: {@code { "projectId", "index", "problems" }}).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param index  the project's position in the input, from 0
 * @param rejection  the engine's rejection, with every problem
 */
public record RejectedProject(long index, Rejection rejection) implements ProjectOutcome {

    /**
     * Creates a rejected project.
     *
     * @param index  0 or more
     * @param rejection  not null
     */
    public RejectedProject {
        InvalidValueException.check(index >= 0, "index", index, "index >= 0");
        Objects.requireNonNull(rejection, "rejection is null");
    }

    @Override
    public String projectId() {
        return rejection.id();
    }

    @Override
    public OutcomeKind kind() {
        return OutcomeKind.REJECTED;
    }

    /**
     * Every problem of the project.
     *
     * @return the problems, at least one
     */
    public List<Problem> problems() {
        return rejection.problems();
    }

    /**
     * The rejection, one problem per line, after the index.
     *
     * @param locale  the language, not null
     * @return the text
     */
    public String render(Locale locale) {
        return "[" + index + "] " + rejection.render(locale);
    }

    @Override
    public String toString() {
        return render(Locale.SIMPLIFIED_CHINESE);
    }
}
