package io.pbm.core.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** A discrepancy of a table check (R-AUDIT-1…6). */
class TableDiscrepancyTest {

    @Test
    void R_AUDIT_1_keepsItsParts() {
        TableDiscrepancy d = new TableDiscrepancy("R-AUDIT-1", "/projects/0/indicators/2", "7", "10.00");
        assertEquals("R-AUDIT-1", d.rule());
        assertEquals("/projects/0/indicators/2", d.location());
        assertEquals("7", d.reported());
        assertEquals("10.00", d.computed());
        assertEquals(new TableDiscrepancy("R-AUDIT-1", "/projects/0/indicators/2", "7", "10.00"), d);
    }

    @Test
    void nullsAreNamed() {
        assertEquals("rule is null", assertThrows(NullPointerException.class,
                () -> new TableDiscrepancy(null, "l", "r", "c")).getMessage());
        assertEquals("location is null", assertThrows(NullPointerException.class,
                () -> new TableDiscrepancy("R", null, "r", "c")).getMessage());
        assertEquals("reported is null", assertThrows(NullPointerException.class,
                () -> new TableDiscrepancy("R", "l", null, "c")).getMessage());
        assertEquals("computed is null", assertThrows(NullPointerException.class,
                () -> new TableDiscrepancy("R", "l", "r", null)).getMessage());
    }
}
