package io.pbm.rules.scoring;

import io.pbm.core.Ratio;
import io.pbm.core.budget.Budget;
import io.pbm.rules.explain.Message;
import io.pbm.rules.explain.RuleId;
import io.pbm.rules.explain.TraceStep;
import io.pbm.rules.policy.Policy;
import io.pbm.rules.precision.Scaled;
import io.pbm.rules.precision.Shown;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The execution-rate score (R-SCORE-EXEC): min(spent ÷ adjusted budget, 1) × the policy's execution
 * weight, computed as spent × weight ÷ adjusted and rounded once. A zero budget scores 0, with no
 * rate — never a division error.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param points  the points earned, with 2 decimals
 * @param rate  spent ÷ adjusted, exact; null for a zero budget
 * @param step  the trace step
 */
public record ExecutionScore(BigDecimal points, @Nullable Ratio rate, TraceStep step) {

    /**
     * Creates a score.
     *
     * @param points  not null
     * @param rate  or null
     * @param step  not null
     */
    public ExecutionScore {
        Objects.requireNonNull(points, "points is null");
        Objects.requireNonNull(step, "step is null");
    }

    /**
     * Scores the execution rate of a budget.
     *
     * @param budget  the budget, not null
     * @param policy  the policy, not null
     * @return the score
     */
    public static ExecutionScore of(Budget budget, Policy policy) {
        return of(budget, policy, true);
    }

    /**
     * Scores the execution rate of a budget, with its trace step or without: the same points and rate,
     * and without a step the score's {@link #step()} is {@link IndicatorScore#UNTRACED}.
     *
     * @param budget  the budget, not null
     * @param policy  the policy, not null
     * @param traced  whether to make the trace step
     * @return the score
     */
    public static ExecutionScore of(Budget budget, Policy policy, boolean traced) {
        Objects.requireNonNull(budget, "budget is null");
        Objects.requireNonNull(policy, "policy is null");
        BigDecimal adjusted = budget.adjusted().yuan();
        BigDecimal spent = budget.spent().yuan();
        BigDecimal weight = policy.executionWeight().points();
        RuleId rule = RuleId.R_SCORE_EXEC;
        if (adjusted.signum() == 0) {
            BigDecimal zero = BigDecimal.ZERO.setScale(2);
            return new ExecutionScore(zero, null, !traced ? IndicatorScore.UNTRACED : new TraceStep(rule, "", Shown.plain(zero),
                    Message.of("R-SCORE-EXEC.zeroBudget", budget.spent(), weight)));
        }
        Ratio rate = Ratio.of(spent, adjusted);
        if (spent.compareTo(adjusted) >= 0) {
            return new ExecutionScore(weight, rate, !traced ? IndicatorScore.UNTRACED : new TraceStep(rule, "", Shown.plain(weight),
                    Message.of("R-SCORE-EXEC.full", budget.spent(), budget.adjusted(), Shown.percent(rate, 2), weight)));
        }
        BigDecimal points = Scaled.score(policy, spent, weight, adjusted, weight);
        return new ExecutionScore(points, rate, !traced ? IndicatorScore.UNTRACED : new TraceStep(rule, "", Shown.plain(points),
                Message.of("R-SCORE-EXEC.partial", budget.spent(), budget.adjusted(), Shown.percent(rate, 2), weight,
                        points)));
    }

    /**
     * The execution rate, if the budget is not zero.
     *
     * @return spent ÷ adjusted, exact
     */
    public Optional<Ratio> executionRate() {
        return Optional.ofNullable(rate);
    }
}
