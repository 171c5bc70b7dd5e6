package io.pbm.rules.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.pbm.core.goal.Indicator;
import io.pbm.core.project.Project;
import io.pbm.rules.RandomProjects;
import io.pbm.rules.explain.Rejection;
import io.pbm.rules.explain.TraceStep;
import io.pbm.rules.policy.Policy;
import io.pbm.rules.scoring.ExecutionScore;
import io.pbm.rules.scoring.IndicatorScore;
import io.pbm.rules.scoring.IndicatorScoring;
import io.vavr.control.Validation;
import java.util.Locale;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * An engine that defers its trace (issue 7) gives the results of one that keeps it, part for part,
 * and its trail, made again when read, equals the kept one step for step — rule, subject, outcome
 * text, message key and arguments — in both languages.
 */
class DeferredTraceProperties {

    @Property(tries = 200)
    void aDeferredTraceEqualsTheKeptOneAndSoDoesEveryOtherPart(@ForAll("projects") Project project,
            @ForAll("policies") Policy policy) {
        EvaluationEngine kept = EvaluationEngine.of(policy);
        EvaluationEngine deferred = kept.withDeferredTrace();
        Validation<Rejection, EvaluationResult> expected = kept.evaluate(project);
        Validation<Rejection, EvaluationResult> actual = deferred.evaluate(project);
        assertEquals(expected.isValid(), actual.isValid());
        if (expected.isInvalid()) {
            assertEquals(expected.getError(), actual.getError());
            return;
        }
        EvaluationResult want = expected.get();
        EvaluationResult got = actual.get();
        assertEquals(want.trace().steps(), got.trace().steps());
        assertEquals(want.trace().render(Locale.ENGLISH), got.trace().render(Locale.ENGLISH));
        assertEquals(want.explain(), got.explain());
        for (TraceStep step : got.trace().steps()) {
            assertFalse(step == IndicatorScore.UNTRACED, "a made-again trail holds no untraced step");
        }
        assertEquals(want.indicators(), got.indicators());
        assertEquals(want.warnings(), got.warnings());
        assertEquals(want, got);
        assertEquals(want.hashCode(), got.hashCode());
        // Made again on every read, never kept: equal, and a list of its own each time.
        assertEquals(got.trace().steps(), got.trace().steps());
        assertNotSame(got.trace().steps(), got.trace().steps());
    }

    @Property(tries = 200)
    void scoringWithoutItsStepGivesTheSamePoints(@ForAll("projects") Project project,
            @ForAll("policies") Policy policy) {
        ExecutionScore traced = ExecutionScore.of(project.budget(), policy);
        ExecutionScore untraced = ExecutionScore.of(project.budget(), policy, false);
        assertEquals(traced.points(), untraced.points());
        assertEquals(traced.rate(), untraced.rate());
        assertSame(IndicatorScore.UNTRACED, untraced.step());
        assertEquals(traced, ExecutionScore.of(project.budget(), policy, true));
        for (Indicator indicator : project.goal().indicators()) {
            var actual = project.evaluation().orElseThrow().actuals().get(indicator.name());
            if (actual == null) {
                continue;
            }
            Validation<?, IndicatorScore> with = IndicatorScoring.score(indicator, actual, policy, "/i");
            Validation<?, IndicatorScore> without = IndicatorScoring.score(indicator, actual, policy, "/i", false);
            assertEquals(with.isValid(), without.isValid());
            if (with.isInvalid()) {
                assertEquals(with.getError(), without.getError());
                continue;
            }
            IndicatorScore a = with.get();
            IndicatorScore b = without.get();
            assertEquals(a.points(), b.points());
            assertEquals(a.actual(), b.actual());
            assertEquals(a.metByBound(), b.metByBound());
            assertEquals(a.defaultScore(), b.defaultScore());
            assertSame(IndicatorScore.UNTRACED, b.step());
            assertNotSame(IndicatorScore.UNTRACED, a.step());
            assertEquals(a, IndicatorScoring.score(indicator, actual, policy, "/i", true).get());
        }
    }

    @Provide
    Arbitrary<Project> projects() {
        return RandomProjects.projects();
    }

    @Provide
    Arbitrary<Policy> policies() {
        return RandomProjects.policies();
    }
}
