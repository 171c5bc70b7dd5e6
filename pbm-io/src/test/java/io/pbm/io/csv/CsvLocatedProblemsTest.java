package io.pbm.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pbm.io.project.ProjectDocument;
import io.pbm.io.project.ReadProject;
import io.pbm.io.project.RejectedRecord;
import io.pbm.rules.explain.Problem;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every problem of a table is reported, at {@code file.csv:line:column}, with the JSON reader's codes;
 * the other projects are read, and nothing is lost.
 */
class CsvLocatedProblemsTest {

    private final List<Problem> warnings = new ArrayList<>();
    private final ProjectDocument document = CsvReaderTest.read(CsvReader.of().withWarnings(warnings::add),
            CsvReaderTest.resource("csv/bad-rows.csv"));

    private static List<String> problems(RejectedRecord rejected) {
        return rejected.problems().stream().map(p -> p.path() + " " + p.code()).toList();
    }

    @Test
    void everyProjectComesOutOnceInTableOrder() {
        assertEquals(6, document.records().size());
        assertEquals(List.of(0, 4), document.records().stream().filter(ReadProject.class::isInstance)
                .map(r -> r.index()).toList());
        assertEquals(List.of("P-1", "P-5"), document.projects().stream().map(p -> p.id()).toList());
    }

    @Test
    void aBlankProjectCellRepeatsTheProjectAboveAndAFormTargetParses() {
        assertEquals(2, document.projects().get(0).goal().indicators().size());
        assertEquals(">=735人次", document.projects().get(0).goal().indicators().get(1).target().toString());
    }

    @Test
    void quotedFieldsKeepCommasQuotesAndLineBreaks() {
        var p5 = document.projects().get(1);
        assertEquals("项目五, 带逗号", p5.name());
        assertEquals("单位\"戊\"", p5.unit().name());
        assertEquals("多行\r\n名称", p5.goal().indicators().get(0).name());
    }

    @Test
    void aBadDecimalANegativeAmountAndAnUnknownLevelAreEachAtTheirCell() {
        assertEquals(List.of("t.csv:4:全年执行数 value.invalid", "t.csv:4:分值 decimal.grammar",
                "t.csv:5:一级指标 enum.unknown"), problems(document.rejected().get(0)));
    }

    @Test
    void aStrayQuoteAndAnInconsistentProjectCellRejectTheProject() {
        assertEquals(List.of("t.csv:6:三级指标 csv.quote", "t.csv:7:项目名称 csv.inconsistent"),
                problems(document.rejected().get(1)));
    }

    @Test
    void R_GOAL_4_aNumberWithoutComparisonIsAmbiguous() {
        assertEquals(List.of("t.csv:8:年度指标值 comparison.ambiguous"), problems(document.rejected().get(2)));
    }

    @Test
    void anIdThatComesBackAfterOtherProjectsIsADuplicate() {
        RejectedRecord duplicate = document.rejected().get(3);
        assertEquals(5, duplicate.index());
        assertEquals(List.of("t.csv:12:项目编号 id.duplicate"), problems(duplicate));
    }

    @Test
    void anUnknownColumnIsIgnoredWithOneLocatedWarning() {
        assertEquals(List.of("t.csv:1:备注 csv.columnUnknown"),
                warnings.stream().map(p -> p.path() + " " + p.code()).toList());
    }
}
