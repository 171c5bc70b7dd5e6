package io.pbm.core.budget;

import static io.pbm.core.ValueAssertions.assertInvalid;
import static io.pbm.core.ValueAssertions.assertNullRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Amounts in 元, exact to the fen (domain.md sections 2 and 8, json-contract.md "Decimals"). */
class AmountTest {

    private static final String RANGE = "an amount in 元 with at most 15 integer digits and 2 decimals";
    private static final String GRAMMAR = "a plain decimal with at most 15 integer digits and 2 decimals, no exponent";
    private static final String PARSE_RANGE = "a plain decimal in 元 (2 decimals), 万元 or 亿元, such as 1930500.00 or 193.05万元";

    private static Amount yuan(String text) {
        return Amount.of(new BigDecimal(text));
    }

    @Test
    void anAmountIsNormalisedToTheFen() {
        assertEquals(new BigDecimal("1930500.00"), Amount.of("1930500").yuan());
        assertEquals(2, Amount.of(5).yuan().scale());
        assertEquals(Amount.of(5), Amount.of("5.0"));
        assertEquals(Amount.of(5), yuan("5.000000"));
        assertEquals(Amount.of(5).hashCode(), yuan("5.000000").hashCode());
        assertEquals(new BigDecimal("1000.00"), yuan("1E+3").yuan());
        assertEquals("0.00", Amount.ZERO.toString());
    }

    @Test
    void parseReadsFormsInYuanWanAndYi() {
        assertEquals(yuan("1930500.00"), Amount.parse("193.05万元"));
        assertEquals(yuan("1930500.00"), Amount.parse("1,930,500.00元"));
        assertEquals(yuan("1930500.00"), Amount.parse("1930500.00"));
        assertEquals(yuan("1930500.00"), Amount.parse(" 1930500 元 "));
        assertEquals(yuan("2385000000.00"), Amount.parse("23.85亿元"));
        assertEquals(yuan("1456834800.00"), Amount.parse("145,683.48万元"));
        assertEquals(yuan("-5.00"), Amount.parse("-5元"));
        assertEquals(yuan("0.01"), Amount.parse("0.000001万元"));
        assertEquals(yuan("100.00"), Amount.parse("0.000001亿元"));
    }

    @Test
    void parseReadsBackWhatToStringWrites() {
        Amount amount = yuan("1930500.00");
        assertEquals("1930500.00", amount.toString());
        assertEquals(amount, Amount.parse(amount.toString()));
        assertEquals("-0.05", yuan("-0.05").toString());
        assertEquals(yuan("-0.05"), Amount.parse("-0.05"));
    }

    @Test
    void ofWanConvertsExactlyToYuan() {
        assertEquals(yuan("201234.56"), Amount.ofWan(new BigDecimal("20.123456")));
        assertEquals(yuan("1930500.00"), Amount.ofWan(new BigDecimal("193.05")));
        assertEquals(yuan("999999999999999.99"), Amount.ofWan(new BigDecimal("99999999999.999999")));
    }

    @Test
    void ofWanRefusesWhatIsNotAWholeFen() {
        assertInvalid(() -> Amount.ofWan(new BigDecimal("20.1234567")), "amount", "201234.5670000", RANGE);
    }

    @Test
    void ofWanRefusesTooLargeAmounts() {
        assertInvalid(() -> Amount.ofWan(new BigDecimal("100000000000")), "amount", "1000000000000000", RANGE);
        assertInvalid(() -> Amount.ofWan(new BigDecimal("1e999999999")), "amount", "1.0000E+1000000003", RANGE);
    }

    @Test
    void ofFenCountsTheSmallestUnit() {
        assertEquals(yuan("1930500.00"), Amount.ofFen(193_050_000L));
        assertEquals(yuan("-0.01"), Amount.ofFen(-1));
        assertInvalid(() -> Amount.ofFen(Long.MAX_VALUE), "amount", "92233720368547758.07", RANGE);
    }

