package io.pbm.io.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;

/**
 * pbm's layout (two-space indentation, {@code "name": value}, {@code []} and {@code {}} when empty,
 * {@code \n} line ends) written as ready-made UTF-8 bytes: Jackson's default printer encodes each
 * separator and indentation from characters every time, which is a good part of writing a result
 * document of a million projects. The bytes are exactly those of
 * {@code DefaultPrettyPrinter} with a {@code DefaultIndenter("  ", "\n")} — the golden tests hold them.
 *
 * <p>Not thread-safe: one per generator.
 */
final class Layout extends DefaultPrettyPrinter {

    private static final long serialVersionUID = 1L;

    /** Line end and indentation, by depth; deeper levels are made when first met. */
    private static final SerializedString[] LINES = lines(32);
    private static final SerializedString FIELD_VALUE = new SerializedString(": ");
    private static final SerializedString COMMA = new SerializedString(",");

    Layout() {
        super(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("").withArrayEmptySeparator(""));
        Indentation indentation = new Indentation();
        indentObjectsWith(indentation);
        indentArraysWith(indentation);
    }

    private static SerializedString[] lines(int levels) {
        SerializedString[] lines = new SerializedString[levels];
        for (int i = 0; i < levels; i++) {
            lines[i] = line(i);
        }
        return lines;
    }

    private static SerializedString line(int level) {
        return new SerializedString("\n" + "  ".repeat(level));
    }

    @Override
    public Layout createInstance() {
        return new Layout();
    }

    @Override
    public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
        g.writeRaw(FIELD_VALUE);
    }

    @Override
    public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
        g.writeRaw(COMMA);
        _objectIndenter.writeIndentation(g, _nesting);
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
        g.writeRaw(COMMA);
        _arrayIndenter.writeIndentation(g, _nesting);
    }

    /** A line end and two spaces a level. */
    private static final class Indentation implements DefaultPrettyPrinter.Indenter, java.io.Serializable {
        private static final long serialVersionUID = 1L;

        @Override
        public void writeIndentation(JsonGenerator g, int level) throws IOException {
            SerializableString line = level < LINES.length ? LINES[level] : line(level);
            g.writeRaw(line);
        }

        @Override
        public boolean isInline() {
            return false;
        }
    }
}
