package io.pbm.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pbm.core.InvalidValueException;
import io.pbm.core.budget.Amount;
import io.pbm.examples.sample.SampleGenerator;
import io.pbm.examples.sample.SampleProfile;
import io.pbm.rules.Pbm;
import io.pbm.rules.pipeline.BatchResult;
import io.pbm.rules.policy.Presets;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The demo report: the sample county's figures in every section, in Chinese and English, the same text
 * whatever the machine's locale; any batch can be reported, rejections and an empty batch included.
 */
class DemoReportTest {

    private static DemoReport report;
    private static String chinese;
    private static String english;

    @BeforeAll
    static void sampleCounty() {
        report = DemoReport.sampleCounty();
        chinese = report.render(Locale.SIMPLIFIED_CHINESE);
        english = report.render(Locale.ENGLISH);
    }

    @Test
    void theGradesAreCountedWithBarsAndShares() {
        assertTrue(chinese.contains("  优  535  ████████████████████   85.3%\n"), chinese);
        assertTrue(chinese.contains("  良   49  ██                      7.8%\n"), chinese);
        assertTrue(chinese.contains("  中   26  █                       4.1%\n"), chinese);
        assertTrue(chinese.contains("  差   17  █                       2.7%\n"), chinese);
        assertTrue(english.contains("  excellent  535  ████████████████████   85.3%\n"), english);
    }

    @Test
    void everySectionIsThereInChinese() {
        for (String expected : List.of("红柳县", "政策：XINJIANG", "项目 998 个：已评价 627 个，不纳入评价 371 个，无法评价 0 个",
                "一、等级分布", "平均分 94.55", "预算执行率 98.06%", "145,742.46万元（14.57亿元）",
                "二、否决", "R-VETO-1 审计监督问题：7 个项目，其中 4 个因此降级", "R-VETO-4 一票否决：1 个项目",
                "三、下年预算", "减少最多的单位：", "    1. ", "四、偏差最大的五个指标", "  5. ", "超额完成（R-DEV-2",
                "五、缺少偏差说明的项目（评价不完整，R-DEV-1）：49 个", "…… 另 44 个",
                "六、不纳入评价和无法评价的项目", "R-PLAN-4（中央转移支付）：371 个")) {
            assertTrue(chinese.contains(expected), () -> expected + " missing from\n" + chinese);
        }
    }

    @Test
    void everySectionIsThereInEnglish() {
        for (String expected : List.of("pbm demo: Hongliu County", "998 projects: 627 evaluated, 371 excluded, 0 rejected",
                "Mean score 94.55", "Execution rate 98.06%", "R-VETO-4 one-vote veto: fired 1", "Units with the largest",
                "The five largest deviations", "incomplete, R-DEV-1): 49", "R-PLAN-4 (central transfer): 371")) {
            assertTrue(english.contains(expected), () -> expected + " missing from\n" + english);
        }
        assertTrue(english.chars().noneMatch(c -> c == '，' || c == '：'), english);
    }

    @Test
    void theReportKeepsItsBatch() {
        BatchResult batch = report.batch();
        assertEquals(998, batch.summary().projects());
        assertEquals(627, batch.results().size());
        assertEquals(Presets.XINJIANG, report.policy());
        assertEquals(chinese, report.toString());
    }

    @Test
    void theMachinesLocaleChangesNothing() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);   // a decimal comma and a point between thousands
            assertEquals(chinese, report.render(Locale.SIMPLIFIED_CHINESE));
            assertEquals(english, report.render(Locale.ENGLISH));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void rejectionsAreListedWithTheirFirstProblem() {
        BatchResult batch = Pbm.evaluateAll(SampleGenerator.generate(600, 80, 5, SampleProfile.COUNTY, true),
                Presets.MOF_2020);
        String text = DemoReport.of(batch, Presets.MOF_2020).render(Locale.CHINA);
        assertTrue(batch.summary().rejected() > 0);
        assertTrue(text.contains("  无法评价 " + batch.summary().rejected() + " 个\n"), text);
        assertTrue(text.contains("    " + batch.rejected().get(0).projectId() + "："), text);
        assertTrue(text.contains("pbm 演示：评价结果"), text);
        assertTrue(text.contains("政策：MOF_2020 2020.1（等级：优 ≥90，良 ≥80，中 ≥60，差 <60）"), text);
    }

    @Test
    void anEmptyBatchHasNothingToShowButSaysSo() {
        String text = DemoReport.of(Pbm.evaluateAll(List.of(), Presets.XINJIANG), Presets.XINJIANG).render(Locale.ENGLISH);
        assertTrue(text.contains("0 projects: 0 evaluated"), text);
        assertTrue(text.contains("Mean score — (nothing evaluated)"), text);
        assertTrue(text.contains("No unit's budget is reduced"), text);
    }

    @Test
    void aBatchOfAnotherPolicyIsRefused() {
        BatchResult batch = Pbm.evaluateAll(List.of(), Presets.MOF_2020);
        assertThrows(InvalidValueException.class, () -> DemoReport.of(batch, Presets.XINJIANG));
    }

    @Test
    void amountsAreGroupedAndInWanOrYiIndependentlyOfTheLocale() {
        assertEquals("1,234,567.89", DemoReport.grouped(new BigDecimal("1234567.89")));
        assertEquals("-1,000", DemoReport.grouped(new BigDecimal("-1000")));
        assertEquals("999.50", DemoReport.grouped(new BigDecimal("999.50")));
        assertEquals("193.05万元", DemoReport.money(Locale.CHINA, Amount.of("1930500.00")));
        assertEquals("145,742.46万元（14.57亿元）", DemoReport.money(Locale.CHINA, Amount.of("1457424600.00")));
        assertEquals("CNY 1.93 million", DemoReport.money(Locale.ENGLISH, Amount.of("1930500.00")));
        assertEquals("CNY 1.46 billion", DemoReport.money(Locale.ENGLISH, Amount.of("1457424600.00")));
    }
}
