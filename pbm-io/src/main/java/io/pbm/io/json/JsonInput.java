package io.pbm.io.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import io.pbm.io.DocumentException;
import io.pbm.io.ReadLimits;
import io.pbm.io.ReadingCode;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Jackson's streaming parser set up for pbm's limits, and the translation of its failures into one
 * clear {@link DocumentException}.
 *
 * <p>The parser's own number-length limit is raised to the string-length limit, so that a 10,000-digit
 * number reaches the decimal grammar — which rejects only its project — instead of failing the whole
 * document first; numbers are read as text ({@code getText()}), never built. Unquoted {@code NaN} and
 * {@code Infinity} stay what they are, not JSON. The caller's stream is never closed by the parser.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class JsonInput {

    private final ReadLimits limits;
    private final JsonFactory factory;

    /**
     * Creates the input side for some limits.
     *
     * @param limits  the limits, not null
     */
    public JsonInput(ReadLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits is null");
        StreamReadConstraints constraints = StreamReadConstraints.builder()
                .maxDocumentLength(limits.maxDocumentBytes())
                .maxNestingDepth(limits.maxDepth())
                .maxStringLength(limits.maxStringLength())
                .maxNameLength(limits.maxStringLength())
                .maxNumberLength(limits.maxStringLength())
                .build();
        this.factory = JsonFactory.builder()
                .streamReadConstraints(constraints)
                .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
                .build();
    }

    /**
     * The limits.
     *
     * @return the limits
     */
    public ReadLimits limits() {
        return limits;
    }

    /**
     * A parser over a UTF-8 stream.
     *
     * @param in  the stream, not closed by the parser, not null
     * @return the parser
     * @throws DocumentException if the stream cannot be read
     */
    public JsonParser parser(InputStream in) {
        Objects.requireNonNull(in, "in is null");
        try {
            return factory.createParser(new Fed(in));
        } catch (IOException e) {
            throw failure(e);
        }
    }

    /**
     * The next token, a parser failure translated.
     *
     * @param parser  the parser
     * @return the token, or null at the end of the input
     * @throws DocumentException if the input is not JSON, is cut short, or passes a limit
     */
    public com.fasterxml.jackson.core.@Nullable JsonToken next(JsonParser parser) {
        try {
            return parser.nextToken();
        } catch (IOException e) {
            throw failure(e);
        }
    }

    /**
     * Translates a failure of the parser or the stream.
     *
     * @param e  the failure
     * @return the document-level exception
     */
    public DocumentException failure(IOException e) {
        if (e instanceof StreamConstraintsException limit) {
            String text = String.valueOf(limit.getOriginalMessage());
            if (text.contains("Nesting") || text.contains("nesting")) {
                return DocumentException.of(ReadingCode.LIMIT_DEPTH, e, limits.maxDepth());
            }
            if (text.contains("Document length") || text.contains("DocumentLength")) {
                return DocumentException.of(ReadingCode.LIMIT_DOCUMENT_SIZE, e, limits.maxDocumentBytes());
            }
            return DocumentException.of(ReadingCode.LIMIT_STRING_LENGTH, e, limits.maxStringLength());
        }
        if (e instanceof JsonEOFException || e instanceof JsonParseException parse
                && String.valueOf(parse.getOriginalMessage()).startsWith("Unexpected end-of-input")) {
            JsonLocation at = ((JsonProcessingException) e).getLocation();
            return DocumentException.of(ReadingCode.DOCUMENT_TRUNCATED, e, line(at), column(at));
        }
        if (e instanceof JsonParseException syntax) {
            JsonLocation at = syntax.getLocation();
            return DocumentException.of(ReadingCode.DOCUMENT_NOT_JSON, e, line(at), column(at), reason(syntax));
        }
        if (e instanceof JsonProcessingException other) {
            JsonLocation at = other.getLocation();
            return DocumentException.of(ReadingCode.DOCUMENT_NOT_JSON, e, line(at), column(at), reason(other));
        }
        return DocumentException.of(ReadingCode.DOCUMENT_IO, e, String.valueOf(e.getMessage()));
    }

    /**
     * What Jackson found, in its own words but without its advice (which names Java classes): the
     * first line, up to the first colon — {@code Non-standard token 'NaN'}, {@code Unexpected character ('}' (code 125))}.
     */
    private static String reason(JsonProcessingException e) {
        String text = String.valueOf(e.getOriginalMessage());
        int end = text.indexOf('\n');
        String line = end < 0 ? text : text.substring(0, end);
        int colon = line.indexOf(": ");
        line = (colon < 0 ? line : line.substring(0, colon)).strip();
        return line.length() <= 120 ? line : line.substring(0, 120) + "…";
    }

    private static Object line(@Nullable JsonLocation at) {
        return at == null || at.getLineNr() < 0 ? "?" : at.getLineNr();
    }

    private static Object column(@Nullable JsonLocation at) {
        return at == null || at.getColumnNr() < 0 ? "?" : at.getColumnNr();
    }

    /**
     * How many bytes a parser made by {@link #parser} has taken from its stream — never less than the
     * offset of any token it has read, so that a size limit can be checked exactly only when this bound
     * says it might be passed ({@link JsonParser#currentTokenLocation()} makes an object each time).
     *
     * @param parser  the parser
     * @return the bytes taken, or {@link Long#MAX_VALUE} for a parser not made here
     */
    public static long fed(JsonParser parser) {
        return parser.getInputSource() instanceof Fed fed ? fed.count : Long.MAX_VALUE;
    }

    /** The caller's stream, counting the bytes the parser takes. */
    private static final class Fed extends java.io.FilterInputStream {
        private long count;

        Fed(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = in.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = in.skip(n);
            count += Math.max(0, skipped);
            return skipped;
        }

        @Override
        public boolean markSupported() {
            return false;
        }
    }

    /**
     * Where a token starts, in bytes from the start of the input (characters for a text input).
     *
     * @param at  the location
     * @return the offset
     */
    public static long offset(JsonLocation at) {
        return at.getByteOffset() >= 0 ? at.getByteOffset() : at.getCharOffset();
    }
}
