package io.pbm.rules.review;

import static io.pbm.rules.ReviewExamples.project;
import static io.pbm.rules.ReviewExamples.quantitative;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pbm.core.goal.Goal;
import io.pbm.core.goal.IndicatorValue;
import io.pbm.core.goal.Level2;
import io.pbm.core.goal.ParentTransfer;
import io.pbm.core.project.Project;
import io.pbm.rules.explain.Problem;
import io.pbm.rules.explain.RuleId;
import io.pbm.rules.explain.TraceStep;
import io.pbm.rules.policy.Presets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * R-GOAL-6 as the trace tells it: every parent target leaves a step on every child (qualitative, rate or
 * sum), a limit (lower is better) is summed against its ceiling, and a target written without a
 * comparison or a unit takes them from the children.
 */
class TransferMatchTraceTest {

    private static final GoalReview REVIEW = GoalReview.of(Presets.MOF_2020);

    private static Project child(String id, ParentTransfer transfer, String name, Level2 level2, String target) {
        Goal goal = Goal.builder()
                .addIndicators(quantitative("新建道路长度", Level2.QUANTITY, ">=6公里", "50"))
                .addIndicators(quantitative(name, level2, target, "30"))
                .addIndicators(quantitative("群众满意度", Level2.SERVICE_RECIPIENT, ">=90%", "10"))
                .build();
        return project(id, goal).transfer(transfer).build();
    }

    private static List<TraceStep> steps(ReviewResult result, String subject) {
        return result.trace().of(RuleId.R_GOAL_6).stream().filter(s -> s.subject().equals(subject)).toList();
    }

    private static List<String> paths(ReviewResult result) {
        return result.problems().stream().map(Problem::path).toList();
    }

    @Test
    void R_GOAL_6_aQualitativeParentTargetIsTracedOnEveryChild() {
        ParentTransfer transfer = ParentTransfer.builder().id("T-Q")
                .putTargets("群众出行条件", IndicatorValue.text("明显改善")).build();
        List<ReviewResult> results = REVIEW.review(List.of(
                child("A", transfer, "受益人口", Level2.SOCIAL, ">=100人"),
                child("B", transfer, "受益人口", Level2.SOCIAL, ">=100人")));
        for (ReviewResult result : results) {
            assertTrue(result.passed(), result.problems().toString());
            List<TraceStep> steps = steps(result, "群众出行条件");
            assertEquals(1, steps.size(), result.trace().toString());
            assertEquals("—", steps.get(0).outcome());
            assertEquals("R-GOAL-6.qualitative", steps.get(0).message().key());
            assertEquals(List.of("群众出行条件", "T-Q", IndicatorValue.text("明显改善")), steps.get(0).message().args());
        }
    }

    @Test
    void R_GOAL_6_eachChildsRateIsTracedMetOrWeaker() {
        ParentTransfer transfer = ParentTransfer.builder().id("T-R")
                .putTargets("验收合格率", IndicatorValue.parse(">=95%")).build();
        List<ReviewResult> results = REVIEW.review(List.of(
                child("A", transfer, "验收合格率", Level2.QUALITY, ">=95%"),
                child("B", transfer, "验收合格率", Level2.QUALITY, ">=94%")));
        TraceStep met = steps(results.get(0), "验收合格率").get(0);
        assertEquals("met", met.outcome());
        assertEquals("R-GOAL-6.rate.met", met.message().key());
        TraceStep weaker = steps(results.get(1), "验收合格率").get(0);
        assertEquals("weaker", weaker.outcome());
        assertEquals("R-GOAL-6.rate.weaker", weaker.message().key());
        assertEquals(List.of(), paths(results.get(0)), "exactly the parent's rate is as demanding");
        assertEquals(List.of("/indicators/1/target"), paths(results.get(1)));
    }

    @Test
    void R_GOAL_6_aSumIsTracedOnEveryChildWithTheTotalPlanned() {
        ParentTransfer transfer = ParentTransfer.builder().id("T-S")
                .putTargets("受益人口", IndicatorValue.parse(">=3000人")).build();
        List<ReviewResult> results = REVIEW.review(List.of(
                child("A", transfer, "受益人口", Level2.SOCIAL, ">=1000人"),
                child("B", transfer, "受益人口", Level2.SOCIAL, ">=2000人")));
        for (ReviewResult result : results) {
            assertTrue(result.passed(), result.problems().toString());
            TraceStep step = steps(result, "受益人口").get(0);
            assertEquals("3000", step.outcome());
            assertEquals("R-GOAL-6.sum.met", step.message().key());
            assertEquals(List.of("受益人口", 2, "T-S", "3000", IndicatorValue.parse(">=3000人")),
                    step.message().args());
        }
    }

