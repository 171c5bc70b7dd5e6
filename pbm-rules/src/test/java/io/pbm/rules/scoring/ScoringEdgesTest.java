package io.pbm.rules.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pbm.core.budget.Amount;
import io.pbm.core.budget.Budget;
import io.pbm.core.evaluation.FrameFormula;
import io.pbm.core.evaluation.FrameItem;
import io.pbm.core.evaluation.FrameSection;
import io.pbm.core.evaluation.IndicatorActual;
import io.pbm.core.evaluation.QualitativeAchievement;
import io.pbm.core.goal.Indicator;
import io.pbm.core.goal.IndicatorValue;
import io.pbm.core.goal.Level2;
import io.pbm.core.goal.Weight;
import io.pbm.core.grade.Score;
import io.pbm.rules.explain.Problem;
import io.pbm.rules.explain.RuleId;
import io.pbm.rules.explain.TraceStep;
import io.pbm.rules.explain.Warning;
import io.pbm.rules.policy.Presets;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * R-SCORE-GE/-LE/-EQ/-QUAL/-EXEC/-FRAME exactly on their thresholds: which branch scored is told by the
 * trace step's message, so each example asserts the points and the message key.
 */
class ScoringEdgesTest {

    private static IndicatorScore score(String target, String actual) {
        Indicator indicator = Indicator.builder().name("指标").level2(Level2.QUANTITY)
                .target(IndicatorValue.parse(target)).weight(Weight.of(10)).build();
        Validation<Problem, IndicatorScore> scored = IndicatorScoring.score(indicator,
                IndicatorActual.of(IndicatorValue.parse(actual)), Presets.MOF_2020, "/indicators/0");
        assertTrue(scored.isValid(), () -> scored.getError().toString());
        return scored.get();
    }

    private static String key(IndicatorScore score) {
        return score.step().message().key();
    }

    @Test
    void R_SCORE_GE_anActualOfZeroScoresNothingNotAShare() {
        IndicatorScore zero = score(">=10个", "0");
        assertEquals("0.00", zero.points().toPlainString());
        assertEquals("R-SCORE-GE.nothing", key(zero));
        assertEquals("R-SCORE-GE.partial", key(score(">=10个", "0.01")));
    }

    @Test
    void R_SCORE_GE_anIndicatorWithoutAUnitTakesAnActualWithOne() {
        IndicatorScore met = score(">=10", "12个");
        assertEquals("10.00", met.points().toPlainString());
        assertEquals(Optional.of(new BigDecimal("12")), met.actualNumber());
    }

    @Test
    void R_SCORE_LE_aBoundExactlyAtTheLimitMeetsItAsABound() {
        IndicatorScore bound = score("<=5起", "≤5起");
        assertEquals("10.00", bound.points().toPlainString());
        assertEquals("R-SCORE-LE.bound", key(bound));
        assertTrue(bound.metByBound());
    }

    @Test
    void R_SCORE_LE_aBoundBeyondTheLimitIsScoredByItsNumber() {
        IndicatorScore beyond = score("<=5起", "≤6起");
        assertFalse(beyond.metByBound());
        assertEquals("R-SCORE-LE.linear", key(beyond));
        assertEquals("8.00", beyond.points().toPlainString());
        IndicatorScore otherWay = score("<=5起", "≥4起");
        assertFalse(otherWay.metByBound(), "a bound in the other direction says nothing about the limit");
        assertEquals("R-SCORE-LE.met", key(otherWay));
    }

    @Test
    void R_SCORE_LE_exactlyTwiceTheLimitScoresNothingAsTwice() {
        IndicatorScore twice = score("<=5起", "10");
        assertEquals("0.00", twice.points().toPlainString());
        assertEquals("R-SCORE-LE.twice", key(twice));
        assertEquals("R-SCORE-LE.linear", key(score("<=5起", "9.99")));
    }

    @Test
    void R_SCORE_LE_aNegativeLimitIsMetExactlyAtItAndMissedAbove() {
        IndicatorScore at = score("<=-5", "-5");
        assertEquals("10.00", at.points().toPlainString());
        assertEquals("R-SCORE-LE.met", key(at));
        IndicatorScore above = score("<=-5", "-4.99");
        assertEquals("0.00", above.points().toPlainString());
        assertEquals("R-SCORE-LE.negative", key(above));
    }

    @Test
    void R_SCORE_LE_aLimitOfZeroIsMetAtZeroAndMissedAbove() {
        IndicatorScore met = score("<=0起", "0");
        assertEquals("10.00", met.points().toPlainString());
        assertEquals("zeroTarget.met", key(met));
        IndicatorScore missed = score("<=0起", "1");
        assertEquals("0.00", missed.points().toPlainString());
        assertEquals("zeroTarget.missed", key(missed));
    }

    @Test
    void R_SCORE_QUAL_theAcceptedScoreIsShownWithItsRangeInPoints() {
        Indicator indicator = Indicator.builder().name("排涝能力提升").level2(Level2.SOCIAL)
                .target(IndicatorValue.text("明显提升")).weight(Weight.of(30)).build();
        IndicatorActual actual = IndicatorActual.builder().achievement(QualitativeAchievement.PARTLY_ACHIEVED)
                .score(Score.of(21)).build();
        IndicatorScore scored = IndicatorScoring.score(indicator, actual, Presets.MOF_2020, "/indicators/3").get();
        assertEquals("[18.00, 24.00)", scored.step().message().args().get(2).toString());
        assertTrue(scored.step().message().render(Locale.ENGLISH).contains("[18.00, 24.00)"),
                scored.step().message().render(Locale.ENGLISH));
        assertEquals(Optional.empty(), scored.actualNumber());
    }

