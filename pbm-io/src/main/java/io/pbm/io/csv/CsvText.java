package io.pbm.io.csv;

import io.pbm.io.DocumentException;
import io.pbm.io.ReadingCode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * The characters of a CSV file: its encoding given or detected — a UTF-8 byte order mark, else UTF-8
 * when the first {@value #SNIFF} bytes are valid UTF-8, else GB18030 (which reads GBK) — decoded
 * strictly, so that bytes that are not text of the encoding fail the document where they are instead
 * of turning into replacement characters. The bytes are counted against the document size limit.
 *
 * <p>Not thread-safe.
 */
final class CsvText {

    /** How many bytes decide the encoding: a header row of Chinese names fits many times over. */
    static final int SNIFF = 64 * 1024;

    /** GB18030, a superset of GBK and GB2312: what Chinese Excel writes as "CSV". */
    static final Charset GB18030 = Charset.forName("GB18030");

    /** Bytes that are not text of the encoding, found after the characters before them were delivered. */
    static final class Malformed extends Exception {
        private static final long serialVersionUID = 1L;

        Malformed() {
            super(null, null, false, false);
        }
    }

    private final InputStream in;
    private final long maxBytes;
    private final Charset charset;
    private final CharsetDecoder decoder;
    private final ByteBuffer bytes = ByteBuffer.allocate(SNIFF);
    private final CharBuffer chars = CharBuffer.allocate(8192);
    private long read;
    private boolean eof;
    private boolean malformed;
    private boolean decoderFlushed;

    CsvText(InputStream in, @Nullable Charset given, long maxBytes) {
        this.in = in;
        this.maxBytes = maxBytes;
        fill();
        bytes.flip();
        this.charset = given != null ? given : detect();
        if (charset.equals(StandardCharsets.UTF_8) && startsWith(0xEF, 0xBB, 0xBF)) {
            bytes.position(3);
        }
        this.decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        chars.flip();
    }

    /** The encoding read. */
    Charset charset() {
        return charset;
    }

    /**
     * The next character, or -1 at the end.
     *
     * @throws Malformed where the bytes stop being text of the encoding
     */
    int read() throws Malformed {
        while (!chars.hasRemaining()) {
            if (malformed) {
                throw new Malformed();
            }
            if (eof && !bytes.hasRemaining() && decoderFlushed) {
                return -1;
            }
            decode();
        }
        return chars.get();
    }

    private void decode() {
        chars.clear();
        if (!eof && bytes.remaining() < 16) {
            bytes.compact();
            fill();
            bytes.flip();
        }
        CoderResult result = decoder.decode(bytes, chars, eof);
        if (result.isError()) {
            malformed = true;
        } else if (eof && !bytes.hasRemaining()) {
            CoderResult flushed = decoder.flush(chars);
            malformed = flushed.isError();
            decoderFlushed = true;
        }
        chars.flip();
    }

    /** Reads until the buffer is full or the input ends. */
    private void fill() {
        try {
            while (bytes.hasRemaining() && !eof) {
                int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
                if (n < 0) {
                    eof = true;
                } else {
                    bytes.position(bytes.position() + n);
                    read += n;
                    if (read > maxBytes) {
                        throw DocumentException.of(ReadingCode.LIMIT_DOCUMENT_SIZE, null, maxBytes);
                    }
                }
            }
        } catch (IOException e) {
            throw DocumentException.of(ReadingCode.DOCUMENT_IO, e, e.getMessage());
        }
    }

    private Charset detect() {
        if (startsWith(0xEF, 0xBB, 0xBF)) {
            return StandardCharsets.UTF_8;
        }
        if (startsWith(0xFE, 0xFF) || startsWith(0xFF, 0xFE)) {
            throw DocumentException.of(ReadingCode.DOCUMENT_ENCODING, null, "line 1", "UTF-16");
        }
        return isUtf8() ? StandardCharsets.UTF_8 : GB18030;
    }

    /** Whether the sniffed bytes are UTF-8, a character cut by the end of the sniffed bytes allowed. */
    private boolean isUtf8() {
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer sniffed = bytes.duplicate();
        CharBuffer out = CharBuffer.allocate(bytes.remaining() + 1);
        CoderResult result = utf8.decode(sniffed, out, eof);
        if (result.isError()) {
            return false;
        }
        if (eof) {
            try {
                return !utf8.flush(out).isError();
            } catch (IllegalStateException e) {
                return true;
            }
        }
        return sniffed.remaining() < 4;
    }

    private boolean startsWith(int... prefix) {
        if (bytes.remaining() < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes.get(bytes.position() + i) & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
