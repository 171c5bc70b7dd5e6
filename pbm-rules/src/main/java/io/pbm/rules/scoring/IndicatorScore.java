package io.pbm.rules.scoring;

import io.pbm.rules.explain.Message;
import io.pbm.rules.explain.RuleId;
import io.pbm.rules.explain.TraceStep;
import io.pbm.rules.policy.Policy;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The score of one indicator and how it was reached.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param points  the points earned, rounded once to the policy's scale, written with 2 decimals
 * @param actual  the number the score was computed from (a bound's number), null for a qualitative
 *     indicator
 * @param metByBound  whether an actual written as a bound ({@code ≥95%}) satisfied the target
 * @param defaultScore  whether a qualitative score came from the policy's default point
 * @param step  the trace step of the scoring rule
 */
public record IndicatorScore(BigDecimal points, @Nullable BigDecimal actual, boolean metByBound, boolean defaultScore,
        TraceStep step) {

    /**
     * The step of a score made without its trace ({@link IndicatorScoring#score(io.pbm.core.goal.Indicator,
     * io.pbm.core.evaluation.IndicatorActual, Policy, String, boolean)}): it names the rounding rule and
     * explains nothing.
     */
    public static final TraceStep UNTRACED = new TraceStep(RuleId.R_SCORE_ROUND, "", "—", Message.of("untraced"));

    /**
     * Creates a score.
     *
     * @param points  not null
     * @param actual  or null
     * @param metByBound  whether met by a bound
     * @param defaultScore  whether the policy's default point was used
     * @param step  not null
     */
    public IndicatorScore {
        Objects.requireNonNull(points, "points is null");
        Objects.requireNonNull(step, "step is null");
    }

    /**
     * The number the score was computed from.
     *
     * @return the actual, empty for a qualitative indicator
     */
    public Optional<BigDecimal> actualNumber() {
        return Optional.ofNullable(actual);
    }
}
