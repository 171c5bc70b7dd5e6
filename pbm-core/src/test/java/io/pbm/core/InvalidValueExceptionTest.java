package io.pbm.core;

import static io.pbm.core.ValueAssertions.assertNullRejected;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The exception that names a bad field, its value and the valid range (architecture.md, "Errors"). */
class InvalidValueExceptionTest {

    @Test
    void theMessageFollowsJavaTime() {
        InvalidValueException e = new InvalidValueException("weight", "-5", "0 < weight <= 100");
        assertEquals("Invalid value for weight (valid values 0 < weight <= 100): -5", e.getMessage());
    }

    @Test
    void thePartsStayAvailableToCallersThatReportALocation() {
        InvalidValueException e = new InvalidValueException("weight", "-5", "0 < weight <= 100");
        assertEquals("weight", e.field());
        assertEquals("-5", e.value());
        assertEquals("0 < weight <= 100", e.validRange());
    }

    @Test
    void itIsAnIllegalArgumentException() {
        assertInstanceOf(IllegalArgumentException.class, new InvalidValueException("f", "v", "r"));
    }

    @Test
    void checkThrowsOnlyWhenTheConditionFails() {
        assertDoesNotThrow(() -> InvalidValueException.check(true, "weight", -5, "0 < weight <= 100"));
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> InvalidValueException.check(false, "weight", -5, "0 < weight <= 100"));
        assertEquals("Invalid value for weight (valid values 0 < weight <= 100): -5", e.getMessage());
        assertEquals("-5", e.value());
    }

    @Test
    void checkPrintsANullValue() {
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> InvalidValueException.check(false, "unit", null, "a unit of measure"));
        assertEquals("null", e.value());
    }

    @Test
    void nullsAreRejectedNamingTheArgument() {
        assertNullRejected("field", () -> new InvalidValueException(null, "v", "r"));
        assertNullRejected("value", () -> new InvalidValueException("f", null, "r"));
        assertNullRejected("validRange", () -> new InvalidValueException("f", "v", null));
        assertNullRejected("field", () -> InvalidValueException.check(false, null, "v", "r"));
        assertNullRejected("validRange", () -> InvalidValueException.check(false, "f", "v", null));
    }
}
