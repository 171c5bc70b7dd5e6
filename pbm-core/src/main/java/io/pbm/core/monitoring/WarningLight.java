package io.pbm.core.monitoring;

import io.pbm.core.Labelled;

/**
 * The warning lights of monitoring and deviation analysis (R-MON-2, R-DEV-2, R-DEV-3): red and yellow
 * call for attention, green is on track, blue flags over-achievement ("the target may have been set
 * too low").
 */
public enum WarningLight implements Labelled {
    /** 红灯: seriously behind, or completion running ahead of spending. */
    RED("红灯", "red"),
    /** 黄灯: behind, or much of the budget unspent. */
    YELLOW("黄灯", "yellow"),
    /** 绿灯: on track. */
    GREEN("绿灯", "green"),
    /** 蓝灯: far above target — the target may have been set too low (R-DEV-2). */
    BLUE("蓝灯", "blue");

    private final String label;
    private final String englishLabel;

    WarningLight(String label, String englishLabel) {
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
    public static WarningLight parse(String text) {
        return Labelled.parse(WarningLight.class, "light", text);
    }
}
