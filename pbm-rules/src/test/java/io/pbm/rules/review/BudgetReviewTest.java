package io.pbm.rules.review;

import static io.pbm.rules.ReviewExamples.assessment;
import static io.pbm.rules.ReviewExamples.goal;
import static io.pbm.rules.ReviewExamples.project;
import static io.pbm.rules.ReviewExamples.sound;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pbm.core.InvalidValueException;
import io.pbm.core.budget.BudgetAction;
import io.pbm.core.goal.Goal;
import io.pbm.core.project.Project;
import io.pbm.core.project.ProjectFlags;
import io.pbm.rules.exante.BudgetingDecision;
import io.pbm.rules.explain.Problem;
import io.pbm.rules.explain.RuleId;
import io.pbm.rules.policy.Presets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The review the pipeline runs before budgeting: goal review and ex-ante together, with the decisions and the summary. */
class BudgetReviewTest {

    private static final ProjectFlags NEW = ProjectFlags.builder().isNew(true).build();

    private final List<Project> batch = List.of(
            project("A-fine", sound()).build(),
            project("B-new-unassessed", sound()).flags(NEW).build(),
            project("C-no-goal-new-supported", Goal.none()).flags(NEW)
                    .exAnte(assessment("19.6", "19.6", "19.6", "19.6", "19.6")).build(),
            project("D-share", goal(7, 3)).build(),
            project("E-new-supported", sound()).flags(NEW).exAnte(assessment("18", "18", "18", "18", "18")).build());

    private final BudgetReviewReport report = BudgetReview.of(Presets.XINJIANG).review(batch);

    @Test
    void everyProjectGetsItsReviewInInputOrder() {
        assertEquals(List.of("A-fine", "B-new-unassessed", "C-no-goal-new-supported", "D-share", "E-new-supported"),
                report.results().stream().map(ProjectReview::projectId).toList());
        assertEquals("XINJIANG", report.policyName());
    }

    @Test
    void aContinuingProjectWithoutAnAssessmentHasNoExAnteResult() {
        ProjectReview fine = report.result("A-fine").orElseThrow();
        assertTrue(fine.exAnte().isEmpty());
        assertTrue(fine.passed());
        assertTrue(fine.fundable());
        assertTrue(fine.decision().isEmpty());
    }

    @Test
    void R_EXANTE_3_aNewProjectWithASoundGoalButNoAssessmentIsNotBudgeted() {
        ProjectReview review = report.result("B-new-unassessed").orElseThrow();
        assertTrue(review.goal().passed());
        assertFalse(review.passed());
        BudgetingDecision decision = review.decision().orElseThrow();
        assertEquals(BudgetAction.NOT_BUDGETED, decision.action());
        assertEquals(RuleId.R_EXANTE_3, decision.rule());
        assertEquals(List.of("R-EXANTE-3"), review.problems().stream().map(Problem::code).toList());
    }

    @Test
    void R_GOAL_5_noGoalDecidesEvenWhenExAnteSupports() {
        ProjectReview review = report.result("C-no-goal-new-supported").orElseThrow();
        assertTrue(review.exAnte().orElseThrow().fundable());
        assertEquals(RuleId.R_GOAL_5, review.decision().orElseThrow().rule());
        assertEquals(1, review.decisions().size());
    }

    @Test
    void R_GOAL_5_theGoalDecidesBeforeExAnteWhenBothRefuse() {
        Project both = project("F", Goal.none()).flags(NEW).build();
        ProjectReview review = BudgetReview.of(Presets.MOF_2020).review(both);
        assertEquals(List.of(RuleId.R_GOAL_5, RuleId.R_EXANTE_3),
                review.decisions().stream().map(BudgetingDecision::rule).toList());
        assertEquals(RuleId.R_GOAL_5, review.decision().orElseThrow().rule());
        assertEquals(BudgetAction.NOT_BUDGETED, review.budgetAction().orElseThrow());
    }

    @Test
    void theSummaryCountsPassedFailedRejectedAndNotBudgeted() {
        ReviewSummary summary = report.summary();
        assertEquals(new ReviewSummary(5, 2, 3, 0, 3), summary);
        ReviewSummary withUnreadable = report.summary(2);
        assertEquals(7, withUnreadable.projects());
        assertEquals(withUnreadable.projects(), withUnreadable.passed() + withUnreadable.failed()
                + withUnreadable.rejected(), "nothing is lost");
        assertThrows(InvalidValueException.class, () -> report.summary(-1));
    }

    @Test
    void underMof2020TheShareDecidesNothing() {
        BudgetReviewReport mof = BudgetReview.of(Presets.MOF_2020).review(batch);
        assertTrue(mof.result("D-share").orElseThrow().fundable());
        assertEquals(new ReviewSummary(5, 3, 2, 0, 2), mof.summary());
    }
}
