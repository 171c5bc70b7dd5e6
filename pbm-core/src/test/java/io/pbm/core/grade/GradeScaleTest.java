package io.pbm.core.grade;

import static io.pbm.core.ValueAssertions.assertInvalid;
import static io.pbm.core.ValueAssertions.assertNullRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.pbm.core.InvalidValueException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Grade scales: R-GRADE-1 (national), R-GRADE-2 (Xinjiang county), R-GRADE-3 (bands are data). */
class GradeScaleTest {

    private static final String COVERAGE =
            "one band for each of 差, 中, 良, 优 in that order, covering 0–100 without gap or overlap";
    private static final String NATIONAL_TEXT = "优 [90.00, 100.00] 良 [80.00, 90.00) 中 [60.00, 80.00) 差 [0.00, 60.00)";

    private static Score score(String text) {
        return Score.parse(text);
    }

    private static GradeBand band(Grade grade, String lower, String upper) {
        return GradeBand.of(grade, score(lower), score(upper));
    }

    private static final GradeBand POOR = band(Grade.POOR, "0", "60");
    private static final GradeBand FAIR = band(Grade.FAIR, "60", "80");
    private static final GradeBand GOOD = band(Grade.GOOD, "80", "90");
    private static final GradeBand EXCELLENT = band(Grade.EXCELLENT, "90", "100");

    @Test
    void R_GRADE_1_nationalBands() {
        GradeScale scale = GradeScale.NATIONAL;
        assertEquals(Grade.EXCELLENT, scale.grade(Score.FULL));
        assertEquals(Grade.EXCELLENT, scale.grade(score("90.00")));
        assertEquals(Grade.GOOD, scale.grade(score("89.99")));
        assertEquals(Grade.GOOD, scale.grade(score("80")));
        assertEquals(Grade.FAIR, scale.grade(score("79.99")));
        assertEquals(Grade.FAIR, scale.grade(score("60")));
        assertEquals(Grade.POOR, scale.grade(score("59.99")));
        assertEquals(Grade.POOR, scale.grade(Score.ZERO));
    }

    @Test
    void R_GRADE_2_xinjiangCountyBandsStartFairAtSeventy() {
        GradeScale scale = GradeScale.XINJIANG;
        assertEquals(Grade.EXCELLENT, scale.grade(Score.FULL));
        assertEquals(Grade.EXCELLENT, scale.grade(score("90.00")));
        assertEquals(Grade.GOOD, scale.grade(score("89.99")));
        assertEquals(Grade.FAIR, scale.grade(score("70.00")));
        assertEquals(Grade.POOR, scale.grade(score("69.99")));
        assertEquals(Grade.POOR, scale.grade(score("60.00")));
        assertEquals(Grade.POOR, scale.grade(Score.ZERO));
        assertEquals(Grade.FAIR, GradeScale.NATIONAL.grade(score("69.99")));
    }

    @Test
    void R_GRADE_2_isTheNationalScaleWithFairStartingAtSeventy() {
        GradeScale moved = GradeScale.NATIONAL.withLowerBound(Grade.FAIR, Score.of(70));
        assertEquals(GradeScale.XINJIANG, moved);
        assertEquals(GradeScale.XINJIANG.hashCode(), moved.hashCode());
        assertEquals(band(Grade.FAIR, "60", "80"), GradeScale.NATIONAL.band(Grade.FAIR));
        assertNotEquals(GradeScale.NATIONAL, GradeScale.XINJIANG);
    }

    @Test
    void withLowerBoundMovesTheBandBelowToo() {
        GradeScale scale = GradeScale.NATIONAL.withLowerBound(Grade.GOOD, Score.of(85));
        assertEquals(band(Grade.GOOD, "85", "90"), scale.band(Grade.GOOD));
        assertEquals(band(Grade.FAIR, "60", "85"), scale.band(Grade.FAIR));
        assertEquals(Grade.FAIR, scale.grade(score("84.99")));
        GradeScale strict = GradeScale.NATIONAL.withLowerBound(Grade.EXCELLENT, score("95.5"));
        assertEquals(Grade.GOOD, strict.grade(score("95.49")));
        assertEquals(Grade.EXCELLENT, strict.grade(score("95.50")));
    }

