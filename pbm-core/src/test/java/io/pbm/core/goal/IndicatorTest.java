package io.pbm.core.goal;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pbm.core.InvalidValueException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Level-3 indicators: what makes one unusable is refused at build time (R-GOAL-4). */
class IndicatorTest {

    private static Indicator.Builder quantity() {
        return Indicator.builder().name("新建排水管网长度").level2(Level2.QUANTITY).target(IndicatorValue.parse("≥12公里"))
                .weight(Weight.of(30));
    }

    @Test
    void theFiveIndicatorsOfTheJsonContractExampleBuild() {
        List<Indicator> indicators = JsonContractExample.indicators();
        assertEquals(5, indicators.size());
        Indicator length = indicators.get(0);
        assertAll(
                () -> assertEquals("新建排水管网长度", length.name()),
                () -> assertEquals(Level1.OUTPUT, length.level1()),
                () -> assertEquals(Optional.of(Level2.QUANTITY), length.level2()),
                () -> assertEquals(Comparison.AT_LEAST, length.comparison()),
                () -> assertEquals(MeasureUnit.of("公里"), length.unit()),
                () -> assertEquals(IndicatorValue.of(new BigDecimal("12")), length.target()),
                () -> assertEquals(Weight.of(30), length.weight()),
                () -> assertTrue(length.isQuantitative()));
        Indicator rate = indicators.get(1);
        assertEquals(MeasureUnit.PERCENT, rate.unit());
        assertEquals(Level2.QUALITY, rate.level2().orElseThrow());
        Indicator drainage = indicators.get(3);
        assertAll(
                () -> assertEquals(Comparison.QUALITATIVE, drainage.comparison()),
                () -> assertFalse(drainage.isQuantitative()),
                () -> assertEquals(Optional.of("明显提升"), drainage.target().text()),
                () -> assertEquals(MeasureUnit.NONE, drainage.unit()),
                () -> assertEquals(Level1.BENEFIT, drainage.level1()));
        Indicator satisfaction = indicators.get(4);
        assertEquals(Level1.SATISFACTION, satisfaction.level1());
        assertEquals(Level2.SERVICE_RECIPIENT, satisfaction.level2().orElseThrow());
        assertEquals(0, new BigDecimal("90").compareTo(satisfaction.target().number().orElseThrow()));
    }

    @Test
    void comparisonAndUnitAreTakenFromTheTargetAsFormsWriteIt() {
        Indicator indicator = Indicator.builder().name("培训人次").level2(Level2.QUANTITY)
                .target(IndicatorValue.parse("≧735人次")).weight(Weight.of(10)).build();
        assertEquals(Comparison.AT_LEAST, indicator.comparison());
        assertEquals(MeasureUnit.of("人次"), indicator.unit());
        assertEquals(0, new BigDecimal(735).compareTo(indicator.target().number().orElseThrow()));
        assertEquals(Comparison.AT_MOST,
                quantity().target(IndicatorValue.parse("≤3天")).build().comparison());
        assertEquals(Comparison.EQUAL, quantity().target(IndicatorValue.parse("═100%")).build().comparison());
        assertEquals(Comparison.MORE_THAN, quantity().target(IndicatorValue.parse("＞95%")).build().comparison());
    }

    @Test
    void level1FollowsFromLevel2() {
        for (Level2 level2 : Level2.values()) {
            Indicator indicator = quantity().level2(level2).build();
            assertEquals(level2.level1(), indicator.level1(), level2::name);
        }
    }

    @Test
    void aTextTargetMakesTheIndicatorQualitative() {
        Indicator indicator = Indicator.builder().name("排涝能力提升").level2(Level2.SOCIAL)
                .target(IndicatorValue.parse("显著提升")).weight(Weight.of(30)).build();
        assertEquals(Comparison.QUALITATIVE, indicator.comparison());
        assertFalse(indicator.isQuantitative());
        assertEquals(MeasureUnit.NONE, indicator.unit());
    }

