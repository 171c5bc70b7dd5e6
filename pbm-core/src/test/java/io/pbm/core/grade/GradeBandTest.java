package io.pbm.core.grade;

import static io.pbm.core.ValueAssertions.assertInvalid;
import static io.pbm.core.ValueAssertions.assertNullRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** One band of a grade scale: lower bound inclusive, upper exclusive, except 100 (R-GRADE-3). */
class GradeBandTest {

    private static final GradeBand GOOD = GradeBand.of(Grade.GOOD, Score.of(80), Score.of(90));
    private static final GradeBand EXCELLENT = GradeBand.of(Grade.EXCELLENT, Score.of(90), Score.FULL);

    @Test
    void R_GRADE_3_theLowerBoundIsInclusiveAndTheUpperExclusive() {
        assertFalse(GOOD.contains(Score.parse("79.99")));
        assertTrue(GOOD.contains(Score.parse("80.00")));
        assertTrue(GOOD.contains(Score.parse("89.99")));
        assertFalse(GOOD.contains(Score.parse("90.00")));
        assertFalse(GOOD.isTop());
    }

    @Test
    void R_GRADE_3_theTopBandIncludesAHundred() {
        assertTrue(EXCELLENT.contains(Score.FULL));
        assertTrue(EXCELLENT.contains(Score.parse("99.99")));
        assertTrue(EXCELLENT.contains(Score.parse("90.00")));
        assertFalse(EXCELLENT.contains(Score.parse("89.99")));
        assertTrue(EXCELLENT.isTop());
        // whichever grade holds it: a band ending at 100 is the top band
        assertTrue(GradeBand.of(Grade.GOOD, Score.of(80), Score.parse("100.00")).contains(Score.FULL));
    }

    @Test
    void toStringWritesTheBandAsTheSeedsDo() {
        assertEquals("良 [80.00, 90.00)", GOOD.toString());
        assertEquals("优 [90.00, 100.00]", EXCELLENT.toString());
        assertEquals("差 [0.00, 60.00)", GradeBand.of(Grade.POOR, Score.ZERO, Score.of(60)).toString());
    }

    @Test
    void aBandIsAValue() {
        assertEquals(GOOD, new GradeBand(Grade.GOOD, Score.parse("80.0"), Score.parse("90")));
        assertEquals(GOOD.hashCode(), new GradeBand(Grade.GOOD, Score.parse("80.0"), Score.parse("90")).hashCode());
        assertNotEquals(GOOD, GradeBand.of(Grade.FAIR, Score.of(80), Score.of(90)));
        assertEquals(Grade.GOOD, GOOD.grade());
        assertEquals(Score.of(80), GOOD.lower());
        assertEquals(Score.of(90), GOOD.upper());
    }

    @Test
    void anEmptyBandIsRefused() {
        assertInvalid(() -> GradeBand.of(Grade.GOOD, Score.of(90), Score.of(80)), "band 良", "[90.00, 80.00)",
                "lower < upper");
        assertInvalid(() -> GradeBand.of(Grade.EXCELLENT, Score.FULL, Score.FULL), "band 优", "[100.00, 100.00)",
                "lower < upper");
    }

    @Test
    void nullsAreRejectedNamingTheArgument() {
        assertNullRejected("grade", () -> GradeBand.of(null, Score.ZERO, Score.FULL));
        assertNullRejected("lower", () -> GradeBand.of(Grade.POOR, null, Score.FULL));
        assertNullRejected("upper", () -> GradeBand.of(Grade.POOR, Score.ZERO, null));
        assertNullRejected("score", () -> GOOD.contains(null));
    }
}
