package io.pbm.examples.bench.drools;

import io.pbm.core.budget.BudgetAction;
import io.pbm.core.budget.FundCategory;
import io.pbm.core.grade.Grade;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A project as the Drools peer sees it: a plain bean with its budget, its supervision findings and the
 * number of its indicators (the facts {@link IndicatorFact} point to it), and the outcome the last rule
 * writes — total, raw and final grade, budget action and amount after. A project excluded by the policy
 * (R-PLAN-4) keeps no outcome.
 */
public final class ProjectFact {

    private final String id;
    private final FundCategory fundCategory;
    private final BigDecimal adjusted;
    private final BigDecimal spent;
    private final BigDecimal nextYearBase;
    private final int indicatorCount;
    private final boolean auditProblems;
    private final int unrectifiedRounds;
    private final boolean majorMisuse;
    private final boolean authenticityFailed;
    private final boolean unrectifiedProblems;

    private @Nullable BigDecimal total;
    private @Nullable Grade rawGrade;
    private @Nullable Grade finalGrade;
    private @Nullable BudgetAction action;
    private @Nullable BigDecimal after;

    /**
     * Creates a project fact.
     *
     * @param id  the project id, not null
     * @param fundCategory  its fund category, not null
     * @param adjusted  the adjusted budget in 元, not null
     * @param spent  the amount spent in 元, not null
     * @param nextYearBase  next year's request, else this year's adjusted budget, in 元, not null
     * @param indicatorCount  how many indicator facts it has
     * @param auditProblems  audit or supervision found problems (R-VETO-1)
     * @param unrectifiedRounds  consecutive failed monitoring rounds not rectified (R-VETO-2)
     * @param majorMisuse  major misuse of funds (R-VETO-3)
     * @param authenticityFailed  a spot check found the self-evaluation untrue (R-VETO-4)
     * @param unrectifiedProblems  problems not rectified (R-LINK-4)
     */
    public ProjectFact(String id, FundCategory fundCategory, BigDecimal adjusted, BigDecimal spent,
            BigDecimal nextYearBase, int indicatorCount, boolean auditProblems, int unrectifiedRounds,
            boolean majorMisuse, boolean authenticityFailed, boolean unrectifiedProblems) {
        this.id = id;
        this.fundCategory = fundCategory;
        this.adjusted = adjusted;
        this.spent = spent;
        this.nextYearBase = nextYearBase;
        this.indicatorCount = indicatorCount;
        this.auditProblems = auditProblems;
        this.unrectifiedRounds = unrectifiedRounds;
        this.majorMisuse = majorMisuse;
        this.authenticityFailed = authenticityFailed;
        this.unrectifiedProblems = unrectifiedProblems;
    }

    /**
     * Records the outcome; called by the last rule of the peer, once per run.
     *
     * @param total  the total score
     * @param rawGrade  the grade of the total
     * @param finalGrade  the grade after vetoes
     * @param action  the budget action
     * @param after  next year's budget after the action
     */
    public void decide(BigDecimal total, Grade rawGrade, Grade finalGrade, BudgetAction action, BigDecimal after) {
        this.total = total;
        this.rawGrade = rawGrade;
        this.finalGrade = finalGrade;
        this.action = action;
        this.after = after;
    }

    /** Forgets the outcome of an earlier run. */
    public void clear() {
        total = null;
        rawGrade = null;
        finalGrade = null;
        action = null;
        after = null;
    }

    /** @return the project id */
    public String getId() {
        return id;
    }

    /** @return the fund category */
    public FundCategory getFundCategory() {
        return fundCategory;
    }

    /** @return the adjusted budget */
    public BigDecimal getAdjusted() {
        return adjusted;
    }

    /** @return the amount spent */
    public BigDecimal getSpent() {
        return spent;
    }

    /** @return next year's base amount */
    public BigDecimal getNextYearBase() {
        return nextYearBase;
    }

    /** @return how many indicators the project has */
    public int getIndicatorCount() {
        return indicatorCount;
    }

    /** @return whether audit found problems */
    public boolean isAuditProblems() {
        return auditProblems;
    }

    /** @return consecutive unrectified failed monitoring rounds */
    public int getUnrectifiedRounds() {
        return unrectifiedRounds;
    }

    /** @return whether funds were misused */
    public boolean isMajorMisuse() {
        return majorMisuse;
    }

    /** @return whether the authenticity check failed */
    public boolean isAuthenticityFailed() {
        return authenticityFailed;
    }

    /** @return whether problems are unrectified */
    public boolean isUnrectifiedProblems() {
        return unrectifiedProblems;
    }

    /** @return the total score, or null before a run or when excluded */
    public @Nullable BigDecimal getTotal() {
        return total;
    }

    /** @return the raw grade, or null */
    public @Nullable Grade getRawGrade() {
        return rawGrade;
    }

    /** @return the final grade, or null */
    public @Nullable Grade getFinalGrade() {
        return finalGrade;
    }

    /** @return the budget action, or null */
    public @Nullable BudgetAction getAction() {
        return action;
    }

    /** @return next year's budget after the action, or null */
    public @Nullable BigDecimal getAfter() {
        return after;
    }
}
