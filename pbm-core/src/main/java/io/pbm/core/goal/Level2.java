package io.pbm.core.goal;

import io.pbm.core.Labelled;
import java.util.Objects;

/**
 * A level-2 indicator category (二级指标) of a project goal, each under exactly one level 1
 * (domain.md section 2). An indicator placed under the wrong level 1 cannot be built.
 */
public enum Level2 implements Labelled {
    /** 数量指标 (产出). */
    QUANTITY("数量指标", "quantity", Level1.OUTPUT),
    /** 质量指标 (产出). */
    QUALITY("质量指标", "quality", Level1.OUTPUT),
    /** 时效指标 (产出). */
    TIMELINESS("时效指标", "timeliness", Level1.OUTPUT),
    /** 成本指标 (产出). */
    COST("成本指标", "cost", Level1.OUTPUT),
    /** 经济效益指标 (效益). */
    ECONOMIC("经济效益指标", "economic benefit", Level1.BENEFIT),
    /** 社会效益指标 (效益). */
    SOCIAL("社会效益指标", "social benefit", Level1.BENEFIT),
    /** 生态效益指标 (效益). */
    ECOLOGICAL("生态效益指标", "ecological benefit", Level1.BENEFIT),
    /** 可持续影响指标 (效益). */
    SUSTAINABILITY("可持续影响指标", "sustainable impact", Level1.BENEFIT),
    /** 服务对象满意度指标 (满意度). */
    SERVICE_RECIPIENT("服务对象满意度指标", "service-recipient satisfaction", Level1.SATISFACTION),
    /** 经济成本指标 (成本, 财预〔2021〕101号). */
    ECONOMIC_COST("经济成本指标", "economic cost", Level1.COST),
    /** 社会成本指标 (成本, 财预〔2021〕101号). */
    SOCIAL_COST("社会成本指标", "social cost", Level1.COST),
    /** 生态环境成本指标 (成本, 财预〔2021〕101号). */
    ECOLOGICAL_COST("生态环境成本指标", "ecological cost", Level1.COST);

    private final String label;
    private final String englishLabel;
    private final Level1 level1;

    Level2(String label, String englishLabel, Level1 level1) {
        this.label = label;
        this.englishLabel = englishLabel;
        this.level1 = level1;
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
     * The level-1 category this one belongs under.
     *
     * @return the level 1
     */
    public Level1 level1() {
        return level1;
    }

    /**
     * Reads a category from its name or label, with or without the suffix 指标 ({@code 数量},
     * {@code 数量指标}, {@code QUANTITY}).
     *
     * @param text  the text, not null
     * @return the category
     * @throws io.pbm.core.InvalidValueException if none matches
     */
    public static Level2 parse(String text) {
        // No level 2 is unit-wide: 服务对象满意度 here is SERVICE_RECIPIENT (服务对象满意度指标).
        return Labelled.parse(Level2.class, "level2", withSuffix(text, false));
    }

    /** Forms write 数量 as often as 数量指标; the labels carry the suffix, the unit-wide ones excepted. */
    static String withSuffix(String text) {
        return withSuffix(text, true);
    }

    private static String withSuffix(String text, boolean keepUnitWideLabels) {
        Objects.requireNonNull(text, "text is null");
        String s = text.strip();
        boolean chinese = !s.isEmpty() && Character.UnicodeScript.of(s.codePointAt(0)) == Character.UnicodeScript.HAN;
        return chinese && !s.endsWith("指标") && !(keepUnitWideLabels && isUnitWideLabel(s)) ? s + "指标" : s;
    }

    private static boolean isUnitWideLabel(String s) {
        for (Level1 level1 : Level1.values()) {
            if (level1.frame() == IndicatorFrame.UNIT_WIDE && level1.label().equals(s)) {
                return true;
            }
        }
        return false;
    }
}
