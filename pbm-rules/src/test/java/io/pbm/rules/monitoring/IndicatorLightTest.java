package io.pbm.rules.monitoring;

import static io.pbm.rules.monitoring.MonitoringFixtures.achieved;
import static io.pbm.rules.monitoring.MonitoringFixtures.actual;
import static io.pbm.rules.monitoring.MonitoringFixtures.indicator;
import static io.pbm.rules.monitoring.MonitoringFixtures.light;
import static io.pbm.rules.monitoring.MonitoringFixtures.qualitative;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pbm.core.Ratio;
import io.pbm.core.evaluation.IndicatorActual;
import io.pbm.core.evaluation.QualitativeAchievement;
import io.pbm.core.goal.Indicator;
import io.pbm.core.goal.IndicatorValue;
import io.pbm.core.goal.Level2;
import io.pbm.core.monitoring.WarningLight;
import io.pbm.rules.explain.Rejection;
import io.pbm.rules.explain.RuleId;
import io.pbm.rules.explain.Warning;
import java.time.Month;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** R-MON-2: the light of each indicator, by the kind of indicator. */
class IndicatorLightTest {

    private static final Indicator LENGTH = indicator("新建排水管网长度", Level2.QUANTITY, ">=12公里");
    private static final Indicator RATE = indicator("按期完工率", Level2.TIMELINESS, ">=95%");

    private static WarningLight colour(Indicator indicator, Month month, String actual) {
        return light(indicator, month, actual(actual)).light().orElseThrow();
    }

    @Test
    void R_MON_2_anAccumulatingCountIsComparedWithTheTimeShareOfItsTarget() {
        // End of June: 6 of 12 km is on schedule.
        IndicatorLight onSchedule = light(LENGTH, Month.JUNE, actual("6"));
        assertEquals(LightBasis.PROGRESS, onSchedule.basis());
        assertEquals(Optional.of(Ratio.ONE), onSchedule.progressRatio());
        assertEquals(Optional.of(WarningLight.GREEN), onSchedule.light());
        assertEquals(WarningLight.GREEN, colour(LENGTH, Month.JUNE, "4.8"));      // exactly 80 %
        assertEquals(WarningLight.YELLOW, colour(LENGTH, Month.JUNE, "4.79"));
        assertEquals(WarningLight.YELLOW, colour(LENGTH, Month.JUNE, "3.6"));     // exactly 60 %
        assertEquals(WarningLight.RED, colour(LENGTH, Month.JUNE, "3.59"));
        assertEquals(WarningLight.GREEN, colour(LENGTH, Month.JUNE, "13"));
    }

    @Test
    void R_MON_2_noProgressIsRed() {
        IndicatorLight nothing = light(LENGTH, Month.JANUARY, actual("0"));
        assertEquals(Optional.of(WarningLight.RED), nothing.light());
        assertEquals(Optional.of(Ratio.ZERO), nothing.progressRatio());
    }

    @Test
    void R_MON_2_anAccumulatingAmountOfTheCostCategoryAccumulatesToo() {
        Indicator investment = indicator("完成投资额", Level2.COST, ">=1200万元");
        assertEquals(LightBasis.PROGRESS, light(investment, Month.MAY, actual("400万元")).basis());
        assertEquals(WarningLight.GREEN, colour(investment, Month.MAY, "400万元"));
        assertEquals(WarningLight.RED, colour(investment, Month.MAY, "200万元"));
    }

    @Test
    void R_MON_2_anActualWrittenAsABoundThatMeetsTheTargetIsGreen() {
        assertEquals(WarningLight.GREEN, colour(LENGTH, Month.MARCH, "≥12公里"));
        assertEquals(WarningLight.GREEN, colour(RATE, Month.MARCH, "≥95%"));
        assertEquals(WarningLight.YELLOW, colour(RATE, Month.MARCH, "≥70%"));
    }

