package io.pbm.io.csv;

import static io.pbm.io.csv.CsvReaderTest.HEADER;
import static io.pbm.io.csv.CsvReaderTest.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.pbm.core.budget.Amount;
import io.pbm.io.DocumentException;
import io.pbm.io.ReadLimits;
import io.pbm.io.ReadingCode;
import io.pbm.io.project.ProjectDocument;
import io.pbm.io.project.RejectedRecord;
import io.pbm.rules.explain.Problem;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Each limit of {@link ReadLimits} exactly at its value (read) and one past it (refused), and the
 * encodings, line ends and header units the CSV reader accepts, checked at their edges.
 */
class CsvBoundariesTest {

    private static byte[] utf8(String table) {
        return table.getBytes(StandardCharsets.UTF_8);
    }

    private static ProjectDocument read(ReadLimits limits, String table) {
        return CsvReaderTest.read(CsvReader.of(limits), utf8(table));
    }

    private static ProjectDocument read(String table) {
        return read(ReadLimits.DEFAULT, table);
    }

    private static DocumentException failure(ReadLimits limits, String table) {
        return assertThrows(DocumentException.class, () -> read(limits, table));
    }

    private static List<String> problems(RejectedRecord rejected) {
        return rejected.problems().stream().map(p -> p.path() + " " + p.code()).toList();
    }

    private static List<String> ids(ProjectDocument document) {
        return document.projects().stream().map(p -> p.id()).toList();
    }

    // ---- the limits, at and one past their value ----

    @Test
    void aTableOfExactlyMaxDocumentBytesIsReadAndOneByteMoreFails() {
        String table = HEADER + row("A");
        int size = utf8(table).length;
        assertEquals(List.of("A"), ids(read(ReadLimits.DEFAULT.withMaxDocumentBytes(size), table)));
        DocumentException e = failure(ReadLimits.DEFAULT.withMaxDocumentBytes(size - 1), table);
        assertEquals(ReadingCode.LIMIT_DOCUMENT_SIZE, e.code());
        assertEquals("the document is larger than the limit of " + (size - 1) + " bytes",
                e.message().render(Locale.ENGLISH));
    }

    @Test
    void exactlyMaxRecordsProjectsAreReadAndOneMoreFailsNamingTheLimit() {
        assertEquals(List.of("A", "B"), ids(read(ReadLimits.DEFAULT.withMaxRecords(2), HEADER + row("A") + row("B"))));
        DocumentException e = failure(ReadLimits.DEFAULT.withMaxRecords(2), HEADER + row("A") + row("B") + row("C"));
        assertEquals(ReadingCode.LIMIT_RECORDS, e.code());
        assertEquals(List.of(2), e.message().args());
    }

    @Test
    void aFieldOfExactlyMaxStringLengthIsReadAndOneCharacterMoreFailsAtItsLine() {
        String id = "ABCDEFGHIJKLMNOPQRST";
        ProjectDocument document = read(ReadLimits.DEFAULT.withMaxStringLength(id.length()), HEADER + row(id));
        assertEquals(List.of(id), ids(document));
        DocumentException e = failure(ReadLimits.DEFAULT.withMaxStringLength(id.length() - 1), HEADER + row(id));
        assertEquals(ReadingCode.LIMIT_STRING_LENGTH, e.code());
        assertEquals(List.of("t.csv:2 limit.stringLength"),
                e.problems().stream().map(p -> p.path() + " " + p.code()).toList());
        assertEquals(List.of(id.length() - 1), e.message().args());
    }

    @Test
    void aProjectOfExactlyMaxIndicatorsRowsIsReadAndOneRowMoreIsRejectedAtThatRow() {
        String two = row("A").replace("长度,≥10,100", "一,≥10,50") + row("A").replace("长度,≥10,100", "二,≥10,50");
        ProjectDocument exact = read(ReadLimits.DEFAULT.withMaxIndicators(2), HEADER + two);
        assertEquals(2, exact.projects().get(0).goal().indicators().size());
        ProjectDocument over = read(ReadLimits.DEFAULT.withMaxIndicators(2),
                HEADER + two + row("A").replace("长度", "三") + row("A").replace("长度", "四") + row("B"));
        RejectedRecord rejected = over.rejected().get(0);
        assertEquals(List.of("t.csv:4 limit.indicators"), problems(rejected));
        assertEquals(List.of(2), rejected.problems().get(0).message().args());
        assertEquals(List.of("B"), ids(over));
    }

