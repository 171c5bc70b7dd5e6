package io.pbm.core.goal;

import io.pbm.core.DecimalText;
import io.pbm.core.InvalidValueException;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The weight of an indicator (分值 / 权重): the points it is worth on the 100-point scale, more than 0
 * and at most 100, exact to 2 decimals.
 *
 * <p>A non-positive weight makes an indicator unusable (R-GOAL-4) and is refused here; whether the
 * weights of a goal add up to the policy's split (R-GOAL-3) is a rule that pbm-rules reports.
 *
 * <p>Equality: the value is normalised to scale 2, so {@code equals} agrees with {@code compareTo}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param points  the points, 0 &lt; points &le; 100, scale 2
 */
public record Weight(BigDecimal points) implements Comparable<Weight> {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final String RANGE = "0 < weight <= 100, at most 2 decimals";

    /**
     * Creates a weight.
     *
     * @param points  the points, 0 &lt; points &le; 100, at most 2 decimals, not null
     * @throws InvalidValueException if out of range or more precise than 2 decimals
     */
    public Weight {
        if (points == null) {
            throw new NullPointerException("weight is null");
        }
        InvalidValueException.check(points.signum() > 0 && points.compareTo(HUNDRED) <= 0,
                "weight", DecimalText.abbreviate(points.toString()), RANGE);
        points = DecimalText.toScale("weight", points, 2, RANGE);
    }

    /**
     * Obtains a weight.
     *
     * @param points  the points, 0 &lt; points &le; 100, at most 2 decimals, not null
     * @return the weight
     * @throws InvalidValueException if out of range or more precise than 2 decimals
     */
    public static Weight of(BigDecimal points) {
        return new Weight(points);
    }

    /**
     * Obtains a weight of whole points.
     *
     * @param points  the points, 1 to 100
     * @return the weight
     * @throws InvalidValueException if out of range
     */
    public static Weight of(long points) {
        return new Weight(BigDecimal.valueOf(points));
    }

    /**
     * Reads a weight as {@link #toString()} writes it, such as {@code 30.00} or {@code 30}.
     *
     * @param text  the text, not null
     * @return the weight
     * @throws InvalidValueException if the text is not a weight
     */
    public static Weight parse(CharSequence text) {
        return new Weight(DecimalText.parse("weight", text == null ? null : text.toString().strip(), 2));
    }

    @Override
    public int compareTo(Weight other) {
        Objects.requireNonNull(other, "other is null");
        return points.compareTo(other.points);
    }

    /**
     * The points as a plain decimal with 2 decimals, such as {@code 30.00}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return points.toPlainString();
    }
}