    @Test
    void R_MON_2_aRateIsComparedWithItsTargetDirectlyWhateverTheMonth() {
        for (Month month : List.of(Month.JANUARY, Month.JUNE, Month.DECEMBER)) {
            IndicatorLight met = light(RATE, month, actual("95"));
            assertEquals(LightBasis.TARGET, met.basis());
            assertEquals(Optional.of(WarningLight.GREEN), met.light());
            assertEquals(WarningLight.GREEN, colour(RATE, month, "76"));    // 80 % of 95
            assertEquals(WarningLight.YELLOW, colour(RATE, month, "75.99"));
            assertEquals(WarningLight.YELLOW, colour(RATE, month, "57"));   // 60 % of 95
            assertEquals(WarningLight.RED, colour(RATE, month, "56.99"));
            assertEquals(WarningLight.RED, colour(RATE, month, "0"));
        }
    }

    @Test
    void R_MON_2_aPercentageUnderQuantityIsARateAndDoesNotAccumulate() {
        Indicator coverage = indicator("覆盖率", Level2.QUANTITY, ">=90%");
        IndicatorLight light = light(coverage, Month.MARCH, actual("90"));
        assertEquals(LightBasis.TARGET, light.basis());
        assertEquals(Optional.of(WarningLight.GREEN), light.light());
        assertEquals(WarningLight.RED, colour(coverage, Month.MARCH, "30"));
    }

    @Test
    void R_MON_2_aLowerIsBetterIndicatorIsGreenWithinItsTargetAndRedBeyond() {
        Indicator days = indicator("投诉处理时限", Level2.TIMELINESS, "<=3天");
        IndicatorLight within = light(days, Month.MAY, actual("3"));
        assertEquals(LightBasis.WITHIN_TARGET, within.basis());
        assertEquals(Optional.of(WarningLight.GREEN), within.light());
        assertEquals(WarningLight.RED, colour(days, Month.MAY, "3.5"));
        Indicator fewer = indicator("返工次数", Level2.QUALITY, "<2次");
        assertEquals(WarningLight.GREEN, colour(fewer, Month.MAY, "2"));
        assertEquals(WarningLight.RED, colour(fewer, Month.MAY, "3"));
    }

    @Test
    void R_MON_2_anEqualIndicatorIsGreenWhenMetAsR_SCORE_EQReadsIt() {
        Indicator accidents = indicator("安全事故数", Level2.QUALITY, "=0次");
        assertEquals(WarningLight.GREEN, colour(accidents, Month.MAY, "0"));
        assertEquals(WarningLight.RED, colour(accidents, Month.MAY, "1"));
        Indicator acceptance = indicator("验收合格率", Level2.QUALITY, "=100%");
        assertEquals(WarningLight.GREEN, colour(acceptance, Month.MAY, "100"));
        assertEquals(WarningLight.GREEN, colour(acceptance, Month.MAY, "101"));   // above the target is met
        assertEquals(WarningLight.RED, colour(acceptance, Month.MAY, "99"));
        assertEquals(LightBasis.WITHIN_TARGET, light(acceptance, Month.MAY, actual("99")).basis());
    }

    @Test
    void R_MON_2_aZeroTargetNeverDividesByZero() {
        Indicator none = indicator("新增债务", Level2.QUANTITY, ">=0万元");
        IndicatorLight zero = light(none, Month.MAY, actual("0"));
        assertEquals(Optional.of(WarningLight.GREEN), zero.light());
        assertEquals(Optional.empty(), zero.progressRatio());
        assertEquals(WarningLight.RED, colour(none, Month.MAY, "-1"));
        Indicator rate = indicator("超支率", Level2.QUALITY, ">=0%");
        assertEquals(WarningLight.GREEN, colour(rate, Month.MAY, "0"));
        assertEquals(WarningLight.RED, colour(rate, Month.MAY, "-0.5"));
        Indicator atMost = indicator("安全事故", Level2.QUALITY, "<=0次");
        assertEquals(WarningLight.GREEN, colour(atMost, Month.MAY, "0"));
        assertEquals(WarningLight.RED, colour(atMost, Month.MAY, "1"));
    }

    @Test
    void R_MON_2_qualitativeAchievedGreenPartlyYellowNotAchievedRed() {
        Indicator benefit = qualitative("排涝能力提升");
        assertEquals(Optional.of(WarningLight.GREEN),
                light(benefit, Month.MAY, achieved(QualitativeAchievement.ACHIEVED)).light());
        assertEquals(Optional.of(WarningLight.YELLOW),
                light(benefit, Month.MAY, achieved(QualitativeAchievement.PARTLY_ACHIEVED)).light());
        IndicatorLight not = light(benefit, Month.MAY, achieved(QualitativeAchievement.NOT_ACHIEVED));
        assertEquals(Optional.of(WarningLight.RED), not.light());
        assertEquals(LightBasis.ACHIEVEMENT, not.basis());
    }

