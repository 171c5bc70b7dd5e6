package io.pbm.rules.review;

import static io.pbm.rules.ReviewExamples.project;
import static io.pbm.rules.ReviewExamples.quantitative;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pbm.core.goal.Goal;
import io.pbm.core.goal.IndicatorValue;
import io.pbm.core.goal.Level2;
import io.pbm.core.goal.ParentTransfer;
import io.pbm.core.project.Project;
import io.pbm.rules.ReviewExamples;
import io.pbm.rules.explain.Problem;
import io.pbm.rules.explain.RuleId;
import io.pbm.rules.policy.Presets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Worked examples of R-GOAL-6 (seed 002): the children of a transfer against the parent's targets —
 * 受益人口 ≥ 3000人 (a count: the children's targets add up to at least it), 群众满意度 ≥ 90% (a rate:
 * each child at least as demanding), 安全事故率 ≤ 2% (a rate where lower is more demanding).
 */
class TransferMatchTest {

    private static final GoalReview REVIEW = GoalReview.of(Presets.MOF_2020);

    private static final ParentTransfer TRANSFER = ParentTransfer.builder().id("T-2024-01")
            .putTargets("受益人口", IndicatorValue.parse(">=3000人"))
            .putTargets("群众满意度", IndicatorValue.parse(">=90%"))
            .putTargets("安全事故率", IndicatorValue.parse("<=2%"))
            .putTargets("群众出行条件", IndicatorValue.text("明显改善"))
            .build();

    /** A child whose goal passes review on its own: output 50, benefit 30, satisfaction 10. */
    private static Project child(String id, String population, String satisfaction, String accidents) {
        Goal goal = Goal.builder()
                .addIndicators(quantitative("新建道路长度", Level2.QUANTITY, ">=6公里", "40"))
                .addIndicators(quantitative("安全事故率", Level2.QUALITY, accidents, "10"))
                .addIndicators(quantitative("受益人口", Level2.SOCIAL, population, "30"))
                .addIndicators(quantitative("群众满意度", Level2.SERVICE_RECIPIENT, satisfaction, "10"))
                .build();
        return project(id, goal).transfer(TRANSFER).build();
    }

    private static List<Problem> problems(ReviewResult result) {
        return result.problems();
    }

    @Test
    void R_GOAL_6_childrenWhoseCountsAddUpToTheParentsMatch() {
        List<ReviewResult> results = REVIEW.review(List.of(child("A", ">=1500人", ">=90%", "<=2%"),
                child("B", ">=1500人", ">=95%", "<=1%")));
        results.forEach(r -> assertTrue(r.passed(), r.problems().toString()));
        assertFalse(results.get(0).trace().of(RuleId.R_GOAL_6).isEmpty());
    }

    @Test
    void R_GOAL_6_countsShortByOneFailOnEveryChild() {
        List<ReviewResult> results = REVIEW.review(List.of(child("A", ">=1500人", ">=90%", "<=2%"),
                child("B", ">=1499人", ">=90%", "<=2%")));
        for (ReviewResult result : results) {
            assertEquals(1, problems(result).size(), result.problems().toString());
            Problem problem = problems(result).get(0);
            assertEquals("R-GOAL-6", problem.code());
            assertEquals("/indicators/2/target", problem.path());
            assertEquals("the 2 projects of transfer T-2024-01 plan 2999 of \"受益人口\" together, less than the "
                    + "transfer's >=3000人", problem.message().render(Locale.ENGLISH));
            assertEquals(RuleId.R_GOAL_5, result.budgetDecision().orElseThrow().rule());
        }
    }

    @Test
    void R_GOAL_6_aRateLessDemandingThanTheParentsFailsOnThatChildOnly() {
        List<ReviewResult> results = REVIEW.review(List.of(child("A", ">=1500人", ">=90%", "<=2%"),
                child("B", ">=1500人", ">=89.9%", "<=2%")));
        assertTrue(results.get(0).passed());
        assertEquals(1, problems(results.get(1)).size());
        assertEquals("/indicators/3/target", problems(results.get(1)).get(0).path());
        assertEquals("“群众满意度”的目标值>=89.9%不如转移支付T-2024-01的要求>=90%严格",
                problems(results.get(1)).get(0).message().toString());
    }

