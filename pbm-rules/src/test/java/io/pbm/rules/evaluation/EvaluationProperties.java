package io.pbm.rules.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pbm.core.grade.GradeScale;
import io.pbm.core.project.Project;
import io.pbm.rules.ProjectFixture;
import io.pbm.rules.RandomProjects;
import io.pbm.rules.explain.RuleId;
import io.pbm.rules.explain.TraceStep;
import io.pbm.rules.policy.Policy;
import io.pbm.rules.scoring.IndicatorResult;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/** Invariants of the engine over random valid projects (weights adding up to 90) and policies. */
class EvaluationProperties {

    private static ExecutorService pool;

    @BeforeContainer
    static void startPool() {
        pool = Executors.newFixedThreadPool(8);
    }

    @AfterContainer
    static void stopPool() throws InterruptedException {
        pool.shutdownNow();
        pool.awaitTermination(10, TimeUnit.SECONDS);
    }

    @Provide
    Arbitrary<Project> projects() {
        return RandomProjects.projects();
    }

    @Provide
    Arbitrary<Policy> policies() {
        return RandomProjects.policies();
    }

    @Provide
    Arbitrary<GradeScale> scales() {
        return RandomProjects.gradeScales();
    }

    private static EvaluationResult evaluate(Project project, Policy policy) {
        return ProjectFixture.valid(EvaluationEngine.of(policy).evaluate(project));
    }

    @Property
    void R_SCORE_ROUND_theTotalIsTheSumOfTheRoundedPartsAndLiesInZeroToHundred(@ForAll("projects") Project project,
            @ForAll("policies") Policy policy) {
        EvaluationResult result = evaluate(project, policy);
        BigDecimal sum = result.executionScore().points();
        assertTrue(sum.compareTo(policy.executionWeight().points()) <= 0, result::toString);
        for (IndicatorResult indicator : result.indicators()) {
            BigDecimal points = indicator.score().points();
            assertTrue(points.signum() >= 0 && points.compareTo(indicator.weight().points()) <= 0,
                    () -> indicator.name() + " " + points + " of " + indicator.weight());
            sum = sum.add(points);
        }
        assertEquals(sum, result.score().points());
        assertTrue(result.score().points().signum() >= 0 && result.score().points().compareTo(BigDecimal.valueOf(100)) <= 0);
        assertEquals(project.goal().indicators().size(), result.indicators().size());
    }

    @Property
    void changingOnlyTheGradeScaleChangesTheGradeNeverAScore(@ForAll("projects") Project project,
            @ForAll("policies") Policy policy, @ForAll("scales") GradeScale scale) {
        EvaluationResult before = evaluate(project, policy);
        EvaluationResult after = evaluate(project, policy.withGradeScale(scale));
        assertEquals(before.score(), after.score());
        assertEquals(before.executionScore(), after.executionScore());
        assertEquals(before.indicators(), after.indicators());
        assertEquals(before.warnings(), after.warnings());
        assertEquals(before.complete(), after.complete());
        assertEquals(scale.grade(after.score()), after.rawGrade());
        assertEquals(policy.gradeScale().grade(before.score()), before.rawGrade());
    }

    @Property(tries = 60)
    void theSameInputAndPolicyGiveAnEqualResultAlsoFromManyThreads(@ForAll("projects") Project project,
            @ForAll("policies") Policy policy) throws Exception {
        EvaluationEngine engine = EvaluationEngine.of(policy);
        EvaluationResult first = ProjectFixture.valid(engine.evaluate(project));
        assertEquals(first, ProjectFixture.valid(engine.evaluate(project)));
        assertEquals(first, ProjectFixture.valid(EvaluationEngine.of(policy).evaluate(project)));
        List<Callable<EvaluationResult>> tasks = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            tasks.add(() -> ProjectFixture.valid(engine.evaluate(project)));
        }
        for (Future<EvaluationResult> future : pool.invokeAll(tasks)) {
            EvaluationResult other = future.get(10, TimeUnit.SECONDS);
            assertEquals(first, other);
            assertEquals(first.explain(), other.explain());
        }
    }

    @Property
    void everyIndicatorAndEveryGradeDecisionAppearsInTheTrace(@ForAll("projects") Project project,
            @ForAll("policies") Policy policy) {
        EvaluationResult result = evaluate(project, policy);
        for (IndicatorResult indicator : result.indicators()) {
            List<TraceStep> steps = result.trace().about(indicator.name());
            assertFalse(steps.isEmpty(), indicator.name());
            // the scoring step states the score the result holds
            assertTrue(steps.stream().anyMatch(s -> s.outcome().equals(indicator.score().toString())),
                    () -> indicator.name() + " " + indicator.score() + " " + steps);
            assertTrue(steps.stream().anyMatch(s -> s.rule() == RuleId.R_DEV_1), steps::toString);
        }
        List<TraceStep> grades = result.trace().steps().stream()
                .filter(s -> EnumSet.of(RuleId.R_GRADE_1, RuleId.R_GRADE_2, RuleId.R_GRADE_3).contains(s.rule())).toList();
        assertEquals(1, grades.size(), result.trace()::toString);
        assertEquals(result.rawGrade().name(), grades.get(0).outcome());
        assertEquals(1, result.trace().of(RuleId.R_SCORE_EXEC).size());
        assertEquals(List.of(result.score().toString()),
                result.trace().of(RuleId.R_SCORE_ROUND).stream().map(TraceStep::outcome).toList());
    }
}
