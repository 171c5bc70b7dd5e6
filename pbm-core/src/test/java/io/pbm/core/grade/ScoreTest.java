package io.pbm.core.grade;

import static io.pbm.core.ValueAssertions.assertInvalid;
import static io.pbm.core.ValueAssertions.assertNullRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Scores on the 100-point scale, exact to 2 decimals (R-SCORE-ROUND). */
class ScoreTest {

    private static final String RANGE = "0 <= score <= 100, at most 2 decimals";
    private static final String GRAMMAR = "a plain decimal with at most 15 integer digits and 2 decimals, no exponent";

    @Test
    void aScoreIsNormalisedToTwoDecimals() {
        assertEquals(new BigDecimal("9.00"), Score.of(9).points());
        assertEquals("9.00", Score.of(9).toString());
        assertEquals("88.70", Score.of(new BigDecimal("88.7")).toString());
        assertEquals(Score.of(new BigDecimal("88.73")), Score.of(new BigDecimal("88.730000")));
        assertEquals(Score.of(new BigDecimal("88.73")).hashCode(), Score.of(new BigDecimal("88.730000")).hashCode());
        assertEquals("0.00", Score.ZERO.toString());
        assertEquals("100.00", Score.FULL.toString());
        assertEquals(Score.FULL, Score.of(new BigDecimal("1E+2")));
    }

    @Test
    void parseReadsBackWhatToStringWrites() {
        assertEquals(Score.of(new BigDecimal("88.73")), Score.parse("88.73"));
        assertEquals(Score.of(new BigDecimal("88.73")), Score.parse(" 88.73 "));
        assertEquals(Score.of(90), Score.parse("90"));
        assertEquals(Score.FULL, Score.parse(Score.FULL.toString()));
        assertEquals(Score.ZERO, Score.parse("-0"));
    }

    @Test
    void R_SCORE_ROUND_aScoreIsRoundedOnceByTheEngineNeverByTheValue() {
        // target 24, actual 11, weight 15 → 11 × 15 ÷ 24 = 6.875 → 6.88 (6.87 if the ratio were rounded first)
        BigDecimal exact = new BigDecimal(11 * 15).divide(new BigDecimal(24));
        assertInvalid(() -> Score.of(exact), "score", "6.875", RANGE);
        assertEquals("6.88", Score.of(exact.setScale(2, RoundingMode.HALF_UP)).toString());
        assertInvalid(() -> Score.parse("88.735"), "score", "88.735", GRAMMAR);
    }

    @Test
    void theRangeIsZeroToAHundredInclusive() {
        assertEquals(Score.FULL, Score.of(100));
        assertEquals(Score.ZERO, Score.of(0));
        assertInvalid(() -> Score.of(new BigDecimal("100.01")), "score", "100.01", RANGE);
        assertInvalid(() -> Score.parse("100.01"), "score", "100.01", RANGE);
        assertInvalid(() -> Score.of(101), "score", "101", RANGE);
        assertInvalid(() -> Score.of(new BigDecimal("-0.01")), "score", "-0.01", RANGE);
        assertInvalid(() -> Score.of(-1), "score", "-1", RANGE);
        assertInvalid(() -> Score.parse("-5"), "score", "-5", RANGE);
    }

    @Test
    void hostileNumbersAreRefusedWithoutBuildingThem() {
        assertInvalid(() -> Score.of(new BigDecimal("1e999999999")), "score", "1E+999999999", RANGE);
        assertInvalid(() -> Score.of(new BigDecimal("1e-999999999")), "score", "1E-999999999", RANGE);
        assertInvalid(() -> Score.parse("1e999999999"), "score", "1e999999999", GRAMMAR);
        String digits = "9".repeat(10_000);
        String shown = "9".repeat(40) + "… (10000 characters)";
        assertInvalid(() -> Score.parse(digits), "score", shown, GRAMMAR);
        assertInvalid(() -> Score.of(new BigDecimal(digits)), "score", shown, RANGE);
        assertInvalid(() -> Score.of(new BigDecimal("0." + digits)), "score", "0." + "9".repeat(38) + "… (10002 characters)",
                RANGE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"NaN", "", "-", "90.", ".5", "+90", "9,0", "90分", "优"})
    void textThatIsNoScoreIsRefused(String text) {
        assertInvalid(() -> Score.parse(text), "score", text.strip(), GRAMMAR);
    }

    @Test
    void scoresCompareByPoints() {
        assertTrue(Score.parse("89.99").isBelow(Score.of(90)));
        assertFalse(Score.of(90).isBelow(Score.parse("90.00")));
        assertEquals(0, Score.of(90).compareTo(Score.parse("90.00")));
        assertTrue(Score.FULL.compareTo(Score.ZERO) > 0);
        assertNotEquals(Score.of(90), Score.parse("90.01"));
    }

    @Test
    void nullsAreRejectedNamingTheArgument() {
        assertNullRejected("score", () -> Score.of(null));
        assertNullRejected("score", () -> new Score(null));
        assertNullRejected("score", () -> Score.parse(null));
        assertNullRejected("other", () -> Score.ZERO.isBelow(null));
        assertNullRejected("other", () -> Score.ZERO.compareTo(null));
    }
}
