package io.pbm.rules.policy;

import java.util.Objects;

/**
 * One parameter in which two policies differ.
 *
 * @param parameter  the parameter's name, such as {@code gradeScale}
 * @param left  its value in the policy compared
 * @param right  its value in the other policy
 */
public record PolicyDifference(String parameter, String left, String right) {

    /**
     * Creates a difference.
     *
     * @param parameter  the name, not null
     * @param left  the first value, not null
     * @param right  the second value, not null
     */
    public PolicyDifference {
        Objects.requireNonNull(parameter, "parameter is null");
        Objects.requireNonNull(left, "left is null");
        Objects.requireNonNull(right, "right is null");
    }

    @Override
    public String toString() {
        return parameter + ": " + left + " → " + right;
    }
}
