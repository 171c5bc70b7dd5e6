package io.pbm.rules.veto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pbm.core.budget.FundCategory;
import io.pbm.core.evaluation.SupervisionFindings;
import io.pbm.core.grade.Grade;
import io.pbm.core.grade.Score;
import io.pbm.rules.explain.Message;
import io.pbm.rules.explain.RuleId;
import io.pbm.rules.policy.VetoPolicy;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** What a veto outcome says about the grade it changed (R-VETO-5) and how vetoes print. */
class VetoOutcomeTest {

    private static VetoOutcome apply(Grade raw, SupervisionFindings findings) {
        return Vetoes.apply(raw, findings, FundCategory.GENERAL_PUBLIC, null, VetoPolicy.builder().build());
    }

    @Test
    void R_VETO_5_anOutcomeIsLoweredOnlyWhenTheFinalGradeIsBelowTheRawGrade() {
        SupervisionFindings audit = SupervisionFindings.builder().auditProblems(true).build();
        assertTrue(apply(Grade.GOOD, audit).lowered());
        assertFalse(apply(Grade.FAIR, audit).lowered(), "capped at 中, a 中 is not lowered");
        assertTrue(apply(Grade.FAIR, audit).vetoed());
        assertFalse(VetoOutcome.none(Grade.EXCELLENT).lowered());
    }

    @Test
    void R_VETO_5_aVetoLowersOnlyAGradeBetterThanItsCap() {
        Veto veto = new Veto(RuleId.R_VETO_1, Grade.FAIR, Message.of("R-VETO-1.capped", Grade.FAIR, Grade.GOOD));
        assertTrue(veto.lowers(Grade.EXCELLENT));
        assertTrue(veto.lowers(Grade.GOOD));
        assertFalse(veto.lowers(Grade.FAIR));
        assertFalse(veto.lowers(Grade.POOR));
        NullPointerException npe = assertThrows(NullPointerException.class, () -> veto.lowers(null));
        assertEquals("grade is null", npe.getMessage());
    }

    @Test
    void R_VETO_1_aVetoPrintsItsRuleCapAndReason() {
        Veto veto = new Veto(RuleId.R_VETO_1, Grade.FAIR, Message.of("R-VETO-1.capped", Grade.FAIR, Grade.GOOD));
        assertEquals("R-VETO-1 ≤ 中: 审计、财会监督发现问题：等级最高为中（原等级良）", veto.toString());
        assertEquals("R-VETO-1 ≤ fair: audit or financial supervision found problems: the grade is at most fair "
                + "(raw grade good)", veto.render(Locale.ENGLISH));
    }

    @Test
    void R_VETO_4_anOutcomePrintsTheGradesTheRulesAndTheRecall() {
        assertEquals("良 → 中 [R-VETO-1]", apply(Grade.GOOD, SupervisionFindings.builder().auditProblems(true).build())
                .toString());
        assertEquals("优 → 差 [R-VETO-4] recall",
                apply(Grade.EXCELLENT, SupervisionFindings.builder().authenticityFailed(true).build()).toString());
        assertEquals("优 → 优 []", VetoOutcome.none(Grade.EXCELLENT).toString());
    }

    @Test
    void R_REVIEW_1_anOutcomePrintsAReturnedReport() {
        VetoOutcome returned = Vetoes.apply(Grade.GOOD, SupervisionFindings.none(), FundCategory.CENTRAL_TRANSFER,
                Score.parse("89.99"), VetoPolicy.builder().build());
        assertTrue(returned.reportReturned());
        assertEquals("良 → 良 [] report returned", returned.toString());
        assertEquals(List.of(), returned.vetoes());
    }
}
