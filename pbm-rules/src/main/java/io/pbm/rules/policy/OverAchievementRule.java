package io.pbm.rules.policy;

import io.pbm.core.Labelled;

/**
 * What over-achievement does to a score (R-SCORE-OVER). Both presets: {@link #FLAG_ONLY}.
 */
public enum OverAchievementRule implements Labelled {
    /** Full marks and the R-DEV-2 flag. */
    FLAG_ONLY("满分并提示", "full marks and a flag"),
    /**
     * Full marks less the deviation, for a flagged indicator: weight × (1 − |deviation|), not below 0
     * — "when the actual is far above the target because the target was set too low, reduce the score
     * by the deviation" (national, wording unverified).
     */
    DEDUCT_DEVIATION("按偏差扣分", "deduct the deviation");

    private final String label;
    private final String englishLabel;

    OverAchievementRule(String label, String englishLabel) {
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
