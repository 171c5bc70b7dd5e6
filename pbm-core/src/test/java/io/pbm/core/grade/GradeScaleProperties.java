package io.pbm.core.grade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pbm.core.InvalidValueException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Invariants of grading (R-GRADE-3) over random valid scales and scores. */
class GradeScaleProperties {

    @Property
    void R_GRADE_3_everyScoreFallsInExactlyOneBand(@ForAll("scales") GradeScale scale, @ForAll("scores") Score score) {
        long holding = scale.bands().stream().filter(band -> band.contains(score)).count();
        assertEquals(1, holding, () -> score + " in " + scale);
        assertTrue(scale.band(scale.grade(score)).contains(score));
    }

    @Property
    void R_GRADE_3_gradingIsMonotone(@ForAll("scales") GradeScale scale, @ForAll("scores") Score a,
            @ForAll("scores") Score b) {
        Score low = a.compareTo(b) <= 0 ? a : b;
        Score high = a.compareTo(b) <= 0 ? b : a;
        assertTrue(scale.grade(low).compareTo(scale.grade(high)) <= 0, () -> low + " vs " + high + " in " + scale);
    }

    @Property
    void parseReadsBackWhatToStringWrites(@ForAll("scales") GradeScale scale) {
        assertEquals(scale, GradeScale.parse(scale.toString()));
    }

    @Property
    void R_GRADE_3_aScoreGetsTheBestGradeWhoseLowerBoundItReaches(@ForAll("scales") GradeScale scale,
            @ForAll("scores") Score score) {
        Grade expected = Grade.POOR;
        for (Grade grade : Grade.values()) {
            if (score.compareTo(scale.band(grade).lower()) >= 0) {
                expected = grade;
            }
        }
        assertEquals(expected, scale.grade(score), () -> score + " in " + scale);
    }

    @Property
    void withLowerBoundMovesOneBoundOrIsRefused(@ForAll("scales") GradeScale scale, @ForAll("movable") Grade grade,
            @ForAll("scores") Score lower) {
        Score below = scale.band(Grade.values()[grade.ordinal() - 1]).lower();
        Score above = scale.band(grade).upper();
        boolean rises = below.compareTo(lower) < 0 && lower.compareTo(above) < 0;
        if (rises) {
            GradeScale moved = scale.withLowerBound(grade, lower);
            for (Grade other : Grade.values()) {
                Score expected = other == grade ? lower : scale.band(other).lower();
                assertEquals(expected, moved.band(other).lower(), other::name);
            }
            assertEquals(scale, moved.withLowerBound(grade, scale.band(grade).lower()));
        } else {
            assertThrows(InvalidValueException.class, () -> scale.withLowerBound(grade, lower));
        }
    }

    @Property
    void parseReadsBandsInAnyOrder(@ForAll("scales") GradeScale scale, @ForAll Random random) {
        List<GradeBand> bands = new ArrayList<>(scale.bands());
        Collections.shuffle(bands, random);
        String text = bands.stream().map(GradeBand::toString).collect(Collectors.joining(" "));
        assertEquals(scale, GradeScale.parse(text), text);
        assertEquals(scale, GradeScale.of(bands));
    }

    @Provide
    Arbitrary<Grade> movable() {
        return Arbitraries.of(Grade.FAIR, Grade.GOOD, Grade.EXCELLENT);
    }

    @Provide
    Arbitrary<Score> scores() {
        return Arbitraries.integers().between(0, 10_000).edgeCases(e -> e.add(6_000, 7_000, 8_000, 9_000))
                .map(cents -> Score.of(BigDecimal.valueOf(cents, 2)));
    }

    @Provide
    Arbitrary<GradeScale> scales() {
        Arbitrary<Integer> cut = Arbitraries.integers().between(1, 9_999);
        return Combinators.combine(cut, cut, cut).filter((x, y, z) -> !x.equals(y) && !y.equals(z) && !x.equals(z))
                .as((x, y, z) -> {
                    int[] sorted = java.util.stream.IntStream.of(x, y, z).sorted().toArray();
                    return GradeScale.ofLowerBounds(Score.of(BigDecimal.valueOf(sorted[0], 2)),
                            Score.of(BigDecimal.valueOf(sorted[1], 2)), Score.of(BigDecimal.valueOf(sorted[2], 2)));
                });
    }
}
