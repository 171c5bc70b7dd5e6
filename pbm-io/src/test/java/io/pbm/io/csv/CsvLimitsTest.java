package io.pbm.io.csv;

import static io.pbm.io.csv.CsvReaderTest.HEADER;
import static io.pbm.io.csv.CsvReaderTest.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.pbm.io.DocumentException;
import io.pbm.io.ReadLimits;
import io.pbm.io.ReadingCode;
import io.pbm.io.project.ProjectDocument;
import io.pbm.io.project.ReadRecord;
import io.pbm.io.project.RejectedRecord;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Each limit of {@link ReadLimits} as the CSV reader applies it, and each table that cannot be read at all. */
class CsvLimitsTest {

    private static ProjectDocument read(ReadLimits limits, String table) {
        return CsvReaderTest.read(CsvReader.of(limits), table.getBytes(StandardCharsets.UTF_8));
    }

    private static ReadingCode failure(ReadLimits limits, String table) {
        return assertThrows(DocumentException.class, () -> read(limits, table)).code();
    }

    private static List<String> problems(RejectedRecord rejected) {
        return rejected.problems().stream().map(p -> p.path() + " " + p.code()).toList();
    }

    @Test
    void moreProjectsThanMaxRecordsFailTheTableAfterTheFirstOnesWereDelivered() {
        List<ReadRecord> delivered = new ArrayList<>();
        try (Stream<ReadRecord> records = CsvReader.of(ReadLimits.DEFAULT.withMaxRecords(2)).stream(
                new ByteArrayInputStream((HEADER + row("A") + row("B") + row("C")).getBytes(StandardCharsets.UTF_8)),
                "t.csv")) {
            DocumentException e = assertThrows(DocumentException.class, () -> records.forEach(delivered::add));
            assertEquals(ReadingCode.LIMIT_RECORDS, e.code());
        }
        assertEquals(2, delivered.size());
    }

    @Test
    void aFileLargerThanMaxDocumentBytesFails() {
        assertEquals(ReadingCode.LIMIT_DOCUMENT_SIZE, failure(ReadLimits.DEFAULT.withMaxDocumentBytes(200),
                HEADER + row("A") + row("B") + row("C")));
    }

    @Test
    void aFieldLongerThanMaxStringLengthFailsAtItsLine() {
        DocumentException e = assertThrows(DocumentException.class, () -> read(
                ReadLimits.DEFAULT.withMaxStringLength(20), HEADER + row("A") + row("x".repeat(1000))));
        assertEquals(ReadingCode.LIMIT_STRING_LENGTH, e.code());
        assertEquals("t.csv:3", e.problems().get(0).path());
    }

    @Test
    void aHeaderOfMoreColumnsThanTheLimitFails() {
        assertEquals(ReadingCode.LIMIT_INDICATORS, failure(ReadLimits.DEFAULT.withMaxIndicators(2),
                HEADER.strip() + ",".repeat(500) + "\n" + row("A")));
    }

    @Test
    void aProjectOfMoreRowsThanMaxIndicatorsIsRejectedAndTheNextOneRead() {
        String rows = row("A").replace("长度", "一") + row("A").replace("长度", "二") + row("A").replace("长度", "三");
        ProjectDocument document = read(ReadLimits.DEFAULT.withMaxIndicators(2), HEADER + rows + row("B"));
        assertEquals(List.of("t.csv:4 limit.indicators"), problems(document.rejected().get(0)));
        assertEquals("B", document.projects().get(0).id());
    }

    @Test
    void aProjectOfMoreCharactersThanMaxRecordBytesIsRejected() {
        String rows = row("A").replace("长度", "一") + row("A").replace("长度", "二");
        ProjectDocument document = read(ReadLimits.DEFAULT.withMaxRecordBytes(70), HEADER + rows + row("B"));
        assertEquals(List.of("t.csv:3 limit.recordSize"), problems(document.rejected().get(0)));
        assertEquals(1, document.projects().size());
    }

    @Test
    void aQuoteNeverClosedFailsTheTable() {
        assertEquals(ReadingCode.DOCUMENT_TRUNCATED, failure(ReadLimits.DEFAULT, HEADER + "\"A,工程\n"));
    }

    @Test
    void aMissingRequiredColumnFailsTheTableNamingIt() {
        DocumentException e = assertThrows(DocumentException.class, () -> read(ReadLimits.DEFAULT,
                HEADER.replace(",weight", "") + row("A")));
        assertEquals(ReadingCode.CSV_COLUMN_MISSING, e.code());
        assertEquals("表头缺少必填列“分值”（英文 weight）", e.getMessage());
    }

    @Test
    void aColumnNamedInBothLanguagesFails() {
        assertEquals(ReadingCode.CSV_COLUMN_REPEATED, failure(ReadLimits.DEFAULT,
                HEADER.strip() + ",项目编号\n" + row("A")));
    }

    @Test
    void anEmptyTableFails() {
        assertEquals(ReadingCode.DOCUMENT_NOT_CSV, failure(ReadLimits.DEFAULT, "\n,,,\n"));
    }
}
