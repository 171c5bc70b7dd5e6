package io.pbm.rules.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pbm.core.grade.Grade;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Messages render from pbm-rules' texts or from another module's, in one shape. */
class MessageTextsTest {

    private static final MessageTexts OTHER = MessageTexts.of("other",
            Map.of("grade.read", "等级为{0}，共{1}项"), Map.of("grade.read", "the grade is {0}, {1} items"));

    @Test
    void aMessageOfAnotherModuleRendersFromItsTextsWithLabelsInTheMessagesLanguage() {
        Message message = OTHER.message("grade.read", Grade.GOOD, 3);
        assertEquals("等级为良，共3项", message.toString());
        assertEquals("the grade is good, 3 items", message.render(Locale.ENGLISH));
        assertEquals(OTHER, message.texts());
    }

    @Test
    void aMessageWithoutTextsIsPbmRulesOwn() {
        Message message = Message.of("R-GOAL-1.few", 5, 7);
        assertEquals(MessageTexts.RULES, message.texts());
        assertEquals("only 5 level-3 indicators, fewer than 7", message.render(Locale.ENGLISH));
        assertEquals(new Message("R-GOAL-1.few", List.of(5, 7)), message);
        assertNotEquals(OTHER.message("R-GOAL-1.few", 5, 7), message);
    }

    @Test
    void aKeyWithoutTextShowsTheKeyAndItsArguments() {
        assertEquals("nothing.here[1, 2]", OTHER.message("nothing.here", 1, 2).render(Locale.ENGLISH));
    }

    @Test
    void textsAreReadFromUtf8Properties() {
        MessageTexts texts = MessageTexts.read("read", stream("a=甲{0}\n"), stream("a=A{0}\n"));
        assertEquals("甲1", texts.message("a", 1).toString());
        assertEquals("A1", texts.message("a", 1).render(Locale.ENGLISH));
        assertTrue(texts.keys(Locale.ENGLISH).contains("a"));
        assertEquals("read", texts.name());
    }

    private static ByteArrayInputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
