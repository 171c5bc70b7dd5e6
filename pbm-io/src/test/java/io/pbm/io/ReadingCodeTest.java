package io.pbm.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every reading code has its message in Chinese and English, and every text is in both languages. */
class ReadingCodeTest {

    @Test
    void everyCodeHasBothTextsAndEveryTextBothLanguages() {
        Set<String> keys = Arrays.stream(ReadingCode.values()).map(ReadingCode::key).collect(Collectors.toSet());
        // pbm-io's bundle also holds the labels of its writers (the result workbook's, for one).
        assertTrue(ReadingCode.texts().keys(Locale.SIMPLIFIED_CHINESE).containsAll(keys));
        assertEquals(ReadingCode.texts().keys(Locale.SIMPLIFIED_CHINESE), ReadingCode.texts().keys(Locale.ENGLISH));
    }

    @Test
    void codesAreStableTextsAndR_GOAL_4IsTheRulesOwnCode() {
        assertEquals("decimal.grammar", ReadingCode.DECIMAL_GRAMMAR.code());
        assertEquals("R-GOAL-4", ReadingCode.GOAL_WEIGHT_NOT_POSITIVE.code());
        assertEquals("R-GOAL-4.weight", ReadingCode.GOAL_WEIGHT_NOT_POSITIVE.key());
        assertTrue(ReadingCode.LIMIT_RECORDS.isDocumentLevel());
        assertFalse(ReadingCode.LIMIT_INDICATORS.isDocumentLevel());
    }

    @Test
    void aMessageRendersInEitherLanguage() {
        assertEquals("required /projects/0/name", ReadingCode.REQUIRED.problem("/projects/0/name", "name").code()
                + " " + ReadingCode.REQUIRED.problem("/projects/0/name", "name").path());
        assertEquals("缺少必填项 name（或为 null、空白）", ReadingCode.REQUIRED.message("name").toString());
        assertEquals("the required member name is missing, null or blank",
                ReadingCode.REQUIRED.message("name").render(Locale.ENGLISH));
    }
}
