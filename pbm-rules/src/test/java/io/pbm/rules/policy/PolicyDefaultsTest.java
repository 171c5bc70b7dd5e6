package io.pbm.rules.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pbm.core.Ratio;
import io.pbm.core.budget.Amount;
import io.pbm.core.budget.BudgetAction;
import io.pbm.core.exante.ExAnteConclusion;
import io.pbm.core.goal.Level2;
import io.pbm.core.grade.Grade;
import io.pbm.core.grade.Score;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Month;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What a policy holds when a parameter is left unset — the figures domain.md gives — and how the parts of
 * a policy print and label themselves. Every value here is built afresh, not taken from a preset, so that
 * a changed default shows.
 */
class PolicyDefaultsTest {

    private static final Policy MOF = Presets.MOF_2020;

    /** A policy with only the parameters that have no default, taken from MOF_2020. */
    private static Policy withoutDefaults() {
        return Policy.builder().name("T").version("1").gradeScale(MOF.gradeScale()).executionWeight(MOF.executionWeight())
                .levelOneWeights(MOF.levelOneWeights()).lowerIsBetterFormula(MOF.lowerIsBetterFormula())
                .qualitativeRanges(MOF.qualitativeRanges()).overAchievementRule(MOF.overAchievementRule())
                .deviationThreshold(MOF.deviationThreshold()).overAchievementHigh(MOF.overAchievementHigh())
                .overAchievementLow(MOF.overAchievementLow()).mismatchRule(MOF.mismatchRule())
                .mismatchThreshold(MOF.mismatchThreshold()).unspentThreshold(MOF.unspentThreshold())
                .lowScoreThreshold(MOF.lowScoreThreshold()).frameWeights(MOF.frameWeights())
                .minOutputBenefitShare(MOF.minOutputBenefitShare()).linkage(MOF.linkage()).exAnte(MOF.exAnte())
                .monitoring(MOF.monitoring()).planning(MOF.planning()).build();
    }

    @Test
    void R_SCORE_ROUND_aPolicyRoundsHalfUpToTwoDecimalsUnlessToldOtherwise() {
        Policy policy = withoutDefaults();
        assertEquals(2, policy.scoreScale());
        assertEquals(RoundingMode.HALF_UP, policy.roundingMode());
        assertEquals("", policy.description());
        assertEquals(Score.parse("0.01"), policy.auditTolerance());
        // target 24, actual 11, weight 15 (domain.md R-SCORE-ROUND): 6.875 → 6.88.
        assertEquals(new BigDecimal("6.88"), policy.roundScore(new BigDecimal(11 * 15), new BigDecimal(24)));
    }

    @Test
    void R_SCORE_ROUND_aScoreRoundedToTheWeightItselfIsTheWeight() {
        Policy whole = MOF.withScoreScale(0);
        // 99 × 10.7 ÷ 100 = 10.593 → 11 would pass the weight: capped at 10.70; exactly the weight stays.
        assertEquals(new BigDecimal("10.70"), whole.roundScore(new BigDecimal("1059.3"), new BigDecimal(100),
                new BigDecimal("10.7")));
        assertEquals(new BigDecimal("10.00"), whole.roundScore(new BigDecimal(1000), new BigDecimal(100), BigDecimal.TEN));
        assertEquals(new BigDecimal("9.00"), whole.roundScore(new BigDecimal(900), new BigDecimal(100), BigDecimal.TEN));
    }

    @Test
    void R_GOAL_3_satisfactionGoesToBenefitByDefault() {
        assertTrue(withoutDefaults().satisfactionToBenefit());
        assertFalse(MOF.toBuilder().satisfactionToBenefit(false).build().satisfactionToBenefit());
    }

