package io.pbm.examples.bench.drools;

import io.pbm.core.budget.BudgetAction;
import io.pbm.core.grade.Grade;

/** The budget action the policy gives a final grade (R-LINK-2, R-LINK-3). */
public final class GradeActionFact {

    private final Grade grade;
    private final BudgetAction action;

    /**
     * Creates a grade action fact.
     *
     * @param grade  the final grade, not null
     * @param action  its action, not null
     */
    public GradeActionFact(Grade grade, BudgetAction action) {
        this.grade = grade;
        this.action = action;
    }

    /** @return the final grade */
    public Grade getGrade() {
        return grade;
    }

    /** @return its action */
    public BudgetAction getAction() {
        return action;
    }
}
