package io.pbm.core.goal;

import io.pbm.core.InvalidValueException;
import java.util.Objects;

/**
 * The unit of measure of an indicator (计量单位 / 度量单位): {@code 公里}, {@code %}, {@code 人次} …
 * Not to be confused with the budget unit that spends the money ({@code io.pbm.core.project.BudgetUnit}).
 *
 * <p>{@code %} is a unit like any other: 98% is the number 98 in unit {@code %}, so target and actual
 * compare in the same unit (domain.md, "Targets and actuals as real forms write them").
 * {@link #NONE} stands for a value written without a unit.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param symbol  the unit as written, stripped; empty for {@link #NONE}
 */
public record MeasureUnit(String symbol) {

    /** No unit. */
    public static final MeasureUnit NONE = new MeasureUnit("");

    /** Per cent. */
    public static final MeasureUnit PERCENT = new MeasureUnit("%");

    /** The longest unit accepted. */
    public static final int MAX_LENGTH = 32;

    /**
     * Creates a unit of measure, stripping surrounding white space and reading the full-width
     * {@code ％} as {@code %}.
     *
     * @param symbol  the unit, at most 32 characters, not null
     * @throws InvalidValueException if it is too long or starts like a number
     */
    public MeasureUnit {
        if (symbol == null) {
            throw new NullPointerException("unit is null");
        }
        symbol = symbol.strip().replace('％', '%');
        InvalidValueException.check(isValid(symbol), "unit", symbol, VALID);
    }

    private static final String VALID = "a unit of measure of at most " + MAX_LENGTH
            + " characters, without sentence punctuation, not starting like a number, digits only after a letter (m2)";

    /**
     * Whether a text can be a unit of measure: at most 32 characters, no sentence punctuation, not
     * starting like a number, and digits only right after a letter ({@code m2}, never {@code %-100%}).
     *
     * @param symbol  the text, not null
     * @return true if {@link #of} accepts it
     */
    public static boolean isValid(String symbol) {
        String s = Objects.requireNonNull(symbol, "unit is null").strip();
        if (s.length() > MAX_LENGTH) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean digit = c >= '0' && c <= '9';
            if (digit && (i == 0 || !Character.isLetter(s.charAt(i - 1)))) {
                return false;
            }
            if ("，,。；;、！？!?：:".indexOf(c) >= 0 || (i == 0 && (c == '.' || c == '-' || c == '+'))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Obtains a unit of measure.
     *
     * @param symbol  the unit, not null
     * @return the unit, {@link #NONE} for a blank text
     */
    public static MeasureUnit of(String symbol) {
        MeasureUnit unit = new MeasureUnit(Objects.requireNonNull(symbol, "unit is null"));
        return unit.isNone() ? NONE : unit;
    }

    /**
     * Whether no unit was written.
     *
     * @return true for {@link #NONE}
     */
    public boolean isNone() {
        return symbol.isEmpty();
    }

    /**
     * Whether this is per cent, which marks a rate rather than a count (R-MON-2).
     *
     * @return true for {@code %}
     */
    public boolean isPercent() {
        return symbol.equals("%");
    }

    /**
     * The unit as written.
     *
     * @return the symbol, empty for {@link #NONE}
     */
    @Override
    public String toString() {
        return symbol;
    }
}
