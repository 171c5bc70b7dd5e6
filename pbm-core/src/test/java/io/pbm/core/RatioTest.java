package io.pbm.core;

import static io.pbm.core.ValueAssertions.assertInvalid;
import static io.pbm.core.ValueAssertions.assertNullRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Exact ratios: execution rates, quantified shares, deviations (R-SCORE-ROUND: compare exactly, show 4 decimals). */
class RatioTest {

    private static final String PARSE_RANGE = "a fraction such as 0.9505 or 1/3, or a percentage such as 95.05%";

    @Test
    void R_SCORE_ROUND_anExecutionRateIsShownHalfUpToFourDecimals() {
        Ratio rate = Ratio.of(new BigDecimal("1835000.00"), new BigDecimal("1930500.00"));
        assertEquals(new BigDecimal("0.9505"), rate.toDecimal(4));
        assertEquals("95.05%", rate.toPercentString(2));
        // 1835000 / 1930500 = 0.95053095…: exact, not the rounded figure
        assertNotEquals(Ratio.of(new BigDecimal("0.9505")), rate);
    }

    @Test
    void toDecimalRoundsHalfUpAwayFromZero() {
        assertEquals(new BigDecimal("0.13"), Ratio.of(1, 8).toDecimal(2));
        assertEquals(new BigDecimal("-0.13"), Ratio.of(-1, 8).toDecimal(2));
        assertEquals(new BigDecimal("0.12"), Ratio.of(1249, 10_000).toDecimal(2));
        assertEquals(new BigDecimal("0.3333"), Ratio.of(1, 3).toDecimal(4));
        assertEquals(new BigDecimal("0.6667"), Ratio.of(2, 3).toDecimal(4));
        assertEquals(new BigDecimal("1"), Ratio.of(2, 3).toDecimal(0));
        assertEquals("66.7%", Ratio.of(2, 3).toPercentString(1));
        assertEquals("33%", Ratio.of(1, 3).toPercentString(0));
    }

    @Test
    void aRatioIsAReducedFractionWithAPositiveDenominator() {
        Ratio r = Ratio.of(3, -6);
        assertEquals(BigInteger.valueOf(-1), r.numerator());
        assertEquals(BigInteger.TWO, r.denominator());
        assertEquals(Ratio.of(-1, 2), r);
        assertEquals(Ratio.of(-1, 2).hashCode(), r.hashCode());
        assertEquals(-1, r.signum());
        assertEquals(Ratio.ZERO, Ratio.of(0, -5));
        assertEquals(BigInteger.ONE, Ratio.of(0, -5).denominator());
        assertEquals(0, Ratio.ZERO.signum());
        assertEquals(Ratio.ONE, Ratio.of(7, 7));
    }

    @Test
    void aFractionAndAPercentageAreTheSameRatio() {
        Ratio r = Ratio.of(new BigDecimal("0.9505"));
        assertEquals(r, Ratio.ofPercent(new BigDecimal("95.05")));
        assertEquals(r, Ratio.of(1901, 2000));
        assertEquals(r, Ratio.parse("95.05%"));
        assertEquals(r, Ratio.parse(" 95.05 % "));
        assertEquals(r, Ratio.parse("0.9505"));
        assertEquals(r, Ratio.parse("1901/2000"));
        assertEquals(Ratio.of(new BigDecimal("0.9")), Ratio.of(new BigDecimal("0.900000")));
    }

    @Test
    void toStringWritesATerminatingRatioAsADecimalAndParseReadsItBack() {
        assertEquals("0.9505", Ratio.of(1901, 2000).toString());
        assertEquals("0", Ratio.ZERO.toString());
        assertEquals("1", Ratio.ONE.toString());
        assertEquals("-0.25", Ratio.of(-1, 4).toString());
        assertEquals("0.015625", Ratio.of(1, 64).toString());
        assertEquals("12", Ratio.of(24, 2).toString());
        assertEquals(Ratio.of(-1, 4), Ratio.parse("-0.25"));
        assertEquals(Ratio.of(1, 64), Ratio.parse("0.015625"));
    }

