package io.pbm.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pbm.core.FiscalYear;
import io.pbm.core.budget.Amount;
import io.pbm.core.project.Project;
import io.pbm.io.project.ProjectDocument;
import io.pbm.io.project.RejectedRecord;
import io.pbm.rules.Pbm;
import io.pbm.rules.policy.Presets;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** How cells are read: headers in both languages at once, amounts in 万元, booleans, year lists, quoting. */
class CsvValuesTest {

    private static final String MIXED = "项目编号,projectName,预算单位,YEAR,资金类别,adjusted (10k yuan),全年执行数（元）,"
            + "level1,二级指标,name,年度指标值,weight,重点项目,已评价年度\n";

    private static ProjectDocument read(String table) {
        return CsvReaderTest.read(CsvReader.of(), table.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> problems(RejectedRecord rejected) {
        return rejected.problems().stream().map(p -> p.path() + " " + p.code()).toList();
    }

    @Test
    void aHeaderMayMixLanguagesAndAnAmountIn万元ConvertsExactly() {
        Project project = read(MIXED + "P-1,工程,局,2023,一般公共预算,193.0512,1835000.5,产出指标,数量指标,长度,≥10,100,是,"
                + "\"2019、2021\"\n").projects().get(0);
        assertEquals(Amount.of("1930512.00"), project.budget().adjusted());
        assertEquals(Amount.of("1835000.50"), project.budget().spent());
        assertEquals(true, project.flags().isKey());
        assertEquals(List.of(FiscalYear.of(2019), FiscalYear.of(2021)), List.copyOf(project.history().evaluatedYears()));
    }

    @Test
    void aBooleanThatIsNotOneAndTooManyDecimalsOf万元AreLocated() {
        RejectedRecord rejected = read(MIXED + "P-1,工程,局,2023,GENERAL_PUBLIC,1.0000001,1.00,OUTPUT,QUANTITY,长度,≥10,100,"
                + "也许,2019\n").rejected().get(0);
        assertEquals(List.of("t.csv:2:adjusted (10k yuan) decimal.grammar", "t.csv:2:重点项目 type"), problems(rejected));
    }

    @Test
    void textAfterAClosingQuoteIsAQuoteProblemAndTheNextRowIsStillRead() {
        ProjectDocument document = read(MIXED + "P-1,\"工程\"x,局,2023,GENERAL_PUBLIC,1,1.00,OUTPUT,QUANTITY,长度,≥10,100,,\n"
                + "P-2,工程,局,2023,GENERAL_PUBLIC,1,1.00,OUTPUT,QUANTITY,长度,≥10,100,,\n");
        assertEquals(List.of("t.csv:2:projectName csv.quote"), problems(document.rejected().get(0)));
        assertEquals("P-2", document.projects().get(0).id());
    }

    @Test
    void resultsStreamIntoTheTablesAsTheyAreEvaluated() {
        ProjectDocument document = CsvReaderTest.read(CsvReader.of(),
                CsvReaderTest.resource("csv/contract-example-en.csv"));
        ByteArrayOutputStream projects = new ByteArrayOutputStream();
        ByteArrayOutputStream indicators = new ByteArrayOutputStream();
        try (ResultCsv csv = ResultCsv.open(projects, indicators, Locale.SIMPLIFIED_CHINESE)) {
            Pbm.evaluateAll(document.projects(), Presets.MOF_2020, csv);
        }
        assertEquals("1737450.00", ResultCsvTest.parse(projects.toByteArray()).get(0).get("调整后预算"));
        assertEquals(5, ResultCsvTest.parse(indicators.toByteArray()).size());
    }
}
