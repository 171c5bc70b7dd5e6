package io.pbm.core;

import static io.pbm.core.ValueAssertions.assertInvalid;
import static io.pbm.core.ValueAssertions.assertNullRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The decimal grammar of json-contract.md ("Decimals"): optional -, ≤ 15 integer digits, ≤ 6 decimals, no exponent. */
class DecimalTextTest {

    private static final String GRAMMAR_2 = "a plain decimal with at most 15 integer digits and 2 decimals, no exponent";

    @Test
    void parseKeepsTheValueAndTheScaleWritten() {
        assertEquals(new BigDecimal("1930500.00"), DecimalText.parse("amount", "1930500.00", 2));
        assertEquals(2, DecimalText.parse("amount", "1.50", 2).scale());
        assertEquals(new BigDecimal("-12.5"), DecimalText.parse("actual", "-12.5", 6));
        assertEquals(BigDecimal.ZERO, DecimalText.parse("actual", "-0", 6));
        assertEquals(new BigDecimal("0.000001"), DecimalText.parse("actual", "0.000001", 6));
    }

    @Test
    void theLargestValuesOfTheGrammarAreAccepted() {
        assertEquals(new BigDecimal("999999999999999.999999"),
                DecimalText.parse("actual", "999999999999999.999999", 6));
        assertEquals(new BigDecimal("-999999999999999"), DecimalText.parse("actual", "-999999999999999", 0));
    }

    @Test
    void sixteenIntegerDigitsAreRefused() {
        assertInvalid(() -> DecimalText.parse("amount", "1234567890123456", 2), "amount", "1234567890123456",
                GRAMMAR_2);
        assertInvalid(() -> DecimalText.parse("amount", "-1000000000000000.00", 2), "amount",
                "-1000000000000000.00", GRAMMAR_2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"NaN", "", "-", "1.", ".5", "+1", "1,0", "Infinity", "-Infinity", "1e5", "1E5", " 1",
        "1 ", "0x10", "1.2.3", "--1", "1-", "１", "١", "1.5%"})
    void textOutsideTheGrammarIsRefused(String text) {
        assertInvalid(() -> DecimalText.parse("weight", text, 2), "weight", text, GRAMMAR_2);
        assertFalse(DecimalText.matches(text, 6));
    }

    @Test
    void decimalsBeyondTheFieldsLimitAreRefused() {
        assertEquals(new BigDecimal("1.23"), DecimalText.parse("amount", "1.23", 2));
        assertInvalid(() -> DecimalText.parse("amount", "1.234", 2), "amount", "1.234", GRAMMAR_2);
        assertInvalid(() -> DecimalText.parse("x", "1.0", 0), "x", "1.0",
                "a plain decimal with at most 15 integer digits and 0 decimals, no exponent");
        assertInvalid(() -> DecimalText.parse("x", "0.0000001", 6), "x", "0.0000001", "and 6 decimals");
    }

    @Test
    void anExponentIsRefusedWithoutBuildingTheNumber() {
        assertInvalid(() -> DecimalText.parse("amount", "1e999999999", 2), "amount", "1e999999999", GRAMMAR_2);
        assertFalse(DecimalText.matches("1e999999999", 6));
    }

    @Test
    void aTenThousandDigitNumberIsRefusedAndNotEchoedInFull() {
        String huge = "1".repeat(10_000);
        InvalidValueException e = assertInvalid(() -> DecimalText.parse("amount", huge, 2), "amount",
                "1".repeat(40) + "… (10000 characters)", GRAMMAR_2);
        assertTrue(e.getMessage().length() < 200, e::getMessage);
        assertFalse(DecimalText.matches("0." + "1".repeat(10_000), 6));
    }

    @Test
    void maxDecimalsIsItselfChecked() {
        assertInvalid(() -> DecimalText.matches("1", -1), "maxDecimals", "-1", "0 <= maxDecimals <= 6");
        assertInvalid(() -> DecimalText.parse("x", "1", 7), "maxDecimals", "7", "0 <= maxDecimals <= 6");
        assertInvalid(() -> DecimalText.check("x", BigDecimal.ONE, 7), "maxDecimals", "7");
        assertInvalid(() -> DecimalText.toScale("x", BigDecimal.ONE, 7, "r"), "maxDecimals", "7");
    }