    @Test
    void toStringWritesAnyOtherRatioAsAFractionAndParseReadsItBack() {
        assertEquals("1/3", Ratio.of(1, 3).toString());
        assertEquals(Ratio.of(1, 3), Ratio.parse("1/3"));
        assertEquals("-8/11", Ratio.of(8, -11).toString());
        assertEquals(Ratio.of(-8, 11), Ratio.parse("-8/11"));
        // 1/128 = 0.0078125 needs 7 decimals, beyond what parse reads as a decimal
        assertEquals("1/128", Ratio.of(1, 128).toString());
        assertEquals(Ratio.of(1, 128), Ratio.parse("1/128"));
        // 16 integer digits are beyond the decimal grammar
        assertEquals("10000000000000000/1", Ratio.of(10_000_000_000_000_000L, 1).toString());
        assertEquals(Ratio.of(10_000_000_000_000_000L, 1), Ratio.parse("10000000000000000/1"));
        assertEquals(Ratio.of(1, 2), Ratio.parse("2/4"));
    }

    @Test
    void R_GOAL_2_sevenOfTenIsNotAboveSeventyPercentButEightOfElevenIs() {
        Ratio seventyPercent = Ratio.of(7, 10);
        assertFalse(Ratio.of(7, 10).isAbove(seventyPercent));
        assertFalse(Ratio.of(7, 10).isBelow(seventyPercent));
        assertTrue(Ratio.of(8, 11).isAbove(seventyPercent));
        assertEquals(0, Ratio.of(70, 100).compareTo(seventyPercent));
        assertEquals(seventyPercent, Ratio.parse("70%"));
        // 0.7 exactly is not above 0.7, however the share of 7/10 is written
        assertFalse(Ratio.of(new BigDecimal("0.70")).isAbove(seventyPercent));
        assertTrue(Ratio.of(6, 10).isBelow(seventyPercent));
    }

    @Test
    void comparisonIsExactWhereRoundedFiguresWouldTie() {
        // both show as 0.3333, yet 3333/10000 < 1/3
        assertEquals(Ratio.of(3333, 10_000).toDecimal(4), Ratio.of(1, 3).toDecimal(4));
        assertTrue(Ratio.of(3333, 10_000).isBelow(Ratio.of(1, 3)));
        assertTrue(Ratio.of(-1, 3).isBelow(Ratio.of(-3333, 10_000)));
    }

    @Test
    void R_MON_2_mayWithAThirdOfTheBudgetSpentIsExactlyEightyPercentOfSchedule() {
        Ratio execution = Ratio.of(new BigDecimal("400000.00"), new BigDecimal("1200000.00"));
        Ratio eightyPercentOfElapsed = Ratio.of(8, 10).times(Ratio.of(5, 12));
        assertEquals(0, execution.compareTo(eightyPercentOfElapsed));
        assertEquals(execution, eightyPercentOfElapsed);
    }

    @Test
    void R_SCORE_EXEC_theExecutionRateIsCappedAtOne() {
        Ratio over = Ratio.of(new BigDecimal("1100.00"), new BigDecimal("1000.00"));
        assertSame(Ratio.ONE, over.min(Ratio.ONE));
        Ratio under = Ratio.of(new BigDecimal("950.00"), new BigDecimal("1000.00"));
        assertSame(under, under.min(Ratio.ONE));
        assertEquals(Ratio.of(19, 20), under);
    }

    @Test
    void timesIsExact() {
        assertEquals(Ratio.of(1, 9), Ratio.of(1, 3).times(Ratio.of(1, 3)));
        assertEquals(Ratio.of(-2, 3), Ratio.of(-4, 3).times(Ratio.of(1, 2)));
        assertEquals(Ratio.ZERO, Ratio.of(5, 7).times(Ratio.ZERO));
    }

