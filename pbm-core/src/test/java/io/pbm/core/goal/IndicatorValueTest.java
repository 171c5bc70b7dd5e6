package io.pbm.core.goal;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pbm.core.InvalidValueException;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Targets and actuals as real forms write them (domain.md, "Targets and actuals as real forms write them"). */
class IndicatorValueTest {

    private static void assertNumber(String text, Comparison comparison, String number, String unit) {
        IndicatorValue value = IndicatorValue.parse(text);
        assertAll(text,
                () -> assertTrue(value.isQuantitative(), "quantitative"),
                () -> assertFalse(value.isQualitative(), "not qualitative"),
                () -> assertEquals(Optional.ofNullable(comparison), value.comparison(), "comparison"),
                () -> assertEquals(0, new BigDecimal(number).compareTo(value.number().orElseThrow()), "number"),
                () -> assertEquals(MeasureUnit.of(unit), value.unit(), "unit"),
                () -> assertEquals(Optional.empty(), value.text(), "text"));
    }

    private static void assertText(String text, String expected) {
        IndicatorValue value = IndicatorValue.parse(text);
        assertAll(text,
                () -> assertTrue(value.isQualitative(), "qualitative"),
                () -> assertFalse(value.isQuantitative(), "not quantitative"),
                () -> assertEquals(Optional.of(expected), value.text(), "text"),
                () -> assertEquals(Optional.empty(), value.number(), "number"),
                () -> assertEquals(Optional.empty(), value.comparison(), "comparison"),
                () -> assertEquals(MeasureUnit.NONE, value.unit(), "unit"));
    }

    // --- the forms of domain.md ---------------------------------------------------------------

    @Test
    void fullWidthAtLeastWithCountUnit() {
        assertNumber("≧735人次", Comparison.AT_LEAST, "735", "人次");
    }

    @Test
    void boxDrawingEqualWithPercent() {
        assertNumber("═100%", Comparison.EQUAL, "100", "%");
    }

    @Test
    void atLeastMetres() {
        assertNumber("≥266米", Comparison.AT_LEAST, "266", "米");
    }

    @Test
    void fullWidthMoreThan() {
        assertNumber("＞95%", Comparison.MORE_THAN, "95", "%");
    }

    @Test
    void atMostDays() {
        assertNumber("≤3天", Comparison.AT_MOST, "3", "天");
    }

    @Test
    void numberWithoutComparisonKeepsItsUnit() {
        assertNumber("20万元", null, "20", "万元");
    }

    @Test
    void atLeastPersons() {
        assertNumber("≥1000人", Comparison.AT_LEAST, "1000", "人");
    }

    @Test
    void actualsAsFormsWriteThem() {
        assertNumber("100%", null, "100", "%");
        assertNumber("≥90%", Comparison.AT_LEAST, "90", "%");
    }

    @Test
    void percentStaysANumberOfPercent() {
        IndicatorValue value = IndicatorValue.parse("98%");
        assertEquals(new BigDecimal("98"), value.number().orElseThrow());
        assertNotEquals(0, new BigDecimal("0.98").compareTo(value.number().orElseThrow()));
        assertTrue(value.unit().isPercent());
    }

    @Test
    void fullWidthDigitsAndPercent() {
        assertNumber("９５％", null, "95", "%");
    }

    @ParameterizedTest
    @CsvSource({
        ">=, AT_LEAST", "≥, AT_LEAST", "≧, AT_LEAST", "＞＝, AT_LEAST",
        ">, MORE_THAN", "＞, MORE_THAN",
        "<=, AT_MOST", "≤, AT_MOST", "≦, AT_MOST", "＜＝, AT_MOST",
        "<, LESS_THAN", "＜, LESS_THAN",
        "=, EQUAL", "＝, EQUAL", "═, EQUAL",
    })
    void everyComparisonSymbolBeforeANumber(String symbol, Comparison expected) {
        assertNumber(symbol + "12公里", expected, "12", "公里");
    }

    @Test
    void whiteSpaceAroundTheParts() {
        assertNumber("  ≥ 95 %  ", Comparison.AT_LEAST, "95", "%");
    }

    @Test
    void wordsInPlaceOfSymbols() {
        assertNumber("不低于95%", Comparison.AT_LEAST, "95", "%");
        assertNumber("不超过3天", Comparison.AT_MOST, "3", "天");
        assertNumber("95%以上", Comparison.AT_LEAST, "95", "%");
        assertNumber("3天以内", Comparison.AT_MOST, "3", "天");
        assertNumber("大于等于90%", Comparison.AT_LEAST, "90", "%");
        assertNumber("低于5%", Comparison.LESS_THAN, "5", "%");
        assertNumber("60分及以上", Comparison.AT_LEAST, "60", "分");
    }

    @Test
    void aWordThatAgreesWithTheSymbolIsAccepted() {
        assertNumber("≥95%以上", Comparison.AT_LEAST, "95", "%");
    }

