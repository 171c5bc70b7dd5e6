package io.pbm.rules.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pbm.core.InvalidValueException;
import io.pbm.core.Ratio;
import io.pbm.core.budget.Amount;
import io.pbm.core.budget.BudgetAction;
import io.pbm.core.evaluation.QualitativeAchievement;
import io.pbm.core.goal.Level1;
import io.pbm.core.goal.Weight;
import io.pbm.core.grade.Grade;
import io.pbm.core.grade.Score;
import java.math.RoundingMode;
import java.time.Month;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Each refusal of a policy sits exactly on its bound: the last value accepted and the first refused,
 * and the refusal names the parameter (architecture.md: a bad value names field, value and range).
 */
class PolicyBoundaryTest {

    private static final Policy MOF = Presets.MOF_2020;

    private static Ratio percent(long percent) {
        return Ratio.of(percent, 100);
    }

    private static final List<Ratio> ZERO_AND_ONE = List.of(Ratio.ZERO, Ratio.ONE);

    /**
     * Builds with each value: an accepted one is held as given, a refused one names the parameter.
     *
     * @param build  builds with a value and reads it back
     */
    private static <T> void onBounds(String field, Function<T, T> build, List<T> accepted, List<T> refusedValues) {
        for (T value : accepted) {
            assertEquals(value, build.apply(value), () -> field + " " + value);
        }
        for (T value : refusedValues) {
            refused(field, () -> build.apply(value));
        }
    }

    private static InvalidValueException refused(String field, Executable build) {
        InvalidValueException refused = assertThrows(InvalidValueException.class, build);
        assertEquals(field, refused.field(), refused::getMessage);
        return refused;
    }

    // ---- Policy ----

    @Test
    void aPolicyNeedsANonBlankNameAndVersion() {
        InvalidValueException name = refused("policy name", () -> MOF.toBuilder().name(" ").build());
        assertEquals("\" \"", name.value());
        refused("policy version", () -> MOF.toBuilder().version("").build());
        assertEquals("x", MOF.toBuilder().name("x").build().name());
    }

    @Test
    void R_SCORE_ROUND_aRoundingModeThatDoesNotRoundIsRefused() {
        refused("roundingMode", () -> MOF.toBuilder().roundingMode(RoundingMode.UNNECESSARY).build());
        assertEquals(RoundingMode.HALF_EVEN, MOF.toBuilder().roundingMode(RoundingMode.HALF_EVEN).build().roundingMode());
    }

    @Test
    void R_SCORE_ROUND_scoreScaleIsZeroToTwo() {
        assertEquals(2, MOF.withScoreScale(2).scoreScale());
        refused("scoreScale", () -> MOF.withScoreScale(3));
        refused("scoreScale", () -> MOF.withScoreScale(-1));
    }

    @Test
    void R_GOAL_3_aLevelOneOfTheUnitWideFrameIsRefusedInTheProjectSplit() {
        InvalidValueException refused = refused("levelOneWeights", () -> MOF.toBuilder()
                .levelOneWeights(Map.of(Level1.OUTPUT, Weight.of(50), Level1.BENEFIT, Weight.of(30),
                        Level1.RUNNING_COST, Weight.of(10)))
                .build());
        assertTrue(refused.validRange().contains("project frame"), refused::getMessage);
        assertEquals(Weight.of(10), MOF.toBuilder().levelOneWeights(Map.of(Level1.OUTPUT, Weight.of(50),
                Level1.BENEFIT, Weight.of(30), Level1.COST, Weight.of(10))).build().levelOneWeights().get(Level1.COST));
    }

    @Test
    void R_DEV_1_aDeviationThresholdOfZeroIsAcceptedANegativeOneRefused() {
        onBounds("deviationThreshold", r -> MOF.withDeviationThreshold(r).deviationThreshold(),
                List.of(Ratio.ZERO), List.of(percent(-1)));
    }

