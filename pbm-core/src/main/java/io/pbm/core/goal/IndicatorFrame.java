package io.pbm.core.goal;

import io.pbm.core.Labelled;

/**
 * The frame an indicator tree belongs to: a project's goal (产出 / 效益 / 满意度, and 成本 since
 * 财预〔2021〕101号) or a unit's whole spending (部门整体: six dimensions, R-SCORE-UNIT).
 */
public enum IndicatorFrame implements Labelled {
    /** 项目支出: a project's goal. */
    PROJECT("项目支出", "project spending"),
    /** 部门整体支出: a unit's whole spending. */
    UNIT_WIDE("部门整体支出", "unit-wide spending");

    private final String label;
    private final String englishLabel;

    IndicatorFrame(String label, String englishLabel) {
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
     * Reads a frame from its name or label.
     *
     * @param text  the text, not null
     * @return the frame
     * @throws io.pbm.core.InvalidValueException if none matches
     */
    public static IndicatorFrame parse(String text) {
        return Labelled.parse(IndicatorFrame.class, "frame", text);
    }
}
