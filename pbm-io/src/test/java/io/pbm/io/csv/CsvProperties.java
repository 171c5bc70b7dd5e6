package io.pbm.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pbm.io.DocumentException;
import io.pbm.io.ReadLimits;
import io.pbm.io.project.ProjectDocument;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** RFC 4180 quoting round-trips any text, and no input makes the reader throw anything but a DocumentException. */
class CsvProperties {

    private static final ReadLimits SMALL = ReadLimits.DEFAULT.withMaxStringLength(200).withMaxRecords(20)
            .withMaxIndicators(20).withMaxDocumentBytes(10_000);

    @Provide
    Arbitrary<String> fields() {
        return Arbitraries.oneOf(Arbitraries.strings().withChars(",\"\r\n ab项目\uFEFF\t").ofMaxLength(12),
                Arbitraries.strings().ofMaxLength(12));
    }

    @Provide
    Arbitrary<List<String>> rows() {
        return fields().list().ofMinSize(1).ofMaxSize(6);
    }

    @Property
    void quotingRoundTripsAnyRowOfAnyStrings(@ForAll("rows") List<String> row) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < row.size(); i++) {
            text.append(i == 0 ? "" : ",").append(ResultCsv.quote(row.get(i)));
        }
        text.append("\r\nnext\r\n");
        CsvSyntax syntax = new CsvSyntax(new CsvText(new ByteArrayInputStream(
                ("x\n" + text).getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8, Long.MAX_VALUE), "t.csv", 1000);
        syntax.next(100);
        CsvSyntax.Row read = syntax.next(100);
        assertEquals(row, read.fields());
        assertEquals(-1, read.quoteProblem());
        assertEquals(List.of("next"), syntax.next(100).fields());
    }

    @Provide
    Arbitrary<byte[]> tables() {
        Arbitrary<String> cell = Arbitraries.oneOf(
                Arbitraries.of(CsvColumn.values()).map(CsvColumn::chinese),
                Arbitraries.of(CsvColumn.values()).map(CsvColumn::english),
                Arbitraries.of("1e999999999", "-5.00", "是", "≧735人次", "OUTPUT", "QUANTITY", "GENERAL_PUBLIC", "2023",
                        "P-1", "\"", "\"\"", "9".repeat(30), "qualitative", ">=", "1,2"),
                Arbitraries.strings().ofMaxLength(8));
        Arbitrary<String> text = cell.list().ofMaxSize(60).map(cells -> {
            StringBuilder b = new StringBuilder(CsvReaderTest.HEADER);
            for (String c : cells) {
                b.append(c).append(c.hashCode() % 5 == 0 ? "\n" : ",");
            }
            return b.toString();
        });
        return Arbitraries.oneOf(text.map(t -> t.getBytes(StandardCharsets.UTF_8)),
                text.map(t -> t.getBytes(CsvReader.GB18030)),
                Arbitraries.bytes().array(byte[].class).ofMaxSize(400),
                text.map(t -> {
                    byte[] bytes = t.getBytes(StandardCharsets.UTF_8);
                    for (int i = 0; i < bytes.length; i += 37) {
                        bytes[i] = (byte) (bytes[i] ^ 0x80);
                    }
                    return bytes;
                }));
    }

    @Property
    void theReaderReadsOrFailsWithADocumentExceptionAndLosesNothing(@ForAll("tables") byte[] table) {
        List<Object> records = new ArrayList<>();
        try {
            ProjectDocument document = CsvReader.of(SMALL).read(new ByteArrayInputStream(table), "t.csv");
            records.addAll(document.records());
            for (int i = 0; i < records.size(); i++) {
                assertEquals(i, document.records().get(i).index());
            }
        } catch (DocumentException e) {
            assertEquals(true, e.code().isDocumentLevel() || !e.problems().isEmpty(), e.code().code());
        }
    }
}
