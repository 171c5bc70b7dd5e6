package io.pbm.io.project;

import static io.pbm.io.project.Documents.document;
import static io.pbm.io.project.Documents.problems;
import static io.pbm.io.project.Documents.project;
import static io.pbm.io.project.Documents.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pbm.core.InvalidValueException;
import io.pbm.io.DocumentException;
import io.pbm.io.ReadLimits;
import io.pbm.io.ReadingCode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Each limit of {@link ReadLimits}: its default admits a national run, and passing it fails as documented. */
class ReadLimitsTest {

    private static DocumentException failure(String json, ReadLimits limits) {
        return assertThrows(DocumentException.class, () -> read(json, limits));
    }

    @Test
    void theDefaultsAdmitANationalRunAndStopHostileShapes() {
        ReadLimits limits = ReadLimits.DEFAULT;
        assertTrue(limits.maxDocumentBytes() >= 100L << 30, "a national run is a couple of GB, many times over");
        assertTrue(limits.maxRecords() >= 1_000_000, "a million projects");
        assertTrue(limits.maxIndicators() >= 100, "real goal tables have tens of indicators");
        assertTrue(limits.maxStringLength() >= 10_000, "a 10,000-digit number reaches the decimal grammar");
        assertEquals(64, limits.maxDepth());
        assertEquals(16L << 20, limits.maxRecordBytes());
    }

    @Test
    void documentSize() {
        String json = document(project("a"), project("b"));
        assertEquals(2, read(json, ReadLimits.DEFAULT.withMaxDocumentBytes(json.getBytes(java.nio.charset.StandardCharsets.UTF_8).length))
                .projects().size());
        DocumentException e = failure(json, ReadLimits.DEFAULT.withMaxDocumentBytes(1_000));
        assertEquals(ReadingCode.LIMIT_DOCUMENT_SIZE, e.code());
        assertEquals("文档超过 1000 字节的上限", e.getMessage());
    }

    @Test
    void nestingDepth() {
        String deep = "[".repeat(100) + "]".repeat(100);
        DocumentException byDefault = failure(document(project("a", "\"extra\": " + deep)), ReadLimits.DEFAULT);
        assertEquals(ReadingCode.LIMIT_DEPTH, byDefault.code());
        String shallow = "[".repeat(4) + "]".repeat(4);
        assertEquals(1, read(document(project("a", "\"extra\": " + shallow)), ReadLimits.DEFAULT.withMaxDepth(8))
                .projects().size());
        assertEquals(ReadingCode.LIMIT_DEPTH,
                failure(document(project("a", "\"extra\": " + "[".repeat(6) + "]".repeat(6))),
                        ReadLimits.DEFAULT.withMaxDepth(8)).code());
    }

    @Test
    void stringLength() {
        ReadLimits limits = ReadLimits.DEFAULT.withMaxStringLength(50);
        assertEquals(ReadingCode.LIMIT_STRING_LENGTH,
                failure(document(project("a", "\"goal\": \"" + "长".repeat(51) + "\"")), limits).code());
        assertEquals(ReadingCode.LIMIT_STRING_LENGTH,
                failure(document(project("a", "\"note\": " + "1".repeat(51))), limits).code());
        assertEquals(ReadingCode.LIMIT_STRING_LENGTH,
                failure(document(project("a", "\"" + "n".repeat(51) + "\": 1")), limits).code());
        assertEquals(1, read(document(project("a", "\"goal\": \"" + "长".repeat(50) + "\"")), limits).projects().size());
    }

    @Test
    void numberOfRecords() {
        ReadLimits limits = ReadLimits.DEFAULT.withMaxRecords(2);
        String json = document(project("a"), project("b"), project("c"));
        DocumentException e = failure(json, limits);
        assertEquals(ReadingCode.LIMIT_RECORDS, e.code());
        List<ReadRecord> delivered = new ArrayList<>();
        try (Stream<ReadRecord> records = ProjectReader.of(limits).stream(Documents.stream(json))) {
            assertThrows(DocumentException.class, () -> records.forEach(delivered::add));
        }
        assertEquals(2, delivered.size(), "the records within the limit are delivered first");
        assertEquals(2, read(document(project("a"), project("b")), limits).projects().size());
    }

    @Test
    void indicatorsPerRecordRejectOnlyTheRecord() {
        ReadLimits limits = ReadLimits.DEFAULT.withMaxIndicators(3);
        String four = project("b").replace("\"indicators\": [", "\"indicators\": [{\"name\": \"多\", "
                + "\"level1\": \"OUTPUT\", \"level2\": \"QUALITY\", \"target\": \"≥1\", \"weight\": \"1\"},");
        ProjectDocument document = read(document(project("a"), four, project("c")), limits);
        assertEquals(2, document.projects().size());
        assertEquals(List.of("limit.indicators /projects/1/indicators"), problems(document));
        assertEquals(ReadLimits.DEFAULT.maxIndicators(), 1_000);
    }

    @Test
    void bytesPerRecordRejectOnlyTheRecord() {
        ReadLimits limits = ReadLimits.DEFAULT.withMaxRecordBytes(2_000);
        String big = project("b", "\"goal\": \"" + "大".repeat(1_000) + "\"");
        ProjectDocument document = read(document(project("a"), big, project("c")), limits);
        assertEquals(List.of("a", "c"), document.projects().stream().map(p -> p.id()).toList());
        assertEquals(List.of("limit.recordSize /projects/1"), problems(document));
        assertEquals("b", document.rejected().get(0).id());
    }

    @Test
    void limitsOutOfRangeAreRefused() {
        assertThrows(InvalidValueException.class, () -> ReadLimits.DEFAULT.withMaxDepth(7));
        assertThrows(InvalidValueException.class, () -> ReadLimits.DEFAULT.withMaxRecords(0));
        assertThrows(InvalidValueException.class, () -> ReadLimits.DEFAULT.withMaxDocumentBytes(0));
        assertThrows(InvalidValueException.class, () -> ReadLimits.DEFAULT.withMaxStringLength(0));
        assertThrows(InvalidValueException.class, () -> ReadLimits.DEFAULT.withMaxIndicators(0));
        assertThrows(InvalidValueException.class, () -> ReadLimits.DEFAULT.withMaxRecordBytes(0));
    }
}