    @Test
    void toWanIsExactAndToWanStringRoundsHalfUpForReports() {
        assertEquals(new BigDecimal("193.050000"), yuan("1930500.00").toWan());
        assertEquals(new BigDecimal("0.000001"), yuan("0.01").toWan());
        assertEquals("193.05万元", yuan("1930500.00").toWanString());
        assertEquals("193.06万元", yuan("1930550.00").toWanString());
        assertEquals("193.05万元", yuan("1930549.99").toWanString());
        assertEquals("0.00万元", Amount.ZERO.toWanString());
        assertEquals("-193.06万元", yuan("-1930550.00").toWanString());
        assertEquals(yuan("1930500.00"), Amount.parse(yuan("1930500.00").toWanString()));
    }

    @Test
    void R_LINK_3_cutRoundsHalfUpToTheFen() {
        // json-contract.md: a 10 % cut of 1930500.00 leaves 1737450.00
        assertEquals(yuan("1737450.00"), Amount.of("1930500.00").times(new BigDecimal("0.9")));
        // 1234.57 × 0.9 = 1111.113 → 1111.11; 1234.55 × 0.9 = 1111.095 → 1111.10 (HALF_UP, not HALF_EVEN)
        assertEquals(yuan("1111.11"), yuan("1234.57").times(new BigDecimal("0.9")));
        assertEquals(yuan("1111.10"), yuan("1234.55").times(new BigDecimal("0.9")));
        assertEquals(yuan("0.01"), yuan("0.01").times(new BigDecimal("0.5")));
        assertEquals(yuan("-0.01"), yuan("-0.01").times(new BigDecimal("0.5")));
        assertEquals(yuan("0.01"), yuan("0.10").times(new BigDecimal("0.05")));
        // just above the shortcut for vanishing products: 0.09 × 0.09 = 0.0081 → 0.01
        assertEquals(yuan("0.01"), yuan("0.09").times(new BigDecimal("0.09")));
        assertEquals(yuan("-0.01"), yuan("0.09").times(new BigDecimal("-0.09")));
        assertEquals(Amount.ZERO, yuan("0.01").times(new BigDecimal("0.4999")));
        assertEquals(Amount.ZERO, yuan("0.01").times(new BigDecimal("0.005")));
        assertEquals(Amount.ZERO, yuan("1930500.00").times(BigDecimal.ZERO));
    }

    @Test
    void timesRefusesAProductBeyondTheRangeWithoutBuildingIt() {
        Amount amount = yuan("100.00");
        assertInvalid(() -> amount.times(new BigDecimal("1e999999999")), "amount", "100.00 × 1E+999999999", RANGE);
        assertInvalid(() -> amount.times(new BigDecimal("1e13")), "amount", "100.00 × 1E+13", RANGE);
        assertEquals(yuan("999999999999900.00"), amount.times(new BigDecimal("9999999999999")));
    }

    @Test
    void timesByAVanishingFactorIsZero() {
        assertEquals(Amount.ZERO, yuan("100.00").times(new BigDecimal("1e-999999999")));
        assertEquals(Amount.ZERO, yuan("100.00").times(BigDecimal.valueOf(1, Integer.MAX_VALUE)));
        assertEquals(Amount.ZERO, Amount.ZERO.times(new BigDecimal("1e999999999")));
    }

    @Test
    void arithmeticIsExact() {
        assertEquals(yuan("0.30"), yuan("0.10").plus(yuan("0.20")));
        assertEquals(yuan("-95500.00"), yuan("1835000.00").minus(yuan("1930500.00")));
        assertTrue(yuan("-0.01").isNegative());
        assertFalse(Amount.ZERO.isNegative());
        assertTrue(yuan("0.00").isZero());
        assertFalse(yuan("0.01").isZero());
        assertTrue(yuan("0.02").isGreaterThan(yuan("0.01")));
        assertFalse(yuan("0.01").isGreaterThan(yuan("0.010")));
        assertTrue(yuan("-1").compareTo(Amount.ZERO) < 0);
    }

    @Test
    void sumsBeyondTheRangeAreRefused() {
        Amount max = yuan("999999999999999.99");
        assertInvalid(() -> max.plus(yuan("0.01")), "amount", "1000000000000000.00", RANGE);
        assertInvalid(() -> yuan("-999999999999999.99").minus(yuan("0.01")), "amount", "-1000000000000000.00", RANGE);
    }

