package io.pbm.core.grade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
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
