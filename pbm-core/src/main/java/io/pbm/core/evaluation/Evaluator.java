package io.pbm.core.evaluation;

import io.pbm.core.Labelled;

/**
 * Who carries out an evaluation: the unit, the department, the finance bureau, or a third party
 * engaged by one of them (第三方机构 is an evaluator, not a kind of evaluation).
 */
public enum Evaluator implements Labelled {
    /** 预算单位: the spending unit itself. */
    UNIT("预算单位", "unit"),
    /** 主管部门: the supervising department. */
    DEPARTMENT("主管部门", "department"),
    /** 财政部门: the finance bureau. */
    FINANCE("财政部门", "finance bureau"),
    /** 第三方机构: an independent third-party evaluator. */
    THIRD_PARTY("第三方机构", "third party");

    private final String label;
    private final String englishLabel;

    Evaluator(String label, String englishLabel) {
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
    public static Evaluator parse(String text) {
        return Labelled.parse(Evaluator.class, "evaluator", text);
    }
}
