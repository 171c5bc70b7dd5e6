package io.pbm.core.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.pbm.core.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Warning lights (R-MON-2, R-DEV-2, R-DEV-3). */
class WarningLightTest {

    @Test
    void labels() {
        assertEquals("红灯", WarningLight.RED.label());
        assertEquals("黄灯", WarningLight.YELLOW.label());
        assertEquals("绿灯", WarningLight.GREEN.label());
        assertEquals("蓝灯", WarningLight.BLUE.label());
        assertEquals(4, WarningLight.values().length);
    }

    @ParameterizedTest
    @EnumSource(WarningLight.class)
    void parsesNameAndLabel(WarningLight light) {
        assertEquals(light, WarningLight.parse(light.name()));
        assertEquals(light, WarningLight.parse(light.label()));
        assertEquals(light, WarningLight.parse(light.englishLabel()));
    }

    @Test
    void aBadValueListsTheValidOnes() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> WarningLight.parse("ORANGE"));
        assertEquals("Invalid value for light (valid values one of RED 红灯, YELLOW 黄灯, GREEN 绿灯, BLUE 蓝灯): ORANGE",
                e.getMessage());
    }

    @Test
    void nullIsNamed() {
        assertEquals("light is null", assertThrows(NullPointerException.class, () -> WarningLight.parse(null)).getMessage());
    }
}
