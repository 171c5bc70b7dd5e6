package io.pbm.io.form;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The column headers and row labels a form may use, with the spellings provinces publish. Texts are
 * compared after {@link Grid#normalise}: without white space, bracketed parts ({@code （万元）}, {@code (A)})
 * and a trailing colon.
 */
enum Header {
    // ---- the indicator table ----
    LEVEL1("一级指标"),
    LEVEL2("二级指标"),
    NAME("三级指标", "三级指标名称", "指标名称", "绩效指标名称"),
    TARGET("年度指标值", "年度目标值", "预期指标值", "目标值", "指标值"),
    NATURE("指标性质", "比较符", "运算符号", "指标方向"),
    MEASURE("度量单位", "计量单位", "单位"),
    ACTUAL("实际完成值", "全年实际值", "实际值", "完成值", "全年实际完成值"),
    ACHIEVEMENT("完成情况", "定性指标完成情况", "达成情况", "完成程度"),
    WEIGHT("分值", "权重", "权重分值", "指标分值"),
    SCORE("得分", "自评得分", "实际得分"),
    EXPLANATION("偏差原因分析及改进措施", "偏差原因分析及拟改进措施", "偏差原因及改进措施", "偏差原因分析", "未完成原因分析"),
    // ---- the budget block ----
    INITIAL("年初预算数", "年初预算"),
    ADJUSTED("全年预算数", "调整后预算数", "全年预算"),
    SPENT("全年执行数", "实际支出数", "全年执行"),
    RATE("执行率", "预算执行率"),
    FUNDS_TOTAL("年度资金总额", "资金总额", "年度资金总额合计"),
    // ---- the total row ----
    TOTAL("总分", "合计", "总计", "合计得分", "自评总分", "总得分"),
    // ---- labelled rows above the table: the national ones, then pbm's own ----
    PROJECT_NAME("项目名称"),
    DEPARTMENT("主管部门", "主管部门及代码", "主管单位"),
    IMPLEMENTER("实施单位", "项目实施单位"),
    GOAL("年度总体目标", "总体目标", "年度绩效目标", "年度目标"),
    EXPECTED("预期目标"),
    PROJECT_ID("项目编号", "项目代码", "项目编码"),
    FUND_CATEGORY("资金类别"),
    YEAR("预算年度", "年度"),
    KIND("评价类型"),
    EVALUATOR("评价主体"),
    NEXT_YEAR("下年度预算申请数", "下年度申请数"),
    AUDIT_PROBLEMS("监督检查发现问题", "审计发现问题", "审计、财会监督发现问题"),
    MAJOR_MISUSE("重大违规使用资金"),
    AUTHENTICITY_FAILED("真实性核查未通过"),
    FAILED_ROUNDS("连续未整改监控轮次"),
    UNRECTIFIED("问题未整改"),
    GRADE("自评等级", "评价等级", "自评结果");

    /** The labels of the rows above a table, looked for by {@link FormSheet}. */
    static final List<Header> LABELS = List.of(PROJECT_NAME, DEPARTMENT, IMPLEMENTER, GOAL, PROJECT_ID, FUND_CATEGORY,
            YEAR, KIND, EVALUATOR, NEXT_YEAR, AUDIT_PROBLEMS, MAJOR_MISUSE, AUTHENTICITY_FAILED, FAILED_ROUNDS,
            UNRECTIFIED, GRADE);

    private final List<String> spellings;

    Header(String... spellings) {
        this.spellings = List.of(spellings);
    }

    /** The spelling of the national form, first of all. */
    String label() {
        return spellings.get(0);
    }

    /** The spellings, for a message naming where a value was looked for. */
    String spellings() {
        return String.join(" / ", spellings);
    }

    boolean matches(String normalised) {
        return spellings.contains(normalised);
    }

    /** The header among {@code candidates} a normalised text is, or null. */
    static @Nullable Header of(String normalised, List<Header> candidates) {
        for (Header header : candidates) {
            if (header.matches(normalised)) {
                return header;
            }
        }
        return null;
    }
}