    @Test
    void R_GOAL_6_aLimitSummedExactlyToTheParentsCeilingIsMet() {
        ParentTransfer transfer = ParentTransfer.builder().id("T-L")
                .putTargets("安全事故数", IndicatorValue.parse("<=5起")).build();
        List<ReviewResult> results = REVIEW.review(List.of(
                child("A", transfer, "安全事故数", Level2.QUALITY, "<=2起"),
                child("B", transfer, "安全事故数", Level2.QUALITY, "<=3起")));
        for (ReviewResult result : results) {
            assertTrue(result.passed(), result.problems().toString());
            assertEquals("R-GOAL-6.sum.met", steps(result, "安全事故数").get(0).message().key());
        }
    }

    @Test
    void R_GOAL_6_aLimitSummedOverTheParentsCeilingFailsOnEveryChild() {
        ParentTransfer transfer = ParentTransfer.builder().id("T-L")
                .putTargets("安全事故数", IndicatorValue.parse("<=5起")).build();
        List<ReviewResult> results = REVIEW.review(List.of(
                child("A", transfer, "安全事故数", Level2.QUALITY, "<=2起"),
                child("B", transfer, "安全事故数", Level2.QUALITY, "<=4起")));
        for (ReviewResult result : results) {
            assertEquals(List.of("/indicators/1/target"), paths(result));
            assertEquals("R-GOAL-6.sum.over", result.problems().get(0).message().key());
            assertEquals("6", steps(result, "安全事故数").get(0).outcome());
        }
    }

    @Test
    void R_GOAL_6_aParentTargetWithoutAComparisonTakesTheChildrensDirection() {
        ParentTransfer transfer = ParentTransfer.builder().id("T-D")
                .putTargets("安全事故数", IndicatorValue.parse("5起")).build();
        List<ReviewResult> results = REVIEW.review(List.of(
                child("A", transfer, "安全事故数", Level2.QUALITY, "<=3起"),
                child("B", transfer, "安全事故数", Level2.QUALITY, "<=3起")));
        for (ReviewResult result : results) {
            assertEquals(List.of("/indicators/1/target"), paths(result), "6 is over a ceiling of 5");
            assertEquals("R-GOAL-6.sum.over", result.problems().get(0).message().key());
        }
    }

    @Test
    void R_GOAL_6_aParentTargetWithoutAUnitIsARateWhenTheChildrensIs() {
        ParentTransfer transfer = ParentTransfer.builder().id("T-P")
                .putTargets("验收合格率", IndicatorValue.parse(">=90")).build();
        List<ReviewResult> results = REVIEW.review(List.of(
                child("A", transfer, "验收合格率", Level2.QUALITY, ">=95%"),
                child("B", transfer, "验收合格率", Level2.QUALITY, ">=85%")));
        assertEquals(List.of(), paths(results.get(0)), "a rate, not a sum of 180");
        assertEquals(List.of("/indicators/1/target"), paths(results.get(1)));
        assertEquals("R-GOAL-6.rate.weaker", results.get(1).problems().get(0).message().key());
    }

    @Test
    void R_GOAL_6_aChildWithoutAGoalIsTracedButNotBlamedForTheSum() {
        ParentTransfer transfer = ParentTransfer.builder().id("T-N")
                .putTargets("受益人口", IndicatorValue.parse(">=3000人")).build();
        Project none = project("B", Goal.none()).transfer(transfer).build();
        List<ReviewResult> results = REVIEW.review(List.of(
                child("A", transfer, "受益人口", Level2.SOCIAL, ">=1000人"), none));
        assertEquals(List.of("/indicators/1/target"), paths(results.get(0)));
        assertEquals(List.of("R-GOAL-5"), results.get(1).problems().stream().map(Problem::code).toList(),
                "no goal is R-GOAL-5 alone");
        assertEquals("1000", steps(results.get(1), "受益人口").get(0).outcome());
    }
}
