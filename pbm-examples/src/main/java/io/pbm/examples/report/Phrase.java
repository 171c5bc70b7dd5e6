package io.pbm.examples.report;

import io.pbm.core.Labelled;
import java.util.Locale;

/**
 * The wording of the demo report in Chinese and English. Arguments {@code {0}}, {@code {1}} … are put
 * in as they are ({@code toString()}, never a locale's number format), a {@link Labelled} constant in
 * the phrase's language — so the report is the same on every machine.
 */
enum Phrase {
    TITLE("pbm 演示：{0}", "pbm demo: {0}"),
    RESULTS("评价结果", "Evaluation results"),
    POLICY("政策：{0} {1}（等级：{2}）", "Policy: {0} {1} (grades: {2})"),
    PROJECTS("项目 {0} 个：已评价 {1} 个，不纳入评价 {2} 个，无法评价 {3} 个",
            "{0} projects: {1} evaluated, {2} excluded, {3} rejected"),
    GRADES("一、等级分布（最终等级，否决后）", "1. Grades (final, after vetoes)"),
    MEAN("  平均分 {0}", "  Mean score {0}"),
    NO_MEAN("  平均分 —（没有已评价的项目）", "  Mean score — (nothing evaluated)"),
    EXECUTION("  预算执行率 {0}：支出 {1} / 预算 {2}", "  Execution rate {0}: spent {1} of {2}"),
    VETOES("二、否决（按规则）", "2. Vetoes (by rule)"),
    NO_VETO("  无", "  none"),
    VETO("  {0} {1}：{2} 个项目，其中 {3} 个因此降级", "  {0} {1}: fired {2}; grades lowered: {3}"),
    BUDGET("三、下年预算（结果应用）", "3. Next year's budget (result application)"),
    BUDGET_TOTAL("  合计：{0} → {1}，减少 {2}", "  Total: {0} → {1}, {2} less"),
    ACTIONS("  处理：{0}", "  Actions: {0}"),
    ACTION("{0} {1} 个", "{0} {1}"),
    UNITS("  减少最多的单位：", "  Units with the largest reductions:"),
    UNIT("    {0}. {1}：{2} → {3}，减少 {4}（{5}）", "    {0}. {1}: {2} → {3}, {4} less ({5})"),
    NO_CUT("  没有单位的预算减少", "  No unit's budget is reduced"),
    DEVIATIONS("四、偏差最大的五个指标（未完成目标，R-DEV-1）", "4. The five largest deviations (targets missed, R-DEV-1)"),
    DEVIATION("  {0}. {1}  {2}（{3} {4}）", "  {0}. {1}  {2} ({3} {4})"),
    NO_DEVIATION("  无", "  none"),
    OVER("  超额完成（R-DEV-2，目标可能偏低）：{0} 个指标，最多 {1} {2}（{3} {4}）",
            "  Far above target (R-DEV-2, the target may be too low): {0} indicators, most {1} {2} ({3} {4})"),
    MISSING("五、缺少偏差说明的项目（评价不完整，R-DEV-1）：{0} 个", "5. Projects missing a deviation explanation (incomplete, R-DEV-1): {0}"),
    MISSING_PROJECT("  {0} {1}（{2}）：{3}", "  {0} {1} ({2}): {3}"),
    MORE("  …… 另 {0} 个", "  … and {0} more"),
    OTHERS("六、不纳入评价和无法评价的项目", "6. Projects excluded or rejected"),
    EXCLUDED("  不纳入评价 {0} 个", "  Excluded: {0}"),
    EXCLUDED_GROUP("    {0}（{1}）：{2} 个", "    {0} ({1}): {2}"),
    REJECTED("  无法评价 {0} 个", "  Rejected: {0}"),
    REJECTED_PROJECT("    {0}：{1}", "    {0}: {1}"),
    WAN("{0}万元", "CNY {0} million"),
    YI("{0}万元（{1}亿元）", "CNY {1} billion"),
    LIST_SEPARATOR("、", ", ");

    private final String chinese;
    private final String english;

    Phrase(String chinese, String english) {
        this.chinese = chinese;
        this.english = english;
    }

    /** Whether a locale asks for English; anything else is Chinese. */
    static boolean english(Locale locale) {
        return "en".equals(locale.getLanguage());
    }

    /** The phrase in the locale's language with its arguments put in. */
    String format(Locale locale, Object... args) {
        boolean english = english(locale);
        String pattern = english ? this.english : chinese;
        StringBuilder out = new StringBuilder(pattern.length() + 32);
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '{' && i + 2 < pattern.length() && pattern.charAt(i + 2) == '}' && Character.isDigit(pattern.charAt(i + 1))) {
                Object arg = args[pattern.charAt(i + 1) - '0'];
                out.append(arg instanceof Labelled labelled ? english ? labelled.englishLabel() : labelled.label()
                        : String.valueOf(arg));
                i += 2;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
