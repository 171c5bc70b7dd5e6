package io.pbm.rules.policy;

import io.pbm.core.Labelled;

/**
 * How a lower-is-better indicator (≤, &lt;) that missed its target is scored (R-SCORE-LE). Both
 * presets use {@link #LINEAR}.
 */
public enum LowerIsBetterFormula implements Labelled {
    /**
     * Practice: (1 − (actual − target) ÷ target) × weight between the target and twice the target,
     * 0 from twice the target on.
     */
    LINEAR("线性扣分", "linear"),
    /** The central table's note (wording unverified): target ÷ actual × weight. */
    TARGET_OVER_ACTUAL("目标值除以实际值", "target over actual");

    private final String label;
    private final String englishLabel;

    LowerIsBetterFormula(String label, String englishLabel) {
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
}
