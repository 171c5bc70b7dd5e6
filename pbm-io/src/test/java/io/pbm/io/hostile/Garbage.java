package io.pbm.io.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pbm.io.DocumentException;
import io.pbm.io.project.ProjectDocument;
import io.pbm.io.project.ReadRecord;
import io.pbm.io.project.Section;
import io.pbm.io.result.ResultWriter;
import io.pbm.rules.policy.Presets;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * The garbage of the fuzzing properties (issue #8, "Fuzzing") and the one check every reader must pass
 * on it: a reader either reads a document — every record out once, in input order, and every project
 * record evaluated, excluded or rejected — or refuses it with one {@link DocumentException} of a
 * document-level code whose message names no Java class. Nothing else may escape: no
 * RuntimeException, no NullPointerException, no OutOfMemoryError or StackOverflowError.
 */
public final class Garbage {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Garbage() {
    }

    /**
     * Random bytes.
     *
     * @param maxSize  the most bytes
     * @return the bytes
     */
    public static Arbitrary<byte[]> bytes(int maxSize) {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(maxSize);
    }

    /**
     * A valid document damaged: cut short, some bytes changed, or both.
     *
     * @param valid  the document, not changed
     * @return the damaged copies
     */
    public static Arbitrary<byte[]> damaged(byte[] valid) {
        Arbitrary<byte[]> truncated = Arbitraries.integers().between(0, valid.length)
                .map(length -> Arrays.copyOf(valid, length));
        Arbitrary<byte[]> flipped = flips(valid);
        Arbitrary<byte[]> both = Combinators.combine(flipped, Arbitraries.integers().between(0, valid.length))
                .as((bytes, length) -> Arrays.copyOf(bytes, length));
        return Arbitraries.oneOf(truncated, flipped, both);
    }

    /**
     * A valid document with one to eight bytes replaced by random ones.
     *
     * @param valid  the document, not changed
     * @return the changed copies
     */
    public static Arbitrary<byte[]> flips(byte[] valid) {
        if (valid.length == 0) {
            return Arbitraries.just(valid);
        }
        Arbitrary<Tuple.Tuple2<Integer, Byte>> flip = Combinators.combine(
                Arbitraries.integers().between(0, valid.length - 1), Arbitraries.bytes()).as(Tuple::of);
        return flip.list().ofMinSize(1).ofMaxSize(8).map(flips -> {
            byte[] copy = valid.clone();
            flips.forEach(f -> copy[f.get1()] = f.get2());
            return copy;
        });
    }

    /**
     * Reads garbage through a reader's whole-document and streaming paths and checks what comes out: the
     * same records, or the same refusal (a stream may deliver records before it); for a document read,
     * every record once in input order, and every project evaluated, excluded or rejected.
     *
     * @param read  the reader's whole-document read, which throws only {@link DocumentException}
     * @param stream  the reader's stream of the same bytes, which throws only {@link DocumentException}
     * @return the document read, or null when it was refused
     */
    public static ProjectDocument check(Supplier<ProjectDocument> read, Supplier<Stream<ReadRecord>> stream) {
        ProjectDocument document = null;
        DocumentException readRefused = null;
        try {
            document = read.get();
        } catch (DocumentException e) {
            readRefused = e;
            checkRefusal(e);
        }
        List<ReadRecord> streamed = new ArrayList<>();
        DocumentException streamRefused = null;
        try (Stream<ReadRecord> records = stream.get()) {
            records.forEach(streamed::add);
        } catch (DocumentException e) {
            streamRefused = e;
            checkRefusal(e);
        }
        if (document == null) {
            assertNotNull(streamRefused, "read refused " + readRefused.code().code() + ", the stream did not");
            assertEquals(readRefused.code(), streamRefused.code(), "the same refusal");
            checkInputOrder(streamed);
            return null;
        }
        assertNull(streamRefused, "the stream refused what read read");
        assertEquals(shapes(document.records()), shapes(streamed), "the stream gives the records read gives");
        checkInputOrder(document.records());
        checkNothingLost(document.records());
        return document;
    }

    /**
     * A document-level refusal whose message a person can read: no stack trace, no Java class name.
     *
     * @param e  the refusal
     */
    public static void checkRefusal(DocumentException e) {
        assertTrue(e.code().isDocumentLevel() || !e.problems().isEmpty(), e.code().code());
        for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
            String text = e.render(locale);
            assertFalse(text.isBlank(), "a message");
            for (String javaName : List.of("java.", "Exception", "com.fasterxml", "org.apache", "io.pbm")) {
                assertFalse(text.contains(javaName), () -> "a Java name reaches the user: " + text);
            }
        }
    }

    /**
     * Every record in input order: each section's indices count 0, 1, 2 … without a gap or a repeat.
     *
     * @param records  the records
     */
    public static void checkInputOrder(List<ReadRecord> records) {
        for (Section section : Section.values()) {
            List<Integer> indices = records.stream().filter(r -> r.section() == section).map(ReadRecord::index).toList();
            assertEquals(IntStream.range(0, indices.size()).boxed().toList(), indices, section + " in input order");
        }
    }

    /**
     * Runs the records through the pipeline into a {@code pbm-result/1} document (MOF_2020) and checks
     * that every project record is exactly one of {@code results}, {@code excluded}, {@code rejected} and
     * every unit-wide record one of {@code units}, {@code unitsRejected}.
     *
     * @param records  the records of a document read
     */
    public static void checkNothingLost(List<ReadRecord> records) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ResultWriter.Written written = ResultWriter.evaluate(records.stream(), Presets.MOF_2020, out, Locale.ENGLISH);
        assertNull(written.failure());
        long projects = records.stream().filter(r -> r.section() == Section.PROJECTS).count();
        long units = records.size() - projects;
        assertEquals(projects, written.summary().projects());
        JsonNode result = parse(out.toByteArray());
        assertEquals(indices(projects), indices(result, "results", "excluded", "rejected"));
        if (units > 0) {
            assertEquals(indices(units), indices(result, "units", "unitsRejected"));
        }
    }

    private static List<String> shapes(List<ReadRecord> records) {
        return records.stream().map(r -> r.getClass().getSimpleName() + " " + r.section() + " " + r.index()).toList();
    }

    private static JsonNode parse(byte[] bytes) {
        try {
            return JSON.readTree(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Integer> indices(long count) {
        return IntStream.range(0, (int) count).boxed().toList();
    }

    /** The indices of the lists' entries, each list in input order, merged and sorted. */
    private static List<Integer> indices(JsonNode result, String... lists) {
        List<Integer> all = new ArrayList<>();
        for (String list : lists) {
            JsonNode entries = result.path(list);
            List<Integer> each = StreamSupport.stream(entries.spliterator(), false)
                    .map(entry -> entry.get("index").asInt()).toList();
            assertEquals(each.stream().sorted().toList(), each, list + " in input order");
            all.addAll(each);
        }
        return all.stream().sorted().toList();
    }
}
