package io.pbm.examples.floor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pbm.core.budget.BudgetAction;
import io.pbm.core.grade.Grade;
import io.pbm.core.project.BudgetUnit;
import io.pbm.core.project.Project;
import io.pbm.examples.floor.ProvinceFloor.Columns;
import io.pbm.examples.floor.ProvinceFloor.Outcomes;
import io.pbm.rules.explain.RuleId;
import io.pbm.rules.linkage.BudgetTotals;
import io.pbm.rules.pipeline.BatchResult;
import io.pbm.rules.pipeline.Pipeline;
import io.pbm.rules.pipeline.ProjectOutcome;
import io.pbm.rules.pipeline.ProjectResult;
import io.pbm.rules.pipeline.Summary;
import io.pbm.rules.policy.Policy;
import io.pbm.rules.policy.Presets;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The floor of the province benchmark computes what pbm computes, on the benchmark's own batch: every
 * indicator score (R-SCORE-*, rounded once, R-SCORE-ROUND), every total, raw grade (R-GRADE-2), final
 * grade (R-VETO-1…5), budget action and amount (R-LINK-1…3), and the summary's counts and sums.
 */
class ProvinceFloorTest {

    private static List<Project> projects;

    @BeforeAll
    static void batch() {
        projects = ProvinceFloor.provinceBatch();
    }

    @Test
    void floorAgreesWithThePipelineOnTheProvinceBatchUnderXinjiang() {
        agree(Presets.XINJIANG);
    }

    @Test
    void floorAgreesWithThePipelineOnTheProvinceBatchUnderMof2020() {
        agree(Presets.MOF_2020);
    }

    private static void agree(Policy policy) {
        ProvinceFloor floor = ProvinceFloor.of(policy);
        Columns columns = floor.columns(projects);
        Outcomes outcomes = floor.run(columns);
        BatchResult batch = Pipeline.of(policy).evaluateAll(projects);
        assertEquals(ProvinceFloor.PROVINCE_PROJECTS, batch.outcomes().size());
        for (ProjectOutcome outcome : batch.outcomes()) {
            int p = (int) outcome.index();
            if (!(outcome instanceof ProjectResult result)) {
                assertEquals(-1, outcomes.total()[p], outcome.projectId());
                continue;
            }
            String id = result.projectId();
            int k = columns.first()[p];
            assertEquals(columns.first()[p + 1] - k, result.evaluation().indicators().size(), id);
            for (var indicator : result.evaluation().indicators()) {
                assertEquals(indicator.score().points(), hundredths(outcomes.points()[k++]), id + " " + indicator.name());
            }
            assertEquals(result.score().points(), hundredths(outcomes.total()[p]), id);
            assertEquals(result.rawGrade().ordinal(), outcomes.rawGrade()[p], id);
            assertEquals(result.grade().ordinal(), outcomes.grade()[p], id);
            assertEquals(result.budgetDecision().action().ordinal(), outcomes.action()[p], id);
            assertEquals(result.budgetDecision().after().yuan(), hundredths(outcomes.after()[p]), id);
        }
        Summary summary = batch.summary();
        assertEquals(summary.evaluated(), outcomes.counts()[0]);
        assertEquals(summary.excluded(), outcomes.counts()[1]);
        assertEquals(summary.rejected(), outcomes.counts()[2]);
        assertEquals(summary.reportsReturned(), outcomes.counts()[3]);
        assertTrue(summary.evaluated() > 40_000, summary::toString);
        for (Grade grade : Grade.values()) {
            assertEquals(summary.count(grade), outcomes.grades()[grade.ordinal()], grade.name());
        }
        List<RuleId> vetoes = List.of(RuleId.R_VETO_1, RuleId.R_VETO_2, RuleId.R_VETO_3, RuleId.R_VETO_4);
        for (int v = 0; v < vetoes.size(); v++) {
            assertEquals(summary.vetoes().getOrDefault(vetoes.get(v), 0L), outcomes.vetoes()[v], vetoes.get(v).id());
        }
        for (BudgetAction action : BudgetAction.values()) {
            assertEquals(summary.budget().count(action), outcomes.actions()[action.ordinal()], action.name());
        }
        long[] sums = outcomes.sums();
        assertEquals(summary.meanScore().orElseThrow().points(),
                hundredths(sums[0]).divide(BigDecimal.valueOf(outcomes.counts()[0]), 2, RoundingMode.HALF_UP));
        assertEquals(0, summary.executionRate().orElseThrow().compareTo(
                io.pbm.core.Ratio.of(hundredths(sums[1]), hundredths(sums[2]))));
        assertEquals(summary.budgetBefore().yuan(), hundredths(sums[3]));
        assertEquals(summary.budgetAfter().yuan(), hundredths(sums[4]));
        BudgetUnit[] units = columns.units();
        int seen = 0;
        for (int u = 0; u < units.length; u++) {
            BudgetTotals totals = summary.units().get(units[u]);
            if (totals == null) {
                assertEquals(0, outcomes.unitBefore()[u], units[u].name());
                continue;
            }
            seen++;
            assertEquals(totals.before().yuan(), hundredths(outcomes.unitBefore()[u]), units[u].name());
            assertEquals(totals.after().yuan(), hundredths(outcomes.unitAfter()[u]), units[u].name());
        }
        assertEquals(summary.units().size(), seen);
    }

    private static BigDecimal hundredths(long value) {
        return BigDecimal.valueOf(value, 2);
    }
}
