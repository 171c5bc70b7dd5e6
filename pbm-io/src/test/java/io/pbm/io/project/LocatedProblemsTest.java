package io.pbm.io.project;

import static io.pbm.io.project.Documents.document;
import static io.pbm.io.project.Documents.problems;
import static io.pbm.io.project.Documents.project;
import static io.pbm.io.project.Documents.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pbm.io.DocumentException;
import io.pbm.io.ReadingCode;
import io.pbm.rules.evaluation.EvaluationEngine;
import io.pbm.rules.explain.Problem;
import io.pbm.rules.policy.Presets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Every reading problem is located (a JSON pointer), coded and explained in Chinese and English; a
 * project with problems is rejected with all of them, and the other projects are still read.
 */
class LocatedProblemsTest {

    /** A document of one bad project between two good ones: the bad one's problems, the good ones read. */
    private static List<String> problemsOf(String badProject) {
        ProjectDocument document = read(document(project("a"), badProject, project("c")));
        assertEquals(2, document.projects().size(), () -> document.rejected().toString());
        assertEquals(1, document.rejected().size());
        assertEquals(1, document.rejected().get(0).index());
        return problems(document);
    }

    private static String withIndicator(String indicator) {
        return project("b").replace("\"indicators\": [", "\"indicators\": [" + indicator + ",");
    }

    @Test
    void aMemberOfTheWrongTypeIsReportedOnceAtItsPointer() {
        assertEquals(List.of("type /projects/1/budget"), problemsOf(project("b").replace(
                "\"budget\": {\"adjusted\": \"100000.00\", \"spent\": \"90000.00\"}", "\"budget\": \"100000.00\"")));
        assertEquals(List.of("type /projects/1/year"), problemsOf(project("b").replace("2023", "\"二〇二三\"")));
        assertEquals(List.of("type /projects/1/year"), problemsOf(project("b").replace("2023", "2023.5")));
        assertEquals(List.of("type /projects/1/indicators/0/weight"),
                problemsOf(withIndicator(indicator("x", "{\"points\": 5}"))));
        assertEquals(List.of("type /projects/1/flags/key"), problemsOf(project("b", "\"flags\": {\"key\": \"yes\"}")));
    }

    @Test
    void anUnknownEnumValueIsReported() {
        assertEquals(List.of("enum.unknown /projects/1/fundCategory"),
                problemsOf(project("b").replace("GENERAL_PUBLIC", "GENERAL")));
        assertEquals(List.of("enum.unknown /projects/1/kind"), problemsOf(project("b", "\"kind\": \"SELFISH\"")));
        assertEquals(List.of("enum.unknown /projects/1/indicators/0/level2"),
                problemsOf(project("b").replace("\"QUANTITY\"", "\"AMOUNT\"")));
    }

    @Test
    void aMissingRequiredMemberIsReported() {
        assertEquals(List.of("required /projects/1/name"), problemsOf(project("b").replace("\"name\": \"示范项目\", ", "")));
        assertEquals(List.of("required /projects/1/budget/spent"), problemsOf(project("b").replace(", \"spent\": \"90000.00\"", "")));
        assertEquals(List.of("required /projects/1/unit"), problemsOf(project("b").replace("\"示范县财政局\"", "\"  \"")));
        assertEquals(List.of("required /projects/1/indicators/0/level2"),
                problemsOf(project("b").replace("\"level2\": \"QUANTITY\", ", "")));
    }

    @Test
    void decimalsOutsideTheGrammarAreRejectedOnTheirText() {
        assertEquals(List.of("decimal.grammar /projects/1/indicators/0/weight"),
                problemsOf(withIndicator(indicator("x", "\"30.1234567\""))));
        assertEquals(List.of("decimal.grammar /projects/1/budget/adjusted"),
                problemsOf(project("b").replace("\"100000.00\"", "\"1930500.001\"")));
        assertEquals(List.of("decimal.grammar /projects/1/budget/adjusted"),
                problemsOf(project("b").replace("\"100000.00\"", "\"NaN\"")));
        assertEquals(List.of("decimal.grammar /projects/1/budget/adjusted"),
                problemsOf(project("b").replace("\"100000.00\"", "1e5")));
    }

    @Test
    void aHugeExponentRejectsOnlyItsProject() {
        assertEquals(List.of("decimal.grammar /projects/1/indicators/0/weight"),
                problemsOf(withIndicator(indicator("x", "1e999999999"))));
        assertEquals(List.of("decimal.grammar /projects/1/indicators/0/target"),
                problemsOf(project("b").replace("\"target\": \"10\"", "\"target\": 1e999999999")));
        assertEquals(List.of("decimal.grammar /projects/1/indicators/0/target"),
                problemsOf(project("b").replace("\"target\": \"10\"", "\"target\": \"1e999999999\"")));
    }

