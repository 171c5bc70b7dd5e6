package io.pbm.rules.scoring;

import io.pbm.core.Labelled;
import io.pbm.core.monitoring.WarningLight;

/**
 * A mark on an indicator's result that changes nothing by itself but tells the reader something.
 */
public enum IndicatorFlag implements Labelled {
    /** R-DEV-2: far above the target — the target may have been set too low (BLUE). */
    OVER_ACHIEVED("超额完成", "over-achieved", WarningLight.BLUE),
    /** The actual was written as a bound ({@code ≥95%}) that satisfies the target: met. */
    MET_BY_BOUND("以区间值达标", "met by a bound", null),
    /** A qualitative score taken from the policy's default point, not from the evaluator. */
    DEFAULT_SCORE("采用默认分值", "default score", null);

    private final String label;
    private final String englishLabel;
    private final WarningLight light;

    IndicatorFlag(String label, String englishLabel, WarningLight light) {
        this.label = label;
        this.englishLabel = englishLabel;
        this.light = light;
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
     * The warning light of the flag, if it has one.
     *
     * @return the light
     */
    public java.util.Optional<WarningLight> light() {
        return java.util.Optional.ofNullable(light);
    }
}
