package io.pbm.core.evaluation;

import io.pbm.core.Labelled;

/**
 * The four level-1 parts of the department and finance evaluation frame (R-SCORE-FRAME):
 * 决策 decision, 过程 process, 产出 output, 效益 benefit. Their weights are policy; output and benefit
 * together weigh at least 60 % (R-GOAL-8).
 */
public enum FrameSection implements Labelled {
    /** 决策: 立项依据充分性, 绩效目标合理性 … */
    DECISION("决策", "decision"),
    /** 过程: 资金到位率, 预算执行率, 资金使用合规性 … */
    PROCESS("过程", "process"),
    /** 产出: 实际完成率, 质量达标率, 完成及时性, 成本节约率 … */
    OUTPUT("产出", "output"),
    /** 效益: 实施效益, 满意度 … */
    BENEFIT("效益", "benefit");

    private final String label;
    private final String englishLabel;

    FrameSection(String label, String englishLabel) {
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
     * Reads a section from its name or label.
     *
     * @param text  the text, not null
     * @return the section
     * @throws io.pbm.core.InvalidValueException if none matches
     */
    public static FrameSection parse(String text) {
        return Labelled.parse(FrameSection.class, "level1", text);
    }
}
