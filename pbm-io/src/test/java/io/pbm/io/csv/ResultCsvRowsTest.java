package io.pbm.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pbm.core.budget.FundCategory;
import io.pbm.core.project.Project;
import io.pbm.io.project.ProjectDocument;
import io.pbm.io.project.ProjectReader;
import io.pbm.io.project.RejectedRecord;
import io.pbm.io.project.Section;
import io.pbm.rules.Pbm;
import io.pbm.rules.pipeline.Exclusion;
import io.pbm.rules.pipeline.ProjectOutcome;
import io.pbm.rules.pipeline.ProjectResult;
import io.pbm.rules.pipeline.RejectedUnit;
import io.pbm.rules.policy.Presets;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The rows {@link ResultCsv} writes for each kind of outcome — an exclusion (R-PLAN-4), a rejected unit
 * (R-SCORE-UNIT), any table — and its RFC 4180 quoting, byte for byte.
 */
class ResultCsvRowsTest {

    private final ByteArrayOutputStream projects = new ByteArrayOutputStream();
    private final ByteArrayOutputStream indicators = new ByteArrayOutputStream();

    private static Project contractProject() {
        return CsvReaderTest.contractExample().get(0);
    }

    private static String text(ByteArrayOutputStream out) {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void R_PLAN_4_anExcludedProjectHasARowWithItsUnitOutcomeAndTheRuleAsReason() {
        Project central = Project.builder().from(contractProject()).fundCategory(FundCategory.CENTRAL_TRANSFER).build();
        ProjectOutcome outcome = Pbm.evaluate(central, Presets.XINJIANG);
        Exclusion exclusion = (Exclusion) outcome;
        try (ResultCsv csv = ResultCsv.open(projects, indicators, Locale.ENGLISH)) {
            csv.accept(outcome);
        }
        List<Map<String, String>> rows = ResultCsvTest.parse(projects.toByteArray());
        assertEquals(1, rows.size());
        Map<String, String> row = rows.get(0);
        assertEquals(central.id(), row.get("projectId"));
        assertEquals("", row.get("name"));
        assertEquals(central.unit().name(), row.get("unit"));
        assertEquals("EXCLUDED", row.get("outcome"));
        assertEquals("", row.get("score"));
        assertEquals("", row.get("budgetAction"));
        assertEquals("R-PLAN-4 " + exclusion.message().render(Locale.ENGLISH), row.get("reasons"));
        assertEquals(List.of(), ResultCsvTest.parse(indicators.toByteArray()), "no indicator rows");
    }

    @Test
    void R_SCORE_UNIT_aRejectedUnitHasARowWithEveryProblemAndNoIndicators() throws Exception {
        ProjectDocument document;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("hostile/json/unit-bad-level1.json")) {
            document = ProjectReader.of().read(in);
        }
        RejectedRecord rejected = document.rejected().stream().filter(r -> r.section() == Section.UNITS)
                .findFirst().orElseThrow();
        try (ResultCsv csv = ResultCsv.open(projects, indicators, Locale.SIMPLIFIED_CHINESE)) {
            csv.unit(new RejectedUnit(rejected.index(), rejected.toRejection()));
        }
        Map<String, String> row = ResultCsvTest.parse(projects.toByteArray()).get(0);
        assertEquals("H-U02", row.get("项目编号"));
        assertEquals("UNIT_REJECTED", row.get("评价结果"));
        assertEquals("", row.get("总分"));
        String reasons = String.join("; ", rejected.problems().stream()
                .map(p -> p.path() + " " + p.code() + " " + p.message().render(Locale.SIMPLIFIED_CHINESE)).toList());
        assertEquals(reasons, row.get("原因"));
        assertEquals(List.of(), ResultCsvTest.parse(indicators.toByteArray()));
    }

    @Test
    void anAnalystsTableIsBomHeaderAndCrlfRowsQuotedOnlyWhereNeeded() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ResultCsv.table(List.of("单位", "说明"), List.of(List.of("甲", "a,b"), List.of("乙", "")), out);
        assertEquals("\uFEFF单位,说明\r\n甲,\"a,b\"\r\n乙,\r\n", text(out));
    }

    @Test
    void aFieldIsQuotedForACommaQuoteLineBreakByteOrderMarkOrSurroundingSpaceOnly() {
        assertEquals("", ResultCsv.quote(""));
        assertEquals("项目 一", ResultCsv.quote("项目 一"));
        assertEquals("\" a\"", ResultCsv.quote(" a"));
        assertEquals("\"a \"", ResultCsv.quote("a "));
        assertEquals("\"a\tb\t\"", ResultCsv.quote("a\tb\t"));
        assertEquals("\"\uFEFFa\"", ResultCsv.quote("\uFEFFa"));
        assertEquals("\"a,b\"", ResultCsv.quote("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", ResultCsv.quote("say \"hi\""));
        assertEquals("\"a\nb\"", ResultCsv.quote("a\nb"));
        assertEquals("\"a\rb\"", ResultCsv.quote("a\rb"));
        assertEquals("\"abc\"\"\"", ResultCsv.quote("abc\""), "a quote in the last place is found too");
    }

    @Test
    void aChineseTableHasChineseHeadersAndLabelsAndAnEnglishOneEnglish() {
        try (ResultCsv csv = ResultCsv.open(projects, indicators, Locale.SIMPLIFIED_CHINESE)) {
            csv.accept(Pbm.evaluate(contractProject(), Presets.MOF_2020));
        }
        String zh = text(indicators);
        assertEquals("\uFEFF项目编号,三级指标,一级指标,分值,得分,偏差率,需说明偏差,已说明偏差,标记\r\n",
                zh.substring(0, zh.indexOf('\n') + 1));
        Map<String, String> first = ResultCsvTest.parse(indicators.toByteArray()).get(0);
        assertEquals("产出指标", first.get("一级指标"), "the level-1 category, as its header says");
        ByteArrayOutputStream en = new ByteArrayOutputStream();
        try (ResultCsv csv = ResultCsv.open(new ByteArrayOutputStream(), en, Locale.ENGLISH)) {
            csv.accept(Pbm.evaluate(contractProject(), Presets.MOF_2020));
        }
        Map<String, String> english = ResultCsvTest.parse(en.toByteArray()).get(0);
        assertEquals("output", english.get("category"));
    }

    @Test
    void R_DEV_1_booleansAreTheResultsOwnAsTrueOrFalse() {
        ProjectResult result = (ProjectResult) Pbm.evaluate(contractProject(), Presets.MOF_2020);
        try (ResultCsv csv = ResultCsv.open(projects, indicators, Locale.ENGLISH)) {
            csv.accept(result);
        }
        assertEquals(String.valueOf(result.evaluation().complete()),
                ResultCsvTest.parse(projects.toByteArray()).get(0).get("complete"));
        List<Map<String, String>> rows = ResultCsvTest.parse(indicators.toByteArray());
        assertEquals(result.evaluation().indicators().stream().map(i -> i.explanationRequired() + "/" + i.explained())
                .toList(), rows.stream().map(r -> r.get("explanationRequired") + "/" + r.get("explained")).toList());
    }
}
