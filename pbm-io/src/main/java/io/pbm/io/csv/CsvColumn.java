package io.pbm.io.csv;

import java.util.Locale;

/**
 * The columns of pbm's flat indicator table, each with its fixed Chinese and English header, the
 * pbm/1 member it fills (json-contract.md, "Input document") and how its cells are read. The table is
 * documented column by column in {@code package-info.java}.
 *
 * <p>A project column fills a member of the project ({@code budget/spent}); an indicator column fills a
 * member of the row's indicator ({@code indicators/*}/{@code weight}).
 */
public enum CsvColumn {

    /** 项目编号 / projectId: the project's id. */
    PROJECT_ID("项目编号", "projectId", "/id", Kind.TEXT, true),
    /** 项目名称 / projectName. */
    PROJECT_NAME("项目名称", "projectName", "/name", Kind.TEXT, true),
    /** 预算单位 / unit: the budget unit. */
    UNIT("预算单位", "unit", "/unit", Kind.TEXT, true),
    /** 年度 / year: the fiscal year. */
    YEAR("年度", "year", "/year", Kind.INTEGER, true),
    /** 资金类别 / fundCategory: a constant such as GENERAL_PUBLIC or its label 一般公共预算. */
    FUND_CATEGORY("资金类别", "fundCategory", "/fundCategory", Kind.TEXT, true),
    /** 评价类型 / kind: SELF, DEPARTMENT or FINANCE. */
    KIND("评价类型", "kind", "/kind", Kind.TEXT, false),
    /** 评价主体 / evaluator: UNIT, DEPARTMENT, FINANCE or THIRD_PARTY. */
    EVALUATOR("评价主体", "evaluator", "/evaluator", Kind.TEXT, false),
    /** 绩效目标 / goal: the goal's text. */
    GOAL("绩效目标", "goal", "/goal", Kind.TEXT, false),
    /** 目标版本 / goalVersion (R-GOAL-7). */
    GOAL_VERSION("目标版本", "goalVersion", "/goalVersion", Kind.INTEGER, false),
    /** 新增项目 / new: a flag. */
    NEW("新增项目", "new", "/flags/new", Kind.BOOLEAN, false),
    /** 重点项目 / key: a flag. */
    KEY("重点项目", "key", "/flags/key", Kind.BOOLEAN, false),
    /** 一次性项目 / oneTime: a flag. */
    ONE_TIME("一次性项目", "oneTime", "/flags/oneTime", Kind.BOOLEAN, false),
    /** 重大项目 / major: a flag. */
    MAJOR("重大项目", "major", "/flags/major", Kind.BOOLEAN, false),
    /** 年初预算数 / initial: an amount. */
    INITIAL("年初预算数", "initial", "/budget/initial", Kind.AMOUNT, false),
    /** 全年预算数 / adjusted: an amount. */
    ADJUSTED("全年预算数", "adjusted", "/budget/adjusted", Kind.AMOUNT, true),
    /** 全年到位数 / received: an amount. */
    RECEIVED("全年到位数", "received", "/budget/received", Kind.AMOUNT, false),
    /** 全年执行数 / spent: an amount. */
    SPENT("全年执行数", "spent", "/budget/spent", Kind.AMOUNT, true),
    /** 下年预算申请数 / nextYearRequest: an amount. */
    NEXT_YEAR_REQUEST("下年预算申请数", "nextYearRequest", "/budget/nextYearRequest", Kind.AMOUNT, false),
    /** 预算差异说明 / budgetExplanation (R-AUDIT-4). */
    BUDGET_EXPLANATION("预算差异说明", "budgetExplanation", "/budget/explanation", Kind.TEXT, false),
    /** 执行率得分 / reportedExecutionScore: the execution score a filled-in table reports (R-AUDIT-2). */
    REPORTED_EXECUTION_SCORE("执行率得分", "reportedExecutionScore", "/budget/reportedExecutionScore", Kind.DECIMAL,
            false),
    /** 审计发现问题 / auditProblems: a finding (R-VETO-1). */
    AUDIT_PROBLEMS("审计发现问题", "auditProblems", "/findings/auditProblems", Kind.BOOLEAN, false),
    /** 重大违规使用资金 / majorMisuse: a finding. */
    MAJOR_MISUSE("重大违规使用资金", "majorMisuse", "/findings/majorMisuse", Kind.BOOLEAN, false),
    /** 真实性核查未通过 / authenticityFailed: a finding. */
    AUTHENTICITY_FAILED("真实性核查未通过", "authenticityFailed", "/findings/authenticityFailed", Kind.BOOLEAN, false),
    /** 连续未整改监控轮次 / unrectifiedFailedMonitoringRounds: a finding. */
    UNRECTIFIED_ROUNDS("连续未整改监控轮次", "unrectifiedFailedMonitoringRounds",
            "/findings/unrectifiedFailedMonitoringRounds", Kind.INTEGER, false),
    /** 问题未整改 / unrectifiedProblems: a finding (R-LINK-4). */
    UNRECTIFIED_PROBLEMS("问题未整改", "unrectifiedProblems", "/findings/unrectifiedProblems", Kind.BOOLEAN, false),
    /** 已评价年度 / evaluatedYears: years separated by commas, semicolons, 、 or spaces (R-PLAN-1). */
    EVALUATED_YEARS("已评价年度", "evaluatedYears", "/history/evaluatedYears", Kind.YEARS, false),
    /** 上年已自评 / lastYearSelfEvaluated (R-GOAL-5). */
    LAST_YEAR_SELF_EVALUATED("上年已自评", "lastYearSelfEvaluated", "/history/lastYearSelfEvaluated", Kind.BOOLEAN,
            false),
    /** 上年评价等级 / previousGrade (R-MON-6). */
    PREVIOUS_GRADE("上年评价等级", "previousGrade", "/history/previousGrade", Kind.TEXT, false),
    /** 必要性得分 / necessity: an ex-ante score (R-EXANTE). */
    NECESSITY("必要性得分", "necessity", "/exAnte/necessity", Kind.DECIMAL, false),
    /** 经济性得分 / economy: an ex-ante score. */
    ECONOMY("经济性得分", "economy", "/exAnte/economy", Kind.DECIMAL, false),
    /** 绩效目标合理性得分 / goalSoundness: an ex-ante score. */
    GOAL_SOUNDNESS("绩效目标合理性得分", "goalSoundness", "/exAnte/goalSoundness", Kind.DECIMAL, false),
    /** 实施方案可行性得分 / feasibility: an ex-ante score. */
    FEASIBILITY("实施方案可行性得分", "feasibility", "/exAnte/feasibility", Kind.DECIMAL, false),
    /** 筹资合规性得分 / fundingCompliance: an ex-ante score. */
    FUNDING_COMPLIANCE("筹资合规性得分", "fundingCompliance", "/exAnte/fundingCompliance", Kind.DECIMAL, false),
    /** 第三方复核 / thirdPartyReassessed (R-EXANTE-4). */
    THIRD_PARTY_REASSESSED("第三方复核", "thirdPartyReassessed", "/exAnte/thirdPartyReassessed", Kind.BOOLEAN, false),
    /** 转移支付编号 / transferId: the parent transfer (R-GOAL-6). */
    TRANSFER_ID("转移支付编号", "transferId", "/transfer/id", Kind.TEXT, false),
    /** 报告评审得分 / reportReviewScore (R-REVIEW-1). */
    REPORT_REVIEW_SCORE("报告评审得分", "reportReviewScore", "/reportReviewScore", Kind.DECIMAL, false),
    /** 自评总分 / reportedTotal: the total a filled-in table reports. */
    REPORTED_TOTAL("自评总分", "reportedTotal", "/reportedTotal", Kind.DECIMAL, false),
    /** 自评等级 / reportedGrade: the grade a filled-in table reports. */
    REPORTED_GRADE("自评等级", "reportedGrade", "/reportedGrade", Kind.TEXT, false),

