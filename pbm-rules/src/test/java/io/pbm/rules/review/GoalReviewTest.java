package io.pbm.rules.review;

import static io.pbm.rules.ReviewExamples.goal;
import static io.pbm.rules.ReviewExamples.project;
import static io.pbm.rules.ReviewExamples.quantitative;
import static io.pbm.rules.ReviewExamples.roads;
import static io.pbm.rules.ReviewExamples.qualitative;
import static io.pbm.rules.ReviewExamples.sound;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pbm.core.Ratio;
import io.pbm.core.budget.BudgetAction;
import io.pbm.core.evaluation.EvaluationInput;
import io.pbm.core.evaluation.FrameItem;
import io.pbm.core.evaluation.FrameSection;
import io.pbm.core.evaluation.IndicatorActual;
import io.pbm.core.goal.Goal;
import io.pbm.core.goal.IndicatorValue;
import io.pbm.core.goal.Level2;
import io.pbm.core.goal.Weight;
import io.pbm.core.grade.Score;
import io.pbm.core.project.Project;
import io.pbm.core.project.ProjectFlags;
import io.pbm.core.project.ProjectHistory;
import io.pbm.rules.ReviewExamples;
import io.pbm.rules.evaluation.EvaluationEngine;
import io.pbm.rules.evaluation.EvaluationResult;
import io.pbm.rules.explain.Problem;
import io.pbm.rules.explain.RuleId;
import io.pbm.rules.explain.TraceStep;
import io.pbm.rules.explain.Warning;
import io.pbm.rules.policy.ExAntePolicy;
import io.pbm.rules.policy.Policy;
import io.pbm.rules.policy.Presets;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Worked examples of goal review (R-GOAL-1…8), one or more per rule. */
class GoalReviewTest {

    private static final GoalReview MOF = GoalReview.of(Presets.MOF_2020);
    private static final GoalReview XINJIANG = GoalReview.of(Presets.XINJIANG);

    private static List<String> codes(ReviewResult result) {
        return result.problems().stream().map(Problem::code).toList();
    }

    private static List<RuleId> warned(ReviewResult result) {
        return result.warnings().stream().map(Warning::rule).toList();
    }

    @Test
    void aSoundGoalPassesUnderBothPresets() {
        for (GoalReview review : List.of(MOF, XINJIANG)) {
            ReviewResult result = review.review(project("P-1", sound()).build());
            assertTrue(result.passed(), result.problems().toString());
            assertEquals(List.of(), result.warnings());
            assertEquals(8, result.indicatorCount());
            assertEquals(Ratio.of(7, 8), result.quantifiedShare().orElseThrow());
            assertEquals("0.8750", result.quantifiedShareShown().orElseThrow().toPlainString());
            assertTrue(result.budgetDecision().isEmpty());
            assertEquals(review.policy().name(), result.policyName());
        }
    }

    @Test
    void R_GOAL_1_sixIndicatorsFailUnderXinjiangSevenPass() {
        ReviewResult six = XINJIANG.review(project("P-6", goal(6, 0)).build());
        assertEquals(List.of("R-GOAL-1"), codes(six));
        assertEquals("/indicators", six.problems().get(0).path());
        assertEquals(6, six.indicatorCount());
        ReviewResult seven = XINJIANG.review(project("P-7", goal(7, 0)).build());
        assertTrue(seven.passed(), seven.problems().toString());
        assertFalse(seven.trace().of(RuleId.R_GOAL_1).isEmpty());
        assertTrue(MOF.review(project("P-6", goal(6, 0)).build()).passed(), "MOF_2020 sets no minimum");
    }

    @Test
    void R_GOAL_2_sevenOfTenFailsBecauseSeventyPercentIsNotMoreThanSeventy() {
        ReviewResult result = XINJIANG.review(project("P-10", goal(7, 3)).build());
        assertEquals(List.of("R-GOAL-2"), codes(result));
        assertEquals(10, result.indicatorCount());
        assertEquals("0.7000", result.quantifiedShareShown().orElseThrow().toPlainString());
        assertEquals(Ratio.of(7, 10), result.quantifiedShare().orElseThrow());
    }

    @Test
    void R_GOAL_2_eightOfElevenPasses() {
        ReviewResult result = XINJIANG.review(project("P-11", goal(8, 3)).build());
        assertTrue(result.passed(), result.problems().toString());
        assertEquals("0.7273", result.quantifiedShareShown().orElseThrow().toPlainString());
    }

    @Test
    void R_GOAL_2_aGoalWithoutIndicatorsHasNoShareAndDividesNothingByZero() {
        ReviewResult result = XINJIANG.review(project("P-0", Goal.none()).build());
        assertEquals(0, result.indicatorCount());
        assertTrue(result.quantifiedShare().isEmpty());
        assertTrue(result.quantifiedShareShown().isEmpty());
        assertEquals(List.of("R-GOAL-5"), codes(result), "no goal is R-GOAL-5 alone, not R-GOAL-1/2/3 besides");
    }