    @Test
    void aProjectOfExactlyMaxRecordBytesCharactersIsReadAndOneMoreIsRejected() {
        String table = HEADER + row("A");
        long chars = row("A").replace(",", "").strip().length();
        assertEquals(List.of("A"), ids(read(ReadLimits.DEFAULT.withMaxRecordBytes(chars), table)));
        String twoRows = HEADER + row("A") + row("A").replace("长度", "宽度");
        ProjectDocument exact = read(ReadLimits.DEFAULT.withMaxRecordBytes(2 * chars), twoRows);
        assertEquals(List.of(), exact.rejected());
        ProjectDocument over = read(ReadLimits.DEFAULT.withMaxRecordBytes(2 * chars - 1), twoRows);
        assertEquals(List.of("t.csv:3 limit.recordSize"), problems(over.rejected().get(0)));
        assertEquals(List.of(2 * chars - 1), over.rejected().get(0).problems().get(0).message().args());
    }

    @Test
    void aHeaderMayHaveTwiceTheColumnsPbmReadsEvenUnderASmallIndicatorLimit() {
        int columns = 2 * CsvColumn.values().length;
        String header = HEADER.strip() + ",".repeat(columns - 12) + "\n";
        assertEquals(List.of("A"), ids(read(ReadLimits.DEFAULT.withMaxIndicators(1), header + row("A"))));
        DocumentException e = failure(ReadLimits.DEFAULT.withMaxIndicators(1),
                HEADER.strip() + ",".repeat(columns - 11) + "\n" + row("A"));
        assertEquals(ReadingCode.LIMIT_INDICATORS, e.code());
        assertEquals("t.csv:1", e.problems().get(0).path());
        assertEquals(List.of(columns), e.message().args());
    }

    @Test
    void aHeaderOfExactlyMaxIndicatorsColumnsIsReadWhenThatIsMoreThanTwiceTheColumns() {
        int limit = 2 * CsvColumn.values().length + 10;
        String exact = HEADER.strip() + ",".repeat(limit - 12) + "\n";
        assertEquals(List.of("A"), ids(read(ReadLimits.DEFAULT.withMaxIndicators(limit), exact + row("A"))));
        DocumentException e = failure(ReadLimits.DEFAULT.withMaxIndicators(limit),
                HEADER.strip() + ",".repeat(limit - 11) + "\n" + row("A"));
        assertEquals(List.of(limit), e.message().args());
    }

    // ---- encodings ----

    @Test
    void aUtf8ByteOrderMarkIsSkippedWhenUtf8IsGivenToo() {
        byte[] table = utf8("\uFEFF" + HEADER + row("A"));
        assertEquals(List.of("A"), ids(CsvReaderTest.read(CsvReader.of().withCharset(StandardCharsets.UTF_8), table)));
        assertEquals(List.of("A"), ids(CsvReaderTest.read(CsvReader.of(), table)));
    }

    @Test
    void utf16BigEndianIsRefusedAtLineOne() {
        DocumentException e = assertThrows(DocumentException.class, () -> CsvReaderTest.read(CsvReader.of(),
                ("\uFEFF" + HEADER).getBytes(StandardCharsets.UTF_16BE)));
        assertEquals(ReadingCode.DOCUMENT_ENCODING, e.code());
        assertEquals(List.of("line 1", "UTF-16"), e.message().args());
    }

    @Test
    void aGivenCharsetIsReportedAndAnUnsetOneIsEmpty() {
        assertEquals(Optional.empty(), CsvReader.of().charset());
        assertEquals(Optional.of(CsvReader.GB18030), CsvReader.of().withCharset(CsvReader.GB18030).charset());
        ReadLimits limits = ReadLimits.DEFAULT.withMaxRecords(3);
        assertEquals(limits, CsvReader.of(limits).limits());
        assertEquals(limits, CsvReader.of(limits).withCharset(CsvReader.GB18030).limits());
    }

    @Test
    void aMultibyteCharacterCutByTheEndOfTheSniffedBytesStillReadsAsUtf8() {
        // Chinese text of 3-byte characters across the 64 KiB the encoding is decided on: one of the three
        // paddings cuts a character in two there, which must not make the table GB18030.
        String header = HEADER.strip() + ",备注\n";
        for (int pad = 0; pad < 3; pad++) {
            String remark = "x".repeat(pad) + "长".repeat(CsvText.SNIFF / 3 + 10);
            ProjectDocument document = read(header + row("项目-" + pad).strip() + "," + remark + "\n");
            assertEquals(List.of("项目-" + pad), ids(document), "pad " + pad);
            assertEquals("工程", document.projects().get(0).name(), "pad " + pad);
        }
    }

