package io.pbm.core;

import java.util.Objects;

/**
 * Thrown when a factory or builder of pbm is given a value outside its valid range.
 *
 * <p>The message follows java.time: {@code Invalid value for weight (valid values 0 < weight <= 100): -5}.
 * The parts stay available to callers that report problems at a location of their own (a JSON
 * pointer, a cell such as {@code Sheet!B7}): {@link #field()}, {@link #value()} and
 * {@link #validRange()}.
 *
 * <p>This class is immutable and thread-safe.
 */
public class InvalidValueException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The name of the field whose value was rejected. */
    private final String field;
    /** The rejected value, as text. */
    private final String value;
    /** What would have been accepted. */
    private final String validRange;

    /**
     * Creates the exception.
     *
     * @param field  the name of the field, not null
     * @param value  the rejected value as text, not null
     * @param validRange  what would have been accepted, such as {@code 0 < weight <= 100}, not null
     */
    public InvalidValueException(String field, String value, String validRange) {
        super("Invalid value for " + Objects.requireNonNull(field, "field is null")
                + " (valid values " + Objects.requireNonNull(validRange, "validRange is null") + "): "
                + Objects.requireNonNull(value, "value is null"));
        this.field = field;
        this.value = value;
        this.validRange = validRange;
    }

    /**
     * Checks a condition about a value and throws when it does not hold.
     *
     * @param valid  whether the value is valid
     * @param field  the name of the field, not null
     * @param value  the value, printed with {@code String.valueOf}
     * @param validRange  what would have been accepted, not null
     * @throws InvalidValueException if {@code valid} is false
     */
    public static void check(boolean valid, String field, Object value, String validRange) {
        if (!valid) {
            throw new InvalidValueException(field, String.valueOf(value), validRange);
        }
    }

    /**
     * The name of the field whose value was rejected.
     *
     * @return the field name, such as {@code weight}
     */
    public String field() {
        return field;
    }

    /**
     * The rejected value as text.
     *
     * @return the value
     */
    public String value() {
        return value;
    }

    /**
     * The values that would have been accepted.
     *
     * @return the valid range, such as {@code 0 < weight <= 100}
     */
    public String validRange() {
        return validRange;
    }
}
