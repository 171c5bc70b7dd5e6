package io.pbm.rules.explain;

import io.pbm.core.Labelled;
import java.util.Objects;

/**
 * The rules of domain.md, each with its ID ({@code R-SCORE-GE}), its title in Chinese and English and
 * where it comes from. Results, warnings, problems and trace steps name the rule that produced them.
 */
public enum RuleId implements Labelled {
    /** At least 7 level-3 indicators (seed 000, Xinjiang). */
    R_GOAL_1("指标数量", "indicator count", "seed 000"),
    /** Quantified share strictly above 70 % (seed 000, Xinjiang). */
    R_GOAL_2("量化率", "quantified share", "seed 000"),
    /** Weights: execution 10, output 50, benefit 30, satisfaction 10; hard and soft (national, practice). */
    R_GOAL_3("指标权重", "indicator weights", "national, practice"),
    /** Units, numeric targets, positive weights, unique names (national). */
    R_GOAL_4("指标完整性", "indicator completeness", "national"),
    /** No goal, or a failed review, or skipped self-evaluation → not budgeted (seeds 001–003). */
    R_GOAL_5("无目标不安排预算", "no goal, no budget", "seeds 001, 002, 003"),
    /** Goals split down from a transfer match the parent (seed 002). */
    R_GOAL_6("转移支付目标匹配", "transfer goals match", "seed 002"),
    /** Goals change only with approval, as a new version (seed 002). */
    R_GOAL_7("目标调整", "goal revision", "seed 002"),
    /** Output + benefit weights not below 60 % in an evaluation frame (national). */
    R_GOAL_8("产出效益权重", "output and benefit weight", "national"),
    /** Five dimensions of the ex-ante assessment. */
    R_EXANTE_1("事前评估维度", "ex-ante dimensions", "seeds 000–002, national"),
    /** Ex-ante conclusion by score cut-offs. */
    R_EXANTE_2("事前评估结论", "ex-ante conclusion", "seed 002"),
    /** New project without support → not budgeted. */
    R_EXANTE_3("事前评估结果应用", "ex-ante result", "seeds 001, 002"),
    /** Major projects get a third-party re-assessment. */
    R_EXANTE_4("第三方复核", "third-party re-assessment", "seeds 001, 002"),
    /** Execution-rate score = min(spent ÷ adjusted, 1) × weight. */
    R_SCORE_EXEC("预算执行率得分", "execution-rate score", "national, practice"),
    /** Higher is better (≥, &gt;). */
    R_SCORE_GE("正向指标得分", "higher-is-better score", "national, practice"),
    /** Lower is better (≤, &lt;). */
    R_SCORE_LE("反向指标得分", "lower-is-better score", "practice"),
    /** Equal (=). */
    R_SCORE_EQ("等于型指标得分", "equal score", "practice"),
    /** Qualitative, three levels. */
    R_SCORE_QUAL("定性指标得分", "qualitative score", "national, practice"),
    /** Over-achievement: full marks and a flag, or a deduction. */
    R_SCORE_OVER("超额完成", "over-achievement", "national"),
    /** Each score computed exactly and rounded once, HALF_UP to 2 decimals. */
    R_SCORE_ROUND("计分精度", "score precision", "practice"),
    /** Department and finance evaluations: decision / process / output / benefit. */
    R_SCORE_FRAME("部门和财政评价框架", "evaluation frame", "national"),
    /** Unit-wide evaluation. */
    R_SCORE_UNIT("部门整体评价", "unit-wide evaluation", "seed 001, national"),
    /** Deviation of a quantitative indicator and the explanation it requires. */
    R_DEV_1("偏差分析", "deviation", "practice"),
    /** Over-achievement flag. */
    R_DEV_2("超额预警", "over-achievement flag", "practice"),
    /** Completion versus spending. */
    R_DEV_3("目标与支出匹配", "completion versus spending", "practice"),
    /** Which components lost the points. */
    R_DEV_4("总体偏差", "overall deviation", "seed 001"),
    /** Monitoring check dates. */
    R_MON_1("监控时点", "monitoring dates", "seeds 001, 002, 004"),
    /** Execution and indicator lights. */
    R_MON_2("监控预警", "monitoring lights", "practice"),
    /** Cumulative execution floors. */
    R_MON_3("序时进度", "execution floors", "Sichuan practice"),
    /** Behind schedule, zero spending, recall. */
    R_MON_4("进度滞后", "behind schedule", "seed 003"),
    /** Two failed monitoring rounds without rectification. */
    R_MON_5("监控整改", "unrectified monitoring", "seeds 001, 002"),
    /** Last year's 中/差 get extra scrutiny. */
    R_MON_6("重点关注", "extra scrutiny", "seed 002"),
    /** Spending and goals both tracked. */
    R_MON_7("双监控", "dual monitoring", "seed 001"),
    /** National grade bands. */
    R_GRADE_1("评价等级（全国）", "grade bands (national)", "national"),
    /** Xinjiang county grade bands. */
    R_GRADE_2("评价等级（新疆）", "grade bands (Xinjiang)", "seed 001"),
    /** Bands are data and grading is monotone. */
    R_GRADE_3("等级划分", "grade bands", "national"),
    /** Audit or supervision problems → at most 中. */
    R_VETO_1("审计监督问题", "audit findings", "seed 002"),
    /** Unrectified failed monitoring → at most 中. */
    R_VETO_2("监控未整改", "unrectified monitoring", "seeds 001, 002"),
    /** Major misuse → 差. */
    R_VETO_3("资金使用重大问题", "major misuse", "seed 002"),
    /** Untrue self-reported indicators → one-vote veto. */
    R_VETO_4("一票否决", "one-vote veto", "seed 002"),
    /** Vetoes only lower; the lowest wins. */
    R_VETO_5("否决规则", "veto order", "seeds"),
    /** Central-transfer report reviewed below 90 is returned. */
    R_REVIEW_1("自评报告审核", "report review", "seed 002"),
    /** Score below 80 → proportional cut. */
    R_LINK_1("低分扣减", "low-score cut", "seed 001"),
    /** 中 or 差 → proportional cut. */
    R_LINK_2("中差扣减", "fair/poor cut", "seed 002"),
    /** Grade → priority, keep, cut, cancel. */
    R_LINK_3("结果应用", "result application", "national, practice"),
    /** Failed and unrectified → suspend. */
    R_LINK_4("暂停执行", "suspension", "seed 003"),
    /** Figures of budget cuts, for realism. */
    R_LINK_5("扣减规模", "cut figures", "seed 004"),
    /** Department evaluation covers ≥ 20 % of the budget, every project in 5 years. */
    R_PLAN_1("部门评价计划", "department evaluation plan", "seeds 001, 002"),
    /** Finance key evaluation counts. */
    R_PLAN_2("财政重点评价", "finance key evaluation", "seeds 001, 002"),
    /** Reproducible spot checks. */
    R_PLAN_3("随机抽查", "spot checks", "seeds 002, 004"),
    /** Fund categories excluded from self-evaluation. */
    R_PLAN_4("自评范围", "self-evaluation scope", "seed 001"),
    /** Reported indicator score differs. */
    R_AUDIT_1("指标得分核对", "indicator score check", "seeds 001, 002"),
    /** Reported execution score differs. */
    R_AUDIT_2("执行率得分核对", "execution score check", "seeds 001, 002"),
    /** Reported total differs. */
    R_AUDIT_3("总分核对", "total check", "seeds 001, 002"),
    /** Weights or amounts inconsistent. */
    R_AUDIT_4("权重金额核对", "weights and amounts check", "seeds 001, 002"),
    /** Reported grade does not match. */
    R_AUDIT_5("等级核对", "grade check", "seeds 001, 002"),
    /** Required explanations missing. */
    R_AUDIT_6("偏差说明核对", "explanation check", "seeds 001, 002");

    private final String label;
    private final String englishLabel;
    private final String source;
    private final String id;

    RuleId(String label, String englishLabel, String source) {
        this.label = label;
        this.englishLabel = englishLabel;
        this.source = source;
        // Written into every rendered trace line and result document: made once, not per call.
        this.id = name().replace('_', '-');
    }

    /**
     * The ID as domain.md writes it.
     *
     * @return such as {@code R-SCORE-GE}
     */
    public String id() {
        return id;
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
     * Where the rule comes from: a seed document, the national rules, or practice.
     *
     * @return the source
     */
    public String source() {
        return source;
    }

    /**
     * Finds a rule by its ID.
     *
     * @param id  such as {@code R-SCORE-GE}, not null
     * @return the rule
     * @throws io.pbm.core.InvalidValueException if no rule has that ID
     */
    public static RuleId of(String id) {
        Objects.requireNonNull(id, "id is null");
        return Labelled.parse(RuleId.class, "rule", id.strip().replace('-', '_'));
    }

    /**
     * The ID, such as {@code R-SCORE-GE}.
     *
     * @return the ID
     */
    @Override
    public String toString() {
        return id();
    }
}
