package io.pbm.core.goal;

import io.pbm.core.Labelled;
import java.util.EnumSet;
import java.util.Set;

/**
 * A level-1 indicator category (一级指标), of a project goal or of a unit's whole spending.
 *
 * <p>Project goals (domain.md section 2): {@link #OUTPUT} 产出, {@link #BENEFIT} 效益,
 * {@link #SATISFACTION} 满意度, and {@link #COST} 成本 from the 2021 central guide (财预〔2021〕101号);
 * each has its level-2 categories ({@link Level2}). Unit-wide goals (R-SCORE-UNIT) use six dimensions
 * without a fixed level 2: {@link #RUNNING_COST} … {@link #SERVICE_SATISFACTION}.
 */
public enum Level1 implements Labelled {
    /** 产出指标. */
    OUTPUT("产出指标", "output", IndicatorFrame.PROJECT),
    /** 效益指标. */
    BENEFIT("效益指标", "benefit", IndicatorFrame.PROJECT),
    /** 满意度指标. */
    SATISFACTION("满意度指标", "satisfaction", IndicatorFrame.PROJECT),
    /** 成本指标 (财预〔2021〕101号). */
    COST("成本指标", "cost", IndicatorFrame.PROJECT),
    /** 运行成本 (unit-wide). */
    RUNNING_COST("运行成本", "running cost", IndicatorFrame.UNIT_WIDE),
    /** 管理效率 (unit-wide). */
    MANAGEMENT_EFFICIENCY("管理效率", "management efficiency", IndicatorFrame.UNIT_WIDE),
    /** 履职效能 (unit-wide). */
    DUTY_PERFORMANCE("履职效能", "duty performance", IndicatorFrame.UNIT_WIDE),
    /** 社会效应 (unit-wide). */
    SOCIAL_EFFECT("社会效应", "social effect", IndicatorFrame.UNIT_WIDE),
    /** 可持续发展能力 (unit-wide). */
    SUSTAINABILITY("可持续发展能力", "sustainable capacity", IndicatorFrame.UNIT_WIDE),
    /** 服务对象满意度 (unit-wide). */
    SERVICE_SATISFACTION("服务对象满意度", "service-recipient satisfaction", IndicatorFrame.UNIT_WIDE);

    private final String label;
    private final String englishLabel;
    private final IndicatorFrame frame;

    Level1(String label, String englishLabel, IndicatorFrame frame) {
        this.label = label;
        this.englishLabel = englishLabel;
        this.frame = frame;
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
     * The frame this category belongs to.
     *
     * @return the frame
     */
    public IndicatorFrame frame() {
        return frame;
    }

    /**
     * The level-2 categories allowed under this one; empty for the unit-wide dimensions, which
     * have no fixed level 2.
     *
     * @return the level-2 categories, a new set
     */
    public Set<Level2> level2s() {
        EnumSet<Level2> result = EnumSet.noneOf(Level2.class);
        for (Level2 level2 : Level2.values()) {
            if (level2.level1() == this) {
                result.add(level2);
            }
        }
        return result;
    }

    /**
     * Reads a category from its name or label, with or without the suffix 指标 ({@code 产出},
     * {@code 产出指标}, {@code OUTPUT}).
     *
     * @param text  the text, not null
     * @return the category
     * @throws io.pbm.core.InvalidValueException if none matches
     */
    public static Level1 parse(String text) {
        return Labelled.parse(Level1.class, "level1", Level2.withSuffix(text));
    }
}
