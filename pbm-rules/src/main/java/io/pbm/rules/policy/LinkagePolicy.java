package io.pbm.rules.policy;

import io.pbm.core.InvalidValueException;
import io.pbm.core.Ratio;
import io.pbm.core.budget.BudgetAction;
import io.pbm.core.grade.Grade;
import io.pbm.core.grade.Score;
import java.util.Optional;
import java.util.SortedMap;
import org.immutables.value.Value;

/**
 * How results decide next year's budget (结果应用, R-LINK-1…4, domain.md section 8): the action of
 * each final grade (R-LINK-2/3), a score below which the budget is cut (R-LINK-1), the cut ratio,
 * suspension of unrectified problems (R-LINK-4) and recall after a one-vote veto (R-VETO-4).
 *
 * <p><strong>No source gives a cut ratio</strong>: the presets carry an illustrative 10 %.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class LinkagePolicy {

    LinkagePolicy() {}

    /**
     * A builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The action of each final grade (R-LINK-2, R-LINK-3); a grade not listed keeps its budget.
     *
     * @return the actions
     */
    @Value.NaturalOrder
    public abstract SortedMap<Grade, BudgetAction> gradeActions();

    /**
     * The score below which the budget is cut (R-LINK-1, read on the score): 80 in XINJIANG.
     *
     * @return the score, if the policy has the rule
     */
    public abstract Optional<Score> cutBelowScore();

    /**
     * The share a cut takes away: before × (1 − ratio), HALF_UP to the fen. Illustrative 0.1 in
     * both presets: no source gives a figure.
     *
     * @return the ratio
     */
    public abstract Ratio cutRatio();

    /**
     * Whether unrectified problems suspend the project (R-LINK-4).
     *
     * @return true in both presets
     */
    @Value.Default
    public boolean suspendUnrectified() {
        return true;
    }

    /**
     * Whether a one-vote veto recalls the funds (R-VETO-4).
     *
     * @return true in both presets
     */
    @Value.Default
    public boolean recallOnVeto() {
        return true;
    }

    @Value.Check
    void check() {
        InvalidValueException.check(cutRatio().signum() >= 0 && !cutRatio().isAbove(Ratio.ONE), "cutRatio", cutRatio(),
                "0 <= cutRatio <= 1");
        for (BudgetAction action : gradeActions().values()) {
            InvalidValueException.check(action != BudgetAction.RECALL && action != BudgetAction.NOT_BUDGETED,
                    "gradeActions", gradeActions(), "PRIORITY, KEEP, CUT, SUSPEND or CANCEL for a grade");
        }
    }

    @Override
    public String toString() {
        return "grades " + gradeActions() + cutBelowScore().map(s -> ", cut below " + s).orElse("") + ", cut " + cutRatio()
                + ", suspend unrectified " + suspendUnrectified() + ", recall on veto " + recallOnVeto();
    }

    /** The builder of {@link LinkagePolicy}. */
    public static final class Builder extends ImmutableLinkagePolicy.Builder {
        Builder() {}
    }
}
