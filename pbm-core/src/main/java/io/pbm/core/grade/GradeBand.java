package io.pbm.core.grade;

import io.pbm.core.InvalidValueException;
import java.util.Objects;

/**
 * One band of a grade scale: a grade and its score range, lower bound inclusive, upper bound
 * exclusive — except that a band ending at 100 includes 100 (R-GRADE-3). 良 [80, 90) holds 80.00 to
 * 89.99; 优 [90, 100] holds 100.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param grade  the grade
 * @param lower  the lowest score of the band, inclusive
 * @param upper  the score where the band ends: exclusive, or inclusive when it is 100
 */
public record GradeBand(Grade grade, Score lower, Score upper) {

    /**
     * Creates a band.
     *
     * @param grade  the grade, not null
     * @param lower  the inclusive lower bound, not null
     * @param upper  the upper bound, above {@code lower}, not null
     * @throws InvalidValueException if the band is empty
     */
    public GradeBand {
        Objects.requireNonNull(grade, "grade is null");
        Objects.requireNonNull(lower, "lower is null");
        Objects.requireNonNull(upper, "upper is null");
        InvalidValueException.check(lower.compareTo(upper) < 0, "band " + grade.label(), "[" + lower + ", " + upper + ")",
                "lower < upper");
    }

    /**
     * Obtains a band.
     *
     * @param grade  the grade, not null
     * @param lower  the inclusive lower bound, not null
     * @param upper  the upper bound, not null
     * @return the band
     */
    public static GradeBand of(Grade grade, Score lower, Score upper) {
        return new GradeBand(grade, lower, upper);
    }

    /**
     * Whether a score falls in this band.
     *
     * @param score  the score, not null
     * @return true if {@code lower <= score < upper}, or {@code score == upper == 100}
     */
    public boolean contains(Score score) {
        Objects.requireNonNull(score, "score is null");
        return lower.compareTo(score) <= 0
                && (score.compareTo(upper) < 0 || (isTop() && score.compareTo(upper) == 0));
    }

    /**
     * Whether the band ends at 100 and therefore includes it.
     *
     * @return true for the top band
     */
    public boolean isTop() {
        return upper.equals(Score.FULL);
    }

    /**
     * The band as the seeds write it: {@code 良 [80.00, 90.00)}, {@code 优 [90.00, 100.00]}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return grade.label() + " [" + lower + ", " + upper + (isTop() ? "]" : ")");
    }
}
