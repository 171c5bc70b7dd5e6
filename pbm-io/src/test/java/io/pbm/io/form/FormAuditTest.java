package io.pbm.io.form;

import static io.pbm.io.form.FormLayoutsTest.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pbm.rules.Pbm;
import io.pbm.rules.audit.AuditResult;
import io.pbm.rules.audit.Discrepancy;
import io.pbm.rules.explain.RuleId;
import io.pbm.rules.policy.Presets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The messy form's mistakes, read as written, are found by the table check at their cells. */
class FormAuditTest {

    @Test
    void R_AUDIT_1_and_R_AUDIT_3_onTheMessyFormPointAtTheirCells() {
        FormWorkbook workbook = FormReader.of().readWorkbook(fixture("messy.xlsx"), FormDefaults.NONE);
        AuditResult result = Pbm.audit(workbook.document().projects(), Presets.MOF_2020).results().get(0);
        List<Discrepancy> metBelowFull = result.discrepancies(RuleId.R_AUDIT_1);
        assertEquals(1, metBelowFull.size(), result::toString);
        assertEquals("7", metBelowFull.get(0).reported());
        assertEquals("自评表!D11", workbook.cell(0, metBelowFull.get(0).path()).orElseThrow());
        assertEquals("自评表!H11", workbook.cell(0, metBelowFull.get(0).path() + "/reportedScore").orElseThrow());
        List<Discrepancy> total = result.discrepancies(RuleId.R_AUDIT_3);
        assertEquals(1, total.size(), result::toString);
        assertEquals("自评表!H15", workbook.cell(0, total.get(0).path()).orElseThrow());
    }
}
