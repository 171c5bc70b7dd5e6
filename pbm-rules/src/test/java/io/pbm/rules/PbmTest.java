package io.pbm.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pbm.core.budget.BudgetAction;
import io.pbm.core.grade.Grade;
import io.pbm.core.monitoring.WarningLight;
import io.pbm.core.project.Project;
import io.pbm.rules.pipeline.ProjectResult;
import io.pbm.rules.policy.Presets;
import java.time.Month;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The façade runs each stage on the json-contract.md example project. */
class PbmTest {

    private final Project project = Examples.contractProject();

    @Test
    void evaluateRunsThePipeline() {
        ProjectResult result = Pbm.evaluate(project, Presets.MOF_2020).asResult().orElseThrow();
        assertEquals(Grade.GOOD, result.rawGrade());
        assertEquals(Grade.FAIR, result.grade());
        assertEquals(BudgetAction.CUT, result.budgetDecision().action());
    }

    @Test
    void reviewPassesTheContractGoalUnderMof2020AndFailsItUnderXinjiang() {
        // Five indicators: XINJIANG wants at least 7 (R-GOAL-1), so the goal fails review there.
        assertEquals(1, Pbm.review(List.of(project), Presets.MOF_2020).summary().passed());
        assertEquals(1, Pbm.review(List.of(project), Presets.XINJIANG).summary().failed());
    }

    @Test
    void monitorReadsSpendingToDate() {
        var batch = Pbm.monitor(List.of(project), Month.MAY, Presets.MOF_2020);
        // 1,835,000 of 1,930,500 by the end of May is far ahead of 5/12 of the year.
        assertEquals(WarningLight.GREEN, batch.results().get(0).executionLight().orElseThrow());
    }

    @Test
    void auditFindsNothingWrongWithATableThatReportsNothing() {
        var report = Pbm.audit(List.of(project), Presets.MOF_2020);
        assertEquals(1, report.summary().projects());
        assertTrue(report.results().get(0).clean(), () -> report.results().get(0).discrepancies().toString());
    }
}
