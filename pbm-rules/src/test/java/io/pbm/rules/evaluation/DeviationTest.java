package io.pbm.rules.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pbm.core.Ratio;
import io.pbm.core.evaluation.QualitativeAchievement;
import io.pbm.core.goal.Level2;
import io.pbm.core.monitoring.WarningLight;
import io.pbm.rules.ProjectFixture;
import io.pbm.rules.explain.RuleId;
import io.pbm.rules.explain.Warning;
import io.pbm.rules.policy.Presets;
import io.pbm.rules.scoring.IndicatorFlag;
import io.pbm.rules.scoring.IndicatorResult;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** R-DEV-1…4 in the engine, under MOF_2020. */
class DeviationTest {

    /** One indicator under test (weight 10) beside a met filler of weight 80. */
    private static EvaluationResult one(String target, String actual, String explanation) {
        return ProjectFixture.project("dev")
                .quantitative("指标", Level2.QUANTITY, target, 10, actual, explanation)
                .quantitative("填充", Level2.QUALITY, ">=100%", 80, "100")
                .evaluate(Presets.MOF_2020);
    }

    private static IndicatorResult indicator(EvaluationResult result) {
        return result.indicator("指标").orElseThrow();
    }

    private static List<Warning> warnings(EvaluationResult result, RuleId rule) {
        return result.warnings().stream().filter(w -> w.rule() == rule).toList();
    }

    // ---- R-DEV-1 ----

    @Test
    void R_DEV_1_aMissingRequiredExplanationIsAWarningAndNeverChangesTheScore() {
        EvaluationResult without = one(">=12公里", "11.5", null);
        EvaluationResult with = one(">=12公里", "11.5", "冬季停工");
        assertFalse(without.complete());
        assertTrue(with.complete());
        assertEquals(with.score(), without.score());
        assertEquals(with.indicators().get(0).score(), without.indicators().get(0).score());
        List<Warning> missing = warnings(without, RuleId.R_DEV_1);
        assertEquals(1, missing.size(), without.warnings()::toString);
        assertEquals("/indicators/0/explanation", missing.get(0).path());
        assertEquals(List.of(), warnings(with, RuleId.R_DEV_1));
        assertTrue(indicator(without).explanationMissing());
        assertFalse(indicator(with).explanationMissing());
    }

    @Test
    void R_DEV_1_deviationIsOrientedSoThatAShortfallIsNegative() {
        assertEquals(Ratio.of(-1, 24), indicator(one(">=12公里", "11.5", "x")).deviationRatio().orElseThrow());
        assertEquals(Ratio.of(-3, 10), indicator(one("<=10天", "13", "x")).deviationRatio().orElseThrow());
        assertEquals(Ratio.of(1, 10), indicator(one("<=10天", "9", null)).deviationRatio().orElseThrow());
        assertTrue(indicator(one("<=0起", "0", null)).deviationRatio().isEmpty(), "target 0: no deviation figure");
    }

    @Test
    void R_DEV_1_aDeviationOfExactlyTwentyPercentNeedsNoExplanation() {
        EvaluationResult result = one(">=100个", "120", null);
        IndicatorResult indicator = indicator(result);
        assertEquals(Ratio.of(1, 5), indicator.deviationRatio().orElseThrow());
        assertEquals("10.00", indicator.score().toString());
        assertFalse(indicator.explanationRequired());
        assertTrue(result.complete());
        // R-DEV-2: 120 is 120 % of the target: over-achieved.
        assertEquals(Set.of(IndicatorFlag.OVER_ACHIEVED), indicator.flags());
        assertEquals(Optional.of(WarningLight.BLUE), IndicatorFlag.OVER_ACHIEVED.light());
        assertFalse(result.trace().of(RuleId.R_DEV_2).isEmpty());
    }

    @Test
    void R_DEV_1_aDeviationJustAboveTwentyPercentNeedsAnExplanationEvenWithFullScore() {
        EvaluationResult result = one(">=100个", "120.01", null);
        IndicatorResult indicator = indicator(result);
        assertEquals("10.00", indicator.score().toString());
        assertTrue(indicator.explanationRequired());
        assertFalse(result.complete());
        assertTrue(one(">=100个", "120.01", "目标设定偏低").complete());
        // Below the target by more than 20 %: required as a shortfall anyway.
        assertTrue(indicator(one(">=100个", "79.99", null)).explanationRequired());
    }

    @Test
    void R_DEV_1_lowerIsBetterBeyondTheThresholdNeedsAnExplanation() {
        assertFalse(indicator(one("<=100个", "80", null)).explanationRequired(), "exactly 20 %");
        assertTrue(indicator(one("<=100个", "79.99", null)).explanationRequired());
    }

    // ---- R-DEV-2 ----

    @Test
    void R_DEV_2_higherIsBetterFlaggedFrom120PercentOfTheTarget() {
        assertEquals(Set.of(), indicator(one(">=100个", "119.99", null)).flags());
        assertEquals(Set.of(IndicatorFlag.OVER_ACHIEVED), indicator(one(">100个", "120", null)).flags());
    }

