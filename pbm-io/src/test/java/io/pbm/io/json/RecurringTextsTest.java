package io.pbm.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** Short texts that recur in a document's values are one String each; every text reads as written (issue 7). */
class RecurringTextsTest {

    private static String read(RecurringTexts texts, String text) {
        char[] buffer = ("<<" + text + ">>").toCharArray();
        return texts.text(buffer, 2, text.length());
    }

    @Test
    void aShortTextThatRecursIsOneString() {
        RecurringTexts texts = new RecurringTexts();
        String first = read(texts, "OUTPUT");
        assertEquals("OUTPUT", first);
        assertSame(first, read(texts, "OUTPUT"));
        assertEquals("≥95%", read(texts, "≥95%"));
        assertEquals("", read(texts, ""));
    }

    @Test
    void aTextAsLongAsTheLongestKeptIsKeptAndALongerOneIsNot() {
        RecurringTexts texts = new RecurringTexts();
        String longest = "x".repeat(RecurringTexts.LONGEST);
        assertSame(read(texts, longest), read(texts, longest));
        String longer = "y".repeat(RecurringTexts.LONGEST + 1);
        String first = read(texts, longer);
        assertEquals(longer, first);
        assertNotSame(first, read(texts, longer));
    }

    @Test
    void textsThatShareASlotEachReadAsWritten() {
        RecurringTexts texts = new RecurringTexts();
        // "Aa" and "BB" have the same hash, so they meet in one slot.
        assertEquals("Aa".hashCode(), "BB".hashCode());
        assertEquals("Aa", read(texts, "Aa"));
        assertEquals("BB", read(texts, "BB"));
        assertEquals("Aa", read(texts, "Aa"));
        // same length and hash, different characters; and different lengths with one hash slot
        assertEquals("AaAa", read(texts, "AaAa"));
        assertEquals("BBBB", read(texts, "BBBB"));
        assertEquals("AaBB", read(texts, "AaBB"));
    }

    @Test
    void everyDistinctTextReadsAsWrittenWhenTheTableIsFull() {
        RecurringTexts texts = new RecurringTexts();
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < RecurringTexts.SLOTS * 3; i++) {
                assertEquals(Integer.toString(i), read(texts, Integer.toString(i)));
            }
        }
    }
}
