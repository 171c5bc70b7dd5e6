package io.pbm.io.json;

/**
 * One {@link String} for each short text that recurs in a document's values — the constants
 * ({@code OUTPUT}, {@code >=}, {@code ACHIEVED}), the units ({@code 个}), the scores ({@code 10.00}) —
 * taken straight from the parser's characters, so that a record's tree does not copy them again and
 * again (issue 7) and their hash, computed once, serves every later lookup.
 *
 * <p>A direct-mapped table: a text whose slot holds another text replaces it. Memory is bounded
 * ({@link #SLOTS} texts of at most {@link #LONGEST} characters) whatever the document.
 *
 * <p>Not thread-safe: one per reader.
 */
public final class RecurringTexts {

    /** How many texts the table holds. */
    static final int SLOTS = 1024;

    /** The longest text kept: longer texts are rarely repeated and are copied as they are. */
    static final int LONGEST = 24;

    private final String[] slots = new String[SLOTS];

    /** Creates an empty table. */
    public RecurringTexts() {
        // The table fills as values are read.
    }

    /**
     * The text of some characters: the one kept for them, or a new one (kept when short).
     *
     * @param chars  the buffer
     * @param offset  where the text begins
     * @param length  how many characters it has
     * @return the text
     */
    String text(char[] chars, int offset, int length) {
        if (length > LONGEST) {
            return new String(chars, offset, length);
        }
        int hash = 0;
        for (int i = offset; i < offset + length; i++) {
            hash = 31 * hash + chars[i];
        }
        int slot = (hash ^ hash >>> 16) & (SLOTS - 1);
        String kept = slots[slot];
        if (kept != null && same(kept, chars, offset, length)) {
            return kept;
        }
        String text = new String(chars, offset, length);
        slots[slot] = text;
        return text;
    }

    private static boolean same(String kept, char[] chars, int offset, int length) {
        if (kept.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (kept.charAt(i) != chars[offset + i]) {
                return false;
            }
        }
        return true;
    }
}
