package io.pbm.core.grade;

import io.pbm.core.DecimalText;
import io.pbm.core.InvalidValueException;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A score in points on the 100-point scale of an evaluation: from 0 to 100, exact to 2 decimals
 * (R-SCORE-ROUND: scores are shown with 2 decimals, a policy with whole-number scores still writes
 * {@code 9.00}).
 *
 * <p>Engines compute a score from exact inputs in one expression and round it once before building
 * this value; the value itself never rounds — {@code Score.of("88.735")} is refused.
 *
 * <p>Equality: the value is normalised to scale 2, so {@code equals} agrees with {@code compareTo}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param points  the points, 0 to 100, scale 2
 */
public record Score(BigDecimal points) implements Comparable<Score> {

    // Declared first: the constants below run the constructor, which reads it.
    private static final BigDecimal FULL_POINTS = BigDecimal.valueOf(100);

    /** No points. */
    public static final Score ZERO = new Score(BigDecimal.ZERO);

    /** Full marks, 100 points. */
    public static final Score FULL = new Score(BigDecimal.valueOf(100));

    private static final String RANGE = "0 <= score <= 100, at most 2 decimals";

    /**
     * Creates a score.
     *
     * @param points  the points, 0 to 100, at most 2 decimals, not null
     * @throws InvalidValueException if out of range or more precise than 2 decimals
     */
    public Score {
        if (points == null) {
            throw new NullPointerException("score is null");
        }
        InvalidValueException.check(points.signum() >= 0 && points.compareTo(FULL_POINTS) <= 0,
                "score", DecimalText.abbreviate(points.toString()), RANGE);
        points = DecimalText.toScale("score", points, 2, RANGE);
    }

    /**
     * Obtains a score.
     *
     * @param points  the points, 0 to 100, at most 2 decimals, not null
     * @return the score
     * @throws InvalidValueException if out of range or more precise than 2 decimals
     */
    public static Score of(BigDecimal points) {
        if (points != null && points.scale() == 2) {
            // BigDecimal's hash of a 2-decimal value of at most 100.00 is 31 × hundredths + 2: it finds the
            // candidate without making a number, and the candidate is taken only if its points are equal.
            int hundredths = (points.hashCode() - 2) / 31;
            if (hundredths >= 0 && hundredths < Hundredths.SCORES.length
                    && Hundredths.SCORES[hundredths].points.equals(points)) {
                return Hundredths.SCORES[hundredths];
            }
        }
        if (points != null && points.scale() >= 0 && points.scale() <= 2 && points.signum() >= 0
                && points.compareTo(FULL_POINTS) <= 0) {
            return Hundredths.SCORES[points.scaleByPowerOfTen(2).intValue()];
        }
        return new Score(points);
    }

    /**
     * The points in hundredths of a point, exact: {@code 88.73} is 8873 — for sums of scores kept as
     * whole numbers.
     *
     * @return 0 to 10000
     */
    public int hundredths() {
        int candidate = (points.hashCode() - 2) / 31;
        // A shared score is found by its hash (see of); any other is counted out.
        if (candidate >= 0 && candidate < Hundredths.SCORES.length && Hundredths.SCORES[candidate].points == points) {
            return candidate;
        }
        return points.movePointRight(2).intValueExact();
    }

    /**
     * Every score there is, made once when first asked for: an evaluation makes one per indicator, and a
     * province's batch would otherwise hold half a million equal copies.
     */
    private static final class Hundredths {
        private static final Score[] SCORES = new Score[10_001];

        static {
            for (int i = 0; i < SCORES.length; i++) {
                SCORES[i] = new Score(BigDecimal.valueOf(i, 2));
            }
        }

        private Hundredths() {}
    }

    /**
     * Obtains a score of whole points.
     *
     * @param points  the points, 0 to 100
     * @return the score
     * @throws InvalidValueException if out of range
     */
    public static Score of(long points) {
        return new Score(BigDecimal.valueOf(points));
    }

    /**
     * Reads a score as {@link #toString()} writes it: a plain decimal such as {@code 88.73}.
     *
     * @param text  the text, not null
     * @return the score
     * @throws InvalidValueException if the text is not a score
     */
    public static Score parse(CharSequence text) {
        return new Score(DecimalText.parse("score", text == null ? null : text.toString().strip(), 2));
    }

    /**
     * Whether this score is below another.
     *
     * @param other  the other score, not null
     * @return true if this is lower
     */
    public boolean isBelow(Score other) {
        return compareTo(other) < 0;
    }

    @Override
    public int compareTo(Score other) {
        Objects.requireNonNull(other, "other is null");
        return points.compareTo(other.points);
    }

    /**
     * The points as a plain decimal with 2 decimals, such as {@code 88.73}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return points.toPlainString();
    }
}
