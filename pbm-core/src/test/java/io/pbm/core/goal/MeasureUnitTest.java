package io.pbm.core.goal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pbm.core.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Units of measure (计量单位). */
class MeasureUnitTest {

    @Test
    void noneIsTheEmptyUnit() {
        assertEquals("", MeasureUnit.NONE.symbol());
        assertTrue(MeasureUnit.NONE.isNone());
        assertFalse(MeasureUnit.NONE.isPercent());
        assertEquals("", MeasureUnit.NONE.toString());
        assertSame(MeasureUnit.NONE, MeasureUnit.of(""));
        assertSame(MeasureUnit.NONE, MeasureUnit.of("   "));
    }

    @Test
    void percent() {
        assertEquals("%", MeasureUnit.PERCENT.symbol());
        assertTrue(MeasureUnit.PERCENT.isPercent());
        assertFalse(MeasureUnit.PERCENT.isNone());
        assertEquals(MeasureUnit.PERCENT, MeasureUnit.of("%"));
        assertFalse(MeasureUnit.of("人次").isPercent());
    }

    @Test
    void fullWidthPercentIsNormalised() {
        assertEquals(MeasureUnit.PERCENT, MeasureUnit.of("％"));
        assertEquals(MeasureUnit.PERCENT, new MeasureUnit(" ％ "));
        assertTrue(MeasureUnit.of("％").isPercent());
    }

    @Test
    void unitsAreStrippedAndCompareBySymbol() {
        assertEquals(MeasureUnit.of("公里"), MeasureUnit.of(" 公里 "));
        assertEquals("公里", MeasureUnit.of(" 公里 ").toString());
        assertNotEquals(MeasureUnit.of("公里"), MeasureUnit.of("米"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"m2", "m3", "公里", "人次", "万元", "%", "‰", "km/h", "元/人", "平方米", "CO2"})
    void validUnits(String symbol) {
        assertTrue(MeasureUnit.isValid(symbol), symbol);
        assertEquals(symbol, MeasureUnit.of(symbol).symbol());
    }

    @ParameterizedTest
    @ValueSource(strings = {"%-100%", "2m", "10公里", "-人", "+人", ".5人", "人,次", "完成验收，带动就业", "天。",
        "个；", "人、次", "好!", "好？", "比例:"})
    void invalidUnits(String symbol) {
        assertFalse(MeasureUnit.isValid(symbol), symbol);
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> MeasureUnit.of(symbol));
        assertEquals("unit", e.field());
        assertTrue(e.getMessage().startsWith("Invalid value for unit (valid values a unit of measure of at most 32"),
                e.getMessage());
    }

    @Test
    void atMost32Characters() {
        String longest = "个".repeat(MeasureUnit.MAX_LENGTH);
        assertTrue(MeasureUnit.isValid(longest));
        assertEquals(longest, MeasureUnit.of(longest).symbol());
        assertFalse(MeasureUnit.isValid(longest + "个"));
        assertThrows(InvalidValueException.class, () -> MeasureUnit.of(longest + "个"));
    }

    @Test
    void nullIsNamed() {
        assertEquals("unit is null", assertThrows(NullPointerException.class, () -> MeasureUnit.of(null)).getMessage());
        assertEquals("unit is null", assertThrows(NullPointerException.class, () -> new MeasureUnit(null)).getMessage());
        assertEquals("unit is null", assertThrows(NullPointerException.class, () -> MeasureUnit.isValid(null)).getMessage());
    }
}
