package io.pbm.rules.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.pbm.core.goal.Goal;
import io.pbm.core.grade.Grade;
import io.pbm.core.project.UnitWideSpending;
import io.pbm.rules.Examples;
import io.pbm.rules.evaluation.UnitWideEvaluationTest;
import io.pbm.rules.policy.Presets;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** R-SCORE-UNIT through the pipeline: a unit-wide record is evaluated or rejected, and counted apart from projects. */
class UnitPipelineTest {

    private static final Pipeline PIPELINE = Pipeline.of(Presets.MOF_2020);

    /** The unit with one dimension left out: its weights no longer add up, so it cannot be evaluated. */
    private static UnitWideSpending withoutOneDimension() {
        UnitWideSpending unit = UnitWideEvaluationTest.unit("4900000.00");
        Goal goal = Goal.builder().from(unit.goal()).indicators(unit.goal().indicators().subList(0, 5)).build();
        return UnitWideSpending.builder().from(unit).goal(goal).build();
    }

    @Test
    void R_SCORE_UNIT_aUnitIsScoredAndGradedWithItsTrace() {
        UnitOutcome outcome = PIPELINE.evaluateUnit(UnitWideEvaluationTest.unit("4900000.00"), 3);
        UnitResult result = assertInstanceOf(UnitResult.class, outcome);
        assertEquals(3, result.index());
        assertEquals("unit-2023-001", result.unitId());
        assertEquals("95.80", result.score().toString());
        assertEquals(Grade.EXCELLENT, result.grade());
        assertFalse(result.trace().steps().isEmpty());
    }

    @Test
    void R_SCORE_UNIT_aUnitThatCannotBeEvaluatedIsRejectedWithEveryProblem() {
        RejectedUnit rejected = assertInstanceOf(RejectedUnit.class, PIPELINE.evaluateUnit(withoutOneDimension(), 1));
        assertEquals(1, rejected.index());
        assertEquals("unit-2023-001", rejected.unitId());
        assertFalse(rejected.problems().isEmpty());
        assertFalse(rejected.render(Locale.ENGLISH).isBlank());
    }

    @Test
    void R_SCORE_UNIT_unitsAreCountedApartFromProjects() {
        SummaryBuilder builder = SummaryBuilder.of(Presets.MOF_2020);
        builder.add(PIPELINE.evaluate(Examples.contractProject(), 0));
        builder.add(PIPELINE.evaluateUnit(UnitWideEvaluationTest.unit("4900000.00"), 0));
        builder.add(PIPELINE.evaluateUnit(withoutOneDimension(), 1));
        Summary summary = builder.build();
        assertEquals(1, summary.projects());
        assertEquals(1, summary.evaluated() + summary.excluded() + summary.rejected());
        assertEquals(2, summary.unitWide());
        assertEquals(1, summary.unitWideEvaluated());
        assertEquals(1, summary.unitWideRejected());
        assertEquals(1, summary.unitWideGrades().get(Grade.EXCELLENT));
        assertEquals(summary, SummaryBuilder.of(Presets.MOF_2020).add(builder).build(), "merging keeps the unit counts");
        assertEquals(0, SummaryBuilder.of(Presets.MOF_2020).build().unitWide());
    }
}
