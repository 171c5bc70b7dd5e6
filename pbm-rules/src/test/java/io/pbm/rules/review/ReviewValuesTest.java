package io.pbm.rules.review;

import static io.pbm.rules.ReviewExamples.assessment;
import static io.pbm.rules.ReviewExamples.project;
import static io.pbm.rules.ReviewExamples.roads;
import static io.pbm.rules.ReviewExamples.sound;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pbm.core.InvalidValueException;
import io.pbm.core.goal.Goal;
import io.pbm.core.goal.Level1;
import io.pbm.core.goal.Weight;
import io.pbm.core.project.ProjectFlags;
import io.pbm.rules.exante.BudgetingDecision;
import io.pbm.rules.explain.Message;
import io.pbm.rules.explain.RuleId;
import io.pbm.rules.explain.TraceStep;
import io.pbm.rules.explain.Warning;
import io.pbm.rules.policy.Policy;
import io.pbm.rules.policy.Presets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The values of review: what their factories refuse, how summaries add up, what toString says, and the
 * trace and warnings of R-GOAL-3/R-GOAL-7 that only show in the result.
 */
class ReviewValuesTest {

    private static final GoalReview MOF = GoalReview.of(Presets.MOF_2020);

    @Test
    void aSummaryAddsUpFieldByField() {
        ReviewSummary sum = new ReviewSummary(6, 3, 2, 1, 2).plus(new ReviewSummary(10, 5, 4, 1, 3));
        assertEquals(new ReviewSummary(16, 8, 6, 2, 5), sum);
    }

