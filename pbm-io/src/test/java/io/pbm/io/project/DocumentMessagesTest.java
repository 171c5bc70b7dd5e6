package io.pbm.io.project;

import static io.pbm.io.project.Documents.document;
import static io.pbm.io.project.Documents.project;
import static io.pbm.io.project.Documents.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.pbm.io.DocumentException;
import io.pbm.io.ReadLimits;
import io.pbm.io.ReadingCode;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What a document that cannot be read says, word for word: what was found where and what was
 * expected — and the record-level edges of the JSON reader (a null record, ids as written).
 */
class DocumentMessagesTest {

    private static String failure(String json) {
        return assertThrows(DocumentException.class, () -> read(json)).render(Locale.ENGLISH);
    }

    private static List<String> problems(RejectedRecord rejected) {
        return rejected.problems().stream().map(p -> p.path() + " " + p.code()).toList();
    }

    @Test
    void aFormatOfAnotherTypeNamesTheType() {
        assertEquals("the document's format must be \"pbm/1\", written before the records; found a number",
                failure("{\"format\": 1, \"projects\": []}"));
    }

    @Test
    void recordsBeforeTheFormatNameTheirMember() {
        assertEquals("the document's format must be \"pbm/1\", written before the records; found “projects” first",
                failure("{\"projects\": [], \"format\": \"pbm/1\"}"));
    }

    @Test
    void aDocumentWithoutFormatSaysNothingWasFound() {
        assertEquals("the document's format must be \"pbm/1\", written before the records; found —",
                failure("{\"other\": 1}"));
    }

    @Test
    void theShapeMessagesSayWhereWhatWasExpectedAndWhatWasFound() {
        assertEquals("/ must be an object, not an array", failure("[]"));
        assertEquals("/projects must be an array, not an object", failure("{\"format\": \"pbm/1\", \"projects\": {}}"));
        assertEquals("/projects must be an array, not a repeated member",
                failure("{\"format\": \"pbm/1\", \"projects\": [], \"projects\": []}"));
        assertEquals("/units must be an array, not null", failure("{\"format\": \"pbm/1\", \"units\": null}"));
    }

    @Test
    void anEmptyInputHasNoContentAtLineOneColumnOne() {
        DocumentException e = assertThrows(DocumentException.class, () -> read(""));
        assertEquals(ReadingCode.DOCUMENT_NOT_JSON, e.code());
        assertEquals(List.of(1, 1, "no content"), e.message().args());
    }

    @Test
    void contentAfterTheDocumentIsLocatedOnItsLine() {
        DocumentException e = assertThrows(DocumentException.class,
                () -> read("{\"format\": \"pbm/1\", \"projects\": []}\n\n {}"));
        assertEquals(ReadingCode.DOCUMENT_NOT_JSON, e.code());
        assertEquals(3, e.message().args().get(0));
        assertEquals(2, e.message().args().get(1));
        assertEquals("content after the end of the document", e.message().args().get(2));
    }

    @Test
    void aNullRecordIsAMissingRecordAndTheNextIsRead() {
        ProjectDocument document = read("{\"format\": \"pbm/1\", \"projects\": [null, " + project("b") + "]}");
        assertEquals(List.of("/projects/0 required"), problems(document.rejected().get(0)));
        assertEquals(Optional.empty(), document.rejected().get(0).knownId());
        assertEquals(1, document.projects().size());
        assertEquals(1, document.records().get(1).index());
    }

    @Test
    void aRejectedRecordKeepsItsIdStrippedAndARepeatedIdIsFoundStrippedToo() {
        ProjectDocument document = read(document(project(" a "), project("a"),
                project("c").replace("\"spent\": \"90000.00\"", "\"spent\": \"-1\"")));
        assertEquals(List.of("a"), document.projects().stream().map(p -> p.id()).toList());
        RejectedRecord duplicate = document.rejected().get(0);
        assertEquals(List.of("/projects/1/id id.duplicate"), problems(duplicate));
        assertEquals(Optional.of("a"), duplicate.knownId());
        assertEquals(Optional.of("c"), document.rejected().get(1).knownId());
    }

    @Test
    void exactlyMaxRecordsRecordsAreReadAcrossProjectsAndUnits() {
        ReadLimits one = ReadLimits.DEFAULT.withMaxRecords(1);
        assertEquals(1, read(document(project("a")), one).projects().size());
        DocumentException e = assertThrows(DocumentException.class,
                () -> read("{\"format\": \"pbm/1\", \"projects\": [" + project("a") + "], \"units\": [{}]}", one));
        assertEquals(ReadingCode.LIMIT_RECORDS, e.code());
        assertEquals(List.of(1), e.message().args());
    }
}