    @Test
    void aZeroDenominatorIsRefused() {
        assertInvalid(() -> Ratio.of(1, 0), "denominator", "0", "denominator != 0");
        assertInvalid(() -> Ratio.of(BigDecimal.ONE, new BigDecimal("0.00")), "denominator", "0.00",
                "denominator != 0");
        assertInvalid(() -> Ratio.parse("1/0"), "ratio", "1/0", PARSE_RANGE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "%", "abc", "NaN", "1e5", "1/3/4", "1/-3", "1/", "/3", "1.5/2", "0.9505%%",
        "1e999999999", "1e999999999%", "1,5", "+1/3"})
    void textThatIsNoRatioIsRefused(String text) {
        assertInvalid(() -> Ratio.parse(text), "ratio", text, PARSE_RANGE);
    }

    @Test
    void aFractionOfMoreThanAHundredDigitsASideIsRefusedAndAbbreviated() {
        String text = "1/" + "3".repeat(101);
        assertInvalid(() -> Ratio.parse(text), "ratio", text.substring(0, 40) + "… (103 characters)", PARSE_RANGE);
        assertEquals(Ratio.of(BigDecimal.ONE, new BigDecimal("3".repeat(100))), Ratio.parse("1/" + "3".repeat(100)));
    }

    @Test
    void hostileDecimalsAreRefusedWithoutBuildingTheNumber() {
        assertInvalid(() -> Ratio.of(new BigDecimal("1e999999999")), "numerator", "1E+999999999", "at most 100 digits");
        assertInvalid(() -> Ratio.of(new BigDecimal("1e-999999999")), "denominator", "1", "at most 100 digits");
        assertInvalid(() -> Ratio.ofPercent(new BigDecimal("1e999999999")), "numerator", "1E+999999999");
        assertInvalid(() -> Ratio.of(BigDecimal.ONE, new BigDecimal("1e999999999")), "denominator", "1E+999999999");
        assertInvalid(() -> Ratio.of(BigDecimal.valueOf(1, Integer.MIN_VALUE), BigDecimal.valueOf(1, Integer.MAX_VALUE)),
                "numerator", "1E+2147483648");
    }

    @Test
    void hugeExponentsThatCancelOrMultiplyZeroAreExact() {
        BigDecimal huge = new BigDecimal("1e999999999");
        assertEquals(Ratio.ONE, Ratio.of(huge, huge));
        assertEquals(Ratio.of(1, 2), Ratio.of(huge, huge.multiply(BigDecimal.valueOf(2))));
        assertEquals(Ratio.ZERO, Ratio.of(new BigDecimal("0E+999999999"), BigDecimal.ONE));
    }

    @Test
    void scaleArgumentsAreChecked() {
        assertInvalid(() -> Ratio.ONE.toDecimal(-1), "scale", "-1", "0 <= scale <= 34");
        assertInvalid(() -> Ratio.ONE.toDecimal(35), "scale", "35", "0 <= scale <= 34");
        assertInvalid(() -> Ratio.ONE.toPercentString(-1), "decimals", "-1", "0 <= decimals <= 32");
        assertInvalid(() -> Ratio.ONE.toPercentString(33), "decimals", "33", "0 <= decimals <= 32");
    }

    @Test
    void nullsAreRejectedNamingTheArgument() {
        assertNullRejected("numerator", () -> Ratio.of(null, BigDecimal.ONE));
        assertNullRejected("denominator", () -> Ratio.of(BigDecimal.ONE, null));
        assertNullRejected("fraction", () -> Ratio.of(null));
        assertNullRejected("percent", () -> Ratio.ofPercent(null));
        assertNullRejected("text", () -> Ratio.parse(null));
        assertNullRejected("factor", () -> Ratio.ONE.times(null));
        assertNullRejected("other", () -> Ratio.ONE.min(null));
        assertNullRejected("other", () -> Ratio.ONE.isAbove(null));
        assertNullRejected("other", () -> Ratio.ONE.isBelow(null));
        assertNullRejected("other", () -> Ratio.ONE.compareTo(null));
    }

    @Test
    void equalsIsByValue() {
        assertNotEquals(Ratio.of(1, 3), Ratio.of(1, 4));
        assertNotEquals(Ratio.of(1, 3), null);
        assertNotEquals(Ratio.of(1, 3), "1/3");
    }
}
