package io.pbm.io.result;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Entries of a list a streaming writer holds aside until its turn comes (json-contract.md: "a streaming
 * writer holds excluded and rejected aside — on disk when large"): each entry is written at once as JSON
 * into memory, moved to a temporary file when the held bytes exceed a bound, and copied into the
 * document at the end, laid out as the document lays out everything. The temporary file is deleted on
 * {@link #close()}. Not thread-safe: one per list of one document.
 */
final class Held implements AutoCloseable {

    private static final JsonFactory READ = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE)
                    .maxNumberLength(Integer.MAX_VALUE).maxNestingDepth(Integer.MAX_VALUE).build())
            .build();

    private final long bound;
    private final Sink sink = new Sink();
    private final DocumentOut out;
    private @Nullable Path file;
    private @Nullable OutputStream fileOut;
    private long count;

    /** Routes the held bytes to memory, then, past the bound, to the temporary file. */
    private final class Sink extends OutputStream {
        private final ByteArrayOutputStream memory = new ByteArrayOutputStream();

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            if (fileOut == null && memory.size() + (long) length > bound) {
                file = Files.createTempFile("pbm-held-", ".json");
                fileOut = Files.newOutputStream(file);
                memory.writeTo(fileOut);
                memory.reset();
            }
            if (fileOut != null) {
                fileOut.write(bytes, offset, length);
            } else {
                memory.write(bytes, offset, length);
            }
        }
    }

    Held(long bound, Locale locale) {
        this.bound = bound;
        this.out = new DocumentOut(sink, locale);
    }

    /** Where the next entry is written; call {@link #added()} after it. */
    DocumentOut out() {
        return out;
    }

    /** One entry was written: it is flushed to its place. */
    void added() throws IOException {
        out.g.flush();
        count++;
    }

    long count() {
        return count;
    }

    /** Whether the held entries went to a temporary file. */
    boolean spilled() {
        return file != null;
    }

    /** Copies every held entry, in order, into a document's open array. */
    void copyTo(JsonGenerator g) throws IOException {
        out.g.flush();
        InputStream in;
        if (fileOut != null) {
            fileOut.close();
            fileOut = null;
            in = Files.newInputStream(file);
        } else {
            in = new ByteArrayInputStream(sink.memory.toByteArray());
        }
        try (in; JsonParser parser = READ.createParser(in)) {
            while (parser.nextToken() != null) {
                g.copyCurrentStructure(parser);
            }
        }
    }

    @Override
    public void close() throws IOException {
        try {
            if (fileOut != null) {
                fileOut.close();
            }
        } finally {
            fileOut = null;
            if (file != null) {
                Files.deleteIfExists(file);
            }
        }
    }
}
