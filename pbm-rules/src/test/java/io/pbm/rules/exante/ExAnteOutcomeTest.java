package io.pbm.rules.exante;

import static io.pbm.rules.ReviewExamples.assessment;
import static io.pbm.rules.ReviewExamples.project;
import static io.pbm.rules.ReviewExamples.sound;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pbm.core.budget.Amount;
import io.pbm.core.budget.Budget;
import io.pbm.core.budget.BudgetAction;
import io.pbm.core.project.Project;
import io.pbm.core.project.ProjectFlags;
import io.pbm.rules.explain.Message;
import io.pbm.rules.explain.RuleId;
import io.pbm.rules.explain.TraceStep;
import io.pbm.rules.policy.Presets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** What an ex-ante result says about the budget and how it explains itself (R-EXANTE-3, R-EXANTE-4). */
class ExAnteOutcomeTest {

    private static final ExAnteReview XINJIANG = ExAnteReview.of(Presets.XINJIANG);

    private static Project.Builder major(boolean flagged, String request) {
        return project("N-9", sound()).flags(ProjectFlags.builder().isNew(true).isMajor(flagged).build())
                .exAnte(assessment("19", "19", "19", "19", "19"))
                .budget(Budget.builder().adjusted(Amount.ZERO).spent(Amount.ZERO).nextYearRequest(Amount.of(request))
                        .build());
    }

    private static List<String> exAnte4Keys(ExAnteResult result) {
        return result.trace().of(RuleId.R_EXANTE_4).stream().map(TraceStep::message).map(Message::key).toList();
    }

    @Test
    void R_EXANTE_4_aFlaggedProjectIsExplainedAsFlaggedALargeOneByTheThreshold() {
        ExAnteResult flagged = XINJIANG.assess(major(true, "100.00").build());
        assertEquals(List.of("R-EXANTE-4.flagged", "R-EXANTE-4.required"), exAnte4Keys(flagged));
        assertEquals(List.of(Amount.of("100.00"), Amount.of(1_000_000), Reassessment.REQUIRED),
                flagged.trace().of(RuleId.R_EXANTE_4).get(0).message().args());
        ExAnteResult large = XINJIANG.assess(major(false, "1000000.00").build());
        assertEquals(List.of("R-EXANTE-4.threshold", "R-EXANTE-4.required"), exAnte4Keys(large));
        assertEquals(List.of(), exAnte4Keys(XINJIANG.assess(major(false, "999999.99").build())));
    }

    @Test
    void R_EXANTE_4_aMajorProjectWithoutTheRequiredReassessmentIsNotFundable() {
        ExAnteResult result = XINJIANG.assess(major(false, "1000000.00").build());
        assertFalse(result.fundable());
        assertEquals(BudgetAction.NOT_BUDGETED, result.budgetAction().orElseThrow());
        assertEquals("N-9 ex-ante 95.00 支持 NOT_BUDGETED R-EXANTE-4 [XINJIANG 2023.1]", result.toString());
        ExAnteResult reassessed = XINJIANG.assess(major(false, "1000000.00")
                .exAnte(io.pbm.core.exante.ExAnteAssessment.builder().from(assessment("19", "19", "19", "19", "19"))
                        .thirdPartyReassessed(true).build()).build());
        assertTrue(reassessed.fundable());
        assertEquals(List.of("R-EXANTE-4.threshold", "R-EXANTE-4.done"), exAnte4Keys(reassessed));
        assertEquals("N-9 ex-ante 95.00 支持 [XINJIANG 2023.1]", reassessed.toString());
    }

    @Test
    void R_EXANTE_3_aNewProjectWithoutAnAssessmentPrintsNoTotalNorConclusion() {
        ExAnteResult result = XINJIANG.assess(project("N-0", sound()).flags(ProjectFlags.builder().isNew(true).build())
                .build());
        assertFalse(result.fundable());
        assertEquals("N-0 ex-ante — — NOT_BUDGETED R-EXANTE-3 [XINJIANG 2023.1]", result.toString());
    }

    @Test
    void aBudgetingDecisionRendersItsActionRuleAndReason() {
        BudgetingDecision decision = BudgetingDecision.notBudgeted(RuleId.R_EXANTE_4, Message.of("R-EXANTE-4.required"));
        assertEquals(BudgetAction.NOT_BUDGETED, decision.action());
        assertEquals("NOT_BUDGETED R-EXANTE-4: 重大项目未按要求引入第三方机构复核，复核前不安排预算", decision.toString());
        assertEquals("NOT_BUDGETED R-EXANTE-4: a major project without the required third-party re-assessment: "
                + "not budgeted until re-assessed", decision.render(Locale.ENGLISH));
    }

    @Test
    void R_EXANTE_1_and_4_dimensionsAndReassessmentsCarryTheirLabels() {
        assertEquals("necessity", ExAnteDimension.NECESSITY.englishLabel());
        assertEquals("funding compliance", ExAnteDimension.FUNDING_COMPLIANCE.englishLabel());
        assertEquals("筹资合规性", ExAnteDimension.FUNDING_COMPLIANCE.label());
        assertEquals("须引入第三方复核", Reassessment.REQUIRED.label());
        assertEquals("third-party re-assessment required", Reassessment.REQUIRED.englishLabel());
        assertEquals("建议引入第三方复核", Reassessment.RECOMMENDED.label());
        assertEquals("no re-assessment needed", Reassessment.NOT_NEEDED.englishLabel());
    }
}
