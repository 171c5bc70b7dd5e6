package io.pbm.io.project;

import static io.pbm.io.project.Documents.document;
import static io.pbm.io.project.Documents.project;
import static io.pbm.io.project.Documents.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pbm.io.DocumentException;
import io.pbm.io.ReadingCode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A document that cannot be read at all fails with one clear, coded message — no stack trace needed, no Java names. */
class DocumentFailureTest {

    private static DocumentException failure(String json) {
        return assertThrows(DocumentException.class, () -> read(json));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "hello                                              | document.notJson",
        "''                                                 | document.notJson",
        "{\"format\": \"pbm/1\", \"projects\": [            | document.truncated",
        "{\"format\": \"pbm/1\", \"projects\": [{\"id\": \"a | document.truncated",
        "[]                                                 | document.shape",
        "{\"projects\": []}                                 | document.format",
        "{}                                                 | document.format",
        "{\"format\": \"pbm/2\", \"projects\": []}          | document.format",
        "{\"format\": 1, \"projects\": []}                  | document.format",
        "{\"projects\": [], \"format\": \"pbm/1\"}         | document.format",
        "{\"format\": \"pbm/1\", \"projects\": {}}          | document.shape",
        "{\"format\": \"pbm/1\", \"projects\": [], \"projects\": []} | document.shape",
        "{\"format\": \"pbm/1\", \"projects\": []} {}       | document.notJson",
        "{\"format\": \"pbm/1\", \"projects\": [01]}        | document.notJson",
        "{\"format\": \"pbm/1\", \"projects\": [Infinity]}  | document.notJson",
    })
    void anUnreadableDocumentFailsWithOneCodedMessage(String json, String code) {
        DocumentException e = failure(json);
        assertEquals(code, e.code().code());
        assertTrue(e.code().isDocumentLevel());
        for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
            String message = e.render(locale);
            assertFalse(message.contains("\n"), message);
            assertFalse(message.contains("com.fasterxml") || message.contains("java.") || message.contains("Exception"),
                    message);
        }
    }

    @Test
    void theFormatMessageSaysWhatWasFoundAndWhatIsExpected() {
        assertEquals("the document's format must be \"pbm/1\", written before the records; found \"pbm/2\"",
                failure("{\"format\": \"pbm/2\"}").render(Locale.ENGLISH));
        assertEquals("文档的 format 应为“pbm/1”，且须写在记录之前；实际为 —", failure("{}").getMessage());
    }

    @Test
    void otherMembersOfTheDocumentAreSkippedUnread() {
        ProjectDocument document = read("{\"comment\": {\"deep\": [1, 2, {\"x\": null}]}, \"format\": \"pbm/1\", "
                + "\"generator\": \"县财政局系统\", \"projects\": [" + project("a") + "], \"summary\": 1}");
        assertEquals(1, document.projects().size());
    }

    @Test
    void aByteOrderMarkIsNoFailure() {
        byte[] text = document(project("a")).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] bytes = new byte[text.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(text, 0, bytes, 3, text.length);
        assertEquals(1, ProjectReader.of().read(new java.io.ByteArrayInputStream(bytes)).projects().size());
    }

    @Test
    void aTruncatedStreamDeliversTheRecordsBeforeTheFailure() {
        String json = document(project("a"), project("b"), project("c"));
        String truncated = json.substring(0, json.indexOf("\"c\"") + 10);
        List<ReadRecord> delivered = new ArrayList<>();
        try (Stream<ReadRecord> records = ProjectReader.of().stream(Documents.stream(truncated))) {
            DocumentException e = assertThrows(DocumentException.class, () -> records.forEach(delivered::add));
            assertEquals(ReadingCode.DOCUMENT_TRUNCATED, e.code());
        }
        assertEquals(2, delivered.size());
    }

    @Test
    void anInputThatCannotBeReadIsADocumentFailure() {
        InputStream broken = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("disk gone");
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                throw new IOException("disk gone");
            }
        };
        DocumentException e = assertThrows(DocumentException.class, () -> ProjectReader.of().read(broken));
        assertEquals(ReadingCode.DOCUMENT_IO, e.code());
        assertEquals("the input cannot be read: disk gone", e.render(Locale.ENGLISH));
    }

    @Test
    void invalidUtf8IsNotJson() {
        String json = document(project("a"));
        int at = json.indexOf("示范项目");
        byte[] before = json.substring(0, at).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] bytes = java.util.Arrays.copyOf(before, before.length + 2);
        bytes[before.length] = (byte) 0xFF;
        bytes[before.length + 1] = '"';
        DocumentException e = assertThrows(DocumentException.class,
                () -> ProjectReader.of().read(new java.io.ByteArrayInputStream(bytes)));
        assertEquals(ReadingCode.DOCUMENT_NOT_JSON, e.code());
    }
}
