package io.pbm.rules.pipeline;

import io.pbm.core.Labelled;
import io.pbm.rules.explain.Message;
import java.util.Locale;

/** Rendering helpers of the pipeline's reports: labels in the reader's language, columns padded for CJK. */
final class Text {

    /** How many entries of a list a {@code toString} shows: enough to see what is there, one screen in all. */
    static final int SHOWN = 10;

    private Text() {}

    /**
     * Appends the first {@code shown} items, one indented line each, then how many more there are and
     * where to find them.
     */
    static <T> void list(StringBuilder text, Iterable<T> items, int shown, Locale locale, String where,
            java.util.function.Function<T, String> line) {
        int count = 0;
        for (T item : items) {
            if (count++ < shown) {
                text.append("  ").append(line.apply(item)).append('\n');
            }
        }
        if (count > shown) {
            text.append("  ").append(message(locale, "list.more", count - shown, where)).append('\n');
        }
    }

    static boolean english(Locale locale) {
        return "en".equals(locale.getLanguage());
    }

    static String label(Labelled labelled, Locale locale) {
        return english(locale) ? labelled.englishLabel() : labelled.label();
    }

    static String message(Locale locale, String key, Object... args) {
        return Message.of(key, args).render(locale);
    }

    /** The display width of a text, counting a CJK or full-width character as two columns. */
    static int width(String text) {
        int columns = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            columns += c >= 0x1100 && (c <= 0x115F || c >= 0x2E80 && c <= 0xA4CF || c >= 0xAC00 && c <= 0xD7A3
                    || c >= 0xF900 && c <= 0xFAFF || c >= 0xFE30 && c <= 0xFE4F || c >= 0xFF00 && c <= 0xFF60
                    || c >= 0xFFE0 && c <= 0xFFE6) ? 2 : 1;
            i += Character.charCount(c);
        }
        return columns;
    }

    /** The widest of some texts, plus a gap of two columns. */
    static int column(Iterable<String> texts) {
        int widest = 0;
        for (String text : texts) {
            widest = Math.max(widest, width(text));
        }
        return widest + 2;
    }

    /** Pads a text with spaces to a display width. */
    static String pad(String text, int width) {
        StringBuilder padded = new StringBuilder(text);
        for (int i = width(text); i < width; i++) {
            padded.append(' ');
        }
        return padded.toString();
    }
}