    /** 一级指标 / level1. */
    LEVEL1("一级指标", "level1", "level1", Kind.TEXT, true),
    /** 二级指标 / level2. */
    LEVEL2("二级指标", "level2", "level2", Kind.TEXT, true),
    /** 三级指标 / name: the indicator's name. */
    INDICATOR_NAME("三级指标", "name", "name", Kind.TEXT, true),
    /** 指标性质 / comparison: {@code >=}, {@code ≥}, {@code qualitative} …; optional when the target has a symbol. */
    COMPARISON("指标性质", "comparison", "comparison", Kind.TEXT, false),
    /** 年度指标值 / target: a number, a text, or as forms write it ({@code ≧735人次}). */
    TARGET("年度指标值", "target", "target", Kind.TEXT, true),
    /** 度量单位 / measureUnit: the indicator's unit of measure. */
    MEASURE_UNIT("度量单位", "measureUnit", "unit", Kind.TEXT, false),
    /** 实际完成值 / actual. */
    ACTUAL("实际完成值", "actual", "actual", Kind.TEXT, false),
    /** 分值 / weight. */
    WEIGHT("分值", "weight", "weight", Kind.DECIMAL, true),
    /** 完成程度 / achievement: a qualitative indicator's achievement. */
    ACHIEVEMENT("完成程度", "achievement", "achievement", Kind.TEXT, false),
    /** 评定得分 / score: the evaluator's score of a qualitative indicator. */
    SCORE("评定得分", "score", "score", Kind.DECIMAL, false),
    /** 得分 / reportedScore: the score a filled-in table reports (R-AUDIT-1). */
    REPORTED_SCORE("得分", "reportedScore", "reportedScore", Kind.DECIMAL, false),
    /** 偏差原因分析及改进措施 / explanation: why the indicator deviates (R-DEV-1). */
    EXPLANATION("偏差原因分析及改进措施", "explanation", "explanation", Kind.TEXT, false),
    /** 上级指标值 / transferTarget: the parent transfer's target for the indicator of the row's name (R-GOAL-6). */
    TRANSFER_TARGET("上级指标值", "transferTarget", "transferTarget", Kind.TEXT, false);