    @Test
    void R_MON_2_noActualYetMeansNoLightAndAWarning() {
        MonitoringResult result = MonitoringFixtures.MOF.monitor(
                MonitoringFixtures.project("P-1", "1200000.00", "500000.00", MonitoringFixtures.drainageGoal()).build(),
                MonitoringFixtures.snapshot(Month.MAY, "500000.00", Map.of("管网验收合格率", actual("100"),
                        "排涝能力提升", IndicatorActual.builder().explanation("汛期后评判").build()))).get();
        IndicatorLight length = result.indicator("新建排水管网长度").orElseThrow();
        assertEquals(Optional.empty(), length.light());
        assertEquals(LightBasis.NOT_REPORTED, length.basis());
        assertEquals(Optional.empty(), result.indicator("排涝能力提升").orElseThrow().light());
        assertEquals(Optional.of(WarningLight.GREEN), result.indicator("管网验收合格率").orElseThrow().light());
        List<Warning> unlit = result.warnings().stream()
                .filter(w -> w.rule() == RuleId.R_MON_2 && w.path().startsWith("/indicators/")).toList();
        assertEquals(List.of("/indicators/0", "/indicators/2", "/indicators/3", "/indicators/4"),
                unlit.stream().map(Warning::path).toList());
        unlit.forEach(w -> assertNull(w.level()));
        assertEquals(4, result.unlitIndicators());
        assertEquals(1, result.indicatorLights().get(WarningLight.GREEN));
    }

    @Test
    void R_MON_2_redAndYellowIndicatorsWarnWithTheirLightAndName() {
        MonitoringResult result = MonitoringFixtures.MOF.monitor(
                MonitoringFixtures.project("P-1", "1200000.00", "500000.00", MonitoringFixtures.drainageGoal()).build(),
                MonitoringFixtures.snapshot(Month.JUNE, "500000.00", Map.of("新建排水管网长度", actual("4"),
                        "管网验收合格率", actual("100"), "按期完工率", actual("50"),
                        "排涝能力提升", achieved(QualitativeAchievement.ACHIEVED), "群众满意度", actual("93")))).get();
        List<Warning> lit = result.warnings().stream().filter(w -> w.path().startsWith("/indicators/")).toList();
        assertEquals(2, lit.size(), lit.toString());
        assertEquals(WarningLight.YELLOW, lit.get(0).level());
        assertEquals("/indicators/0", lit.get(0).path());
        assertTrue(lit.get(0).toString().contains("新建排水管网长度"), lit.get(0).toString());
        assertEquals(WarningLight.RED, lit.get(1).level());
        assertEquals(Map.of(WarningLight.RED, 1, WarningLight.YELLOW, 1, WarningLight.GREEN, 3), result.indicatorLights());
    }

    @Test
    void R_MON_2_anActualThatCannotBeReadAgainstItsIndicatorRejectsTheProjectWithEveryProblem() {
        Rejection rejection = MonitoringFixtures.MOF.monitor(
                MonitoringFixtures.project("P-9", "1200000.00", "500000.00", MonitoringFixtures.drainageGoal()).build(),
                MonitoringFixtures.snapshot(Month.MAY, "500000.00", Map.of(
                        "新建排水管网长度", actual("6000米"),
                        "按期完工率", IndicatorActual.of(IndicatorValue.text("进行中")),
                        "群众满意度", achieved(QualitativeAchievement.ACHIEVED),
                        "不存在的指标", actual("1")))).getError();
        assertEquals("P-9", rejection.id());
        List<String> paths = rejection.problems().stream().map(p -> p.code() + " " + p.path()).sorted().toList();
        assertEquals(List.of("R-MON-2 /indicators/0/actual", "R-MON-2 /indicators/2/actual",
                "R-MON-2 /indicators/4/actual", "actual.unknown /actuals/不存在的指标"), paths);
        assertTrue(rejection.toString().contains("6000米"), rejection.toString());
    }
}
