package io.pbm.rules.monitoring;

import io.pbm.rules.explain.Rejection;
import io.pbm.rules.explain.Problem;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A project of a batch that cannot be monitored, with its place in the input and <em>all</em> its
 * problems (json-contract.md: {@code "rejected": [ { "projectId", "index", "problems" } ]}).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param index  the project's position in the input, from 0
 * @param rejection  the project's id and every problem found
 */
public record RejectedProject(int index, Rejection rejection) {

    /**
     * Creates a rejected project.
     *
     * @param index  0 or more
     * @param rejection  not null
     */
    public RejectedProject {
        Objects.requireNonNull(rejection, "rejection is null");
        if (index < 0) {
            throw new io.pbm.core.InvalidValueException("index", String.valueOf(index), "index >= 0");
        }
    }

    /**
     * The id of the rejected project.
     *
     * @return the id
     */
    public String projectId() {
        return rejection.id();
    }

    /**
     * Every problem found.
     *
     * @return the problems, at least one
     */
    public List<Problem> problems() {
        return rejection.problems();
    }

    @Override
    public String toString() {
        return "#" + index + " " + rejection.render(Locale.SIMPLIFIED_CHINESE);
    }
}
