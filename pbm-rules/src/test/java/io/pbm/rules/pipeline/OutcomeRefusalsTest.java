package io.pbm.rules.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.pbm.core.InvalidValueException;
import io.pbm.core.budget.FundCategory;
import io.pbm.core.evaluation.IndicatorActual;
import io.pbm.core.evaluation.SupervisionFindings;
import io.pbm.core.goal.IndicatorValue;
import io.pbm.core.project.Project;
import io.pbm.rules.Examples;
import io.pbm.rules.Pbm;
import io.pbm.rules.evaluation.UnitWideEvaluationTest;
import io.pbm.rules.explain.Message;
import io.pbm.rules.explain.Problem;
import io.pbm.rules.explain.Rejection;
import io.pbm.rules.explain.RuleId;
import io.pbm.rules.policy.Presets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The pipeline's values refuse what cannot be one project's outcome: a negative input index, parts of
 * different projects, a change between outcomes at other positions, a batch whose lists disagree with
 * its summary, and summaries of different policies added together.
 */
class OutcomeRefusalsTest {

    private static final Pipeline MOF = Pipeline.of(Presets.MOF_2020);

    /** 88.73 → 良, capped to 中 by R-VETO-1. */
    private static final ProjectResult CONTRACT = result(Examples.contractProject());

    /** The contract without audit findings: 88.73 → 良, no veto. */
    private static final ProjectResult GOOD = result(Examples.contractVariant("good", FundCategory.GENERAL_PUBLIC,
            input -> input.findings(SupervisionFindings.none())));

    /** The contract with nothing built: 59.98 → 差. */
    private static final ProjectResult POOR = result(Examples.contractVariant("poor", FundCategory.GENERAL_PUBLIC,
            input -> input.findings(SupervisionFindings.none())
                    .putActuals("新建排水管网长度", IndicatorActual.of(IndicatorValue.parse("0")))));

    private static final Rejection REJECTION = new Rejection("x", List.of(new Problem("id.duplicate", "/id",
            Message.of("id.duplicate", "x"))));

    private static ProjectResult result(Project project) {
        return Pbm.evaluate(project, Presets.MOF_2020).asResult().orElseThrow();
    }

    private static void refused(String field, Executable creation) {
        assertEquals(field, assertThrows(InvalidValueException.class, creation).field());
    }

    @Test
    void everyOutcomeRefusesANegativeIndexAndTakesIndexZero() {
        Project project = Examples.contractProject();
        refused("index", () -> new ProjectResult(-1, CONTRACT.evaluation(), CONTRACT.project(), CONTRACT.vetoOutcome(),
                CONTRACT.budgetDecision()));
        refused("index", () -> new Exclusion(-1, "x", project.unit(), FundCategory.CENTRAL_TRANSFER, RuleId.R_PLAN_4,
                Message.of("R-PLAN-4.excluded", FundCategory.CENTRAL_TRANSFER, "XINJIANG")));
        refused("index", () -> new RejectedProject(-1, REJECTION));
        refused("index", () -> new RejectedUnit(-1, REJECTION));
        refused("index", () -> new UnitResult(-1, CONTRACT.evaluation()));
        refused("index", () -> MOF.evaluate(project, -1));
        refused("index", () -> MOF.evaluateUnit(UnitWideEvaluationTest.unit("4900000.00"), -1));
        assertEquals(0, new RejectedUnit(0, REJECTION).index());
        assertEquals(0, new RejectedProject(0, REJECTION).index());
        assertEquals(0, new UnitResult(0, CONTRACT.evaluation()).index());
    }

    @Test
    void aProjectResultRefusesPartsOfAnotherProject() {
        refused("vetoOutcome.rawGrade", () -> new ProjectResult(0, CONTRACT.evaluation(), CONTRACT.project(),
                POOR.vetoOutcome(), CONTRACT.budgetDecision()));
        refused("project.id", () -> new ProjectResult(0, CONTRACT.evaluation(), GOOD.project(),
                CONTRACT.vetoOutcome(), CONTRACT.budgetDecision()));
        refused("budgetDecision.projectId", () -> new ProjectResult(0, CONTRACT.evaluation(), CONTRACT.project(),
                CONTRACT.vetoOutcome(), GOOD.budgetDecision()));
    }

    @Test
    void aChangeRefusesOutcomesAtAnotherPosition() {
        ProjectResult second = new ProjectResult(1, GOOD.evaluation(), GOOD.project(), GOOD.vetoOutcome(),
                GOOD.budgetDecision());
        ProjectResult first = new ProjectResult(0, GOOD.evaluation(), GOOD.project(), GOOD.vetoOutcome(),
                GOOD.budgetDecision());
        refused("index", () -> new ProjectChange(0, "good", GOOD.unit(), first, second));
        refused("index", () -> new ProjectChange(0, "good", GOOD.unit(), second, first));
        assertEquals(1, new ProjectChange(1, "good", GOOD.unit(), second, second).index());
    }

    @Test
    void aBatchRefusesListsThatDisagreeWithItsSummary() {
        Summary one = SummaryBuilder.of(Presets.MOF_2020).add(CONTRACT).build();
        refused("summary", () -> new BatchResult(List.of(), List.of(), List.of(), one));
        refused("summary", () -> new BatchResult(List.of(CONTRACT), List.of(), List.of(new RejectedProject(1, REJECTION)),
                one));
        assertEquals(1, new BatchResult(List.of(CONTRACT), List.of(), List.of(), one).results().size());
    }

    @Test
    void summariesOfDifferentPoliciesAreNotAddedTogether() {
        SummaryBuilder mof = SummaryBuilder.of(Presets.MOF_2020).add(CONTRACT);
        InvalidValueException refusal = assertThrows(InvalidValueException.class,
                () -> mof.add(SummaryBuilder.of(Presets.XINJIANG)));
        assertEquals("policy", refusal.field());
        assertEquals("XINJIANG 2023.1", refusal.value());
        assertEquals(1, mof.projects(), "nothing was added");
    }

    @Test
    void aSummaryBuilderCountsEveryOutcomeAdded() {
        SummaryBuilder builder = SummaryBuilder.of(Presets.MOF_2020);
        assertEquals(0, builder.projects());
        builder.add(CONTRACT).add(new RejectedProject(1, REJECTION)).add(new RejectedProject(2, REJECTION));
        assertEquals(3, builder.projects());
        Project transfer = Examples.contractVariant("t", FundCategory.CENTRAL_TRANSFER, input -> input);
        builder.add(Pipeline.of(Presets.XINJIANG).evaluate(transfer, 3)).add(Pipeline.of(Presets.XINJIANG)
                .evaluate(Project.builder().from(transfer).id("t2").build(), 4));
        assertEquals(5, builder.projects(), "1 evaluated + 2 excluded + 2 rejected");
        assertEquals(7, builder.add(SummaryBuilder.of(Presets.MOF_2020).add(GOOD).add(POOR)).projects());
    }
}
