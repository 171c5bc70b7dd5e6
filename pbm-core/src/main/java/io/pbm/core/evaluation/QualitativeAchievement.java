package io.pbm.core.evaluation;

import io.pbm.core.Labelled;

/**
 * How far a qualitative indicator was achieved, with the three exact labels of the national table
 * (R-SCORE-QUAL). The score range each level allows (80–100 %, 60–80 %, 0–60 % of the weight) is a
 * policy parameter in pbm-rules; the evaluator picks the score inside it.
 */
public enum QualitativeAchievement implements Labelled {
    /** 达成年度指标: achieved — [80 %, 100 %] of the weight in both presets. */
    ACHIEVED("达成年度指标", "achieved"),
    /** 部分达成年度指标并具有一定效果: partly achieved, with some effect — [60 %, 80 %). */
    PARTLY_ACHIEVED("部分达成年度指标并具有一定效果", "partly achieved"),
    /** 未达成年度指标且效果较差: not achieved, poor effect — [0, 60 %). */
    NOT_ACHIEVED("未达成年度指标且效果较差", "not achieved");

    private final String label;
    private final String englishLabel;

    QualitativeAchievement(String label, String englishLabel) {
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
    public static QualitativeAchievement parse(String text) {
        return Labelled.parse(QualitativeAchievement.class, "achievement", text);
    }
}
