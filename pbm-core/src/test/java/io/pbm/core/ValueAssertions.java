package io.pbm.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.function.Executable;

/**
 * Assertions shared by the tests of pbm-core: a refused value is an {@link InvalidValueException}
 * whose message names the field, the value and the valid range in the style of java.time, and a
 * null argument is a {@link NullPointerException} naming it (architecture.md, "Errors").
 */
public final class ValueAssertions {

    private ValueAssertions() {}

    /**
     * Asserts that the call is refused with an {@link InvalidValueException} for a field and value,
     * whose valid range contains every fragment, and whose message is the java.time-style sentence
     * built from exactly these parts.
     *
     * @return the exception, for further checks
     */
    public static InvalidValueException assertInvalid(Executable call, String field, String value,
            String... rangeFragments) {
        InvalidValueException e = assertThrows(InvalidValueException.class, call);
        assertEquals(field, e.field(), "field");
        assertEquals(value, e.value(), "value");
        for (String fragment : rangeFragments) {
            assertTrue(e.validRange().contains(fragment),
                    () -> "valid range \"" + e.validRange() + "\" lacks \"" + fragment + "\"");
        }
        assertEquals("Invalid value for " + field + " (valid values " + e.validRange() + "): " + value,
                e.getMessage());
        return e;
    }

    /**
     * Asserts that the call is refused with a {@link NullPointerException} whose message is exactly
     * {@code "<argument> is null"}.
     */
    public static void assertNullRejected(String argument, Executable call) {
        NullPointerException e = assertThrows(NullPointerException.class, call);
        assertEquals(argument + " is null", e.getMessage());
    }
}
