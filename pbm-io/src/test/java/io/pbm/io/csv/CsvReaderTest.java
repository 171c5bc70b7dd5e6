package io.pbm.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pbm.core.project.Project;
import io.pbm.io.DocumentException;
import io.pbm.io.ReadingCode;
import io.pbm.io.project.ProjectDocument;
import io.pbm.io.project.ProjectReader;
import io.pbm.io.project.ReadRecord;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The contract example as CSV tables reads into the same project as the JSON document. */
class CsvReaderTest {

    /** The required columns, in English. */
    static final String HEADER = "projectId,projectName,unit,year,fundCategory,adjusted,spent,level1,level2,name,target,weight\n";

    /** A row of a valid project under {@link #HEADER}. */
    static String row(String id) {
        return id + ",工程,住建局,2023,GENERAL_PUBLIC,1.00,1.00,OUTPUT,QUANTITY,长度,≥10,100\n";
    }

    static byte[] resource(String name) {
        try (InputStream in = CsvReaderTest.class.getResourceAsStream("/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Project> contractExample() {
        return ProjectReader.of().read(new ByteArrayInputStream(resource("samples/contract-example.json"))).projects();
    }

    static ProjectDocument read(CsvReader reader, byte[] bytes) {
        return reader.read(new ByteArrayInputStream(bytes), "t.csv");
    }

    @Test
    void theChineseTableReadsIntoTheProjectsOfTheJsonDocument() {
        ProjectDocument document = read(CsvReader.of(), resource("csv/contract-example-zh.csv"));
        assertEquals(List.of(), document.rejected());
        assertEquals(contractExample(), document.projects());
    }

    @Test
    void theEnglishTableWithBomLfAndAnotherColumnOrderReadsTheSame() {
        assertEquals(contractExample(), read(CsvReader.of(), resource("csv/contract-example-en.csv")).projects());
    }

    @Test
    void aGb18030TableWithMergedCellsAndAmountsIn万元IsDetectedAndReadTheSame() {
        assertEquals(contractExample(), read(CsvReader.of(), resource("csv/contract-example-gb18030.csv")).projects());
        assertEquals(contractExample(), read(CsvReader.of().withCharset(CsvReader.GB18030),
                resource("csv/contract-example-gb18030.csv")).projects());
    }

    @Test
    void theChineseTableEncodedAsGb18030InTheTestIsDetected() {
        byte[] gb = new String(resource("csv/contract-example-zh.csv"), StandardCharsets.UTF_8)
                .getBytes(CsvReader.GB18030);
        assertEquals(contractExample(), read(CsvReader.of(), gb).projects());
    }

    @Test
    void aGbkTableMislabelledAsUtf8FailsAtItsFirstChineseLine() {
        String table = HEADER + row("P-1");
        DocumentException e = assertThrows(DocumentException.class, () -> read(
                CsvReader.of().withCharset(StandardCharsets.UTF_8), table.getBytes(CsvReader.GB18030)));
        assertEquals(ReadingCode.DOCUMENT_ENCODING, e.code());
        assertTrue(e.getMessage().startsWith("t.csv:2："), e.getMessage());
        assertTrue(e.message().render(Locale.ENGLISH).contains("not valid UTF-8"), e.message().render(Locale.ENGLISH));
    }

    @Test
    void bytesThatAreNeitherUtf8NorGb18030FailTheTableOnce() {
        byte[] bytes = (HEADER + "P-1\n").getBytes(StandardCharsets.US_ASCII);
        byte[] bad = new byte[bytes.length + 2];
        System.arraycopy(bytes, 0, bad, 0, bytes.length);
        bad[bytes.length] = (byte) 0xFF;
        bad[bytes.length + 1] = (byte) 0xFF;
        DocumentException e = assertThrows(DocumentException.class, () -> read(CsvReader.of(), bad));
        assertEquals(ReadingCode.DOCUMENT_ENCODING, e.code());
        assertTrue(e.getMessage().startsWith("t.csv:3："), e.getMessage());
        assertTrue(e.getMessage().contains("GB18030"), e.getMessage());
    }

    @Test
    void utf16IsRefusedWithAClearMessage() {
        byte[] utf16 = "\uFEFF项目编号".getBytes(StandardCharsets.UTF_16LE);
        DocumentException e = assertThrows(DocumentException.class, () -> read(CsvReader.of(), utf16));
        assertEquals(ReadingCode.DOCUMENT_ENCODING, e.code());
        assertTrue(e.message().render(Locale.ENGLISH).contains("UTF-16"));
    }

    @Test
    void aFileReadByPathIsClosedAndNamedInLocations(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("county.csv");
        Files.write(file, resource("csv/bad-rows.csv"));
        ProjectDocument document = CsvReader.of().read(file);
        assertEquals("county.csv:4:全年执行数", document.rejected().get(0).problems().get(0).path());
        try (Stream<ReadRecord> records = CsvReader.of().stream(file)) {
            assertEquals(6, records.count());
        }
        Files.delete(file);
        DocumentException missing = assertThrows(DocumentException.class, () -> CsvReader.of().read(file));
        assertEquals(ReadingCode.DOCUMENT_IO, missing.code());
    }

    @Test
    void theStreamHandsOutProjectsInTableOrderWithTheirIndex() {
        try (Stream<ReadRecord> records = CsvReader.of().stream(
                new ByteArrayInputStream(resource("csv/bad-rows.csv")), "t.csv")) {
            assertEquals(List.of(0, 1, 2, 3, 4, 5), records.map(ReadRecord::index).toList());
        }
    }
}