    @Test
    void aGivenComparisonThatAgreesWithTheTargetIsAccepted() {
        Indicator indicator = quantity().comparison(Comparison.AT_LEAST).build();
        assertEquals(Comparison.AT_LEAST, indicator.comparison());
    }

    @Test
    void aGivenUnitFillsInForATargetWrittenWithout() {
        Indicator indicator = quantity().target(IndicatorValue.parse("12")).comparison(Comparison.AT_LEAST)
                .unit(MeasureUnit.of("公里")).build();
        assertEquals(MeasureUnit.of("公里"), indicator.unit());
        assertEquals(MeasureUnit.NONE, indicator.target().unit());
    }

    @Test
    void namesAreStripped() {
        Indicator indicator = quantity().name("  新建排水管网长度 \t").build();
        assertEquals("新建排水管网长度", indicator.name());
        assertEquals(quantity().build(), indicator);
        assertEquals(Comparison.AT_LEAST, indicator.comparison());
        assertEquals(MeasureUnit.of("公里"), indicator.unit());
    }

    @Test
    void unitWideIndicatorsHaveNoLevel2() {
        Indicator indicator = Indicator.builder().name("公用经费控制率").level1(Level1.RUNNING_COST)
                .target(IndicatorValue.parse("≤100%")).weight(Weight.of(10)).build();
        assertEquals(Level1.RUNNING_COST, indicator.level1());
        assertEquals(Optional.empty(), indicator.level2());
    }

    @Test
    void equalityIsByValue() {
        assertEquals(quantity().build(), quantity().build());
        assertEquals(quantity().build().hashCode(), quantity().build().hashCode());
        assertEquals(quantity().build(), quantity().target(IndicatorValue.parse(">=12.00公里")).build());
    }