    @Test
    void checkAcceptsTrailingZerosBeyondTheLimitAndReturnsTheValueUnchanged() {
        BigDecimal value = new BigDecimal("1.2300000");
        assertSame(value, DecimalText.check("score", value, 2));
        assertSame(BigDecimal.TEN, DecimalText.check("score", BigDecimal.TEN, 0));
    }

    @Test
    void checkRefusesWhatTheTextGrammarRefuses() {
        assertInvalid(() -> DecimalText.check("amount", new BigDecimal("1.234"), 2), "amount", "1.234", GRAMMAR_2);
        assertInvalid(() -> DecimalText.check("amount", new BigDecimal("1E+15"), 2), "amount", "1E+15", GRAMMAR_2);
        assertEquals(new BigDecimal("1E+14"), DecimalText.check("amount", new BigDecimal("1E+14"), 2));
    }

    @Test
    void checkRefusesHostileNumbersWithoutExpandingThem() {
        assertInvalid(() -> DecimalText.check("amount", new BigDecimal("1e999999999"), 2), "amount",
                "1E+999999999", GRAMMAR_2);
        assertInvalid(() -> DecimalText.check("amount", new BigDecimal("-1e999999999"), 2), "amount",
                "-1E+999999999", GRAMMAR_2);
        assertInvalid(() -> DecimalText.check("amount", new BigDecimal("1e-999999999"), 2), "amount",
                "1E-999999999", GRAMMAR_2);
        assertInvalid(() -> DecimalText.check("amount", new BigDecimal("9".repeat(10_000)), 2), "amount",
                "9".repeat(40) + "… (10000 characters)", GRAMMAR_2);
    }

    @Test
    void zeroIsZeroWhateverItsExponent() {
        assertEquals(0, DecimalText.check("x", new BigDecimal("0E+20"), 2).signum());
        assertEquals(new BigDecimal("0.00"), DecimalText.toScale("x", new BigDecimal("0E+999999999"), 2, "r"));
        assertEquals(new BigDecimal("0.00"), DecimalText.toScale("x", new BigDecimal("0E-999999999"), 2, "r"));
    }

    @Test
    void toScaleNormalisesWithoutRounding() {
        assertEquals(new BigDecimal("5.00"), DecimalText.toScale("x", new BigDecimal("5"), 2, "r"));
        assertEquals(new BigDecimal("1000.00"), DecimalText.toScale("x", new BigDecimal("1E+3"), 2, "r"));
        assertEquals(new BigDecimal("1.20"), DecimalText.toScale("x", new BigDecimal("1.200000"), 2, "r"));
        assertInvalid(() -> DecimalText.toScale("score", new BigDecimal("88.735"), 2, "0 <= score <= 100"), "score",
                "88.735", "0 <= score <= 100");
        assertInvalid(() -> DecimalText.toScale("x", new BigDecimal("1E+15"), 2, "the range"), "x", "1E+15",
                "the range");
    }

    @Test
    void theGrammarIsDescribedForMessages() {
        assertEquals(GRAMMAR_2, DecimalText.grammar(2));
    }

    @Test
    void abbreviateShortensOnlyLongTexts() {
        String sixty = "x".repeat(60);
        assertEquals(sixty, DecimalText.abbreviate(sixty));
        assertEquals("x".repeat(40) + "… (61 characters)", DecimalText.abbreviate("x".repeat(61)));
    }

    @Test
    void matchesIsTheGrammar() {
        assertTrue(DecimalText.matches("0", 0));
        assertTrue(DecimalText.matches("-123456789012345.123456", 6));
        assertFalse(DecimalText.matches("-1234567890123456", 6));
        assertFalse(DecimalText.matches("1.1234567", 6));
        assertFalse(DecimalText.matches("1.5", 0));
    }

    @Test
    void nullsAreRejectedNamingTheArgument() {
        assertNullRejected("field", () -> DecimalText.parse(null, "1", 2));
        assertNullRejected("weight", () -> DecimalText.parse("weight", null, 2));
        assertNullRejected("text", () -> DecimalText.matches(null, 2));
        assertNullRejected("field", () -> DecimalText.check(null, BigDecimal.ONE, 2));
        assertNullRejected("weight", () -> DecimalText.check("weight", null, 2));
        assertNullRejected("field", () -> DecimalText.toScale(null, BigDecimal.ONE, 2, "r"));
        assertNullRejected("weight", () -> DecimalText.toScale("weight", null, 2, "r"));
    }
}