    @Test
    void thousandsSeparators() {
        assertNumber("1,000人", null, "1000", "人");
        assertNumber("≥1,234,567.5元", Comparison.AT_LEAST, "1234567.5", "元");
    }

    @Test
    void negativeAndDecimalNumbers() {
        assertNumber("-3.25", null, "-3.25", "");
        assertNumber("≤0.5‰", Comparison.AT_MOST, "0.5", "‰");
    }

    @Test
    void aBareWordWithoutANumberIsNotAComparison() {
        // 不低于 is a comparison only before a number.
        assertText("不低于预期", "不低于预期");
    }

    // --- qualitative texts --------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"有效", "显著提升", "定性", "明显提升", "群众满意"})
    void aTextIsAQualitativeValue(String text) {
        assertText(text, text);
    }

    @Test
    void aSentenceStartingWithANumberIsAText() {
        assertText("12个月内完成验收，带动就业", "12个月内完成验收，带动就业");
    }

    @Test
    void aQualitativeTextIsKeptAsWrittenLikeTheTextFactory() {
        String written = "达到预期，群众满意（调查）";
        assertEquals(IndicatorValue.text(written), IndicatorValue.parse(written));
    }

    @Test
    void textFactoryStripsAndTakesTheTextAsItIs() {
        IndicatorValue value = IndicatorValue.text(" 2023年底前完工 ");
        assertEquals(Optional.of("2023年底前完工"), value.text());
        assertTrue(value.isQualitative());
    }

    // --- canonical form -----------------------------------------------------------------------

    @Test
    void toStringIsCanonicalAscii() {
        assertEquals(">=735人次", IndicatorValue.parse("≧735人次").toString());
        assertEquals("=100%", IndicatorValue.parse("═100%").toString());
        assertEquals(">95%", IndicatorValue.parse("＞95%").toString());
        assertEquals("<=3天", IndicatorValue.parse("不超过3天").toString());
        assertEquals("20万元", IndicatorValue.parse("20万元").toString());
        assertEquals("1000人", IndicatorValue.parse("1,000人").toString());
        assertEquals("95%", IndicatorValue.parse("９５％").toString());
        assertEquals("12", IndicatorValue.parse("12.000").toString());
        assertEquals("有效", IndicatorValue.parse("有效").toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"≧735人次", "═100%", "≥266米", "＞95%", "≤3天", "20万元", "≥1000人", "有效", "显著提升",
        "定性", "100%", "98%", "９５％", "不低于95%", "95%以上", "3天以内", "1,000人", "<5起", "-2.5", "1200"})
    void parseReadsBackWhatToStringWrites(String form) {
        IndicatorValue value = IndicatorValue.parse(form);
        assertEquals(value, IndicatorValue.parse(value.toString()));
        assertEquals(value.toString(), IndicatorValue.parse(value.toString()).toString());
    }

    @Test
    void toStringOfLargeNumbersHasNoExponent() {
        assertEquals("1000", IndicatorValue.of(new BigDecimal("1E+3")).toString());
        assertEquals("0.000001", IndicatorValue.of(new BigDecimal("0.000001")).toString());
    }

    // --- equality -----------------------------------------------------------------------------

    @Test
    void equalityIsByValue() {
        IndicatorValue twelve = IndicatorValue.of(new BigDecimal("12"), MeasureUnit.of("公里"));
        IndicatorValue twelvePointZero = IndicatorValue.of(new BigDecimal("12.0"), MeasureUnit.of("公里"));
        assertEquals(twelve, twelvePointZero);
        assertEquals(twelve.hashCode(), twelvePointZero.hashCode());
        assertEquals(twelve, IndicatorValue.parse("12.00公里"));
        assertEquals(IndicatorValue.parse("12"), IndicatorValue.parse("12.0"));
    }

    @Test
    void comparisonUnitAndTextTakePartInEquality() {
        IndicatorValue value = IndicatorValue.parse(">=12公里");
        assertNotEquals(value, IndicatorValue.parse("12公里"));
        assertNotEquals(value, IndicatorValue.parse(">12公里"));
        assertNotEquals(value, IndicatorValue.parse(">=12米"));
        assertNotEquals(value, IndicatorValue.parse(">=13公里"));
        assertNotEquals(IndicatorValue.parse("有效"), IndicatorValue.parse("显著提升"));
    }

    @Test
    void withComparisonChangesOnlyTheComparison() {
        IndicatorValue value = IndicatorValue.parse("95%").withComparison(Comparison.AT_LEAST);
        assertEquals(IndicatorValue.parse("≥95%"), value);
        assertEquals(IndicatorValue.parse("95%"), value.withComparison(null));
    }

