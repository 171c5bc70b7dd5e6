package io.pbm.core.evaluation;

import io.pbm.core.Labelled;

/**
 * The kind of an evaluation (domain.md section 1): the unit's own self-evaluation, the department's
 * evaluation, or the finance bureau's key evaluation. Who carries it out is an {@link Evaluator}.
 */
public enum EvaluationKind implements Labelled {
    /** 单位自评: the spending unit evaluates its own project (the national self-evaluation frame). */
    SELF("单位自评", "self-evaluation"),
    /** 部门评价: the department evaluates projects of its units (R-PLAN-1, R-SCORE-FRAME). */
    DEPARTMENT("部门评价", "department evaluation"),
    /** 财政(重点)评价: the finance bureau's key evaluation (R-PLAN-2, R-SCORE-FRAME). */
    FINANCE("财政评价", "finance evaluation");

    private final String label;
    private final String englishLabel;

    EvaluationKind(String label, String englishLabel) {
        this.label = label;
        this.englishLabel = englishLabel;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public String englishLabel() {
        return englishLabel;
    }

    /**
     * Reads a constant from its name, Chinese label or English label.
     *
     * @param text  the text, not null
     * @return the constant
     * @throws io.pbm.core.InvalidValueException if none matches
     */
    public static EvaluationKind parse(String text) {
        return Labelled.parse(EvaluationKind.class, "kind", text);
    }
}