    @Test
    void R_DEV_2_theHighOverAchievementFactorMustExceedOne() {
        onBounds("overAchievementHigh", r -> MOF.toBuilder().overAchievementHigh(r).build().overAchievementHigh(),
                List.of(percent(101)), List.of(Ratio.ONE));
    }

    @Test
    void R_DEV_2_theLowOverAchievementFactorLiesStrictlyBetweenZeroAndOne() {
        onBounds("overAchievementLow", r -> MOF.toBuilder().overAchievementLow(r).build().overAchievementLow(),
                List.of(percent(1), percent(99)), List.of(Ratio.ZERO, Ratio.ONE));
    }

    @Test
    void R_DEV_3_theMismatchAndUnspentThresholdsAreZeroToOneInclusive() {
        onBounds("mismatchThreshold", r -> MOF.toBuilder().mismatchThreshold(r).build().mismatchThreshold(),
                ZERO_AND_ONE, List.of(percent(101), percent(-1)));
        onBounds("unspentThreshold", r -> MOF.toBuilder().unspentThreshold(r).build().unspentThreshold(),
                ZERO_AND_ONE, List.of(percent(101), percent(-1)));
    }

    @Test
    void R_GOAL_1_minIndicatorsIsOneToAThousand() {
        onBounds("minIndicators", n -> MOF.toBuilder().minIndicators(n).build().minIndicators().orElseThrow(),
                List.of(1, 1000), List.of(0, 1001));
    }

    @Test
    void R_GOAL_2_minQuantifiedShareIsZeroUpToButNotIncludingOne() {
        onBounds("minQuantifiedShare", r -> MOF.toBuilder().minQuantifiedShare(r).build().minQuantifiedShare()
                .orElseThrow(), List.of(Ratio.ZERO, percent(99)), List.of(Ratio.ONE, percent(-1)));
    }

    @Test
    void R_SCORE_QUAL_everyQualitativeLevelNeedsARange() {
        InvalidValueException refused = refused("qualitativeRanges", () -> MOF.toBuilder().qualitativeRanges(Map.of(
                QualitativeAchievement.ACHIEVED, QualitativeRange.of(Ratio.of(4, 5), Ratio.ONE),
                QualitativeAchievement.PARTLY_ACHIEVED, QualitativeRange.of(Ratio.ZERO, Ratio.of(4, 5)))).build());
        assertTrue(refused.validRange().contains("each level once"), refused::getMessage);
        refused("qualitativeRanges", () -> MOF.withQualitativeRange(QualitativeAchievement.NOT_ACHIEVED,
                QualitativeRange.of(percent(10), Ratio.of(3, 5))));
    }

    @Test
    void R_GOAL_8_outputAndBenefitAtExactlyTheFloorAreAccepted() {
        Policy atFloor = MOF.toBuilder().putFrameWeights(io.pbm.core.evaluation.FrameSection.DECISION, Weight.of(20))
                .putFrameWeights(io.pbm.core.evaluation.FrameSection.PROCESS, Weight.of(20))
                .putFrameWeights(io.pbm.core.evaluation.FrameSection.OUTPUT, Weight.of(30))
                .putFrameWeights(io.pbm.core.evaluation.FrameSection.BENEFIT, Weight.of(30))
                .minOutputBenefitShare(Ratio.of(3, 5)).build();
        assertEquals(Ratio.of(3, 5), atFloor.minOutputBenefitShare());
        refused("frameWeights", () -> atFloor.toBuilder().minOutputBenefitShare(percent(61)).build());
    }

    // ---- QualitativeRange ----

    @Test
    void R_SCORE_QUAL_aRangeMayStartAtZeroAndEndAtOne() {
        QualitativeRange all = QualitativeRange.of(Ratio.ZERO, Ratio.ONE);
        assertEquals(Ratio.ZERO, all.lower());
        assertTrue(all.isTop());
        refused("qualitative range", () -> QualitativeRange.of(percent(-1), Ratio.ONE));
        refused("qualitative range", () -> QualitativeRange.of(Ratio.ZERO, percent(101)));
        InvalidValueException empty = refused("qualitative range", () -> QualitativeRange.of(percent(80), percent(80)));
        assertEquals("[0.8, 0.8)", empty.value());
        assertEquals("0 <= lower < upper <= 1", empty.validRange());
    }