    @Test
    void R_VETO_1_to_5_everyVetoIsOnByDefaultWithTheSeedsCaps() {
        VetoPolicy vetoes = VetoPolicy.builder().build();
        assertEquals(vetoes, withoutDefaults().vetoes());
        assertEquals(vetoes, VetoPolicy.seeds());
        assertTrue(vetoes.auditProblems());
        assertEquals(Grade.FAIR, vetoes.auditCap());
        assertTrue(vetoes.unrectifiedMonitoring());
        assertEquals(2, vetoes.unrectifiedRounds());
        assertEquals(Grade.FAIR, vetoes.monitoringCap());
        assertTrue(vetoes.majorMisuse());
        assertEquals(Grade.POOR, vetoes.misuseGrade());
        assertTrue(vetoes.authenticity());
        assertEquals(Grade.POOR, vetoes.authenticityGrade());
        assertEquals(Score.of(90), vetoes.reportReviewMinimum());
    }

    @Test
    void R_VETO_1_to_5_vetoesPrintWhatIsOnAndWhatIsOff() {
        assertEquals("audit <= FAIR, monitoring 2 rounds <= FAIR, misuse = POOR, authenticity one-vote veto = POOR, "
                + "report review < 90.00 returned", VetoPolicy.builder().build().toString());
        assertEquals("audit off, monitoring off, misuse off, authenticity off, report review < 90.00 returned",
                VetoPolicy.builder().auditProblems(false).unrectifiedMonitoring(false).majorMisuse(false)
                        .authenticity(false).build().toString());
    }

    @Test
    void R_LINK_4_unrectifiedProblemsSuspendAndAOneVoteVetoRecallsByDefault() {
        LinkagePolicy linkage = LinkagePolicy.builder().cutRatio(Ratio.of(1, 10)).build();
        assertTrue(linkage.suspendUnrectified());
        assertTrue(linkage.recallOnVeto());
        assertTrue(linkage.cutBelowScore().isEmpty());
        assertEquals("grades {}, cut 0.1, suspend unrectified true, recall on veto true", linkage.toString());
    }

    @Test
    void R_LINK_1_aLinkageWithAScoreRulePrintsIt() {
        LinkagePolicy linkage = LinkagePolicy.builder().putGradeActions(Grade.FAIR, BudgetAction.CUT)
                .cutBelowScore(Score.of(80)).cutRatio(Ratio.of(1, 10)).suspendUnrectified(false).recallOnVeto(false)
                .build();
        assertEquals("grades {FAIR=CUT}, cut below 80.00, cut 0.1, suspend unrectified false, recall on veto false",
                linkage.toString());
    }

    @Test
    void R_EXANTE_1_to_4_theCommonScoreSheetIsTheDefault() {
        ExAntePolicy exAnte = ExAntePolicy.builder().majorThreshold(Amount.of(5_000_000)).reassessmentRequired(false)
                .build();
        assertEquals(Score.of(20), exAnte.dimensionPoints());
        assertEquals(Score.of(80), exAnte.supportFrom());
        assertEquals(Score.of(60), exAnte.partialSupportFrom());
        assertTrue(exAnte.requireAssessment());
        assertTrue(exAnte.requireLastYearSelfEvaluation());
        assertTrue(exAnte.notBudgeted().isEmpty());
    }

    @Test
    void R_EXANTE_4_exAnteRulesPrintWhetherReassessmentIsRequiredOrRecommended() {
        ExAntePolicy.Builder builder = ExAntePolicy.builder().addNotBudgeted(ExAnteConclusion.NO_SUPPORT)
                .majorThreshold(Amount.of(1_000_000));
        assertEquals("dimensions 20.00, support >= 80.00, partial >= 60.00, not budgeted [NO_SUPPORT], assessment "
                + "required true, major >= 1000000.00 (re-assessment required), last year's self-evaluation required true",
                builder.reassessmentRequired(true).build().toString());
        String recommended = builder.reassessmentRequired(false).requireAssessment(false)
                .requireLastYearSelfEvaluation(false).build().toString();
        assertTrue(recommended.contains("assessment required false, major >= 1000000.00 (re-assessment recommended), "
                + "last year's self-evaluation required false"), recommended);
    }

