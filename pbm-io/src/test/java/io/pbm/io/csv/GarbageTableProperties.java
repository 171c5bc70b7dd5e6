package io.pbm.io.csv;

import io.pbm.io.ReadLimits;
import io.pbm.io.hostile.Garbage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Garbage through the CSV reader (issue #8, "Fuzzing"): tables of the contract example's own cells with
 * random quotes, separators, line ends, byte order marks and encodings, read with the encoding detected
 * or given; the example tables cut short or with bytes changed; random bytes — read whole and streamed.
 * Only a {@link io.pbm.io.DocumentException} may escape, and every table read loses no project
 * ({@link Garbage#check}). {@link CsvProperties} covers random cells under a valid header.
 */
class GarbageTableProperties {

    private static final byte[] ZH = resource("contract-example-zh.csv");
    private static final byte[] EN = resource("contract-example-en.csv");
    private static final byte[] GB = resource("contract-example-gb18030.csv");
    private static final byte[] BAD_ROWS = resource("bad-rows.csv");

    /** The example's lines split into cells: the header's names and the rows' values. */
    private static final List<List<String>> LINES = lines(new String(ZH, StandardCharsets.UTF_8)
            + new String(EN, StandardCharsets.UTF_8));
    private static final List<String> CELLS = LINES.stream().flatMap(List::stream).distinct().toList();

    private static final ReadLimits SMALL = ReadLimits.DEFAULT.withMaxRecords(2).withMaxStringLength(30)
            .withMaxIndicators(3).withMaxRecordBytes(800).withMaxDocumentBytes(3_000);

    private static final List<Charset> CHARSETS = List.of(StandardCharsets.UTF_8, CsvReader.GB18030,
            StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE, StandardCharsets.ISO_8859_1);

    private static final List<byte[]> BOMS = List.of(new byte[0], new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
            new byte[] {(byte) 0xFE, (byte) 0xFF}, new byte[] {(byte) 0xFF, (byte) 0xFE});

    @Provide
    Arbitrary<byte[]> tables() {
        return Arbitraries.oneOf(
                Garbage.bytes(300),
                text().flatMap(GarbageTableProperties::encoded),
                Garbage.damaged(ZH), Garbage.damaged(EN), Garbage.damaged(GB), Garbage.damaged(BAD_ROWS));
    }

    /** A header line and rows, of the example's cells and of quotes, with random separators and line ends. */
    private static Arbitrary<String> text() {
        Arbitrary<String> cell = Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.of(CELLS)),
                Tuple.of(1, Arbitraries.of("\"", "\"\"", "\"a\"b", "a\"b", "\"a,b\"", "\"a\nb\"", "", " ",
                        "\uFEFF", "\u0000", "1e999999999", "9".repeat(40))),
                Tuple.of(1, Arbitraries.strings().ofMaxLength(6)));
        Arbitrary<String> separator = Arbitraries.frequencyOf(Tuple.of(8, Arbitraries.just(",")),
                Tuple.of(1, Arbitraries.of(";", "\t", ",,", "，")));
        Arbitrary<String> lineEnd = Arbitraries.of("\n", "\r\n", "\r", "\n\n", "");
        Arbitrary<String> row = Combinators.combine(cell.list().ofMaxSize(40), separator, lineEnd)
                .as((cells, sep, end) -> String.join(sep, cells) + end);
        Arbitrary<String> header = Arbitraries.of(LINES.get(0), LINES.get(LINES.size() / 2 + 1)).flatMap(names ->
                Arbitraries.integers().between(0, names.size()).map(drop -> {
                    List<String> kept = new ArrayList<>(names);
                    if (drop < kept.size()) {
                        kept.remove((int) drop);
                    }
                    return String.join(",", kept) + "\n";
                }));
        Arbitrary<String> validRows = Arbitraries.of(LINES).list().ofMaxSize(6)
                .map(lines -> lines.stream().map(l -> String.join(",", l) + "\n").reduce("", String::concat));
        return Combinators.combine(header, validRows, row.list().ofMaxSize(6))
                .as((h, valid, rows) -> h + valid + String.join("", rows));
    }

    private static Arbitrary<byte[]> encoded(String text) {
        return Combinators.combine(Arbitraries.of(BOMS), Arbitraries.of(CHARSETS)).as((bom, charset) -> {
            byte[] body = text.getBytes(charset);
            byte[] bytes = Arrays.copyOf(bom, bom.length + body.length);
            System.arraycopy(body, 0, bytes, bom.length, body.length);
            return bytes;
        });
    }

    @Provide
    Arbitrary<CsvReader> readers() {
        Arbitrary<CsvReader> limited = Arbitraries.of(CsvReader.of(), CsvReader.of(SMALL));
        return Combinators.combine(limited, Arbitraries.of(CHARSETS).optional())
                .as((reader, charset) -> charset.map(reader::withCharset).orElse(reader));
    }

    @Property
    void garbageIsReadWithNothingLostOrRefusedWithADocumentException(@ForAll("tables") byte[] table,
            @ForAll("readers") CsvReader reader) {
        Garbage.check(() -> reader.read(new ByteArrayInputStream(table), "t.csv"),
                () -> reader.stream(new ByteArrayInputStream(table), "t.csv"));
    }

    private static List<List<String>> lines(String text) {
        return text.lines().filter(l -> !l.isEmpty()).map(l -> List.of(l.split(",", -1))).toList();
    }

    private static byte[] resource(String name) {
        try (InputStream in = GarbageTableProperties.class.getResourceAsStream("/csv/" + name)) {
            return Optional.ofNullable(in).orElseThrow(() -> new IllegalStateException("no " + name)).readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
