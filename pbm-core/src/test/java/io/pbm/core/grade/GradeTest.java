package io.pbm.core.grade;

import static io.pbm.core.ValueAssertions.assertInvalid;
import static io.pbm.core.ValueAssertions.assertNullRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Grades 优 / 良 / 中 / 差 (R-GRADE-1, R-GRADE-2) and how vetoes cap them (R-VETO-1…5). */
class GradeTest {

    private static final String VALID = "one of POOR 差, FAIR 中, GOOD 良, EXCELLENT 优";

    @Test
    void theNaturalOrderIsMerit() {
        assertEquals(List.of(Grade.POOR, Grade.FAIR, Grade.GOOD, Grade.EXCELLENT),
                Arrays.stream(Grade.values()).sorted().collect(Collectors.toList()));
        assertTrue(Grade.EXCELLENT.isBetterThan(Grade.GOOD));
        assertTrue(Grade.FAIR.isBetterThan(Grade.POOR));
        assertFalse(Grade.GOOD.isBetterThan(Grade.GOOD));
        assertFalse(Grade.POOR.isBetterThan(Grade.FAIR));
    }

    @Test
    void formsListGradesBestFirst() {
        assertEquals(List.of(Grade.EXCELLENT, Grade.GOOD, Grade.FAIR, Grade.POOR), Grade.bestFirst());
        assertEquals("优良中差", Grade.bestFirst().stream().map(Grade::label).collect(Collectors.joining()));
        assertThrows(UnsupportedOperationException.class, () -> Grade.bestFirst().set(0, Grade.POOR));
    }

    @Test
    void gradesCarryTheirOfficialLabels() {
        assertEquals("优", Grade.EXCELLENT.label());
        assertEquals("良", Grade.GOOD.label());
        assertEquals("中", Grade.FAIR.label());
        assertEquals("差", Grade.POOR.label());
        assertEquals("excellent", Grade.EXCELLENT.englishLabel());
        assertEquals("good", Grade.GOOD.englishLabel());
        assertEquals("fair", Grade.FAIR.englishLabel());
        assertEquals("poor", Grade.POOR.englishLabel());
    }

    @Test
    void R_VETO_1_aVetoCapsTheGradeAtFair() {
        assertEquals(Grade.FAIR, Grade.EXCELLENT.atMost(Grade.FAIR));
        assertEquals(Grade.FAIR, Grade.GOOD.atMost(Grade.FAIR));
        assertEquals(Grade.FAIR, Grade.FAIR.atMost(Grade.FAIR));
        assertEquals(Grade.POOR, Grade.POOR.atMost(Grade.FAIR));
    }

    @Test
    void R_VETO_3_aCapAtPoorMakesEveryGradePoor() {
        for (Grade grade : Grade.values()) {
            assertEquals(Grade.POOR, grade.atMost(Grade.POOR));
            assertEquals(grade, grade.atMost(Grade.EXCELLENT));
        }
    }

    @Test
    void parseReadsNameChineseLabelOrEnglishLabel() {
        assertEquals(Grade.GOOD, Grade.parse("GOOD"));
        assertEquals(Grade.GOOD, Grade.parse("good"));
        assertEquals(Grade.GOOD, Grade.parse("良"));
        assertEquals(Grade.GOOD, Grade.parse(" 良 "));
        assertEquals(Grade.EXCELLENT, Grade.parse("优"));
        assertEquals(Grade.FAIR, Grade.parse("中"));
        assertEquals(Grade.POOR, Grade.parse("差"));
        assertEquals(Grade.POOR, Grade.parse("Poor"));
    }

    @Test
    void anUnknownGradeIsRefused() {
        assertInvalid(() -> Grade.parse("甲"), "grade", "甲", VALID);
        assertInvalid(() -> Grade.parse("优秀"), "grade", "优秀", VALID);
        assertInvalid(() -> Grade.parse(""), "grade", "", VALID);
    }

    @Test
    void nullsAreRejectedNamingTheArgument() {
        assertNullRejected("grade", () -> Grade.parse(null));
        assertNullRejected("cap", () -> Grade.GOOD.atMost(null));
        assertNullRejected("other", () -> Grade.GOOD.isBetterThan(null));
    }
}
