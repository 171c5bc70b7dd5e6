package io.pbm.io.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pbm.io.DocumentException;
import io.pbm.io.ReadLimits;
import io.pbm.io.hostile.Garbage;
import io.pbm.io.result.ResultWriter;
import io.pbm.rules.policy.Presets;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Garbage through the pbm/1 reader (issue #8, "Fuzzing"; json-contract.md, "Nothing is lost"): random
 * bytes, soups of JSON tokens in random order, random JSON trees made of pbm/1's own member names and
 * values, and the samples cut short or with bytes changed — read whole and streamed, with the default
 * limits and with small ones, and run through the streaming evaluation into a result document. Only a
 * {@link DocumentException} may escape, and every document read loses no record
 * ({@link Garbage#check}). {@link NothingLostProperties} covers near-valid documents.
 */
class GarbageDocumentProperties {

    private static final byte[] COUNTY = Documents.sampleText("county-2023.json").getBytes(StandardCharsets.UTF_8);
    private static final byte[] REJECTIONS = Documents.sampleText("rejections.json").getBytes(StandardCharsets.UTF_8);

    /** Every member name of the samples: what a random tree is made of, so that it reaches deep into the reader. */
    private static final List<String> NAMES = names(Documents.sampleText("county-2023.json")
            + Documents.sampleText("contract-example.json"));

    private static final List<String> SCALARS = List.of("\"pbm/1\"", "\"pbm/2\"", "\"GENERAL_PUBLIC\"", "\"OUTPUT\"",
            "\"QUANTITY\"", "\"BENEFIT\"", "\"SOCIAL\"", "\"ACHIEVED\"", "\">=\"", "\"qualitative\"", "\"10\"",
            "\"100000.00\"", "\"≧12公里\"", "\"≥90%\"", "\"明显提升\"", "\"\"", "\" \"", "\"\\u0000\"", "\"\\ud800\"",
            "1", "-1", "0", "-0", "0.5", "1e999999999", "-1E-999999999", "2023", "99999999999999999999", "30",
            "true", "false", "null", "\"NaN\"", "\"Infinity\"", "\"1e3\"", "\"-5.00\"", "\"p-1\"", "\"p-1\"");

    private static final List<String> PUNCTUATION = List.of("{", "}", "[", "]", ",", ":", " ", "\n");

    private static final ReadLimits SMALL = ReadLimits.DEFAULT.withMaxRecords(3).withMaxDepth(8)
            .withMaxStringLength(40).withMaxIndicators(3).withMaxRecordBytes(600).withMaxDocumentBytes(4_000);

    private static final ObjectMapper JSON = new ObjectMapper();

    @Provide
    Arbitrary<byte[]> garbage() {
        return Arbitraries.oneOf(
                Garbage.bytes(300),
                soup().map(GarbageDocumentProperties::utf8),
                soup().map(s -> utf8("{\"format\": \"pbm/1\", \"projects\": [" + s)),
                trees(),
                Garbage.damaged(COUNTY),
                Garbage.damaged(REJECTIONS));
    }

    /** JSON tokens in random order: names, values and punctuation. */
    private Arbitrary<String> soup() {
        Arbitrary<String> token = Arbitraries.oneOf(Arbitraries.of(PUNCTUATION), Arbitraries.of(SCALARS),
                Arbitraries.of(NAMES).map(n -> "\"" + n + "\""));
        return token.list().ofMaxSize(60).map(tokens -> String.join("", tokens));
    }

    /** pbm/1 documents of random trees: valid JSON, records of the right names with values of any shape. */
    private Arbitrary<byte[]> trees() {
        Arbitrary<String> records = value(3).list().ofMaxSize(5).map(values -> String.join(",", values));
        return Arbitraries.oneOf(
                records.map(r -> "{\"format\": \"pbm/1\", \"projects\": [" + r + "]}"),
                records.map(r -> "{\"format\": \"pbm/1\", \"projects\": [], \"units\": [" + r + "]}"),
                value(3)).map(GarbageDocumentProperties::utf8);
    }

    private Arbitrary<String> value(int depth) {
        Arbitrary<String> scalar = Arbitraries.of(SCALARS);
        if (depth == 0) {
            return scalar;
        }
        Arbitrary<String> array = Arbitraries.lazy(() -> value(depth - 1)).list().ofMaxSize(4)
                .map(values -> "[" + String.join(",", values) + "]");
        Arbitrary<String> member = Combinators.combine(Arbitraries.of(NAMES), Arbitraries.lazy(() -> value(depth - 1)))
                .as((name, value) -> "\"" + name + "\":" + value);
        Arbitrary<String> object = member.list().ofMaxSize(8).map(members -> "{" + String.join(",", members) + "}");
        return Arbitraries.frequencyOf(Tuple.of(2, scalar), Tuple.of(1, array),
                Tuple.of(3, object));
    }

    @Property(tries = 100)
    void garbageIsReadWithNothingLostOrRefusedWithADocumentException(@ForAll("garbage") byte[] document,
            @ForAll boolean small) {
        ProjectReader reader = small ? ProjectReader.of(SMALL) : ProjectReader.of();
        Garbage.check(() -> reader.read(new ByteArrayInputStream(document)),
                () -> reader.stream(new ByteArrayInputStream(document)));
    }

    @Property(tries = 100)
    void garbageEvaluatedAsItStreamsEndsTheResultDocumentOrIsRefusedBeforeIt(@ForAll("garbage") byte[] document,
            @ForAll boolean small) throws IOException {
        ProjectReader reader = small ? ProjectReader.of(SMALL) : ProjectReader.of();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ResultWriter.Written written;
        try {
            written = ResultWriter.evaluate(reader, new ByteArrayInputStream(document), Presets.MOF_2020, out,
                    Locale.ENGLISH);
        } catch (DocumentException refused) {
            Garbage.checkRefusal(refused);
            assertEquals(0, out.size(), "nothing is written for a document refused before its first record");
            return;
        }
        JsonNode result = JSON.readTree(out.toByteArray());
        var summary = written.summary();
        assertEquals(summary.projects(), summary.evaluated() + summary.excluded() + summary.rejected());
        assertEquals(summary.projects(), result.get("results").size() + result.get("excluded").size()
                + result.get("rejected").size());
        if (written.failure() != null) {
            Garbage.checkRefusal(written.failure());
            assertEquals(written.failure().code().code(), result.at("/error/code").asText());
        } else {
            assertTrue(result.path("error").isMissingNode());
        }
    }

    private static List<String> names(String json) {
        TreeSet<String> names = new TreeSet<>();
        Matcher m = Pattern.compile("\"(\\w+)\"\\s*:").matcher(json);
        while (m.find()) {
            names.add(m.group(1));
        }
        return List.copyOf(names);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
