package io.pbm.rules.policy;

import io.pbm.core.InvalidValueException;
import io.pbm.core.Ratio;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The share of an indicator's weight an evaluator may give for one level of qualitative achievement
 * (R-SCORE-QUAL): from {@code lower} (inclusive) to {@code upper} (exclusive, or inclusive for the
 * top range ending at 1), with an optional default point used when no score is given.
 *
 * <p>Both presets: 达成 [0.8, 1], 部分达成 [0.6, 0.8), 未达成 [0, 0.6), no default points.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param lower  the lowest share, inclusive
 * @param upper  the share where the range ends
 * @param defaultPoint  the share used when the evaluator gives no score, or null
 */
public record QualitativeRange(Ratio lower, Ratio upper, @Nullable Ratio defaultPoint) {

    /**
     * Creates a range.
     *
     * @param lower  the lowest share, 0 or more, not null
     * @param upper  above {@code lower}, at most 1, not null
     * @param defaultPoint  inside the range, or null
     * @throws InvalidValueException if the range is empty, outside [0, 1], or the default outside it
     */
    public QualitativeRange {
        Objects.requireNonNull(lower, "lower is null");
        Objects.requireNonNull(upper, "upper is null");
        String range = "0 <= lower < upper <= 1";
        InvalidValueException.check(lower.signum() >= 0 && lower.isBelow(upper) && !upper.isAbove(Ratio.ONE),
                "qualitative range", "[" + lower + ", " + upper + ")", range);
        if (defaultPoint != null) {
            Ratio point = defaultPoint;
            InvalidValueException.check(!point.isBelow(lower) && (point.isBelow(upper) || (isTop(upper) && point.equals(upper))),
                    "qualitative default point", point, "inside [" + lower + ", " + upper + (isTop(upper) ? "]" : ")"));
        }
    }

    /**
     * Obtains a range without a default point.
     *
     * @param lower  the lowest share, not null
     * @param upper  the end, not null
     * @return the range
     */
    public static QualitativeRange of(Ratio lower, Ratio upper) {
        return new QualitativeRange(lower, upper, null);
    }

    /**
     * The default point, if the policy gives one.
     *
     * @return the share of the weight
     */
    public Optional<Ratio> defaultShare() {
        return Optional.ofNullable(defaultPoint);
    }

    /**
     * A copy with a default point.
     *
     * @param point  the share used when no score is given, inside the range, or null for none
     * @return the range
     */
    public QualitativeRange withDefaultPoint(@Nullable Ratio point) {
        return new QualitativeRange(lower, upper, point);
    }

    /**
     * Whether the range ends at 1 and therefore includes it.
     *
     * @return true for the top range
     */
    public boolean isTop() {
        return isTop(upper);
    }

    /** A term as a decimal; {@code valueOf} shares 0 to 10 rather than making one per indicator scored. */
    private static BigDecimal decimal(java.math.BigInteger term) {
        return term.bitLength() < 63 ? BigDecimal.valueOf(term.longValue()) : new BigDecimal(term);
    }

    private static boolean isTop(Ratio upper) {
        return upper.equals(Ratio.ONE);
    }

    /**
     * Whether a score lies in the range for a weight, compared exactly: lower × weight ≤ score and
     * score &lt; upper × weight (≤ for the top range).
     *
     * @param score  the points given, not null
     * @param weight  the indicator's weight in points, not null
     * @return true if allowed
     */
    public boolean allows(BigDecimal score, BigDecimal weight) {
        Objects.requireNonNull(score, "score is null");
        Objects.requireNonNull(weight, "weight is null");
        // score × den ≥ num × weight, cross-multiplied so that no ratio is rounded.
        int low = decimal(lower.denominator()).multiply(score).compareTo(decimal(lower.numerator()).multiply(weight));
        int high = decimal(upper.denominator()).multiply(score).compareTo(decimal(upper.numerator()).multiply(weight));
        return low >= 0 && (high < 0 || (isTop() && high == 0));
    }

    /**
     * The range in points for a weight, as messages show it: {@code [18.00, 24.00)}.
     *
     * @param weight  the weight in points, not null
     * @return the text
     */
    public String describe(BigDecimal weight) {
        return "[" + points(lower, weight) + ", " + points(upper, weight) + (isTop() ? "]" : ")");
    }

    private static String points(Ratio share, BigDecimal weight) {
        return new BigDecimal(share.numerator()).multiply(weight)
                .divide(new BigDecimal(share.denominator()), 2, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    /**
     * The range as shares: {@code [0.6, 0.8)}, {@code [0.8, 1] default 0.9}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return "[" + lower + ", " + upper + (isTop() ? "]" : ")") + (defaultPoint == null ? "" : " default " + defaultPoint);
    }
}