    @Test
    void R_SCORE_QUAL_aDefaultPointMayBeTheLowerBoundOrTheTopButNotTheUpperBoundOfALowerRange() {
        QualitativeRange partly = QualitativeRange.of(percent(60), percent(80));
        assertEquals(percent(60), partly.withDefaultPoint(percent(60)).defaultShare().orElseThrow());
        assertEquals(percent(79), partly.withDefaultPoint(percent(79)).defaultShare().orElseThrow());
        InvalidValueException atUpper = refused("qualitative default point", () -> partly.withDefaultPoint(percent(80)));
        assertEquals("inside [0.6, 0.8)", atUpper.validRange());
        refused("qualitative default point", () -> partly.withDefaultPoint(percent(59)));

        QualitativeRange achieved = QualitativeRange.of(percent(80), Ratio.ONE);
        assertEquals(Ratio.ONE, achieved.withDefaultPoint(Ratio.ONE).defaultShare().orElseThrow());
        InvalidValueException below = refused("qualitative default point", () -> achieved.withDefaultPoint(percent(79)));
        assertEquals("inside [0.8, 1]", below.validRange());
        assertTrue(achieved.defaultShare().isEmpty());
        assertTrue(achieved.withDefaultPoint(percent(90)).withDefaultPoint(null).defaultShare().isEmpty());
    }

    @Test
    void R_SCORE_QUAL_rangesPrintAsSharesWithTheirDefaultPoint() {
        assertEquals("[0.6, 0.8)", QualitativeRange.of(percent(60), percent(80)).toString());
        assertEquals("[0.8, 1] default 0.9", QualitativeRange.of(percent(80), Ratio.ONE).withDefaultPoint(percent(90))
                .toString());
        assertEquals("[18.00, 24.00)", QualitativeRange.of(percent(60), percent(80)).describe(new java.math.BigDecimal(30)));
        assertEquals("[24.00, 30.00]", QualitativeRange.of(percent(80), Ratio.ONE).describe(new java.math.BigDecimal(30)));
    }

    // ---- PlanningPolicy ----

    @Test
    void R_PLAN_1_and_3_theDepartmentAndSpotCheckSharesAreAboveZeroUpToOne() {
        onBounds("departmentShare", r -> PlanningPolicy.builder().departmentShare(r).build().departmentShare(),
                List.of(percent(1), Ratio.ONE), List.of(Ratio.ZERO, percent(101)));
        onBounds("spotCheckShare", r -> PlanningPolicy.builder().spotCheckShare(r).build().spotCheckShare(),
                List.of(percent(1), Ratio.ONE), List.of(Ratio.ZERO, percent(101)));
    }

    @Test
    void R_PLAN_1_theCycleIsOneToTwentyYears() {
        onBounds("cycleYears", n -> PlanningPolicy.builder().cycleYears(n).build().cycleYears(), List.of(1, 20),
                List.of(0, 21));
    }

    @Test
    void R_PLAN_2_financeMinimumsAreAtLeastOne() {
        onBounds("financeMinimumPrefecture", n -> PlanningPolicy.builder().financeMinimumPrefecture(n).build()
                .financeMinimumPrefecture().orElseThrow(), List.of(1), List.of(0));
        onBounds("financeMinimumCounty", n -> PlanningPolicy.builder().financeMinimumCounty(n).build()
                .financeMinimumCounty().orElseThrow(), List.of(1), List.of(0));
    }

    // ---- MonitoringPolicy ----

    @Test
    void R_MON_1_theReportDueDayIsOneToTwentyEight() {
        onBounds("reportDueDay", n -> MonitoringPolicy.builder().reportDueDay(n).build().reportDueDay(), List.of(1, 28),
                List.of(0, 29));
    }