    @Test
    void R_GOAL_3_hardWeightsNotAddingUpToNinetyFailTheGoal() {
        Goal goal = roads(">=12公里", 50, ">=2000人", 30).build();
        ReviewResult result = MOF.review(project("P-80", goal).build());
        assertEquals(List.of("R-GOAL-3"), codes(result));
        assertEquals(BudgetAction.NOT_BUDGETED, result.budgetAction().orElseThrow());
        String english = result.problems().get(0).message().render(Locale.ENGLISH);
        assertTrue(english.contains("add up to 80.00, not 90"), english);
    }

    @Test
    void R_GOAL_3_softAnotherLevelOneSplitIsOnlyAWarning() {
        // 40 / 30 / 20, as published tables often have it: allowed "in special cases".
        Goal goal = roads(">=12公里", 40, ">=2000人", 30, ">=90%", 20);
        ReviewResult result = MOF.review(project("P-432", goal).build());
        assertTrue(result.passed());
        assertEquals(List.of(RuleId.R_GOAL_3, RuleId.R_GOAL_3), warned(result), "output and satisfaction differ");
    }

    @Test
    void R_GOAL_3_softWithoutSatisfactionItsPointsGoToBenefit() {
        Goal goal = roads(">=12公里", 50, ">=2000人", 40).build();
        ReviewResult result = MOF.review(project("P-540", goal).build());
        assertTrue(result.passed());
        assertEquals(List.of(), result.warnings());
    }

    @Test
    void R_GOAL_4_aQuantitativeIndicatorWithoutAUnitIsAProblemAtItsUnit() {
        Goal goal = roads(">=12公里", 50, ">=2000人", 30, ">=90", 10);
        ReviewResult result = MOF.review(project("P-unit", goal).build());
        assertEquals(List.of("R-GOAL-4"), codes(result));
        assertEquals("/indicators/2/unit", result.problems().get(0).path());
    }

    @Test
    void R_GOAL_5_noGoalIsNotBudgeted() {
        ReviewResult result = MOF.review(project("P-none", Goal.none()).build());
        assertFalse(result.passed());
        assertEquals(RuleId.R_GOAL_5, result.budgetDecision().orElseThrow().rule());
        assertEquals(BudgetAction.NOT_BUDGETED, result.budgetAction().orElseThrow());
        assertEquals("项目未设定绩效目标，不安排预算", result.budgetDecision().orElseThrow().message().toString());
    }

    @Test
    void R_GOAL_5_aGoalThatFailsReviewIsNotBudgeted() {
        ReviewResult result = XINJIANG.review(project("P-10", goal(7, 3)).build());
        assertEquals(RuleId.R_GOAL_5, result.budgetDecision().orElseThrow().rule());
        String english = result.budgetDecision().orElseThrow().message().render(Locale.ENGLISH);
        assertTrue(english.contains("(R-GOAL-2)"), english);
    }

    @Test
    void R_GOAL_5_aProjectThatSkippedLastYearsSelfEvaluationIsNotBudgeted() {
        Project skipped = project("P-skip", sound())
                .history(ProjectHistory.builder().lastYearSelfEvaluated(false).build()).build();
        ReviewResult result = MOF.review(skipped);
        assertEquals(List.of("R-GOAL-5"), codes(result));
        assertEquals("/history/lastYearSelfEvaluated", result.problems().get(0).path());
        assertEquals(BudgetAction.NOT_BUDGETED, result.budgetAction().orElseThrow());
        assertEquals("上年度（2023年）未开展绩效自评，不安排预算", result.budgetDecision().orElseThrow().message().toString());

        Policy lenient = Presets.MOF_2020.withExAnte(ExAntePolicy.builder().from(Presets.MOF_2020.exAnte())
                .requireLastYearSelfEvaluation(false).build());
        assertTrue(GoalReview.of(lenient).review(skipped).passed(), "the policy may not require it");
        Project done = project("P-done", sound())
                .history(ProjectHistory.builder().lastYearSelfEvaluated(true).build()).build();
        assertTrue(MOF.review(done).passed());
        assertTrue(MOF.review(project("P-unknown", sound()).build()).passed(), "an unknown past decides nothing");
    }

    @Test
    void R_GOAL_5_aNewProjectHasNoLastYearToSkip() {
        Project project = project("P-new", sound()).flags(ProjectFlags.builder().isNew(true).build())
                .history(ProjectHistory.builder().lastYearSelfEvaluated(false).build()).build();
        ReviewResult result = MOF.review(project);
        assertTrue(result.passed());
        assertFalse(result.trace().of(RuleId.R_GOAL_5).isEmpty());
    }

