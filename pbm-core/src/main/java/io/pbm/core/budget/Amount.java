package io.pbm.core.budget;

import io.pbm.core.DecimalText;
import io.pbm.core.InvalidValueException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An amount of money in 元 (yuan), exact to the fen: a decimal of scale 2.
 *
 * <p>Amounts are read from forms in 元 or 万元 ({@link #ofWan}: exactly ×10,000) and printed in 元
 * ({@link #toString()}, which {@link #parse} reads back) or 万元 for reports ({@link #toWanString()}).
 * Arithmetic is exact; the only rounding is {@link #times}, HALF_UP to the fen, as a budget cut
 * rounds (domain.md section 8). The magnitude stays below 10<sup>15</sup> 元.
 *
 * <p>Equality: the value is normalised to scale 2, so {@code equals} agrees with
 * {@code compareTo} ({@code 5}, {@code 5.0} and {@code 5.00} are one amount).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param yuan  the amount in 元, scale 2
 */
public record Amount(BigDecimal yuan) implements Comparable<Amount> {

    /** Zero 元. */
    public static final Amount ZERO = new Amount(BigDecimal.ZERO);

    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);
    private static final BigDecimal HUNDRED_MILLION = BigDecimal.valueOf(100_000_000);
    private static final String RANGE = "an amount in 元 with at most 15 integer digits and 2 decimals";

    /**
     * Creates an amount, normalising it to scale 2.
     *
     * @param yuan  the amount in 元, at most 2 decimals, not null
     * @throws InvalidValueException if it has more than 2 decimals or 15 integer digits
     */
    public Amount {
        yuan = DecimalText.toScale("amount", yuan, 2, RANGE);
    }

    /**
     * Obtains an amount in 元.
     *
     * @param yuan  the amount, at most 2 decimals, not null
     * @return the amount
     * @throws InvalidValueException if it has more than 2 decimals or 15 integer digits
     */
    public static Amount of(BigDecimal yuan) {
        return new Amount(yuan);
    }

    /**
     * Obtains an amount of whole 元.
     *
     * @param yuan  the amount
     * @return the amount
     * @throws InvalidValueException if it has more than 15 digits
     */
    public static Amount of(long yuan) {
        return new Amount(BigDecimal.valueOf(yuan));
    }

    /**
     * Obtains an amount from a plain decimal text in 元, such as {@code 1930500.00}.
     *
     * @param yuan  the text, not null
     * @return the amount
     * @throws InvalidValueException if the text is not a plain decimal with at most 2 decimals
     */
    public static Amount of(String yuan) {
        return new Amount(DecimalText.parse("amount", yuan, 2));
    }

    /**
     * Obtains an amount from fen (分), the smallest unit.
     *
     * @param fen  the amount in fen
     * @return the amount
     */
    public static Amount ofFen(long fen) {
        return new Amount(BigDecimal.valueOf(fen, 2));
    }

    /**
     * Converts an amount in 万元, as forms and reports write it, exactly to 元.
     *
     * @param wan  the amount in 万元, at most 6 decimals (one fen), not null
     * @return the amount
     * @throws InvalidValueException if the result has more than 2 decimals or 15 integer digits
     */
    public static Amount ofWan(BigDecimal wan) {
        if (wan == null) {
            throw new NullPointerException("wan is null");
        }
        return new Amount(wan.multiply(TEN_THOUSAND));
    }

    /**
     * Reads an amount as {@link #toString()} writes it, and as forms write it: an optional thousands
     * separator, an optional unit {@code 元}, {@code 万元} or {@code 亿元} (converted exactly).
     * Examples: {@code 1930500.00}, {@code 1,930,500.00元}, {@code 193.05万元}, {@code 23.85亿元}.
     *
     * @param text  the text, not null
     * @return the amount
     * @throws InvalidValueException if the text is not an amount
     */
    public static Amount parse(CharSequence text) {
        if (text == null) {
            throw new NullPointerException("text is null");
        }
        String s = text.toString().strip();
        BigDecimal factor = BigDecimal.ONE;
        int decimals = 2;
        if (s.endsWith("万元")) {
            factor = TEN_THOUSAND;
            decimals = 6;
            s = s.substring(0, s.length() - 2);
        } else if (s.endsWith("亿元")) {
            factor = HUNDRED_MILLION;
            decimals = 6;
            s = s.substring(0, s.length() - 2);
        } else if (s.endsWith("元")) {
            s = s.substring(0, s.length() - 1);
        }
        s = stripGroupingSeparators(s.strip(), text);
        BigDecimal number;
        try {
            number = DecimalText.parse("amount", s, decimals);
        } catch (InvalidValueException e) {
            throw new InvalidValueException("amount", DecimalText.abbreviate(text),
                    "a plain decimal in 元 (2 decimals), 万元 or 亿元, such as 1930500.00 or 193.05万元");
        }
        return new Amount(number.multiply(factor));
    }

    private static String stripGroupingSeparators(String s, CharSequence original) {
        if (s.indexOf(',') < 0) {
            return s;
        }
        // Thousands separators are accepted only where they belong: 1,930,500.00, never 19,30.
        if (!s.matches("-?\\d{1,3}(,\\d{3})+(\\.\\d+)?")) {
            throw new InvalidValueException("amount", DecimalText.abbreviate(original),
                    "a plain decimal, with thousands separators only between groups of three digits");
        }
        return s.replace(",", "");
    }

    /**
     * Adds an amount.
     *
     * @param other  the amount to add, not null
     * @return the sum
     * @throws InvalidValueException if the sum reaches 10<sup>15</sup> 元
     */
    public Amount plus(Amount other) {
        Objects.requireNonNull(other, "other is null");
        return new Amount(yuan.add(other.yuan));
    }

    /**
     * Subtracts an amount.
     *
     * @param other  the amount to subtract, not null
     * @return the difference, which may be negative
     */
    public Amount minus(Amount other) {
        Objects.requireNonNull(other, "other is null");
        return new Amount(yuan.subtract(other.yuan));
    }

    /**
     * Multiplies by a factor and rounds HALF_UP to the fen — how a cut of ratio r leaves
     * {@code before × (1 − r)} (domain.md section 8).
     *
     * @param factor  the factor, not null
     * @return the product, rounded to the fen
     * @throws InvalidValueException if the product reaches 10<sup>15</sup> 元
     */
    public Amount times(BigDecimal factor) {
        Objects.requireNonNull(factor, "factor is null");
        if (yuan.signum() == 0 || factor.signum() == 0) {
            return ZERO;
        }
        // 10^(digits - 2) <= |product| < 10^digits: decided before the product is built, so a factor
        // such as 1E+999999999 is refused, and one such as 1E-999999999 gives 0.00, at no cost.
        long digits = (long) yuan.precision() - yuan.scale() + (long) factor.precision() - factor.scale();
        if (digits < -2) {
            return ZERO;
        }
        InvalidValueException.check(digits - 2 < DecimalText.MAX_INTEGER_DIGITS, "amount",
                yuan + " × " + DecimalText.abbreviate(factor.toString()), RANGE);
        return new Amount(yuan.multiply(factor).setScale(2, RoundingMode.HALF_UP));
    }

    /**
     * The amount in 万元, exact.
     *
     * @return the amount divided by 10,000, without rounding (scale 6)
     */
    public BigDecimal toWan() {
        return yuan.movePointLeft(4);
    }

    /**
     * The amount in 万元 for reports, HALF_UP to 2 decimals: {@code 193.05万元}.
     *
     * @return the text
     */
    public String toWanString() {
        return yuan.movePointLeft(4).setScale(2, RoundingMode.HALF_UP).toPlainString() + "万元";
    }

    /**
     * Whether the amount is zero.
     *
     * @return true for 0.00
     */
    public boolean isZero() {
        return yuan.signum() == 0;
    }

    /**
     * Whether the amount is below zero.
     *
     * @return true for a negative amount
     */
    public boolean isNegative() {
        return yuan.signum() < 0;
    }

    /**
     * Whether this amount is greater than another.
     *
     * @param other  the other amount, not null
     * @return true if this is greater
     */
    public boolean isGreaterThan(Amount other) {
        return compareTo(other) > 0;
    }

    @Override
    public int compareTo(Amount other) {
        Objects.requireNonNull(other, "other is null");
        return yuan.compareTo(other.yuan);
    }

    /**
     * The amount in 元 as a plain decimal with 2 decimals, such as {@code 1930500.00}; {@link #parse}
     * reads it back.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return yuan.toPlainString();
    }
}
