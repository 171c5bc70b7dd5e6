package io.pbm.core.exante;

import io.pbm.core.Labelled;

/**
 * The conclusion of an ex-ante assessment (事前绩效评估, R-EXANTE-2). Some provinces call the middle
 * level 调整后支持; pbm reads that label too.
 */
public enum ExAnteConclusion implements Labelled {
    /** 支持: the project may be budgeted. */
    SUPPORT("支持", "support"),
    /** 部分支持 (调整后支持): budgeted only after adjustment — not budgeted as submitted (R-EXANTE-3). */
    PARTIAL_SUPPORT("部分支持", "partial support"),
    /** 不支持: not budgeted (R-EXANTE-3). */
    NO_SUPPORT("不支持", "no support");

    private final String label;
    private final String englishLabel;

    ExAnteConclusion(String label, String englishLabel) {
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
     * Reads a conclusion from its name, Chinese label or English label, accepting the provincial
     * label 调整后支持 for {@link #PARTIAL_SUPPORT}.
     *
     * @param text  the text, not null
     * @return the constant
     * @throws io.pbm.core.InvalidValueException if none matches
     */
    public static ExAnteConclusion parse(String text) {
        if (text != null && text.strip().equals("调整后支持")) {
            return PARTIAL_SUPPORT;
        }
        return Labelled.parse(ExAnteConclusion.class, "conclusion", text);
    }
}