    @Test
    void withComparisonOnATextIsRefused() {
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> IndicatorValue.parse("有效").withComparison(Comparison.AT_LEAST));
        assertEquals("comparison", e.field());
    }

    // --- refusals -----------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"≧人次", "≥", "＞", "≤ 天", "═%"})
    void aComparisonWithoutANumberIsRefused(String text) {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> IndicatorValue.parse(text));
        assertEquals("indicator value", e.field());
        assertTrue(e.getMessage().contains("a comparison needs a number"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t\n", "\u3000"})
    void aBlankTextIsRefused(String text) {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> IndicatorValue.parse(text));
        assertTrue(e.getMessage().startsWith("Invalid value for indicator value"), e.getMessage());
        assertTrue(e.getMessage().contains("qualitative text"), e.getMessage());
    }

    @Test
    void anOverLongTextIsRefusedWithoutEchoingIt() {
        String text = "很".repeat(IndicatorValue.MAX_LENGTH + 1);
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> IndicatorValue.parse(text));
        assertTrue(e.getMessage().contains("at most 500 characters"), e.getMessage());
        assertTrue(e.getMessage().contains("(501 characters)"), e.getMessage());
        assertTrue(e.getMessage().length() < 300, e.getMessage());
        assertEquals(IndicatorValue.MAX_LENGTH, IndicatorValue.parse("很".repeat(IndicatorValue.MAX_LENGTH))
                .text().orElseThrow().length());
    }

    @Test
    void anOverLongTextIsRefusedByTheTextFactory() {
        assertThrows(InvalidValueException.class, () -> IndicatorValue.text("很".repeat(501)));
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> IndicatorValue.text("  "));
        assertEquals("text", e.field());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e999999999", "1E5", "≥1e10人", "2.5e3%"})
    void anExponentIsRefused(String text) {
        long start = System.nanoTime();
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> IndicatorValue.parse(text));
        assertTrue(System.nanoTime() - start < 1_000_000_000L);
        assertTrue(e.getMessage().contains("no exponent"), e.getMessage());
        assertTrue(e.getMessage().contains(text.strip()), e.getMessage());
    }

    @Test
    void aTwentyDigitNumberIsRefused() {
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> IndicatorValue.parse("12345678901234567890"));
        assertTrue(e.getMessage().contains("at most 15 integer digits"), e.getMessage());
        assertTrue(e.getMessage().contains("12345678901234567890"), e.getMessage());
        assertThrows(InvalidValueException.class, () -> IndicatorValue.parse("≥12345678901234567890人"));
        assertNumber("123456789012345", null, "123456789012345", "");
    }

    @Test
    void sevenDecimalsAreRefused() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> IndicatorValue.parse("0.1234567%"));
        assertTrue(e.getMessage().contains("6 decimals"), e.getMessage());
        assertNumber("0.123456%", null, "0.123456", "%");
    }

    @Test
    void conflictingComparisonsAreRefused() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> IndicatorValue.parse("≥95%以下"));
        assertTrue(e.getMessage().contains("disagree"), e.getMessage());
        assertTrue(e.getMessage().endsWith("≥95%以下"), e.getMessage());
        assertThrows(InvalidValueException.class, () -> IndicatorValue.parse("不超过3天以上"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1,00人", "10,0000元", "1,0", "12,34.5%"})
    void badThousandsSeparatorsAreRefused(String text) {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> IndicatorValue.parse(text));
        assertTrue(e.getMessage().contains("thousands separators only between groups of three digits"), e.getMessage());
        assertTrue(e.getMessage().endsWith(text), e.getMessage());
    }

    @Test
    void aComparisonBeforeSomethingThatIsNoUnitIsRefused() {
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> IndicatorValue.parse("≥12个月内完成验收，带动就业"));
        assertTrue(e.getMessage().contains("not a unit of measure"), e.getMessage());
    }

    @Test
    void ofRefusesQualitativeAndOutOfGrammarNumbers() {
        InvalidValueException qualitative = assertThrows(InvalidValueException.class,
                () -> IndicatorValue.of(Comparison.QUALITATIVE, BigDecimal.ONE, MeasureUnit.NONE));
        assertEquals("comparison", qualitative.field());
        InvalidValueException huge = assertThrows(InvalidValueException.class,
                () -> IndicatorValue.of(new BigDecimal("1e999999999")));
        assertEquals("number", huge.field());
        assertThrows(InvalidValueException.class, () -> IndicatorValue.of(new BigDecimal("0.0000001")));
    }

    // --- nulls --------------------------------------------------------------------------------

    @Test
    void nullArgumentsAreNamed() {
        assertEquals("text is null", assertThrows(NullPointerException.class, () -> IndicatorValue.parse(null)).getMessage());
        assertEquals("text is null", assertThrows(NullPointerException.class, () -> IndicatorValue.text(null)).getMessage());
        assertEquals("number is null",
                assertThrows(NullPointerException.class, () -> IndicatorValue.of((BigDecimal) null)).getMessage());
        assertEquals("unit is null", assertThrows(NullPointerException.class,
                () -> IndicatorValue.of(BigDecimal.ONE, null)).getMessage());
        assertEquals("number is null", assertThrows(NullPointerException.class,
                () -> IndicatorValue.of(Comparison.AT_LEAST, null, MeasureUnit.NONE)).getMessage());
    }
}