    @Test
    void R_SCORE_EXEC_spendingExactlyTheBudgetScoresFull() {
        ExecutionScore full = ExecutionScore.of(Budget.of(Amount.of("1000.00"), Amount.of("1000.00")),
                Presets.MOF_2020);
        assertEquals(Presets.MOF_2020.executionWeight().points(), full.points());
        assertEquals("R-SCORE-EXEC.full", full.step().message().key());
        ExecutionScore partial = ExecutionScore.of(Budget.of(Amount.of("1000.00"), Amount.of("999.99")),
                Presets.MOF_2020);
        assertEquals("R-SCORE-EXEC.partial", partial.step().message().key());
    }

    private static ScoreSheet frame(Budget budget, FrameItem item, List<Problem> problems, List<TraceStep> trace) {
        List<Warning> warnings = new ArrayList<>();
        return FrameScoring.score(budget, List.of(item), Presets.MOF_2020, problems, warnings, trace);
    }

    private static FrameItem completion(String target, String actual) {
        return FrameItem.builder().section(FrameSection.OUTPUT).name("实际完成率").weight(Weight.of(30))
                .formula(FrameFormula.COMPLETION).target(IndicatorValue.parse(target))
                .actual(IndicatorValue.parse(actual)).build();
    }

    @Test
    void R_SCORE_FRAME_theExecutionRateIsKeptOnlyForABudget() {
        FrameItem item = completion("12公里", "12公里");
        ScoreSheet budgeted = frame(Budget.of(Amount.of("1000.00"), Amount.of("900.00")), item, new ArrayList<>(),
                new ArrayList<>());
        assertEquals(Optional.of(io.pbm.core.Ratio.of(9, 10)), budgeted.execution().executionRate());
        ScoreSheet none = frame(Budget.of(Amount.ZERO, Amount.ZERO), item, new ArrayList<>(), new ArrayList<>());
        assertEquals(Optional.empty(), none.execution().executionRate());
    }

    @Test
    void R_SCORE_FRAME_aPlannedQuantityOfZeroCannotBeAShare() {
        List<Problem> problems = new ArrayList<>();
        frame(Budget.of(Amount.of("1000.00"), Amount.of("900.00")), completion("0公里", "5公里"), problems,
                new ArrayList<>());
        List<Problem> items = problems.stream().filter(p -> p.path().startsWith("/frameItems/")).toList();
        assertEquals(List.of("/frameItems/0/target"), items.stream().map(Problem::path).toList(),
                "besides the weights of a one-item frame");
        assertEquals("R-SCORE-FRAME.zero", items.get(0).message().key());
    }

    @Test
    void R_SCORE_FRAME_completionExactlyAtItsPlanScoresFullAndNothingDoneScoresZero() {
        List<TraceStep> trace = new ArrayList<>();
        Budget budget = Budget.of(Amount.of("1000.00"), Amount.of("900.00"));
        frame(budget, completion("12公里", "12公里"), new ArrayList<>(), trace);
        frame(budget, completion("12公里", "0公里"), new ArrayList<>(), trace);
        frame(budget, completion("12公里", "6公里"), new ArrayList<>(), trace);
        List<String> items = trace.stream().filter(s -> s.subject().equals("实际完成率")).map(TraceStep::outcome).toList();
        assertEquals(List.of("30.00", "0.00", "15.00"), items);
    }

    @Test
    void theFlagsHaveTheirLabels() {
        assertEquals(IndicatorFlag.OVER_ACHIEVED, io.pbm.core.Labelled.parse(IndicatorFlag.class, "flag", "超额完成"));
        assertEquals(IndicatorFlag.MET_BY_BOUND, io.pbm.core.Labelled.parse(IndicatorFlag.class, "flag",
                "met by a bound"));
        for (IndicatorFlag flag : IndicatorFlag.values()) {
            assertEquals(flag, io.pbm.core.Labelled.parse(IndicatorFlag.class, "flag", flag.label()));
            assertEquals(flag, io.pbm.core.Labelled.parse(IndicatorFlag.class, "flag", flag.englishLabel()));
        }
    }

    @Test
    void aGoalOfManyIndicatorsFindsUnknownNamesAsASmallOneDoes() {
        for (int size : new int[] {16, 17, 40}) {
            io.pbm.core.goal.Goal.Builder goal = io.pbm.core.goal.Goal.builder();
            for (int i = 0; i < size; i++) {
                goal.addIndicators(Indicator.builder().name("指标" + i).level2(Level2.QUANTITY)
                        .target(IndicatorValue.parse(">=1个")).weight(Weight.of(1)).build());
            }
            List<Problem> problems = new ArrayList<>();
            UnknownNames.report(goal.build(), List.of("指标0", "不存在/的指标", "指标" + (size - 1)), "actual.unknown",
                    "/actuals", problems);
            assertEquals(List.of("/actuals/不存在~1的指标"), problems.stream().map(Problem::path).toList(),
                    size + " indicators");
            assertEquals("actual.unknown", problems.get(0).code());
        }
    }
}
