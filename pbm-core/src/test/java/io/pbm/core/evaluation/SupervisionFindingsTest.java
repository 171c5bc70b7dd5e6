package io.pbm.core.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pbm.core.InvalidValueException;
import org.junit.jupiter.api.Test;

/** Findings of audit and financial supervision: the inputs of the vetoes (R-VETO-1…4, R-LINK-4). */
class SupervisionFindingsTest {

    @Test
    void noneIsACleanRecord() {
        SupervisionFindings none = SupervisionFindings.none();
        assertFalse(none.auditProblems());
        assertFalse(none.majorMisuse());
        assertFalse(none.authenticityFailed());
        assertEquals(0, none.unrectifiedFailedMonitoringRounds());
        assertFalse(none.unrectifiedProblems());
        assertFalse(none.any());
        assertEquals(SupervisionFindings.builder().build(), none);
    }

    @Test
    void anyFindingCounts() {
        assertTrue(SupervisionFindings.builder().auditProblems(true).build().any(), "R-VETO-1");
        assertTrue(SupervisionFindings.builder().majorMisuse(true).build().any(), "R-VETO-3");
        assertTrue(SupervisionFindings.builder().authenticityFailed(true).build().any(), "R-VETO-4");
        assertTrue(SupervisionFindings.builder().unrectifiedFailedMonitoringRounds(1).build().any(), "R-VETO-2");
        assertTrue(SupervisionFindings.builder().unrectifiedProblems(true).build().any(), "R-LINK-4");
    }

    @Test
    void R_MON_5_negativeRoundsAreRefused() {
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> SupervisionFindings.builder().unrectifiedFailedMonitoringRounds(-1).build());
        assertEquals("Invalid value for unrectifiedFailedMonitoringRounds "
                + "(valid values unrectifiedFailedMonitoringRounds >= 0): -1", e.getMessage());
        assertEquals(2, SupervisionFindings.builder().unrectifiedFailedMonitoringRounds(2).build()
                .unrectifiedFailedMonitoringRounds());
    }
}