    // --- refusals (R-GOAL-4 and unusable values) ---------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t", "\u3000"})
    void R_GOAL_4_blankNameIsRefused(String name) {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> quantity().name(name).build());
        assertEquals("indicator name", e.field());
        assertTrue(e.getMessage().startsWith("Invalid value for indicator name (valid values a name of 1 to 200 characters"),
                e.getMessage());
        assertEquals("\"" + name + "\"", e.value());
    }

    @Test
    void anOverLongNameIsRefused() {
        assertEquals(200, quantity().name("名".repeat(200)).build().name().length());
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> quantity().name("名".repeat(201)).build());
        assertEquals("indicator name", e.field());
    }

    @Test
    void aLevel2UnderTheWrongLevel1IsRefused() {
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> quantity().level1(Level1.BENEFIT).level2(Level2.QUANTITY).build());
        assertEquals("level2 of 新建排水管网长度", e.field());
        assertEquals("QUANTITY", e.value());
        assertTrue(e.getMessage().contains("under BENEFIT"), e.getMessage());
        assertTrue(e.getMessage().contains("SOCIAL"), e.getMessage());
    }

    @Test
    void aMissingLevel2UnderAProjectLevel1IsRefused() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> Indicator.builder().name("新建排水管网长度")
                .level1(Level1.OUTPUT).target(IndicatorValue.parse("≥12公里")).weight(Weight.of(30)).build());
        assertEquals("level2 of 新建排水管网长度", e.field());
        assertEquals("none", e.value());
        assertTrue(e.getMessage().contains("QUANTITY"), e.getMessage());
        assertTrue(e.getMessage().contains("under OUTPUT"), e.getMessage());
    }

    @Test
    void neitherLevel1NorLevel2IsAMissingAttribute() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Indicator.builder().name("新建排水管网长度")
                .target(IndicatorValue.parse("≥12公里")).weight(Weight.of(30)).build());
        assertTrue(e.getMessage().contains("level1"), e.getMessage());
    }

    @Test
    void aLevel2UnderAUnitWideDimensionIsRefused() {
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> quantity().level1(Level1.RUNNING_COST).level2(Level2.QUANTITY).build());
        assertEquals("level2 of 新建排水管网长度", e.field());
        assertEquals("QUANTITY", e.value());
        assertTrue(e.getMessage().contains("none under the unit-wide dimension RUNNING_COST"), e.getMessage());
    }

    @Test
    void R_GOAL_4_aQuantitativeIndicatorWhoseTargetIsTextIsRefused() {
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> quantity().comparison(Comparison.AT_LEAST).target(IndicatorValue.parse("明显提升")).build());
        assertEquals("target of 新建排水管网长度", e.field());
        assertEquals("明显提升", e.value());
        assertTrue(e.getMessage().contains("a number for a quantitative indicator (>=)"), e.getMessage());
    }

    @Test
    void aNumberTargetWithNoComparisonAnywhereIsAmbiguous() {
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> quantity().target(IndicatorValue.parse("12公里")).build());
        assertEquals("comparison of 新建排水管网长度", e.field());
        assertEquals("none", e.value());
        assertTrue(e.getMessage().contains(">=12公里"), e.getMessage());
    }

    @Test
    void aTargetWhoseComparisonContradictsTheIndicatorsIsRefused() {
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> quantity().comparison(Comparison.AT_MOST).build());
        assertEquals("target of 新建排水管网长度", e.field());
        assertEquals(">=12公里", e.value());
        assertTrue(e.getMessage().contains("agrees with <="), e.getMessage());
        assertThrows(InvalidValueException.class, () -> quantity().target(IndicatorValue.parse("=12公里"))
                .comparison(Comparison.AT_LEAST).build());
    }

    @Test
    void R_SCORE_GE_aTargetWrittenWithMoreThanFitsAnAtLeastIndicator() {
        // ≥ and > are scored alike; forms mix them, so neither refuses the other.
        Indicator indicator = quantity().target(IndicatorValue.parse("＞12公里")).comparison(Comparison.AT_LEAST).build();
        assertEquals(Comparison.AT_LEAST, indicator.comparison());
        assertEquals(Comparison.LESS_THAN, quantity().target(IndicatorValue.parse("≤12公里"))
                .comparison(Comparison.LESS_THAN).build().comparison());
    }

    @Test
    void aUnitThatContradictsTheTargetsUnitIsRefused() {
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> quantity().unit(MeasureUnit.of("米")).build());
        assertEquals("unit of 新建排水管网长度", e.field());
        assertEquals("米", e.value());
        assertTrue(e.getMessage().contains("the unit written with the target, 公里"), e.getMessage());
    }

    @Test
    void missingRequiredAttributesAreNamed() {
        IllegalStateException noWeight = assertThrows(IllegalStateException.class, () -> Indicator.builder()
                .name("新建排水管网长度").level2(Level2.QUANTITY).target(IndicatorValue.parse("≥12公里")).build());
        assertTrue(noWeight.getMessage().contains("weight"), noWeight.getMessage());
        IllegalStateException nothing = assertThrows(IllegalStateException.class, () -> Indicator.builder().build());
        assertTrue(nothing.getMessage().contains("[name, target, weight]"), nothing.getMessage());
    }

    @Test
    void nullsAreNamed() {
        assertTrue(assertThrows(NullPointerException.class, () -> Indicator.builder().name(null)).getMessage()
                .contains("name"));
        assertTrue(assertThrows(NullPointerException.class, () -> Indicator.builder().target(null)).getMessage()
                .contains("target"));
        assertTrue(assertThrows(NullPointerException.class, () -> Indicator.builder().weight(null)).getMessage()
                .contains("weight"));
        assertTrue(assertThrows(NullPointerException.class, () -> Indicator.builder().level1(null)).getMessage()
                .contains("level1"));
        assertTrue(assertThrows(NullPointerException.class, () -> Indicator.builder().level2((Level2) null))
                .getMessage().contains("level2"));
        assertTrue(assertThrows(NullPointerException.class, () -> Indicator.builder().comparison(null)).getMessage()
                .contains("comparison"));
        assertTrue(assertThrows(NullPointerException.class, () -> Indicator.builder().unit(null)).getMessage()
                .contains("unit"));
    }
}