    @Test
    void withLowerBoundRefusesPoorAndBoundsThatNoLongerRise() {
        assertInvalid(() -> GradeScale.NATIONAL.withLowerBound(Grade.POOR, Score.of(10)), "grade", "POOR",
                "中, 良 or 优: 差 always starts at 0");
        assertInvalid(() -> GradeScale.NATIONAL.withLowerBound(Grade.FAIR, Score.of(85)), "band 中", "[85.00, 80.00)",
                "lower < upper");
        assertInvalid(() -> GradeScale.NATIONAL.withLowerBound(Grade.FAIR, Score.ZERO), "band 差", "[0.00, 0.00)",
                "lower < upper");
        assertInvalid(() -> GradeScale.NATIONAL.withLowerBound(Grade.EXCELLENT, Score.FULL), "band 优",
                "[100.00, 100.00)", "lower < upper");
    }

    @Test
    void toStringWritesTheBandsBestFirst() {
        assertEquals(NATIONAL_TEXT, GradeScale.NATIONAL.toString());
        assertEquals("优 [90.00, 100.00] 良 [80.00, 90.00) 中 [70.00, 80.00) 差 [0.00, 70.00)",
                GradeScale.XINJIANG.toString());
    }

    @Test
    void parseReadsBandsInAnyOrderByLabelOrName() {
        assertEquals(GradeScale.NATIONAL, GradeScale.parse(NATIONAL_TEXT));
        assertEquals(GradeScale.NATIONAL, GradeScale.parse("优 [90, 100] 良 [80, 90) 中 [60, 80) 差 [0, 60)"));
        assertEquals(GradeScale.NATIONAL, GradeScale.parse("差 [0, 60) 中 [60, 80) 良 [80, 90) 优 [90, 100]"));
        assertEquals(GradeScale.XINJIANG,
                GradeScale.parse("EXCELLENT [90, 100]\nGOOD [80, 90)\nfair [70, 80)\npoor [0, 70)"));
        assertEquals(GradeScale.NATIONAL, GradeScale.parse("优[90,100] 良[80,90) 中[60,80) 差[0,60)"));
    }

    @Test
    void parseRefusesABracketThatContradictsTheBand() {
        String text = "优 [90, 100] 良 [80, 90] 中 [60, 80) 差 [0, 60)";
        assertInvalid(() -> GradeScale.parse(text), "grade scale", text, "']' after 100, ')' after any other bound");
        String open = "优 [90, 100) 良 [80, 90) 中 [60, 80) 差 [0, 60)";
        assertInvalid(() -> GradeScale.parse(open), "grade scale", open, "']' after 100, ')' after any other bound");
    }

    @Test
    void parseRefusesTextThatIsNotBands() {
        String stray = "优 [90, 100] 良 [80, 90) 中 [60, 80) 差 [0, 60) and more";
        assertInvalid(() -> GradeScale.parse(stray), "grade scale", stray, "bands written as 优 [90, 100]");
        String leading = "scale: 优 [90, 100] 良 [80, 90) 中 [60, 80) 差 [0, 60)";
        assertInvalid(() -> GradeScale.parse(leading), "grade scale", leading, "bands written as");
        assertInvalid(() -> GradeScale.parse("甲 [90, 100] 良 [80, 90) 中 [60, 80) 差 [0, 60)"), "grade", "甲");
        assertInvalid(() -> GradeScale.parse("优 [90, 100.001] 良 [80, 90) 中 [60, 80) 差 [0, 60)"), "score", "100.001");
        assertInvalid(() -> GradeScale.parse(""), "grade scale", "[]", COVERAGE);
        String tooLong = NATIONAL_TEXT + " ".repeat(400);
        assertInvalid(() -> GradeScale.parse(tooLong), "grade scale", NATIONAL_TEXT.substring(0, 40) + "… ("
                + tooLong.length() + " characters)", "at most 400 characters");
    }

    @Test
    void ofTakesBandsInAnyOrder() {
        assertEquals(GradeScale.NATIONAL, GradeScale.of(EXCELLENT, POOR, GOOD, FAIR));
        assertEquals(GradeScale.NATIONAL, GradeScale.of(List.of(POOR, FAIR, GOOD, EXCELLENT)));
        assertEquals(List.of(POOR, FAIR, GOOD, EXCELLENT), GradeScale.NATIONAL.bands());
        assertEquals(GOOD, GradeScale.NATIONAL.band(Grade.GOOD));
        assertThrows(UnsupportedOperationException.class, () -> GradeScale.NATIONAL.bands().remove(0));
    }

    @Test
    void R_GRADE_3_aGapIsRefused() {
        InvalidValueException e = assertInvalid(() -> GradeScale.of(POOR, band(Grade.FAIR, "60", "79.99"), GOOD, EXCELLENT),
                "grade scale", "[差 [0.00, 60.00), 中 [60.00, 79.99), 良 [80.00, 90.00), 优 [90.00, 100.00]]", COVERAGE,
                "gap between 79.99 and 80.00");
        assertEquals(COVERAGE + "; gap between 79.99 and 80.00", e.validRange());
    }