    @Test
    void R_PLAN_1_to_3_planningDefaultsAreTheSeedsFigures() {
        PlanningPolicy planning = PlanningPolicy.builder().build();
        assertEquals(Ratio.of(1, 5), planning.departmentShare());
        assertEquals(5, planning.cycleYears());
        assertEquals(Ratio.of(1, 10), planning.spotCheckShare());
        assertTrue(planning.financeMinimumPrefecture().isEmpty());
        assertEquals("department share 0.2, cycle 5 years, finance minimum — (prefecture) / — (county), "
                + "spot-check share 0.1", planning.toString());
        assertEquals("department share 0.2, cycle 5 years, finance minimum 10 (prefecture) / 5 (county), "
                + "spot-check share 0.1", PlanningPolicy.builder().financeMinimumPrefecture(10).financeMinimumCounty(5)
                .build().toString());
    }

    @Test
    void R_MON_1_to_6_monitoringDefaultsAreTheSeedsFigures() {
        MonitoringPolicy monitoring = MonitoringPolicy.builder().addCheckMonths(Month.MAY).build();
        assertEquals(10, monitoring.reportDueDay());
        assertEquals(Ratio.of(3, 5), monitoring.redBelow());
        assertEquals(Ratio.of(4, 5), monitoring.greenFrom());
        assertEquals(Month.JUNE, monitoring.reminderFrom());
        assertEquals(Month.OCTOBER, monitoring.zeroSpendingFrom());
        assertEquals(Set.copyOf(EnumSet.of(Level2.QUANTITY, Level2.COST)), Set.copyOf(monitoring.accumulatingCategories()));
        assertEquals(Grade.FAIR, monitoring.scrutinyAtOrBelow());
        assertTrue(monitoring.executionFloors().isEmpty());
    }

    @Test
    void R_MON_6_lastYearsFairOrPoorGetsScrutinyGoodDoesNot() {
        MonitoringPolicy monitoring = MonitoringPolicy.builder().build();
        assertFalse(monitoring.needsScrutiny(Grade.EXCELLENT));
        assertFalse(monitoring.needsScrutiny(Grade.GOOD));
        assertTrue(monitoring.needsScrutiny(Grade.FAIR));
        assertTrue(monitoring.needsScrutiny(Grade.POOR));
    }

    @Test
    void R_MON_3_floorsPrintOffWhenEmptyAndByMonthOtherwise() {
        assertEquals("check months [MAY, AUGUST] (due day 10), red < 0.6, green >= 0.8, floors off, reminder from JUNE, "
                + "zero spending from OCTOBER, accumulating [QUANTITY, COST], scrutiny at or below FAIR",
                MonitoringPolicy.builder().addCheckMonths(Month.MAY, Month.AUGUST).build().toString());
        String floors = MonitoringPolicy.builder().putExecutionFloors(Month.APRIL, Ratio.of(1, 4)).build().toString();
        assertTrue(floors.contains(", floors {APRIL=0.25}, "), floors);
    }

    @Test
    void policyChoicesCarryTheirChineseAndEnglishLabels() {
        assertEquals("线性扣分", LowerIsBetterFormula.LINEAR.label());
        assertEquals("linear", LowerIsBetterFormula.LINEAR.englishLabel());
        assertEquals("目标值除以实际值", LowerIsBetterFormula.TARGET_OVER_ACTUAL.label());
        assertEquals("target over actual", LowerIsBetterFormula.TARGET_OVER_ACTUAL.englishLabel());
        assertEquals("相对偏差", MismatchRule.RELATIVE.label());
        assertEquals("relative", MismatchRule.RELATIVE.englishLabel());
        assertEquals("绝对偏差", MismatchRule.ABSOLUTE.label());
        assertEquals("absolute", MismatchRule.ABSOLUTE.englishLabel());
        assertEquals("满分并提示", OverAchievementRule.FLAG_ONLY.label());
        assertEquals("full marks and a flag", OverAchievementRule.FLAG_ONLY.englishLabel());
        assertEquals("按偏差扣分", OverAchievementRule.DEDUCT_DEVIATION.label());
        assertEquals("deduct the deviation", OverAchievementRule.DEDUCT_DEVIATION.englishLabel());
    }
}
