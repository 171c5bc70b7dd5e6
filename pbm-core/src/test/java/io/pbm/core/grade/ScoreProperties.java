package io.pbm.core.grade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.pbm.core.InvalidValueException;
import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Scores over the whole 100-point scale, in hundredths. */
class ScoreProperties {

    @Property
    void parseReadsBackWhatToStringWrites(@ForAll("cents") int cents) {
        Score score = Score.of(BigDecimal.valueOf(cents, 2));
        assertEquals(score, Score.parse(score.toString()));
        assertEquals(2, score.points().scale());
    }

    @Property
    void equalsAndHashCodeIgnoreTheScaleWritten(@ForAll("cents") int cents, @ForAll @IntRange(min = 2, max = 6) int scale) {
        BigDecimal points = BigDecimal.valueOf(cents, 2);
        Score padded = Score.of(points.setScale(scale));
        assertEquals(Score.of(points), padded);
        assertEquals(Score.of(points).hashCode(), padded.hashCode());
    }

    @Property
    void compareToAgreesWithThePoints(@ForAll("cents") int a, @ForAll("cents") int b) {
        Score x = Score.of(BigDecimal.valueOf(a, 2));
        Score y = Score.of(BigDecimal.valueOf(b, 2));
        assertEquals(Integer.signum(Integer.compare(a, b)), Integer.signum(x.compareTo(y)));
        assertEquals(a < b, x.isBelow(y));
        assertEquals(a == b, x.equals(y));
    }

    @Property
    void exactlyZeroToAHundredIsAccepted(@ForAll @IntRange(min = -20_000, max = 20_000) int cents) {
        BigDecimal points = BigDecimal.valueOf(cents, 2);
        if (cents >= 0 && cents <= 10_000) {
            assertEquals(0, Score.of(points).points().compareTo(points));
        } else {
            InvalidValueException e = assertThrows(InvalidValueException.class, () -> Score.of(points));
            assertEquals(points.toString(), e.value());
        }
    }

    @Property
    void aThirdDecimalIsNeverRoundedAway(@ForAll @IntRange(min = 0, max = 100_000) int mills) {
        BigDecimal points = BigDecimal.valueOf(mills, 3);
        if (mills % 10 == 0) {
            assertEquals(0, Score.of(points).points().compareTo(points));
        } else {
            assertThrows(InvalidValueException.class, () -> Score.of(points));
        }
    }

    @Provide
    Arbitrary<Integer> cents() {
        return Arbitraries.integers().between(0, 10_000).edgeCases(e -> e.add(5_999, 6_000, 8_999, 9_000));
    }
}
