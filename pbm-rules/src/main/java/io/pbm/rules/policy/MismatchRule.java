package io.pbm.rules.policy;

import io.pbm.core.Labelled;

/**
 * How R-DEV-3 compares goal completion c (indicator points earned ÷ possible) with spending
 * e = min(execution rate, 1).
 */
public enum MismatchRule implements Labelled {
    /** One system's rule: RED when (c − e) ÷ c exceeds the threshold; nothing when spending leads. */
    RELATIVE("相对偏差", "relative"),
    /** Sichuan's rule: RED when |c − e| exceeds the threshold (in fractions: 10 points is 0.10). */
    ABSOLUTE("绝对偏差", "absolute");

    private final String label;
    private final String englishLabel;

    MismatchRule(String label, String englishLabel) {
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
