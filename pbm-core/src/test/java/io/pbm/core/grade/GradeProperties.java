package io.pbm.core.grade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** Grades under vetoes (R-VETO-5), over every pair and triple of grades. */
class GradeProperties {

    @Property
    void R_VETO_5_aVetoNeverRaisesAGrade(@ForAll Grade grade, @ForAll Grade cap) {
        Grade capped = grade.atMost(cap);
        assertFalse(capped.isBetterThan(grade));
        assertFalse(capped.isBetterThan(cap));
        assertEquals(grade.compareTo(cap) <= 0 ? grade : cap, capped);
    }

    @Property
    void R_VETO_5_severalVetoesGiveTheLowestResultInAnyOrder(@ForAll Grade grade, @ForAll Grade cap1,
            @ForAll Grade cap2) {
        assertEquals(grade.atMost(cap1).atMost(cap2), grade.atMost(cap2).atMost(cap1));
        assertEquals(grade.atMost(cap1.atMost(cap2)), grade.atMost(cap1).atMost(cap2));
    }

    @Property
    void parseReadsEveryFormOfEveryGrade(@ForAll Grade grade) {
        assertEquals(grade, Grade.parse(grade.name()));
        assertEquals(grade, Grade.parse(grade.name().toLowerCase(java.util.Locale.ROOT)));
        assertEquals(grade, Grade.parse(grade.label()));
        assertEquals(grade, Grade.parse(grade.englishLabel()));
    }
}
