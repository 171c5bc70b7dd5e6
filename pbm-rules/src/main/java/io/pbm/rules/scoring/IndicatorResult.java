package io.pbm.rules.scoring;

import io.pbm.core.Ratio;
import io.pbm.core.Labelled;
import io.pbm.core.goal.Weight;
import io.pbm.core.grade.Score;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The result of one level-3 indicator: its score (R-SCORE-GE/LE/EQ/QUAL, rounded once,
 * R-SCORE-ROUND), its deviation (R-DEV-1), whether an explanation is required and given, and its
 * flags (R-DEV-2).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param name  the indicator's name
 * @param category  its level-1 category ({@link io.pbm.core.goal.Level1}), or its part of the
 *     department/finance frame ({@link io.pbm.core.evaluation.FrameSection})
 * @param weight  its weight in points
 * @param score  the points earned, between 0 and the weight
 * @param deviation  the signed deviation, a shortfall negative; null for a qualitative indicator or
 *     a target of 0
 * @param explanationRequired  whether R-DEV-1 requires an explanation
 * @param explained  whether the input gives one
 * @param flags  the flags
 */
public record IndicatorResult(String name, Labelled category, Weight weight, Score score, @Nullable Ratio deviation,
        boolean explanationRequired, boolean explained, Set<IndicatorFlag> flags) {

    /**
     * Creates a result.
     *
     * @param name  not null
     * @param category  not null
     * @param weight  not null
     * @param score  not null
     * @param deviation  or null
     * @param explanationRequired  whether required
     * @param explained  whether given
     * @param flags  not null
     */
    public IndicatorResult {
        Objects.requireNonNull(name, "name is null");
        Objects.requireNonNull(category, "category is null");
        Objects.requireNonNull(weight, "weight is null");
        Objects.requireNonNull(score, "score is null");
        Objects.requireNonNull(flags, "flags is null");
        flags = flags.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(flags));
    }

    /**
     * The deviation, if the indicator has one.
     *
     * @return the signed deviation
     */
    public Optional<Ratio> deviationRatio() {
        return Optional.ofNullable(deviation);
    }

    /**
     * Whether a required explanation is missing (R-DEV-1: the evaluation is then incomplete).
     *
     * @return true if required and not given
     */
    public boolean explanationMissing() {
        return explanationRequired && !explained;
    }

    /**
     * The points lost: weight − score.
     *
     * @return the points, 0 or more
     */
    public java.math.BigDecimal pointsLost() {
        return weight.points().subtract(score.points());
    }
}
