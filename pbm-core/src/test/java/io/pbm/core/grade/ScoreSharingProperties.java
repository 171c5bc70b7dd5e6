package io.pbm.core.grade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.pbm.core.InvalidValueException;
import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * {@link Score#of(BigDecimal)} shares one instance per score (issue 7): the value is the one the
 * constructor makes from the same points, whatever their scale, and what the constructor refuses is
 * still refused.
 */
class ScoreSharingProperties {

    @Property
    void ofGivesTheScoreTheConstructorMakes(@ForAll @IntRange(min = 0, max = 10_000) int hundredths,
            @ForAll @IntRange(min = 0, max = 4) int extraScale) {
        BigDecimal points = BigDecimal.valueOf(hundredths, 2).setScale(2 + extraScale);
        Score made = new Score(points);
        Score shared = Score.of(points);
        assertEquals(made, shared);
        assertEquals(made.points(), shared.points());
        assertEquals(2, shared.points().scale());
        assertEquals(made.toString(), shared.toString());
        if (extraScale == 0) {
            assertSame(shared, Score.of(BigDecimal.valueOf(hundredths, 2)));
        }
    }

    @Property
    void hundredthsAreThePointsTimesAHundred(@ForAll @IntRange(min = 0, max = 10_000) int hundredths,
            @ForAll @IntRange(min = 0, max = 4) int extraScale) {
        BigDecimal points = BigDecimal.valueOf(hundredths, 2).setScale(2 + extraScale);
        assertEquals(hundredths, Score.of(points).hundredths());
        assertEquals(hundredths, new Score(points).hundredths());
        assertEquals(hundredths, new Score(new BigDecimal(points.unscaledValue(), points.scale())).hundredths());
    }

    @Property
    void wholeAndTenthPointsAreSharedToo(@ForAll @IntRange(min = 0, max = 1000) int tenths) {
        assertSame(Score.of(BigDecimal.valueOf(tenths * 10L, 2)), Score.of(BigDecimal.valueOf(tenths, 1)));
        if (tenths % 10 == 0) {
            assertSame(Score.of(BigDecimal.valueOf(tenths * 10L, 2)), Score.of(BigDecimal.valueOf(tenths / 10)));
        }
    }

    @Test
    void theEdgesAreSharedAndBeyondThemRefused() {
        assertEquals(Score.ZERO, Score.of(BigDecimal.ZERO));
        assertEquals(Score.FULL, Score.of(new BigDecimal("100.00")));
        assertEquals(Score.FULL, Score.of(new BigDecimal("1E+2")));
        assertEquals(new Score(new BigDecimal("0.01")), Score.of(new BigDecimal("0.01")));
        assertThrows(InvalidValueException.class, () -> Score.of(new BigDecimal("100.01")));
        assertThrows(InvalidValueException.class, () -> Score.of(new BigDecimal("-0.01")));
        assertThrows(InvalidValueException.class, () -> Score.of(new BigDecimal("1.001")));
        assertThrows(InvalidValueException.class, () -> Score.of(new BigDecimal("2E+2")));
        assertThrows(NullPointerException.class, () -> Score.of((BigDecimal) null));
    }
}