    @Test
    void aTenThousandDigitNumberRejectsOnlyItsProject() {
        String digits = "9".repeat(10_000);
        List<String> weight = problemsOf(withIndicator(indicator("x", digits)));
        assertEquals(List.of("decimal.grammar /projects/1/indicators/0/weight"), weight);
        assertEquals(List.of("decimal.grammar /projects/1/budget/adjusted"),
                problemsOf(project("b").replace("\"100000.00\"", digits + ".00")));
        ProjectDocument document = read(document(project("a"), project("b").replace("\"100000.00\"", digits)));
        String message = document.rejected().get(0).problems().get(0).message().render(Locale.ENGLISH);
        assertTrue(message.length() < 300, "the message does not echo the number: " + message);
    }

    @Test
    void unquotedNanIsNotJsonAndFailsTheDocument() {
        DocumentException e = assertThrows(DocumentException.class,
                () -> read(document(project("a"), project("b").replace("\"100000.00\"", "NaN"))));
        assertEquals(ReadingCode.DOCUMENT_NOT_JSON, e.code());
        assertEquals("line 15, column 28: not valid JSON (Non-standard token 'NaN')", e.render(Locale.ENGLISH));
        assertEquals("第15行第28列：不是合法的 JSON（Non-standard token 'NaN'）", e.getMessage());
        DocumentException infinity = assertThrows(DocumentException.class,
                () -> read(document(project("a").replace("\"100000.00\"", "-Infinity"))));
        assertEquals(ReadingCode.DOCUMENT_NOT_JSON, infinity.code());
    }

    @Test
    void aRepeatedIdIsRejectedAndTheFirstIsRead() {
        ProjectDocument document = read(document(project("x-1"), project("x-2"), project("x-1"), project(" x-2 ")));
        assertEquals(List.of("x-1", "x-2"), document.projects().stream().map(p -> p.id()).toList());
        assertEquals(List.of("id.duplicate /projects/2/id", "id.duplicate /projects/3/id"), problems(document));
        assertEquals(List.of(2, 3), document.rejected().stream().map(RejectedRecord::index).toList());
        assertEquals("x-1", document.rejected().get(0).id());
    }

    @Test
    void aRepeatedIdIsRejectedEvenWhenTheFirstWasRejected() {
        ProjectDocument document = read(document(project("x").replace("GENERAL_PUBLIC", "?"), project("x")));
        assertEquals(List.of("enum.unknown /projects/0/fundCategory", "id.duplicate /projects/1/id"), problems(document));
    }

    @Test
    void weightsThatDoNotAddUpAreNotAReadingProblemTheEngineReportsThem() {
        ProjectDocument document = read(document(project("b").replace("\"weight\": \"50\"", "\"weight\": \"40\"")));
        assertEquals(List.of(), document.rejected());
        var evaluated = EvaluationEngine.of(Presets.MOF_2020).evaluate(document.projects().get(0));
        assertTrue(evaluated.isInvalid());
        assertEquals("R-GOAL-3", evaluated.getError().problems().get(0).code());
    }

    @Test
    void aQualitativeScoreOutsideItsRangeIsNotAReadingProblem() {
        ProjectDocument document = read(document(project("b").replace("\"score\": \"30\"", "\"score\": \"10\"")));
        assertEquals(List.of(), document.rejected());
        assertTrue(EvaluationEngine.of(Presets.MOF_2020).evaluate(document.projects().get(0)).isInvalid());
    }

    @Test
    void aProjectWithThreeProblemsReportsThree() {
        String bad = project("b").replace("GENERAL_PUBLIC", "GENERAL").replace("\"90000.00\"", "\"-5.00\"")
                .replace("\"weight\": \"30\"", "\"weight\": \"abc\"");
        assertEquals(List.of("value.invalid /projects/1/budget/spent", "enum.unknown /projects/1/fundCategory",
                "decimal.grammar /projects/1/indicators/1/weight"), problemsOf(bad));
    }

    @Test
    void R_GOAL_4_problemsThatStopAGoalFromBeingBuiltAreReportedWithTheRule() {
        assertEquals(List.of("R-GOAL-4 /projects/1/indicators/1/name"),
                problemsOf(project("b").replace("\"name\": \"效果\"", "\"name\": \"数量\"")));
        assertEquals(List.of("R-GOAL-4 /projects/1/indicators/0/weight"),
                problemsOf(project("b").replace("\"weight\": \"50\"", "\"weight\": \"0\"")));
        assertEquals(List.of("R-GOAL-4 /projects/1/indicators/0/weight"),
                problemsOf(project("b").replace("\"weight\": \"50\"", "\"weight\": -5")));
        assertEquals(List.of("R-GOAL-4 /projects/1/indicators/0/target"),
                problemsOf(project("b").replace("\"target\": \"10\"", "\"target\": \"明显提升\"")));
    }

    @Test
    void aTargetWithNeitherComparisonNorSymbolIsAmbiguous() {
        assertEquals(List.of("comparison.ambiguous /projects/1/indicators/0/target"),
                problemsOf(project("b").replace("\"comparison\": \">=\", ", "")));
        // The symbol of the target is enough; a text target is qualitative.
        ProjectDocument document = read(document(project("b").replace("\"comparison\": \">=\", ", "")
                .replace("\"target\": \"10\"", "\"target\": \"≧10个\"")
                .replace("\"comparison\": \"qualitative\", ", "")));
        assertEquals(List.of(), document.rejected());
        var indicators = document.projects().get(0).goal().indicators();
        assertEquals(io.pbm.core.goal.Comparison.AT_LEAST, indicators.get(0).comparison());
        assertEquals(io.pbm.core.goal.Comparison.QUALITATIVE, indicators.get(1).comparison());
        assertEquals(io.pbm.core.goal.Comparison.AT_LEAST, indicators.get(2).comparison());
    }