    /** How a cell is read. */
    enum Kind {
        /** Text as written. */
        TEXT,
        /** A plain decimal. */
        DECIMAL,
        /** An amount in 元, or in 万元 under a header marked so. */
        AMOUNT,
        /** A whole number. */
        INTEGER,
        /** 是/否, true/false, 1/0, Y/N. */
        BOOLEAN,
        /** Years, separated by commas, semicolons, 、 or spaces. */
        YEARS
    }

    private final String zh;
    private final String en;
    private final String member;
    private final Kind kind;
    private final boolean required;

    CsvColumn(String zh, String en, String member, Kind kind, boolean required) {
        this.zh = zh;
        this.en = en;
        this.member = member;
        this.kind = kind;
        this.required = required;
    }

    /**
     * The Chinese header.
     *
     * @return such as {@code 三级指标}
     */
    public String chinese() {
        return zh;
    }

    /**
     * The English header.
     *
     * @return such as {@code name}
     */
    public String english() {
        return en;
    }

    /**
     * The header in a language.
     *
     * @param locale  English for {@code en}, Chinese otherwise; not null
     * @return the header
     */
    public String header(Locale locale) {
        return "en".equals(locale.getLanguage()) ? en : zh;
    }

    /**
     * Whether a table must have this column.
     *
     * @return true for a required column
     */
    public boolean isRequired() {
        return required;
    }

    /**
     * Whether the column belongs to the row's indicator rather than to its project.
     *
     * @return true for an indicator column
     */
    public boolean isIndicatorColumn() {
        return !member.startsWith("/");
    }

    /** The pbm/1 member: a pointer within the project, or a member name of the indicator. */
    String member() {
        return member;
    }

    Kind kind() {
        return kind;
    }
}
