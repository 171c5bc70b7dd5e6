package io.pbm.core.goal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pbm.core.InvalidValueException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Weights (分值): positive, at most 100, exact to 2 decimals (R-GOAL-4). */
class WeightTest {

    @Test
    void R_GOAL_4_zeroIsRefused() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> Weight.of(0));
        assertEquals("weight", e.field());
        assertEquals("0", e.value());
        assertThrows(InvalidValueException.class, () -> Weight.of(new BigDecimal("0.00")));
        assertThrows(InvalidValueException.class, () -> Weight.parse("0"));
    }

    @Test
    void R_GOAL_4_negativeIsRefusedWithTheJavaTimeStyleMessage() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> Weight.of(-5));
        assertEquals("Invalid value for weight (valid values 0 < weight <= 100, at most 2 decimals): -5", e.getMessage());
        assertTrue(e.getMessage().startsWith("Invalid value for weight (valid values 0 < weight <= 100"));
        assertTrue(e.getMessage().endsWith("): -5"));
        assertEquals("weight", e.field());
        assertEquals("-5", e.value());
        assertEquals("0 < weight <= 100, at most 2 decimals", e.validRange());
    }

    @Test
    void hundredIsTheMost() {
        assertEquals(new BigDecimal("100.00"), Weight.of(100).points());
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> Weight.of(new BigDecimal("100.01")));
        assertTrue(e.getMessage().endsWith("): 100.01"), e.getMessage());
        assertThrows(InvalidValueException.class, () -> Weight.of(101));
    }

    @Test
    void threeDecimalsAreRefused() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> Weight.of(new BigDecimal("12.345")));
        assertEquals("weight", e.field());
        assertTrue(e.getMessage().contains("at most 2 decimals"), e.getMessage());
        assertThrows(InvalidValueException.class, () -> Weight.parse("12.345"));
        assertThrows(InvalidValueException.class, () -> Weight.of(new BigDecimal("0.001")));
    }

    @Test
    void trailingZerosBeyondTwoDecimalsAreNoPrecision() {
        assertEquals(Weight.of(new BigDecimal("12.34")), Weight.of(new BigDecimal("12.340000")));
    }

    @Test
    void normalisedToScale2SoEqualsAgreesWithCompareTo() {
        Weight a = Weight.of(new BigDecimal("30"));
        Weight b = Weight.of(new BigDecimal("30.0"));
        Weight c = Weight.parse("30.00");
        assertEquals(a, b);
        assertEquals(a, c);
        assertEquals(a.hashCode(), b.hashCode());
        assertEquals(0, a.compareTo(b));
        assertEquals(2, a.points().scale());
        assertEquals(new BigDecimal("30.00"), a.points());
        assertEquals("30.00", a.toString());
        assertTrue(Weight.of(10).compareTo(Weight.of(30)) < 0);
    }

    @Test
    void smallestWeight() {
        assertEquals("0.01", Weight.of(new BigDecimal("0.01")).toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e2", "1e999999999", "abc", "", "30%", "3O"})
    void parseRefusesWhatIsNoPlainDecimal(String text) {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> Weight.parse(text));
        assertEquals("weight", e.field());
    }

    @Test
    void parseStripsWhiteSpace() {
        assertEquals(Weight.of(30), Weight.parse(" 30 "));
    }

    @Test
    void aHostileBigDecimalIsRefusedQuickly() {
        assertThrows(InvalidValueException.class, () -> Weight.of(new BigDecimal("1e-999999999")));
        assertThrows(InvalidValueException.class, () -> Weight.of(new BigDecimal("1e999999999")));
    }

    @Test
    void nullIsNamed() {
        assertEquals("weight is null",
                assertThrows(NullPointerException.class, () -> Weight.of((BigDecimal) null)).getMessage());
        assertEquals("weight is null", assertThrows(NullPointerException.class, () -> Weight.parse(null)).getMessage());
        assertEquals("other is null",
                assertThrows(NullPointerException.class, () -> Weight.of(1).compareTo(null)).getMessage());
    }
}