    @Test
    void aValueThatPbmCoreRefusesIsLocatedWithCoresFieldAndRange() {
        assertEquals(List.of("value.invalid /projects/1/indicators/0/weight"),
                problemsOf(project("b").replace("\"weight\": \"50\"", "\"weight\": \"150\"")));
        assertEquals(List.of("range /projects/1/year"), problemsOf(project("b").replace("2023", "1900")));
        assertEquals(List.of("value.invalid /projects/1/indicators/1/score"),
                problemsOf(project("b").replace("\"score\": \"30\"", "\"score\": \"101\"")));
        assertEquals(List.of("value.invalid /projects/1/indicators/0/unit"),
                problemsOf(project("b").replace("\"target\": \"10\"", "\"target\": \"≥10公里\"")));
        Problem problem = read(document(project("b").replace("\"weight\": \"50\"", "\"weight\": \"150\"")))
                .rejected().get(0).problems().get(0);
        assertEquals("invalid value for weight: 150 (valid values 0 < weight <= 100, at most 2 decimals)",
                problem.message().render(Locale.ENGLISH));
        assertEquals("weight 的取值无效：150（有效取值：0 < weight <= 100, at most 2 decimals）", problem.message().toString());
    }

    @Test
    void aRepeatedMemberIsReported() {
        assertEquals(List.of("key.duplicate /projects/1/name"),
                problemsOf(project("b").replace("\"name\": \"示范项目\"", "\"name\": \"示范项目\", \"name\": \"又一个\"")));
    }

    @Test
    void aRecordThatIsNotAnObjectIsRejectedAndTheOthersRead() {
        ProjectDocument document = read("{\"format\": \"pbm/1\", \"projects\": [" + project("a") + ", \"b\", null, 7, "
                + project("c") + "]}");
        assertEquals(2, document.projects().size());
        assertEquals(List.of("type /projects/1", "required /projects/2", "type /projects/3"), problems(document));
    }

    @Test
    void messagesAreChineseByDefaultAndEnglishOnRequest() {
        Problem problem = read(document(project("b").replace("GENERAL_PUBLIC", "GENERAL"))).rejected().get(0)
                .problems().get(0);
        assertEquals("fundCategory 的取值“GENERAL”无法识别；可用取值：GENERAL_PUBLIC, GOVERNMENT_FUND, STATE_CAPITAL, "
                + "SOCIAL_INSURANCE, SPECIAL_BOND, PPP, DIRECT_FUND, RURAL_REVITALISATION, CENTRAL_TRANSFER",
                problem.message().toString());
        assertTrue(problem.message().render(Locale.ENGLISH).startsWith("fundCategory: \"GENERAL\" is not one of GENERAL_PUBLIC"));
        Problem type = read(document(project("b").replace("2023", "\"x\""))).rejected().get(0).problems().get(0);
        assertEquals("year 应为整数，实为字符串", type.message().toString());
        assertEquals("year must be a whole number, not a string", type.message().render(Locale.ENGLISH));
    }

    @Test
    void unitWideRecordsAreReadFromTheUnitsArray() {
        String json = """
                {"format": "pbm/1", "projects": [], "units": [
                  {"id": "u-1", "name": "示范县教育局", "year": 2023,
                   "budget": {"adjusted": "5000000.00", "spent": "4800000.00"},
                   "indicators": [
                     {"name": "公用经费控制率", "level1": "RUNNING_COST", "comparison": "<=", "unit": "%",
                      "target": "100", "actual": "96", "weight": "20"},
                     {"name": "预算编制质量", "level1": "MANAGEMENT_EFFICIENCY", "target": "≥90%", "weight": "70"}]},
                  {"id": "u-2", "name": "示范县卫健委", "year": 2023,
                   "budget": {"adjusted": "1.00", "spent": "1.00"},
                   "indicators": [{"name": "数量", "level1": "OUTPUT", "level2": "QUANTITY", "target": "≥1",
                                   "weight": "90"}]}
                ]}""";
        ProjectDocument document = read(json);
        assertEquals(1, document.units().size());
        assertEquals("示范县教育局", document.units().get(0).unit().name());
        assertEquals(io.pbm.core.goal.IndicatorFrame.UNIT_WIDE, document.units().get(0).goal().frame());
        assertEquals(List.of("value.invalid /units/1/indicators/0/level1"), problems(document));
        assertInstanceOf(ReadUnit.class, document.records().get(0));
        assertEquals("/units/1", document.rejected().get(0).pointer());
    }

    private static String indicator(String name, String weight) {
        return "{\"name\": \"" + name + "\", \"level1\": \"OUTPUT\", \"level2\": \"QUALITY\", \"comparison\": \">=\", "
                + "\"target\": \"1\", \"weight\": " + weight + "}";
    }
}