    @Test
    void R_GOAL_6_forALowerIsBetterRateAHigherLimitIsLessDemanding() {
        List<ReviewResult> results = REVIEW.review(List.of(child("A", ">=1500人", ">=90%", "<=1%"),
                child("B", ">=1500人", ">=90%", "<=2.5%")));
        assertTrue(results.get(0).passed(), "1 % is more demanding than 2 %");
        assertEquals(List.of("/indicators/1/target"),
                problems(results.get(1)).stream().map(Problem::path).toList());
    }

    @Test
    void R_GOAL_6_aChildCompareTheOtherWayOrInAnotherUnitCannotMatch() {
        Project otherWay = child("A", ">=3000人", ">=90%", ">=2%");
        assertEquals(List.of("/indicators/1/comparison"), REVIEW.review(otherWay).problems().stream()
                .map(Problem::path).toList());
        Project otherUnit = child("B", ">=3000户", ">=90%", "<=2%");
        assertEquals(List.of("/indicators/2/unit", "/indicators/2/target"), REVIEW.review(otherUnit).problems()
                .stream().map(Problem::path).toList(), "not comparable, so it adds nothing to the sum either");
    }

    @Test
    void R_GOAL_6_aChildWithoutTheParentsRateFails() {
        Goal goal = ReviewExamples.roads(">=6公里", 50, ">=3000人", 30, ">=90%", 10);
        ReviewResult result = REVIEW.review(project("C", goal).transfer(TRANSFER).build());
        assertEquals(List.of("R-GOAL-6"), result.problems().stream().map(Problem::code).toList());
        assertEquals("/indicators", result.problems().get(0).path());
    }

    @Test
    void R_GOAL_6_oneProjectReviewedAloneIsTheOnlyChild() {
        ReviewResult alone = REVIEW.review(child("A", ">=1500人", ">=90%", "<=2%"));
        assertEquals(List.of("/indicators/2/target"), alone.problems().stream().map(Problem::path).toList());
        assertTrue(REVIEW.review(child("A", ">=3000人", ">=90%", "<=2%")).passed());
    }

    @Test
    void R_GOAL_6_childrenGivenDifferentParentTargetsAreFlagged() {
        ParentTransfer other = ParentTransfer.builder().from(TRANSFER)
                .putTargets("受益人口", IndicatorValue.parse(">=2000人")).build();
        Project b = Project.builder().from(child("B", ">=1500人", ">=90%", "<=2%")).transfer(other).build();
        List<ReviewResult> results = REVIEW.review(List.of(child("A", ">=1500人", ">=90%", "<=2%"), b));
        assertTrue(results.get(0).passed());
        assertEquals(List.of("/transfer/targets"), results.get(1).problems().stream().map(Problem::path).toList());
    }

    @Test
    void R_GOAL_6_projectsOfOtherTransfersOrNoneAreNotCompared() {
        ParentTransfer other = ParentTransfer.builder().from(TRANSFER).id("T-2024-02").build();
        Project b = Project.builder().from(child("B", ">=3000人", ">=90%", "<=2%")).transfer(other).build();
        Project c = project("C", ReviewExamples.sound()).build();
        List<ReviewResult> results = REVIEW.review(List.of(child("A", ">=3000人", ">=90%", "<=2%"), b, c));
        results.forEach(r -> assertTrue(r.passed(), r.problems().toString()));
        assertTrue(results.get(2).trace().of(RuleId.R_GOAL_6).isEmpty());
    }

    @Test
    void R_GOAL_6_everyMessageHasItsTextInBothLanguages() {
        List<ReviewResult> results = REVIEW.review(List.of(child("A", ">=1500人", ">=80%", ">=2%"),
                child("B", ">=1499户", ">=90%", "<=3%")));
        for (ReviewResult result : results) {
            ReviewExamples.assertTexts(result.problems(), result.warnings(), result.trace());
        }
    }
}
