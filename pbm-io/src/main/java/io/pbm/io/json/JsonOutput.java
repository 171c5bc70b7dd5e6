package io.pbm.io.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * How pbm-io writes every document: UTF-8, two-space indentation, {@code "name": value}, {@code []} and
 * {@code {}} for empty lists and objects, and {@code \n} line ends on every platform — so the same
 * content gives the same bytes everywhere. The stream is never closed by the generator.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class JsonOutput {

    private static final JsonFactory OUTPUT = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    private JsonOutput() {}

    /**
     * A generator writing pbm's layout to a stream.
     *
     * @param out  where the UTF-8 text goes, not closed by the generator, not null
     * @return the generator
     * @throws UncheckedIOException if the generator cannot be created
     */
    public static JsonGenerator generator(OutputStream out) {
        Objects.requireNonNull(out, "out is null");
        try {
            JsonGenerator g = OUTPUT.createGenerator(out, JsonEncoding.UTF8);
            g.setPrettyPrinter(new Layout());
            return g;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
