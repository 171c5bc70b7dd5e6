package io.pbm.rules.monitoring;

import io.pbm.core.Labelled;

/**
 * How an indicator's monitoring light was decided (R-MON-2): the "why" beside the light.
 */
public enum LightBasis implements Labelled {
    /**
     * A higher-is-better count or amount that accumulates over the year: actual ÷ (target × month ÷ 12)
     * against the cut-offs.
     */
    PROGRESS("序时进度", "progress against the time share"),
    /** A higher-is-better rate or percentage: met → green, otherwise actual ÷ target against the cut-offs. */
    TARGET("对比年度指标值", "against the target"),
    /** A lower-is-better or equal indicator: green while within its target, red otherwise. */
    WITHIN_TARGET("目标以内", "within the target"),
    /** A qualitative indicator: achieved green, partly achieved yellow, not achieved red. */
    ACHIEVEMENT("达成情况", "achievement"),
    /** No actual (or, for a qualitative indicator, no achievement) reported yet: no light. */
    NOT_REPORTED("尚未报告", "not reported");

    private final String label;
    private final String englishLabel;

    LightBasis(String label, String englishLabel) {
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
