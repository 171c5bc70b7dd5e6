package io.pbm.io.csv;

import io.pbm.io.DocumentException;
import io.pbm.io.ReadingCode;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 rows: fields separated by commas; a field in double quotes may hold commas, line breaks and
 * doubled quotes ({@code ""} for one); rows end with CRLF, LF or a lone CR. Lenient where Excel is: a
 * quote inside an unquoted field, or text after a closing quote, is kept as written and marked on the
 * row ({@code csv.quote} rejects its project), so that one stray quote does not swallow the file; a
 * quoted field that never closes fails the document. A quoted field keeps its line breaks as written.
 *
 * <p>Bounded against hostile input: a field longer than the string limit fails the document, and a row
 * keeps at most {@code maxFields} fields (the rest are scanned, not stored).
 *
 * <p>Not thread-safe.
 */
final class CsvSyntax {

    /**
     * A row.
     *
     * @param line  the physical line where it begins, from 1
     * @param fields  its fields, at most the limit
     * @param fieldCount  how many fields it has, those not stored included
     * @param quoteProblem  the index of the first field that breaks the quoting rules, or -1
     * @param chars  the characters of its fields
     */
    record Row(long line, List<String> fields, int fieldCount, int quoteProblem, long chars) {

        /** A field, or the empty text beyond the row's end. */
        String field(int index) {
            return index < fields.size() ? fields.get(index) : "";
        }

        /** Whether every field is blank: Excel writes such rows, and they carry nothing. */
        boolean isBlank() {
            return fields.stream().allMatch(String::isBlank);
        }
    }

    private final CsvText text;
    private final String source;
    private final int maxFieldLength;
    private long line = 1;
    /** A character read ahead after a CR, or -2 for none. */
    private int next = -2;
    private boolean afterCr;

    CsvSyntax(CsvText text, String source, int maxFieldLength) {
        this.text = text;
        this.source = source;
        this.maxFieldLength = maxFieldLength;
    }

    /** The line the reader is on. */
    long line() {
        return line;
    }

    /**
     * The next row, or null at the end of the input.
     *
     * @param maxFields  the most fields to keep
     */
    Row next(int maxFields) {
        long start = line;
        int c = read();
        if (c < 0) {
            return null;
        }
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int count = 0;
        int quoteProblem = -1;
        long chars = 0;
        while (true) {
            boolean broken = false;
            if (c == '"') {
                long opened = line;
                while (true) {
                    c = read();
                    if (c < 0) {
                        throw DocumentException.of(ReadingCode.DOCUMENT_TRUNCATED, null, opened, count + 1);
                    }
                    if (c == '"') {
                        c = read();
                        if (c != '"') {
                            break;
                        }
                    }
                    append(field, c);
                }
                while (c >= 0 && c != ',' && c != '\n' && c != '\r') {
                    broken = true;
                    append(field, c);
                    c = read();
                }
            } else {
                while (c >= 0 && c != ',' && c != '\n' && c != '\r') {
                    broken |= c == '"';
                    append(field, c);
                    c = read();
                }
            }
            if (broken && quoteProblem < 0) {
                quoteProblem = count;
            }
            if (count++ < maxFields) {
                fields.add(field.toString());
            }
            chars += field.length();
            field.setLength(0);
            if (c == ',') {
                c = read();
                continue;
            }
            endOfLine(c);
            return new Row(start, List.copyOf(fields), count, quoteProblem, chars);
        }
    }

    private void append(StringBuilder field, int c) {
        if (field.length() >= maxFieldLength) {
            throw new DocumentException(ReadingCode.LIMIT_STRING_LENGTH,
                    ReadingCode.LIMIT_STRING_LENGTH.message(maxFieldLength),
                    List.of(ReadingCode.LIMIT_STRING_LENGTH.problem(source + ":" + line, maxFieldLength)), null);
        }
        field.append((char) c);
    }

    /** The next character as written, counting lines: a line ends at LF, or at a CR not followed by LF. */
    private int read() {
        int c = next >= -1 ? next : raw();
        next = -2;
        if (c == '\n' && !afterCr || c == '\r') {
            line++;
        }
        afterCr = c == '\r';
        return c;
    }

    /** Ends a row at a line break: CRLF, LF or a lone CR. */
    private void endOfLine(int c) {
        if (c == '\r') {
            int after = raw();
            if (after == '\n') {
                afterCr = false;
            } else {
                next = after;
            }
        }
    }

    private int raw() {
        try {
            return text.read();
        } catch (CsvText.Malformed e) {
            throw DocumentException.of(ReadingCode.DOCUMENT_ENCODING, null, source + ":" + line,
                    text.charset().name());
        }
    }
}