    @Test
    void R_MON_2_redBelowIsFromZeroStrictlyBelowGreenFromWhichIsAtMostOne() {
        MonitoringPolicy widest = MonitoringPolicy.builder().redBelow(Ratio.ZERO).greenFrom(Ratio.ONE).build();
        assertEquals(Ratio.ZERO, widest.redBelow());
        assertEquals(Ratio.ONE, widest.greenFrom());
        InvalidValueException negative = refused("redBelow",
                () -> MonitoringPolicy.builder().redBelow(percent(-1)).build());
        assertEquals("-0.01 / 0.8", negative.value());
        refused("redBelow", () -> MonitoringPolicy.builder().redBelow(percent(70)).greenFrom(percent(70)).build());
        refused("redBelow", () -> MonitoringPolicy.builder().greenFrom(percent(101)).build());
    }

    @Test
    void R_MON_3_executionFloorsAreZeroToOne() {
        MonitoringPolicy floors = MonitoringPolicy.builder().putExecutionFloors(Month.APRIL, Ratio.ZERO)
                .putExecutionFloors(Month.OCTOBER, Ratio.ONE).build();
        assertEquals(Ratio.ONE, floors.executionFloors().get(Month.OCTOBER));
        InvalidValueException above = refused("executionFloors",
                () -> MonitoringPolicy.builder().putExecutionFloors(Month.JUNE, percent(101)).build());
        assertEquals("JUNE=1.01", above.value());
        refused("executionFloors", () -> MonitoringPolicy.builder().putExecutionFloors(Month.APRIL, Ratio.ZERO)
                .putExecutionFloors(Month.JUNE, percent(-1)).build());
    }

    // ---- VetoPolicy, LinkagePolicy, ExAntePolicy ----

    @Test
    void R_MON_5_unrectifiedRoundsAreOneToTwelve() {
        onBounds("unrectifiedRounds", n -> VetoPolicy.builder().unrectifiedRounds(n).build().unrectifiedRounds(),
                List.of(1, 12), List.of(0, 13));
    }

    private static LinkagePolicy.Builder linkage() {
        return LinkagePolicy.builder().cutRatio(percent(10));
    }

    @Test
    void R_LINK_3_theCutRatioIsZeroToOne() {
        onBounds("cutRatio", r -> linkage().cutRatio(r).build().cutRatio(), ZERO_AND_ONE,
                List.of(percent(101), percent(-1)));
    }

    @Test
    void R_LINK_3_aGradeCannotRecallOrLeaveAProjectUnbudgeted() {
        refused("gradeActions", () -> linkage().putGradeActions(Grade.POOR, BudgetAction.RECALL).build());
        refused("gradeActions", () -> linkage().putGradeActions(Grade.POOR, BudgetAction.NOT_BUDGETED).build());
        for (BudgetAction action : new BudgetAction[] {BudgetAction.PRIORITY, BudgetAction.KEEP, BudgetAction.CUT,
                BudgetAction.SUSPEND, BudgetAction.CANCEL}) {
            assertEquals(action, linkage().putGradeActions(Grade.POOR, action).build().gradeActions().get(Grade.POOR));
        }
    }

    private static ExAntePolicy.Builder exAnte() {
        return ExAntePolicy.builder().majorThreshold(Amount.of(5_000_000)).reassessmentRequired(false);
    }

    @Test
    void R_EXANTE_2_partialSupportMustStartBelowSupport() {
        InvalidValueException equal = refused("partialSupportFrom", () -> exAnte().partialSupportFrom(Score.of(80)).build());
        assertEquals("below supportFrom 80.00", equal.validRange());
        assertEquals(Score.parse("79.99"), exAnte().partialSupportFrom(Score.parse("79.99")).build().partialSupportFrom());
    }

    @Test
    void R_EXANTE_4_theMajorThresholdMayBeZeroButNotNegative() {
        assertEquals(Amount.ZERO, exAnte().majorThreshold(Amount.ZERO).build().majorThreshold());
        refused("majorThreshold", () -> exAnte().majorThreshold(Amount.of("-0.01")).build());
    }
}
