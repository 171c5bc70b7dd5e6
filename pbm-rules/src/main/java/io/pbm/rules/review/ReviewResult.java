package io.pbm.rules.review;

import io.pbm.core.InvalidValueException;
import io.pbm.core.Ratio;
import io.pbm.core.budget.BudgetAction;
import io.pbm.rules.exante.BudgetingDecision;
import io.pbm.rules.explain.Problem;
import io.pbm.rules.explain.Trace;
import io.pbm.rules.explain.Warning;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The review of one project's goal table before budgeting (R-GOAL-1…8), under a policy: the fields of a
 * result in {@code pbm-review/1} — project id, whether it passed, the number of level-3 indicators, the
 * quantified share, the problems and warnings — plus the goal's version (R-GOAL-7), the budgeting
 * decision (R-GOAL-5) and the trace.
 *
 * <p><b>Problems</b> fail the review: no goal, or a project that skipped last year's self-evaluation
 * (R-GOAL-5); weights that do not add up to 100 − the execution weight (hard R-GOAL-3); a quantitative
 * indicator without a unit (R-GOAL-4); too few indicators (R-GOAL-1) or too few quantified (R-GOAL-2)
 * where the policy sets them; a child of a transfer that does not match its parent (R-GOAL-6).
 * <b>Warnings</b> fail nothing: a level-1 split other than the policy's (soft R-GOAL-3, allowed "in
 * special cases"), output and benefit below their floor in a department/finance frame (R-GOAL-8).
 *
 * <p>A review that failed leaves the project NOT_BUDGETED (R-GOAL-5: a goal that fails review is not
 * budgeted until corrected, and a corrected goal is reviewed again as a new version): {@link #passed()}
 * is true exactly when {@link #budgetDecision()} is empty.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ReviewResult {

    ReviewResult() {}

    /**
     * A builder of results, for engines.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The id of the reviewed project.
     *
     * @return the id
     */
    public abstract String projectId();

    /**
     * The name of the policy that produced the result.
     *
     * @return such as {@code XINJIANG}
     */
    public abstract String policyName();

    /**
     * The version of the policy that produced the result.
     *
     * @return the version
     */
    public abstract String policyVersion();

    /**
     * The version of the reviewed goal (R-GOAL-7): 1 for a goal as first submitted, higher for a revised
     * one — every change is a new version, reviewed again.
     *
     * @return the version, from 1
     */
    public abstract int goalVersion();

    /**
     * The number of level-3 indicators.
     *
     * @return the count
     */
    public abstract int indicatorCount();

    /**
     * The number of quantitative level-3 indicators.
     *
     * @return the count, at most {@link #indicatorCount()}
     */
    public abstract int quantifiedCount();

    /**
     * The findings that fail the review.
     *
     * @return the problems, with paths relative to the project ({@code /indicators/3/unit})
     */
    public abstract List<Problem> problems();

    /**
     * What the reader should know that fails nothing.
     *
     * @return the warnings
     */
    public abstract List<Warning> warnings();

    /**
     * NOT_BUDGETED by R-GOAL-5 when the review failed; empty when it passed.
     *
     * @return the decision
     */
    public abstract Optional<BudgetingDecision> budgetDecision();

    /**
     * Every rule applied, in order.
     *
     * @return the trace
     */
    public abstract Trace trace();

    /**
     * Whether the review passed: no problem.
     *
     * @return true if passed
     */
    public boolean passed() {
        return problems().isEmpty();
    }

    /**
     * The quantified share (量化率, R-GOAL-2), exact.
     *
     * @return quantified ÷ all level-3 indicators; empty for a goal without indicators
     */
    public Optional<Ratio> quantifiedShare() {
        return new GoalChecks.Tally(indicatorCount(), quantifiedCount(), BigDecimal.ZERO).quantifiedShare();
    }

    /**
     * The quantified share as documents show it: a fraction rounded HALF_UP to 4 decimals
     * ({@code 0.7000}).
     *
     * @return the share, empty for a goal without indicators
     */
    public Optional<BigDecimal> quantifiedShareShown() {
        return quantifiedShare().map(share -> share.toDecimal(4));
    }

    /**
     * The action of the budgeting decision.
     *
     * @return NOT_BUDGETED if the review failed, else empty
     */
    public Optional<BudgetAction> budgetAction() {
        return budgetDecision().map(BudgetingDecision::action);
    }

    @Value.Check
    void check() {
        InvalidValueException.check(goalVersion() >= 1, "goalVersion", goalVersion(), "goalVersion >= 1");
        InvalidValueException.check(indicatorCount() >= 0 && quantifiedCount() >= 0
                && quantifiedCount() <= indicatorCount(), "quantifiedCount", quantifiedCount(),
                "0 <= quantifiedCount <= indicatorCount " + indicatorCount());
        InvalidValueException.check(budgetDecision().isPresent() == !problems().isEmpty(), "budgetDecision",
                budgetDecision().orElse(null), "a decision exactly when the review has problems (R-GOAL-5)");
    }

    /**
     * One line: id, passed or failed, the rules of the problems.
     *
     * @return the text
     */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(projectId()).append(passed() ? " passed" : " failed");
        problems().stream().map(Problem::code).distinct().forEach(code -> text.append(' ').append(code));
        return text.append(" [").append(policyName()).append(' ').append(policyVersion()).append(']').toString();
    }

    /** The builder of {@link ReviewResult}. */
    public static final class Builder extends ImmutableReviewResult.Builder {
        Builder() {}
    }
}
