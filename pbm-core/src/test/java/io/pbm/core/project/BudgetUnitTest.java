package io.pbm.core.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pbm.core.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Budget units (预算单位): the department that spends, named, never blank. */
class BudgetUnitTest {

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t\n", "\u3000"})
    void aBlankNameIsRefused(String name) {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> BudgetUnit.of(name));
        assertEquals("unit", e.field());
        assertTrue(e.getMessage().startsWith("Invalid value for unit (valid values a name of 1 to 200 characters)"),
                e.getMessage());
    }

    @Test
    void anOverLongNameIsRefused() {
        assertEquals(200, BudgetUnit.of("局".repeat(200)).name().length());
        assertThrows(InvalidValueException.class, () -> BudgetUnit.of("局".repeat(201)));
    }

    @Test
    void theNameIsStripped() {
        BudgetUnit unit = BudgetUnit.of("  焉耆县住房和城乡建设局 ");
        assertEquals("焉耆县住房和城乡建设局", unit.name());
        assertEquals("焉耆县住房和城乡建设局", unit.toString());
    }

    @Test
    void equalityIsByStrippedName() {
        assertEquals(BudgetUnit.of("焉耆县住房和城乡建设局"), BudgetUnit.of(" 焉耆县住房和城乡建设局\t"));
        assertEquals(BudgetUnit.of("焉耆县住房和城乡建设局").hashCode(), BudgetUnit.of(" 焉耆县住房和城乡建设局 ").hashCode());
        assertEquals(BudgetUnit.of("a"), new BudgetUnit("a"));
        assertNotEquals(BudgetUnit.of("焉耆县财政局"), BudgetUnit.of("焉耆县住房和城乡建设局"));
        assertEquals(0, BudgetUnit.of("a").compareTo(BudgetUnit.of(" a ")));
        assertTrue(BudgetUnit.of("a").compareTo(BudgetUnit.of("b")) < 0);
    }

    @Test
    void nullIsNamed() {
        assertEquals("unit is null", assertThrows(NullPointerException.class, () -> BudgetUnit.of(null)).getMessage());
        assertEquals("other is null",
                assertThrows(NullPointerException.class, () -> BudgetUnit.of("a").compareTo(null)).getMessage());
    }
}