    @Test
    void threeDecimalsAreRefusedAsTextAndAsANumber() {
        assertInvalid(() -> Amount.of("1.234"), "amount", "1.234", GRAMMAR);
        assertInvalid(() -> Amount.of(new BigDecimal("1.234")), "amount", "1.234", RANGE);
        assertInvalid(() -> new Amount(new BigDecimal("1.234")), "amount", "1.234", RANGE);
        assertInvalid(() -> Amount.parse("1.234元"), "amount", "1.234元", PARSE_RANGE);
    }

    @Test
    void sixteenIntegerDigitsAreRefused() {
        assertInvalid(() -> Amount.of("1234567890123456"), "amount", "1234567890123456", GRAMMAR);
        assertInvalid(() -> Amount.of(1_234_567_890_123_456L), "amount", "1234567890123456", RANGE);
        assertInvalid(() -> Amount.of(new BigDecimal("1234567890123456")), "amount", "1234567890123456", RANGE);
        assertInvalid(() -> Amount.of(Long.MIN_VALUE), "amount", "-9223372036854775808", RANGE);
        assertEquals(yuan("999999999999999.00"), Amount.of(999_999_999_999_999L));
    }

    @Test
    void anExponentIsRefusedQuicklyAsTextAndAsANumber() {
        assertInvalid(() -> Amount.of("1e999999999"), "amount", "1e999999999", GRAMMAR);
        assertInvalid(() -> Amount.parse("1e999999999"), "amount", "1e999999999", PARSE_RANGE);
        assertInvalid(() -> Amount.parse("1e999999999万元"), "amount", "1e999999999万元", PARSE_RANGE);
        assertInvalid(() -> Amount.of(new BigDecimal("1e999999999")), "amount", "1E+999999999", RANGE);
        assertInvalid(() -> Amount.of(new BigDecimal("1e-999999999")), "amount", "1E-999999999", RANGE);
    }

    @Test
    void aTenThousandDigitNumberIsRefusedAndAbbreviated() {
        String digits = "9".repeat(10_000);
        String shown = "9".repeat(40) + "… (10000 characters)";
        assertInvalid(() -> Amount.of(digits), "amount", shown, GRAMMAR);
        assertInvalid(() -> Amount.parse(digits), "amount", shown, PARSE_RANGE);
        assertInvalid(() -> Amount.of(new BigDecimal(digits)), "amount", shown, RANGE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"NaN", "", "元", "万元", "-", "1.", ".5", "+1", "1 000", "1930500美元", "1930500 CNY",
        "0.0000001万元", "1e5万元", "1,930,500.001元"})
    void textThatIsNoAmountIsRefused(String text) {
        assertInvalid(() -> Amount.parse(text), "amount", text, PARSE_RANGE);
    }

    @Test
    void formsInWanOrYiBeyondTheRangeAreRefused() {
        assertInvalid(() -> Amount.parse("100000000000万元"), "amount", "1000000000000000", RANGE);
        assertInvalid(() -> Amount.parse("10000000亿元"), "amount", "1000000000000000", RANGE);
        assertEquals(yuan("999999999999999.99"), Amount.parse("99,999,999,999.999999万元"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"19,30.00", "1,93,0500", ",1", "1,", "1,,000", "1930,500.00元"})
    void thousandsSeparatorsOnlyBetweenGroupsOfThree(String text) {
        assertInvalid(() -> Amount.parse(text), "amount", text, "thousands separators only between groups of three");
    }

    @Test
    void nullsAreRejectedNamingTheArgument() {
        assertNullRejected("amount", () -> Amount.of((BigDecimal) null));
        assertNullRejected("amount", () -> Amount.of((String) null));
        assertNullRejected("amount", () -> new Amount(null));
        assertNullRejected("text", () -> Amount.parse(null));
        assertNullRejected("wan", () -> Amount.ofWan(null));
        Amount amount = Amount.of(1);
        assertNullRejected("other", () -> amount.plus(null));
        assertNullRejected("other", () -> amount.minus(null));
        assertNullRejected("factor", () -> amount.times(null));
        assertNullRejected("other", () -> amount.compareTo(null));
        assertNullRejected("other", () -> amount.isGreaterThan(null));
    }

    @Test
    void equalsIsByValue() {
        assertNotEquals(yuan("0.01"), yuan("0.02"));
        assertNotEquals(yuan("0.01"), new BigDecimal("0.01"));
    }
}
