package io.pbm.examples.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pbm.core.budget.Amount;
import io.pbm.core.budget.BudgetAction;
import io.pbm.core.grade.Score;
import io.pbm.core.project.Project;
import io.pbm.rules.Pbm;
import io.pbm.rules.explain.RuleId;
import io.pbm.rules.pipeline.BatchResult;
import io.pbm.rules.pipeline.ProjectResult;
import io.pbm.rules.pipeline.Summary;
import io.pbm.rules.policy.Presets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The built-in sample county against 沙湾 2021's published figures (domain.md section 12). The seed is
 * fixed, so the figures are exact: these are the ones it reaches.
 */
class SampleCountyTest {

    private static final List<Project> COUNTY = SampleCounty.projects();

    @Test
    void underXinjiangTheCountyHasTheFinanceDepartmentsGrades() {
        BatchResult batch = Pbm.evaluateAll(COUNTY, Presets.XINJIANG);
        Summary summary = batch.summary();
        assertEquals(998, summary.projects());
        assertEquals(371, summary.excluded());   // R-PLAN-4: central transfers
        assertEquals(627, summary.evaluated());
        assertEquals(0, summary.rejected());
        assertEquals("优 535 / 良 49 / 中 26 / 差 17", summary.gradesLine(Locale.CHINA));
        assertEquals(Score.parse("94.55"), summary.meanScore().orElseThrow());       // published: 94.5
        assertEquals("98.06%", summary.executionRate().orElseThrow().toPercentString(2));   // published: 98.05 %
        Amount adjusted = Amount.ZERO;
        Amount spent = Amount.ZERO;
        for (ProjectResult result : batch.results()) {
            adjusted = adjusted.plus(result.budget().adjusted());
            spent = spent.plus(result.budget().spent());
        }
        assertEquals("145742.46万元", adjusted.toWanString());   // published: 145,683.48万元
        assertEquals("142916.90万元", spent.toWanString());      // published: 142,844.15万元
        assertEquals(Map.of(RuleId.R_VETO_1, 7L, RuleId.R_VETO_2, 2L, RuleId.R_VETO_3, 2L, RuleId.R_VETO_4, 1L),
                summary.vetoes());
        assertEquals(1, summary.budget().count(BudgetAction.RECALL));   // the one-vote veto recalls the funds
        assertEquals(49, batch.results().stream().filter(r -> !r.evaluation().complete()).count());
    }

    @Test
    void underMof2020TheCentralTransfersAreEvaluatedToo() {
        Summary summary = Pbm.evaluateAll(COUNTY, Presets.MOF_2020).summary();
        assertEquals(998, summary.evaluated());
        assertEquals("优 853 / 良 78 / 中 53 / 差 14", summary.gradesLine(Locale.CHINA));
        assertEquals(Score.parse("94.52"), summary.meanScore().orElseThrow());
        assertEquals("98.04%", summary.executionRate().orElseThrow().toPercentString(2));
        assertEquals(39, summary.reportsReturned());   // R-REVIEW-1: central-transfer reports below 90
        assertEquals(13, summary.budget().count(BudgetAction.CANCEL));   // 差 → CANCEL (R-LINK-3)
    }

    @Test
    void theCountyHas150UnitsOneAuthenticityFailureAndAFewAuditFindings() {
        assertEquals(SampleCounty.PROJECTS, COUNTY.size());
        assertEquals(SampleCounty.UNITS, COUNTY.stream().map(Project::unit).distinct().count());
        assertEquals(1, COUNTY.stream().filter(p -> p.evaluation().orElseThrow().findings().authenticityFailed()).count());
        long audit = COUNTY.stream().filter(p -> p.evaluation().orElseThrow().findings().auditProblems()).count();
        assertTrue(audit >= 5 && audit <= 20, "" + audit);
    }

    @Test
    void theFilledInTablesHaveAFewDiscrepancies() {
        var audit = Pbm.audit(COUNTY, Presets.XINJIANG).summary();
        assertEquals(998, audit.projects());
        assertTrue(audit.withDiscrepancies() > 0 && audit.withDiscrepancies() * 5 < audit.projects(), audit::toString);
        assertTrue(audit.discrepancies().containsKey(RuleId.R_AUDIT_1), audit::toString);
    }

    @Test
    void theDescriptionSaysTheDataAreSynthetic() {
        assertTrue(SampleCounty.description(Locale.CHINA).contains("合成数据"));
        assertTrue(SampleCounty.description(Locale.ENGLISH).contains("synthetic"));
    }
}