    // ---- line ends and quoting ----

    @Test
    void lonelyCarriageReturnsAndCrlfEndRowsAndCountLinesAlike() {
        String lf = HEADER + row("A") + row("B");
        for (String end : List.of("\r", "\r\n")) {
            String table = lf.replace("\n", end) + "C,工程,住建局,2023,GENERAL_PUBLIC,1.00,-1.00,OUTPUT,QUANTITY,长度,≥10,100" + end;
            ProjectDocument document = read(table);
            assertEquals(List.of("A", "B"), ids(document), end.length() + " character line ends");
            assertEquals(List.of("t.csv:4:spent value.invalid"), problems(document.rejected().get(0)));
        }
    }

    @Test
    void aQuotedLineBreakCountsAsALineForTheRowsBelow() {
        String table = HEADER + "\"A\",\"两行\r\n的名称\",住建局,2023,GENERAL_PUBLIC,1.00,1.00,OUTPUT,QUANTITY,长度,≥10,100\r\n"
                + "B,工程,住建局,2023,GENERAL_PUBLIC,1.00,-1.00,OUTPUT,QUANTITY,长度,≥10,100\r\n";
        ProjectDocument document = read(table);
        assertEquals("两行\r\n的名称", document.projects().get(0).name());
        assertEquals(List.of("t.csv:4:spent value.invalid"), problems(document.rejected().get(0)));
    }

    @Test
    void aQuoteInsideAnUnquotedFieldIsAQuoteProblemOfThatColumn() {
        ProjectDocument document = read(HEADER + row("A").replace("住建局", "住\"建局") + row("B"));
        assertEquals(List.of("t.csv:2:unit csv.quote"), problems(document.rejected().get(0)));
        assertEquals(List.of("B"), ids(document));
    }

    @Test
    void aQuoteProblemBeyondTheHeaderIsLocatedOnTheRowWithoutAColumnName() {
        ProjectDocument document = read(HEADER + row("A").strip() + ",x\"y\n");
        assertEquals(List.of("t.csv:2 csv.quote"), problems(document.rejected().get(0)));
    }

    @Test
    void blankRowsBetweenAndAfterProjectsAreSkipped() {
        ProjectDocument document = read(HEADER + "\n,,\n" + row("A") + " , \n" + row("B") + "\n\n");
        assertEquals(List.of("A", "B"), ids(document));
        assertEquals(List.of(), document.rejected());
    }

    // ---- the header ----

    @Test
    void anAmountHeaderIn元IsReadAsWrittenAndIn万元Converted() {
        String table = HEADER.replace("adjusted", "adjusted (yuan)").replace("spent", "全年执行数（万元）")
                + row("A").replace("1.00,1.00", "193.05,0.000001");
        var budget = read(table).projects().get(0).budget();
        assertEquals(Amount.of("193.05"), budget.adjusted());
        assertEquals(Amount.of("0.01"), budget.spent());
    }

    @Test
    void anUnknownUnitOrAUnitOnATextColumnIsAnUnknownColumn() {
        List<Problem> warnings = new ArrayList<>();
        CsvReaderTest.read(CsvReader.of().withWarnings(warnings::add),
                utf8(HEADER.strip() + ",initial (dollars),projectName (yuan),,\n" + row("A")));
        assertEquals(List.of("t.csv:1:initial (dollars) csv.columnUnknown", "t.csv:1:projectName (yuan) csv.columnUnknown"),
                warnings.stream().map(p -> p.path() + " " + p.code()).toList());
        assertEquals(List.of("initial (dollars)"), warnings.get(0).message().args());
    }

    @Test
    void aColumnRepeatedNamesItAndBothPositions() {
        DocumentException e = failure(ReadLimits.DEFAULT, HEADER.strip() + ",WEIGHT\n" + row("A"));
        assertEquals(ReadingCode.CSV_COLUMN_REPEATED, e.code());
        assertEquals(List.of("WEIGHT", 12, 13), e.message().args());
    }

