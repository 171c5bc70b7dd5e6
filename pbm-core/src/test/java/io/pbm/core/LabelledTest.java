package io.pbm.core;

import static io.pbm.core.ValueAssertions.assertInvalid;
import static io.pbm.core.ValueAssertions.assertNullRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Reading labelled constants by name, Chinese label or English label. */
class LabelledTest {

    enum Level implements Labelled {
        HIGH("高", "high level"),
        LOW("低", "low level");

        private final String label;
        private final String englishLabel;

        Level(String label, String englishLabel) {
            this.label = label;
            this.englishLabel = englishLabel;
        }

        @Override
        public String label() {
            return label;
        }

        @Override
        public String englishLabel() {
            return englishLabel;
        }
    }

    @Test
    void aConstantIsFoundByNameLabelOrEnglishLabel() {
        assertEquals(Level.HIGH, Labelled.parse(Level.class, "level", "HIGH"));
        assertEquals(Level.HIGH, Labelled.parse(Level.class, "level", "high"));
        assertEquals(Level.HIGH, Labelled.parse(Level.class, "level", "高"));
        assertEquals(Level.LOW, Labelled.parse(Level.class, "level", "Low Level"));
        assertEquals(Level.LOW, Labelled.parse(Level.class, "level", " 低\t"));
    }

    @Test
    void anUnknownTextIsRefusedListingTheValidConstants() {
        assertInvalid(() -> Labelled.parse(Level.class, "level", "中"), "level", "中", "one of HIGH 高, LOW 低");
        assertInvalid(() -> Labelled.parse(Level.class, "level", ""), "level", "", "one of HIGH 高, LOW 低");
        // the Chinese label is matched exactly, not as a part
        assertInvalid(() -> Labelled.parse(Level.class, "level", "高高"), "level", "高高");
    }

    @Test
    void aHugeTextIsNotEchoedInFull() {
        String huge = "x".repeat(100_000);
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> Labelled.parse(Level.class, "level", huge));
        assertTrue(e.getMessage().length() < 200, () -> "a message of " + e.getMessage().length() + " characters");
        assertInvalid(() -> Labelled.parse(Level.class, "level", huge), "level", "x".repeat(40) + "… (100000 characters)",
                "one of HIGH 高, LOW 低");
    }

    @Test
    void nullsAreRejectedNamingTheArgument() {
        assertNullRejected("type", () -> Labelled.parse(null, "level", "HIGH"));
        assertNullRejected("field", () -> Labelled.parse(Level.class, null, "HIGH"));
        assertNullRejected("level", () -> Labelled.parse(Level.class, "level", null));
    }
}
