package io.pbm.examples.bench;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.pbm.examples.sample.SampleDocument;
import io.pbm.examples.sample.SampleGenerator;
import io.pbm.examples.sample.SampleProfile;
import io.pbm.io.project.ProjectReader;
import io.pbm.io.result.ResultWriter;
import io.pbm.rules.policy.Presets;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The streaming path against its floor (issue 7): {@code readEvaluateWrite} streams a 100,000-project
 * {@code pbm/1} document (a province sample with its data-entry mistakes, held as bytes) through the
 * reader, the pipeline under XINJIANG and the result writer into a sink that only counts;
 * {@code jacksonTokens} reads the same bytes' tokens with Jackson's streaming parser — each string's
 * text, each number as a decimal from its text — and writes a document of the result's size with
 * Jackson's generator, nothing else. Target: readEvaluateWrite ≤ 2.5 × jacksonTokens.
 *
 * <pre>
 * java -jar pbm-examples/target/benchmarks.jar IoBenchmark -f 1 -wi 2 -i 3 -prof gc
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class IoBenchmark {

    /** How many projects the document holds. */
    static final int PROJECTS = 100_000;

    private static final JsonFactory JSON = JsonFactory.builder().build();

    private byte[] document;
    private long resultSize;
    private String[] texts;

    /**
     * Makes the document, and measures the result once so that the floor writes as much.
     *
     * @throws IOException never: the streams are in memory
     */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(PROJECTS * 3_000);
        SampleDocument.write(SampleGenerator.iterable(PROJECTS, 5_000, 7, SampleProfile.PROVINCE, true), bytes);
        document = bytes.toByteArray();
        resultSize = readEvaluateWrite();
        List<String> found = new ArrayList<>();
        try (JsonParser p = JSON.createParser(document)) {
            for (JsonToken t = p.nextToken(); t != null && found.size() < 1_000; t = p.nextToken()) {
                if (t == JsonToken.VALUE_STRING) {
                    found.add(p.getText());
                }
            }
        }
        texts = found.toArray(String[]::new);
    }

    /**
     * The document read, evaluated under XINJIANG and written as {@code pbm-result/1}.
     *
     * @return the bytes written
     */
    @Benchmark
    public long readEvaluateWrite() {
        Counting out = new Counting();
        ResultWriter.evaluate(ProjectReader.of(), new ByteArrayInputStream(document), Presets.XINJIANG, out,
                Locale.CHINA);
        return out.count;
    }

    /**
     * The floor: every token of the document read as it needs to be (a string's text, a number's decimal
     * from its text), every token written again, then strings of the document's own texts until the
     * output is as long as the result.
     *
     * @return the bytes written
     * @throws IOException never: the streams are in memory
     */
    @Benchmark
    public long jacksonTokens() throws IOException {
        Counting out = new Counting();
        long decimals = 0;
        try (JsonParser p = JSON.createParser(document);
                JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            reading:
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                switch (t) {
                    case START_OBJECT -> g.writeStartObject();
                    case END_OBJECT -> {
                        if (p.getParsingContext().inRoot()) {
                            break reading;  // the document stays open for the filler
                        }
                        g.writeEndObject();
                    }
                    case START_ARRAY -> g.writeStartArray();
                    case END_ARRAY -> {
                        if (p.getParsingContext().getParent().inRoot()) {
                            break;  // the projects stay open for the filler
                        }
                        g.writeEndArray();
                    }
                    case FIELD_NAME -> g.writeFieldName(p.getCurrentName());
                    case VALUE_STRING -> g.writeString(p.getText());
                    case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                        BigDecimal number = new BigDecimal(p.getText());
                        decimals += number.scale();
                        g.writeNumber(number);
                    }
                    case VALUE_TRUE, VALUE_FALSE -> g.writeBoolean(t == JsonToken.VALUE_TRUE);
                    case VALUE_NULL -> g.writeNull();
                    default -> throw new IllegalStateException(t.toString());
                }
            }
            // what the result has beyond the input (scores, trace, messages), as the input's own texts
            for (int i = 0; out.count + g.getOutputBuffered() < resultSize; i++) {
                g.writeStartObject();
                g.writeStringField("message", texts[i % texts.length]);
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        return out.count + decimals;
    }

    /** Counts the bytes and keeps none. */
    static final class Counting extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