    @Test
    void headerNamesAreReadWhateverTheirCaseAndSurroundingSpaces() {
        String header = " PROJECTID ,ProjectName,UNIT,Year,fundcategory,ADJUSTED,Spent,LEVEL1,level2,Name,TARGET,Weight\n";
        assertEquals(List.of("A"), ids(read(header + row("A"))));
    }

    @Test
    void theProjectIdColumnMayBeAnywhereAndAnIdRepeatedLaterIsLocatedInIt() {
        String header = "projectName,unit,year,fundCategory,adjusted,spent,level1,level2,name,target,weight,projectId\n";
        String a = "工程,住建局,2023,GENERAL_PUBLIC,1.00,1.00,OUTPUT,QUANTITY,长度,≥10,100,A\n";
        ProjectDocument document = read(header + a + a.replace(",A", ",B") + a);
        assertEquals(List.of("A", "B"), ids(document));
        assertEquals(List.of("t.csv:4:projectId id.duplicate"), problems(document.rejected().get(0)));
        assertEquals(2, document.rejected().get(0).index());
    }

    // ---- quoting, located ----

    @Test
    void aQuoteNeverClosedNamesTheLineItOpensOnAndTheField() {
        DocumentException e = failure(ReadLimits.DEFAULT, HEADER + row("A") + "B,\"工程\n");
        assertEquals(ReadingCode.DOCUMENT_TRUNCATED, e.code());
        assertEquals(List.of(3L, 2), e.message().args());
    }

    @Test
    void aNulCharacterInsideQuotesIsTextNotTheEndOfTheFile() {
        ProjectDocument document = read(HEADER.strip() + ",备注\n" + row("A").strip() + ",\"a\u0000b\"\n");
        assertEquals(List.of("A"), ids(document));
    }

    @Test
    void textAfterAClosingQuoteIsKeptAsWrittenInTheRejectedId() {
        ProjectDocument document = read(HEADER + row("\"A\"x") + row("B"));
        RejectedRecord rejected = document.rejected().get(0);
        assertEquals(List.of("t.csv:2:projectId csv.quote"), problems(rejected));
        assertEquals(Optional.of("Ax"), rejected.knownId());
        assertEquals(List.of("B"), ids(document));
    }

    @Test
    void aRejectedProjectsProblemsAreSortedByLineThenColumn() {
        String a = row("A").replace("1.00,1.00", "1.00,-1.00");
        String again = row("A").replace("工程,住建局", "工\"程,别的局").replace("长度", "宽度");
        RejectedRecord rejected = read(HEADER + a + again).rejected().get(0);
        assertEquals(List.of("t.csv:2:spent value.invalid", "t.csv:3:projectName csv.quote",
                "t.csv:3:projectName csv.inconsistent", "t.csv:3:unit csv.inconsistent", "t.csv:3:spent csv.inconsistent"),
                problems(rejected));
        assertEquals(Optional.of("A"), rejected.knownId());
    }

    @Test
    void R_GOAL_6_aParentTargetWithoutAnIndicatorNameIsLocatedOnItsRow() {
        String header = HEADER.strip() + ",transferId,transferTarget\n";
        String table = header + row("A").strip() + ",T-1,\n" + "A" + ",".repeat(13) + "≥20\n";
        RejectedRecord rejected = read(table).rejected().get(0);
        assertEquals(List.of("t.csv:3:name required"), problems(rejected));
    }

    @Test
    void R_GOAL_6_parentTargetsReadIntoTheTransfer() {
        String header = HEADER.strip() + ",transferId,transferTarget\n";
        ProjectDocument document = read(header + row("A").strip() + ",T-1,≥20\n");
        assertEquals(List.of(), document.rejected());
        assertEquals("T-1", document.projects().get(0).transfer().orElseThrow().id());
        ProjectDocument none = read(header + row("B").strip() + ",T-2,\n");
        assertEquals(List.of(), none.rejected());
        assertEquals("T-2", none.projects().get(0).transfer().orElseThrow().id());
    }

    @Test
    void aColumnsHeaderIsEnglishForEnglishAndChineseOtherwise() {
        assertEquals("name", CsvColumn.INDICATOR_NAME.header(Locale.ENGLISH));
        assertEquals("三级指标", CsvColumn.INDICATOR_NAME.header(Locale.SIMPLIFIED_CHINESE));
        assertEquals("三级指标", CsvColumn.INDICATOR_NAME.header(Locale.ROOT));
    }
}
