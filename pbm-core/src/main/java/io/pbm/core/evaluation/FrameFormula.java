package io.pbm.core.evaluation;

import io.pbm.core.Labelled;

/**
 * The common formulas of the department and finance evaluation frame (R-SCORE-FRAME). An item
 * scored by formula earns weight × min(rate, 1) (a cost saving: full marks from 0 up, less the
 * overrun below).
 */
public enum FrameFormula implements Labelled {
    /** 资金到位率 = received ÷ adjusted budget. */
    FUNDS_AVAILABILITY("资金到位率", "funds availability"),
    /** 预算执行率 = spent ÷ received, in this frame. */
    EXECUTION("预算执行率", "execution rate"),
    /** 实际完成率 = actual output ÷ planned output (the item's actual and target). */
    COMPLETION("实际完成率", "completion rate"),
    /** 成本节约率 = (planned cost − actual cost) ÷ planned cost (the item's target and actual). */
    COST_SAVING("成本节约率", "cost saving rate");

    private final String label;
    private final String englishLabel;

    FrameFormula(String label, String englishLabel) {
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
     * Whether the formula reads the item's own target and actual (rather than the budget).
     *
     * @return true for completion and cost saving
     */
    public boolean needsTargetAndActual() {
        return this == COMPLETION || this == COST_SAVING;
    }

    /**
     * Reads a formula from its name or label.
     *
     * @param text  the text, not null
     * @return the formula
     * @throws io.pbm.core.InvalidValueException if none matches
     */
    public static FrameFormula parse(String text) {
        return Labelled.parse(FrameFormula.class, "formula", text);
    }
}
