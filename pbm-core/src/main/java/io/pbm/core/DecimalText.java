package io.pbm.core;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The decimal grammar of pbm: an optional {@code -}, at most 15 integer digits, an optional point
 * with at most 6 decimals (fewer where the field says so), and no exponent — checked on the
 * characters <em>before</em> any number is built, so hostile text such as {@code 1e999999999} or a
 * 10,000-digit number is refused in microseconds.
 *
 * <p>Amounts (元), weights, scores, targets and actuals all pass through here (json-contract.md,
 * "Decimals").
 */
public final class DecimalText {

    /** The most integer digits a decimal may have (below 10<sup>15</sup>). */
    public static final int MAX_INTEGER_DIGITS = 15;

    /** The most decimals any decimal may have. */
    public static final int MAX_DECIMALS = 6;

    private DecimalText() {}

    /**
     * Reads a plain decimal.
     *
     * @param field  the name of the field, for the message, not null
     * @param text  the text, not null
     * @param maxDecimals  the most decimals the field allows, 0 to {@value #MAX_DECIMALS}
     * @return the exact value, with the scale written in the text
     * @throws InvalidValueException if the text is outside the grammar
     */
    public static BigDecimal parse(String field, CharSequence text, int maxDecimals) {
        Objects.requireNonNull(field, "field is null");
        if (text == null) {
            throw new NullPointerException(field + " is null");
        }
        if (!matches(text, maxDecimals)) {
            throw new InvalidValueException(field, abbreviate(text), grammar(maxDecimals));
        }
        return new BigDecimal(text.toString());
    }

    /**
     * Whether a text is a plain decimal of the grammar, looking at no more characters than the
     * grammar allows.
     *
     * @param text  the text, not null
     * @param maxDecimals  the most decimals allowed, 0 to {@value #MAX_DECIMALS}
     * @return true if {@link #parse} would accept it
     */
    public static boolean matches(CharSequence text, int maxDecimals) {
        Objects.requireNonNull(text, "text is null");
        checkMaxDecimals(maxDecimals);
        int length = text.length();
        int i = 0;
        if (i < length && text.charAt(i) == '-') {
            i++;
        }
        int integerStart = i;
        while (i < length && isDigit(text.charAt(i))) {
            i++;
            if (i - integerStart > MAX_INTEGER_DIGITS) {
                return false;
            }
        }
        if (i == integerStart) {
            return false;
        }
        if (i == length) {
            return true;
        }
        if (text.charAt(i) != '.') {
            return false;
        }
        i++;
        int fractionStart = i;
        while (i < length && isDigit(text.charAt(i))) {
            i++;
            if (i - fractionStart > maxDecimals) {
                return false;
            }
        }
        return i == length && i > fractionStart;
    }

    /**
     * Checks a value given as a number rather than text against the same grammar: at most 15 integer
     * digits and {@code maxDecimals} decimals once trailing zeros are removed. Costs nothing for a
     * value like {@code 1E+999999999}, whose digits are never expanded.
     *
     * @param field  the name of the field, for the message, not null
     * @param value  the value, not null
     * @param maxDecimals  the most decimals allowed, 0 to {@value #MAX_DECIMALS}
     * @return the value, unchanged
     * @throws InvalidValueException if the value is outside the grammar
     */
    public static BigDecimal check(String field, BigDecimal value, int maxDecimals) {
        Objects.requireNonNull(field, "field is null");
        if (value == null) {
            throw new NullPointerException(field + " is null");
        }
        checkMaxDecimals(maxDecimals);
        if (integerDigits(value) > MAX_INTEGER_DIGITS) {
            throw new InvalidValueException(field, abbreviate(value.toString()), grammar(maxDecimals));
        }
        if (value.scale() > maxDecimals && value.stripTrailingZeros().scale() > maxDecimals) {
            throw new InvalidValueException(field, abbreviate(value.toString()), grammar(maxDecimals));
        }
        return value;
    }

    /**
     * Normalises a value to a fixed scale, refusing one that would need rounding or has more than 15
     * integer digits; the record constructors of pbm's small values share it.
     *
     * @param field  the name of the field, for the message, not null
     * @param value  the value, not null
     * @param scale  the scale, 0 to {@value #MAX_DECIMALS}
     * @param validRange  the valid values, for the message, not null
     * @return the value with exactly {@code scale} decimals
     * @throws InvalidValueException if more decimals or integer digits are needed
     */
    public static BigDecimal toScale(String field, BigDecimal value, int scale, String validRange) {
        Objects.requireNonNull(field, "field is null");
        if (value == null) {
            throw new NullPointerException(field + " is null");
        }
        checkMaxDecimals(scale);
        if (integerDigits(value) > MAX_INTEGER_DIGITS
                || (value.scale() > scale && value.stripTrailingZeros().scale() > scale)) {
            throw new InvalidValueException(field, abbreviate(value.toString()), validRange);
        }
        return value.setScale(scale, java.math.RoundingMode.UNNECESSARY);
    }

    /**
     * Describes the grammar for a field's message.
     *
     * @param maxDecimals  the most decimals allowed
     * @return such as {@code a plain decimal with at most 15 integer digits and 2 decimals, no exponent}
     */
    public static String grammar(int maxDecimals) {
        return "a plain decimal with at most " + MAX_INTEGER_DIGITS + " integer digits and "
                + maxDecimals + " decimals, no exponent";
    }

    /**
     * Shortens a hostile text for a message: an error must not echo megabytes back.
     *
     * @param text  the text, not null
     * @return the text, or its first 40 characters and the length
     */
    public static String abbreviate(CharSequence text) {
        return text.length() <= 60
                ? text.toString()
                : text.subSequence(0, 40) + "… (" + text.length() + " characters)";
    }

    /** The count of integer digits, without expanding the number: precision - scale; zero has one. */
    private static long integerDigits(BigDecimal value) {
        return value.signum() == 0 ? 1 : (long) value.precision() - value.scale();
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static void checkMaxDecimals(int maxDecimals) {
        InvalidValueException.check(maxDecimals >= 0 && maxDecimals <= MAX_DECIMALS, "maxDecimals", maxDecimals,
                "0 <= maxDecimals <= " + MAX_DECIMALS);
    }
}