    @Test
    void R_GRADE_3_anOverlapIsRefused() {
        assertInvalid(() -> GradeScale.of(POOR, band(Grade.FAIR, "60", "80.01"), GOOD, EXCELLENT), "grade scale",
                "[差 [0.00, 60.00), 中 [60.00, 80.01), 良 [80.00, 90.00), 优 [90.00, 100.00]]", COVERAGE,
                "overlap between 80.00 and 80.01");
    }

    @Test
    void R_GRADE_3_aMissingGradeIsRefused() {
        assertInvalid(() -> GradeScale.of(band(Grade.POOR, "0", "60"), band(Grade.FAIR, "60", "90"), EXCELLENT),
                "grade scale", "[差 [0.00, 60.00), 中 [60.00, 90.00), 优 [90.00, 100.00]]", COVERAGE);
        assertInvalid(() -> GradeScale.of(List.of()), "grade scale", "[]", COVERAGE);
    }

    @Test
    void R_GRADE_3_aRepeatedGradeIsRefused() {
        assertInvalid(() -> GradeScale.of(POOR, FAIR, GOOD, band(Grade.GOOD, "90", "100")), "grade scale",
                "[差 [0.00, 60.00), 中 [60.00, 80.00), 良 [80.00, 90.00), 良 [90.00, 100.00]]", COVERAGE,
                "found 良 where 优 belongs");
        assertInvalid(() -> GradeScale.of(POOR, FAIR, GOOD, EXCELLENT, EXCELLENT), "grade scale",
                "[差 [0.00, 60.00), 中 [60.00, 80.00), 良 [80.00, 90.00), 优 [90.00, 100.00], 优 [90.00, 100.00]]",
                COVERAGE);
    }

    @Test
    void R_GRADE_3_bandsOutOfMeritOrderAreRefused() {
        assertInvalid(() -> GradeScale.of(POOR, band(Grade.GOOD, "60", "80"), band(Grade.FAIR, "80", "90"), EXCELLENT),
                "grade scale", "[差 [0.00, 60.00), 良 [60.00, 80.00), 中 [80.00, 90.00), 优 [90.00, 100.00]]", COVERAGE,
                "found 良 where 中 belongs");
    }

    @Test
    void R_GRADE_3_theScaleStartsAtZero() {
        assertInvalid(() -> GradeScale.of(band(Grade.POOR, "0.01", "60"), FAIR, GOOD, EXCELLENT), "grade scale",
                "[差 [0.01, 60.00), 中 [60.00, 80.00), 良 [80.00, 90.00), 优 [90.00, 100.00]]", COVERAGE,
                "the lowest band starts at 0");
    }

    @Test
    void R_GRADE_3_theScaleEndsAtAHundred() {
        assertInvalid(() -> GradeScale.of(POOR, FAIR, GOOD, band(Grade.EXCELLENT, "90", "99.99")), "grade scale",
                "[差 [0.00, 60.00), 中 [60.00, 80.00), 良 [80.00, 90.00), 优 [90.00, 99.99)]", COVERAGE,
                "the highest band ends at 100");
    }

    @Test
    void nullsAreRejectedNamingTheArgument() {
        assertNullRejected("bands", () -> GradeScale.of((List<GradeBand>) null));
        assertNullRejected("bands", () -> GradeScale.of((GradeBand[]) null));
        assertNullRejected("band", () -> GradeScale.of(Arrays.asList(POOR, null, GOOD, EXCELLENT)));
        assertNullRejected("band", () -> GradeScale.of(POOR, FAIR, null, EXCELLENT));
        assertNullRejected("fair", () -> GradeScale.ofLowerBounds(null, Score.of(80), Score.of(90)));
        assertNullRejected("good", () -> GradeScale.ofLowerBounds(Score.of(60), null, Score.of(90)));
        assertNullRejected("excellent", () -> GradeScale.ofLowerBounds(Score.of(60), Score.of(80), null));
        assertNullRejected("text", () -> GradeScale.parse(null));
        assertNullRejected("score", () -> GradeScale.NATIONAL.grade(null));
        assertNullRejected("grade", () -> GradeScale.NATIONAL.band(null));
        assertNullRejected("grade", () -> GradeScale.NATIONAL.withLowerBound(null, Score.of(70)));
        assertNullRejected("lower", () -> GradeScale.NATIONAL.withLowerBound(Grade.FAIR, null));
    }

    @Test
    void parseReadsBandsWrittenWithoutSpaces() {
        assertEquals(GradeScale.NATIONAL, GradeScale.parse("优[90,100]良[80,90)中[60,80)差[0,60)"));
    }
}