    @Test
    void R_GOAL_7_aRevisedGoalReportsItsVersionAndIsReviewedLikeAnyOther() {
        Goal revised = sound().revise().build();
        ReviewResult result = MOF.review(project("P-v2", revised).build());
        assertEquals(2, result.goalVersion());
        assertTrue(result.passed());
        TraceStep step = result.trace().of(RuleId.R_GOAL_7).get(0);
        assertEquals("2", step.outcome());
        assertEquals(1, MOF.review(project("P-v1", sound()).build()).goalVersion());
    }

    @Test
    void R_GOAL_8_aFrameWithLittleOutputAndBenefitIsAWarningInReview() {
        EvaluationInput frame = EvaluationInput.builder()
                .addFrameItems(FrameItem.builder().section(FrameSection.DECISION).name("立项依据充分性")
                        .weight(Weight.of(25)).score(Score.of(25)).build())
                .addFrameItems(FrameItem.builder().section(FrameSection.PROCESS).name("资金使用合规性")
                        .weight(Weight.of(25)).score(Score.of(25)).build())
                .addFrameItems(FrameItem.builder().section(FrameSection.OUTPUT).name("实际完成率")
                        .weight(Weight.of(25)).score(Score.of(25)).build())
                .addFrameItems(FrameItem.builder().section(FrameSection.BENEFIT).name("实施效益")
                        .weight(Weight.of(25)).score(Score.of(25)).build())
                .build();
        ReviewResult result = MOF.review(project("P-frame", sound()).evaluation(frame).build());
        assertTrue(result.passed());
        assertEquals(List.of(RuleId.R_GOAL_8), warned(result));
        assertEquals("/frameItems", result.warnings().get(0).path());
        String english = result.warnings().get(0).message().render(Locale.ENGLISH);
        assertTrue(english.contains("50.00 of the frame's 100.00 points (50.00%)"), english);
        assertEquals(List.of(), MOF.review(project("P-noframe", sound()).build()).warnings(), "no frame, no R-GOAL-8");
    }

    @Test
    void XINJIANG_R_GOAL_1_and_2_failInReviewButOnlyWarnInEvaluate() {
        Goal goal = goal(6, 0);
        EvaluationInput.Builder input = EvaluationInput.builder();
        goal.indicators().forEach(i -> input.putActuals(i.name(), IndicatorActual.of(IndicatorValue.parse("10"))));
        Project project = project("P-6", goal).evaluation(input.build()).build();
        EvaluationResult evaluated = EvaluationEngine.of(Presets.XINJIANG).evaluate(project).get();
        assertTrue(evaluated.warnings().stream().anyMatch(w -> w.rule() == RuleId.R_GOAL_1));
        assertEquals(List.of("R-GOAL-1"), codes(XINJIANG.review(project)));
    }

    @Test
    void nullArgumentsAreRefusedByName() {
        assertEquals("policy is null", assertThrows(NullPointerException.class, () -> GoalReview.of(null)).getMessage());
        assertEquals("project is null",
                assertThrows(NullPointerException.class, () -> MOF.review((Project) null)).getMessage());
        List<Project> withNull = java.util.Arrays.asList(project("P-1", sound()).build(), null);
        assertEquals("projects[1] is null", assertThrows(NullPointerException.class, () -> MOF.review(withNull))
                .getMessage());
    }

    @Test
    void everyMessageOfAReviewHasItsTextInBothLanguages() {
        List<Project> projects = List.of(
                project("P-none", Goal.none()).build(),
                project("P-10", goal(7, 3)).history(ProjectHistory.builder().lastYearSelfEvaluated(false).build()).build(),
                project("P-unit", Goal.builder()
                        .addIndicators(quantitative("受益人口", Level2.SOCIAL, ">=2000", "40"))
                        .addIndicators(qualitative("群众出行条件", Level2.SOCIAL, "10")).build()).build(),
                project("P-v2", sound().revise().build()).build());
        for (ReviewResult result : XINJIANG.review(projects)) {
            ReviewExamples.assertTexts(result.problems(), result.warnings(), result.trace());
        }
    }

    @Test
    void theShareShownIsRoundedHalfUpToFourDecimals() {
        // 2 of 3 = 0.666… → 0.6667; the comparison itself uses the exact 2/3.
        ReviewResult result = MOF.review(project("P-3", goal(2, 1)).build());
        assertEquals(new BigDecimal("0.6667"), result.quantifiedShareShown().orElseThrow());
        assertEquals(Ratio.of(2, 3), result.quantifiedShare().orElseThrow());
    }
}