    @Test
    void R_DEV_2_lowerIsBetterFlaggedAtOrBelow80PercentOfTheTarget() {
        assertEquals(Set.of(IndicatorFlag.OVER_ACHIEVED), indicator(one("<=100个", "80", null)).flags());
        assertEquals(Set.of(IndicatorFlag.OVER_ACHIEVED), indicator(one("<100个", "10", "x")).flags());
        assertEquals(Set.of(), indicator(one("<=100个", "80.01", null)).flags());
    }

    @Test
    void R_DEV_2_neverForAZeroTargetAnEqualOrAQualitativeIndicator() {
        assertEquals(Set.of(), indicator(one(">=0个", "50", null)).flags());
        assertEquals(Set.of(), indicator(one("<=0起", "0", null)).flags());
        assertEquals(Set.of(), indicator(one("=100%", "200", "x")).flags());
        EvaluationResult qualitative = ProjectFixture.project("q")
                .qualitative("指标", Level2.SOCIAL, 10, QualitativeAchievement.ACHIEVED, "10", null)
                .quantitative("填充", Level2.QUALITY, ">=100%", 80, "100")
                .evaluate(Presets.MOF_2020);
        assertEquals(Set.of(), indicator(qualitative).flags());
        assertTrue(indicator(qualitative).deviationRatio().isEmpty());
        assertTrue(qualitative.trace().of(RuleId.R_DEV_2).isEmpty());
    }

    // ---- R-DEV-3 ----

    private static EvaluationResult spending(String spent, String qualitativeScore) {
        return ProjectFixture.project("mismatch").budget("1000000.00", spent)
                .qualitative("综合效益", Level2.SOCIAL, 90, QualitativeAchievement.ACHIEVED, qualitativeScore, "说明")
                .evaluate(Presets.MOF_2020);
    }

    private static List<WarningLight> lights(EvaluationResult result) {
        return warnings(result, RuleId.R_DEV_3).stream().map(w -> w.light().orElseThrow()).toList();
    }

    @Test
    void R_DEV_3_completionRunningAheadOfSpendingIsRed() {
        // c = 1, e = 0.9: (c − e) ÷ c = 10 % > 5 %.
        assertEquals(List.of(WarningLight.RED), lights(spending("900000.00", "90")));
        // exactly 5 % is not more than 5 %
        assertEquals(List.of(), lights(spending("950000.00", "90")));
        assertEquals(List.of(WarningLight.RED), lights(spending("949999.00", "90")));
    }

    @Test
    void R_DEV_3_spendingAheadOfCompletionIsNothing() {
        // c = 0.8, e = 1
        assertEquals(List.of(), lights(spending("1000000.00", "72")));
        assertEquals(List.of(), lights(spending("1200000.00", "72")));
    }

    @Test
    void R_DEV_3_moreThanTwentyPercentUnspentIsYellow() {
        // c = 0.8, e = 0.79: no RED ((0.8 − 0.79) ÷ 0.8 = 1.25 %), but 21 % unspent.
        assertEquals(List.of(WarningLight.YELLOW), lights(spending("790000.00", "72")));
        assertEquals(List.of(), lights(spending("800000.00", "72")), "exactly 20 % unspent");
        // both at once
        assertEquals(Set.of(WarningLight.YELLOW, WarningLight.RED), Set.copyOf(lights(spending("700000.00", "90"))));
    }

    // ---- R-DEV-4 ----

    @Test
    void R_DEV_4_aLowTotalNamesTheComponentsThatLostPointsLargestFirst() {
        EvaluationResult result = ProjectFixture.project("low").budget("1000000.00", "500000.00")
                .quantitative("乙指标", Level2.QUANTITY, ">=100个", 40, "75", "x")
                .quantitative("甲指标", Level2.QUANTITY, ">=100个", 40, "25", "x")
                .quantitative("丙指标", Level2.SERVICE_RECIPIENT, ">=90%", 10, "95")
                .evaluate(Presets.MOF_2020);
        // 5 + 30 + 10 + 10 = 55
        assertEquals("55.00", result.score().toString());
        List<Warning> low = warnings(result, RuleId.R_DEV_4);
        assertEquals(1, low.size(), result.warnings()::toString);
        for (Locale locale : new Locale[] {Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH}) {
            String text = low.get(0).render(locale);
            int first = text.indexOf("甲指标");
            int second = text.indexOf("乙指标");
            int execution = text.indexOf("5.00", Math.max(second, 0) + 3);
            assertTrue(first >= 0 && second > first && execution > second, text);
            assertTrue(text.contains("30.00") && text.contains("10.00"), text);
            assertFalse(text.contains("丙指标"), "a component that lost nothing is not named: " + text);
        }
        assertFalse(result.trace().of(RuleId.R_DEV_4).isEmpty());
    }

    @Test
    void R_DEV_4_aTotalOfSeventyOrMoreGivesNoWarning() {
        EvaluationResult result = ProjectFixture.project("ok").budget("1000000.00", "1000000.00")
                .quantitative("甲指标", Level2.QUANTITY, ">=100个", 90, "66.67", "x")
                .evaluate(Presets.MOF_2020);
        assertEquals("70.00", result.score().toString());
        assertEquals(List.of(), warnings(result, RuleId.R_DEV_4));
    }
}