    @Test
    void aSummaryRefusesCountsThatDoNotAddUp() {
        assertThrows(InvalidValueException.class, () -> new ReviewSummary(0, -1, 1, 0, 0));
        assertThrows(InvalidValueException.class, () -> new ReviewSummary(0, 0, -1, 1, 0));
        assertThrows(InvalidValueException.class, () -> new ReviewSummary(0, 0, 0, -1, 0));
        assertThrows(InvalidValueException.class, () -> new ReviewSummary(5, 2, 2, 0, 0), "5 is not 2 + 2 + 0");
        assertThrows(InvalidValueException.class, () -> new ReviewSummary(3, 1, 1, 0, 0), "3 is not 1 + 1 + 0");
        assertThrows(InvalidValueException.class, () -> new ReviewSummary(3, 1, 1, 1, 3), "only 2 were reviewed");
        assertThrows(InvalidValueException.class, () -> new ReviewSummary(3, 1, 1, 1, -1));
        assertEquals(2, new ReviewSummary(3, 1, 1, 1, 2).notBudgeted(), "every reviewed project may be unbudgeted");
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> new ReviewSummary(4, 1, 1, 1, 0));
        assertTrue(e.getMessage().contains("passed + failed + rejected = 3"), e.getMessage());
        e = assertThrows(InvalidValueException.class, () -> new ReviewSummary(3, 1, 1, 1, 5));
        assertTrue(e.getMessage().contains("0 <= notBudgeted <= reviewed 2"), e.getMessage());
    }

    @Test
    void aTallyRefusesMoreQuantifiedThanIndicators() {
        assertThrows(InvalidValueException.class, () -> new GoalChecks.Tally(2, 3, java.math.BigDecimal.ONE));
        assertThrows(InvalidValueException.class, () -> new GoalChecks.Tally(-1, 0, java.math.BigDecimal.ONE));
        assertThrows(InvalidValueException.class, () -> new GoalChecks.Tally(1, -1, java.math.BigDecimal.ONE));
        assertEquals(3, new GoalChecks.Tally(3, 3, java.math.BigDecimal.ONE).quantified());
    }

    @Test
    void aReviewResultRefusesAnImpossibleVersionCountOrDecision() {
        ReviewResult passed = MOF.review(project("P-1", sound()).build());
        ReviewResult failed = MOF.review(project("P-2", Goal.none()).build());
        assertThrows(InvalidValueException.class, () -> ReviewResult.builder().from(passed).goalVersion(0).build());
        assertEquals(1, ReviewResult.builder().from(passed).goalVersion(1).build().goalVersion());
        assertThrows(InvalidValueException.class, () -> ReviewResult.builder().from(passed).quantifiedCount(9).build());
        assertThrows(InvalidValueException.class, () -> ReviewResult.builder().from(passed).quantifiedCount(-1).build());
        assertThrows(InvalidValueException.class, () -> ReviewResult.builder().from(passed).indicatorCount(-1)
                .quantifiedCount(0).build());
        assertEquals(8, ReviewResult.builder().from(passed).quantifiedCount(8).build().quantifiedCount());
        assertThrows(InvalidValueException.class, () -> ReviewResult.builder().from(passed)
                .budgetDecision(failed.budgetDecision().orElseThrow()).build(), "R-GOAL-5: a decision needs a problem");
        assertThrows(InvalidValueException.class, () -> ReviewResult.builder().from(failed)
                .budgetDecision(java.util.Optional.empty()).build(), "R-GOAL-5: a problem needs a decision");
    }

    @Test
    void aReviewResultSaysItsIdOutcomeRulesAndPolicy() {
        Policy policy = Presets.MOF_2020;
        String tag = " [" + policy.name() + " " + policy.version() + "]";
        assertEquals("P-1 passed" + tag, MOF.review(project("P-1", sound()).build()).toString());
        assertEquals("P-2 failed R-GOAL-5" + tag, MOF.review(project("P-2", Goal.none()).build()).toString());
    }

    @Test
    void aProjectReviewSaysItsIdOutcomeAndDecision() {
        BudgetReview review = BudgetReview.of(Presets.MOF_2020);
        assertEquals("P-1 passed fundable", review.review(project("P-1", sound()).build()).toString());
        assertEquals("P-2 failed NOT_BUDGETED R-GOAL-5", review.review(project("P-2", Goal.none()).build()).toString());
    }

    @Test
    void R_EXANTE_3_aContinuingProjectsPoorAssessmentIsAWarningOfTheProjectReview() {
        ProjectReview review = BudgetReview.of(Presets.MOF_2020).review(project("P-3", sound())
                .exAnte(assessment("5", "5", "5", "5", "5")).build());
        List<Warning> exAnte = review.exAnte().orElseThrow().warnings();
        assertTrue(!exAnte.isEmpty(), "a continuing project is warned, not refused");
        assertEquals(exAnte, review.warnings());
        assertTrue(review.fundable());
    }

    @Test
    void aProjectReviewRefusesAnExAnteResultOfAnotherProject() {
        BudgetReview review = BudgetReview.of(Presets.MOF_2020);
        ProjectReview a = review.review(project("A", sound()).flags(ProjectFlags.builder().isNew(true).build())
                .exAnte(assessment("18", "18", "18", "18", "18")).build());
        ProjectReview b = review.review(project("B", sound()).build());
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> ProjectReview.builder().goal(b.goal()).exAnte(a.exAnte().orElseThrow()).build());
        assertTrue(e.getMessage().contains("exAnte.projectId"), e.getMessage());
        assertEquals("A", ProjectReview.builder().goal(a.goal()).exAnte(a.exAnte().orElseThrow()).build().projectId());
    }

    @Test
    void R_GOAL_7_theFirstVersionOfAGoalAndARevisedOneAreTracedApart() {
        ReviewResult first = MOF.review(project("P-1", Goal.builder().from(sound()).version(1).build()).build());
        ReviewResult second = MOF.review(project("P-1", Goal.builder().from(sound()).version(2).build()).build());
        TraceStep one = first.trace().of(RuleId.R_GOAL_7).get(0);
        assertEquals(Message.of("R-GOAL-7.first", 1), one.message());
        assertEquals("1", one.outcome());
        assertEquals(Message.of("R-GOAL-7.revised", 2), second.trace().of(RuleId.R_GOAL_7).get(0).message());
    }

    @Test
    void R_GOAL_3_theSumOfWeightsIsTracedEvenWhenItHolds() {
        ReviewResult result = MOF.review(project("P-1", sound()).build());
        List<TraceStep> steps = result.trace().of(RuleId.R_GOAL_3);
        assertEquals(1, steps.size());
        assertEquals("90.00", steps.get(0).outcome());
        assertEquals("R-GOAL-3.sum", steps.get(0).message().key());
    }

    @Test
    void R_GOAL_1_and_R_GOAL_2_areTracedOnlyWhenThePolicySetsAMinimum() {
        ReviewResult xinjiang = GoalReview.of(Presets.XINJIANG).review(project("P-1", sound()).build());
        assertEquals(1, xinjiang.trace().of(RuleId.R_GOAL_1).size());
        assertEquals("8", xinjiang.trace().of(RuleId.R_GOAL_1).get(0).outcome());
        assertEquals(List.of("0.8750"), xinjiang.trace().of(RuleId.R_GOAL_2).stream().map(TraceStep::outcome).toList());
        assertEquals("R-GOAL-2.count", xinjiang.trace().of(RuleId.R_GOAL_2).get(0).message().key());
        ReviewResult mof = MOF.review(project("P-1", sound()).build());
        assertEquals(Presets.MOF_2020.minIndicators().isPresent() ? 1 : 0, mof.trace().of(RuleId.R_GOAL_1).size());
    }

    @Test
    void R_GOAL_3_softWithoutTheMoveAMissingSatisfactionIsWarnedAtBenefitAndSatisfaction() {
        Policy keep = Policy.builder().from(Presets.MOF_2020).satisfactionToBenefit(false).build();
        Goal goal = roads(">=12公里", 50, ">=2000人", 40).build();
        ReviewResult result = GoalReview.of(keep).review(project("P-540", goal).build());
        assertTrue(result.passed());
        assertEquals(List.of(Message.of("R-GOAL-3.soft", Level1.BENEFIT, new java.math.BigDecimal("40.00"),
                new java.math.BigDecimal("30.00")), Message.of("R-GOAL-3.soft", Level1.SATISFACTION,
                new java.math.BigDecimal("0.00"), new java.math.BigDecimal("10.00"))),
                result.warnings().stream().map(Warning::message).toList());
    }

    @Test
    void R_GOAL_3_softAPolicyWithoutASatisfactionShareMovesNothing() {
        Policy noSatisfaction = Policy.builder().from(Presets.MOF_2020).levelOneWeights(java.util.Map.of(
                Level1.OUTPUT, Weight.of(60), Level1.BENEFIT, Weight.of(30))).build();
        Goal goal = roads(">=12公里", 60, ">=2000人", 30).build();
        ReviewResult result = GoalReview.of(noSatisfaction).review(project("P-6030", goal).build());
        assertTrue(result.passed(), result.problems().toString());
        assertEquals(List.of(), result.warnings());
    }

    @Test
    void R_GOAL_3_softPointsInALevelOneThePolicyDoesNotSplitAreWarned() {
        Policy noSatisfaction = Policy.builder().from(Presets.MOF_2020).levelOneWeights(java.util.Map.of(
                Level1.OUTPUT, Weight.of(60), Level1.BENEFIT, Weight.of(30))).build();
        Goal goal = roads(">=12公里", 50, ">=2000人", 30, ">=90%", 10);
        ReviewResult result = GoalReview.of(noSatisfaction).review(project("P-503010", goal).build());
        assertEquals(List.of(Level1.OUTPUT, Level1.SATISFACTION), result.warnings().stream()
                .map(w -> w.message().args().get(0)).toList());
    }

    @Test
    void R_GOAL_5_aDecisionOfTheGoalReviewComesFirst() {
        ProjectReview review = BudgetReview.of(Presets.MOF_2020).review(project("F", Goal.none())
                .flags(ProjectFlags.builder().isNew(true).build()).build());
        List<BudgetingDecision> decisions = review.decisions();
        assertEquals(decisions.get(0), review.decision().orElseThrow());
    }
}
