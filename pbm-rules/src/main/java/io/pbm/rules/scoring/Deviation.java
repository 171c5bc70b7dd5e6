package io.pbm.rules.scoring;

import io.pbm.core.Ratio;
import io.pbm.core.goal.Indicator;
import io.pbm.rules.policy.Policy;
import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The deviation of a quantitative indicator and when it needs an explanation (R-DEV-1) — shared by
 * the evaluation and the table check, so that both read the rule alike.
 *
 * <p>Pure and thread-safe.
 */
public final class Deviation {

    private Deviation() {}

    /**
     * The signed deviation (R-DEV-1): (actual − target) ÷ |target| for ≥, &gt; and =, (target − actual) ÷
     * |target| for ≤ and &lt;, so that a shortfall is negative for both; exact.
     *
     * @param indicator  the indicator, not null
     * @param actual  the number scored, or null for a qualitative indicator
     * @return the deviation, or null for a qualitative indicator or a target of 0
     */
    public static @Nullable Ratio of(Indicator indicator, @Nullable BigDecimal actual) {
        Objects.requireNonNull(indicator, "indicator is null");
        BigDecimal target = indicator.target().number().orElse(null);
        if (actual == null || target == null || target.signum() == 0 || !indicator.isQuantitative()) {
            return null;
        }
        BigDecimal difference = indicator.comparison().isLowerBetter() ? target.subtract(actual) : actual.subtract(target);
        // Divided by |target|, so that a shortfall stays negative for a negative target too.
        return Ratio.of(difference, target.abs());
    }

    /**
     * Whether a deviation is beyond the policy's threshold, strictly (R-DEV-1: exactly 20 % is not).
     *
     * @param deviation  the deviation, or null
     * @param policy  the policy, not null
     * @return true if |deviation| &gt; threshold
     */
    public static boolean isBeyond(@Nullable Ratio deviation, Policy policy) {
        Objects.requireNonNull(policy, "policy is null");
        return deviation != null && deviation.abs().isAbove(policy.deviationThreshold());
    }

    /**
     * Whether an indicator needs a deviation explanation (R-DEV-1): its score is below its weight, or
     * its deviation is beyond the threshold.
     *
     * @param score  the points earned, not null
     * @param weight  the indicator's weight in points, not null
     * @param deviation  the deviation, or null
     * @param policy  the policy, not null
     * @return true if an explanation is required
     */
    public static boolean explanationRequired(BigDecimal score, BigDecimal weight, @Nullable Ratio deviation,
            Policy policy) {
        Objects.requireNonNull(score, "score is null");
        Objects.requireNonNull(weight, "weight is null");
        return score.compareTo(weight) < 0 || isBeyond(deviation, policy);
    }
}
