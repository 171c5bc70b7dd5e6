package io.pbm.core;

import static io.pbm.core.ValueAssertions.assertInvalid;
import static io.pbm.core.ValueAssertions.assertNullRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Fiscal years (预算年度): calendar years 1949–2100, read as forms write them. */
class FiscalYearTest {

    private static final String RANGE = "1949 <= year <= 2100";

    @Test
    void parseReadsTheFormsOfAYear() {
        FiscalYear year = FiscalYear.of(2023);
        assertEquals(year, FiscalYear.parse("2023"));
        assertEquals(year, FiscalYear.parse("2023年"));
        assertEquals(year, FiscalYear.parse("2023年度"));
        assertEquals(year, FiscalYear.parse(" 2023年度 "));
        assertEquals(2023, FiscalYear.parse("2023年度").value());
        assertEquals("2023", year.toString());
    }

    @Test
    void theRangeIsInclusive() {
        assertEquals(1949, FiscalYear.of(FiscalYear.MIN).value());
        assertEquals(2100, new FiscalYear(FiscalYear.MAX).value());
        assertInvalid(() -> FiscalYear.of(1948), "year", "1948", RANGE);
        assertInvalid(() -> FiscalYear.of(2101), "year", "2101", RANGE);
    }

    @Test
    void aMistypedYearIsRefused() {
        assertInvalid(() -> FiscalYear.of(20233), "year", "20233", RANGE);
        assertInvalid(() -> FiscalYear.parse("20233"), "year", "20233", RANGE);
        assertInvalid(() -> FiscalYear.parse("20233年度"), "year", "20233年度", RANGE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "年度", "23", "-2023", "+2023", "2023.0", "2023年年", "二〇二三", "２０２３", "2O23", "20 23",
        "1948"})
    void textThatIsNoYearInRangeIsRefused(String text) {
        assertInvalid(() -> FiscalYear.parse(text), "year", text, RANGE);
    }

    @Test
    void fourDigitsOutOfRangeAreRefusedAsTheYearTheyRead() {
        assertInvalid(() -> FiscalYear.parse("0999"), "year", "999", RANGE);
        assertInvalid(() -> FiscalYear.parse("9999年"), "year", "9999", RANGE);
    }

    @Test
    void yearsStepWithinTheRange() {
        assertEquals(FiscalYear.of(2024), FiscalYear.of(2023).next());
        assertEquals(FiscalYear.of(2022), FiscalYear.of(2023).previous());
        assertEquals(FiscalYear.of(2018), FiscalYear.of(2023).plusYears(-5));
        assertInvalid(() -> FiscalYear.of(2100).next(), "year", "2101", RANGE);
        assertInvalid(() -> FiscalYear.of(1949).previous(), "year", "1948", RANGE);
        // no int overflow: the sum is reported as it is
        assertInvalid(() -> FiscalYear.of(2100).plusYears(Integer.MAX_VALUE), "year", "2147485747", RANGE);
        assertInvalid(() -> FiscalYear.of(1949).plusYears(Integer.MIN_VALUE), "year", "-2147481699", RANGE);
    }

    @Test
    void yearsCompareInTime() {
        assertTrue(FiscalYear.of(2022).isBefore(FiscalYear.of(2023)));
        assertFalse(FiscalYear.of(2023).isBefore(FiscalYear.of(2023)));
        assertTrue(FiscalYear.of(2024).compareTo(FiscalYear.of(2023)) > 0);
        assertEquals(0, FiscalYear.of(2023).compareTo(FiscalYear.parse("2023年")));
        assertNotEquals(FiscalYear.of(2023), FiscalYear.of(2024));
    }

    @Test
    void nullsAreRejectedNamingTheArgument() {
        assertNullRejected("text", () -> FiscalYear.parse(null));
        assertNullRejected("other", () -> FiscalYear.of(2023).compareTo(null));
        assertNullRejected("other", () -> FiscalYear.of(2023).isBefore(null));
    }
}
