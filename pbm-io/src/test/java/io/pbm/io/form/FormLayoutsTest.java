package io.pbm.io.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pbm.core.FiscalYear;
import io.pbm.core.budget.Amount;
import io.pbm.core.budget.FundCategory;
import io.pbm.core.evaluation.EvaluationInput;
import io.pbm.core.evaluation.IndicatorActual;
import io.pbm.core.evaluation.QualitativeAchievement;
import io.pbm.core.goal.Comparison;
import io.pbm.core.goal.Indicator;
import io.pbm.core.goal.Level1;
import io.pbm.core.goal.Level2;
import io.pbm.core.grade.Grade;
import io.pbm.core.project.Project;
import io.pbm.io.project.ProjectDocument;
import io.pbm.io.project.ReadProject;
import io.pbm.io.project.ReadRecord;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Each layout of {@link HandBuiltForms}, read to the values it holds. */
class FormLayoutsTest {

    static Path fixture(String name) {
        try {
            return Path.of(FormLayoutsTest.class.getResource("/forms/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Project only(String name, FormDefaults defaults) {
        ProjectDocument document = FormReader.of().read(fixture(name), defaults);
        assertEquals(1, document.records().size(), () -> document.records().toString());
        return assertInstanceOf(ReadProject.class, document.records().get(0), () -> document.records().toString())
                .project();
    }

    private static BigDecimal d(String text) {
        return new BigDecimal(text);
    }

    @Test
    void nationalLayoutWithMergedHeadersReadsTheContractExample() {
        Project project = only("national-merged.xlsx", FormDefaults.NONE);
        assertEquals("652826-2023-017", project.id());
        assertEquals("农产品园区排水管网工程", project.name());
        assertEquals("焉耆县住房和城乡建设局", project.unit().name());
        assertEquals(FiscalYear.of(2023), project.year());
        assertEquals(FundCategory.GENERAL_PUBLIC, project.fundCategory());
        assertEquals(Amount.of("1930500.00"), project.budget().adjusted());
        assertEquals(Amount.of("1835000.00"), project.budget().spent());
        assertEquals(Amount.of("1930500.00"), project.budget().initial().orElseThrow());
        assertEquals("完成园区排水管网建设，提升排涝能力", project.goal().text().orElseThrow());
        List<Indicator> indicators = project.goal().indicators();
        assertEquals(List.of("新建排水管网长度", "管网验收合格率", "按期完工率", "排涝能力提升", "群众满意度"),
                indicators.stream().map(Indicator::name).toList());
        assertEquals(List.of(Level1.OUTPUT, Level1.OUTPUT, Level1.OUTPUT, Level1.BENEFIT, Level1.SATISFACTION),
                indicators.stream().map(Indicator::level1).toList(), "产出指标 merged down three rows");
        assertEquals(Level2.SERVICE_RECIPIENT, indicators.get(4).level2().orElseThrow());
        assertEquals(">=12公里", indicators.get(0).target().toString());
        assertEquals(Comparison.QUALITATIVE, indicators.get(3).comparison());
        EvaluationInput evaluation = project.evaluation().orElseThrow();
        assertEquals("11.5", evaluation.actual("新建排水管网长度").flatMap(IndicatorActual::actual).orElseThrow().toString());
        assertEquals("两段管线因征地延期", evaluation.actual("按期完工率").flatMap(IndicatorActual::explanation).orElseThrow());
        IndicatorActual qualitative = evaluation.actual("排涝能力提升").orElseThrow();
        assertEquals(QualitativeAchievement.PARTLY_ACHIEVED, qualitative.achievement().orElseThrow());
        assertEquals(0, d("21").compareTo(qualitative.score().orElseThrow().points()));
        var reported = evaluation.reported().orElseThrow();
        assertEquals(d("9.51"), reported.executionScore().orElseThrow());
        assertEquals(d("88.73"), reported.total().orElseThrow());
        assertEquals(Grade.GOOD, reported.grade().orElseThrow());
        assertEquals(d("28.75"), reported.indicatorScores().get("新建排水管网长度"));
    }

    @Test
    void trioLayoutTakesComparisonValueAndUnitFromThreeColumnsAndIdAndCategoryFromDefaults() {
        Project project = only("trio.xlsx", FormDefaults.NONE.withYear(FiscalYear.of(2024))
                .withFundCategory(FundCategory.GENERAL_PUBLIC).withIds(FormDefaults.Ids.FILE_AND_SHEET));
        assertEquals("trio/自评表", project.id());
        assertEquals(FiscalYear.of(2024), project.year());
        assertEquals(Amount.of("480000.00"), project.budget().adjusted(), "全年预算数（元）: amounts in 元");
        assertEquals(Amount.of("456000.50"), project.budget().spent());
        Indicator length = project.goal().indicators().get(0);
        assertEquals(Comparison.AT_LEAST, length.comparison());
        assertEquals("公里", length.unit().symbol());
        assertEquals(Comparison.AT_MOST, project.goal().indicators().get(2).comparison());
        assertEquals(Comparison.QUALITATIVE, project.goal().indicators().get(3).comparison());
        IndicatorActual qualitative = project.evaluation().orElseThrow().actual("群众出行条件").orElseThrow();
        assertEquals(QualitativeAchievement.ACHIEVED, qualitative.achievement().orElseThrow());
        assertEquals(d("98.5"), project.evaluation().orElseThrow().reported().orElseThrow().total().orElseThrow());
    }

    @Test
    void hubeiTwentyPointExecutionBlockIsReadAsReported() {
        Project project = only("hubei-20.xlsx", FormDefaults.NONE);
        assertEquals("某县水利局", project.unit().name(), "the unit from 主管部门 when there is no 实施单位");
        assertEquals(FiscalYear.of(2023), project.year(), "预算年度 as a number cell");
        assertEquals(Amount.of("950500.00"), project.budget().spent());
        var reported = project.evaluation().orElseThrow().reported().orElseThrow();
        assertEquals(d("19.01"), reported.executionScore().orElseThrow());
        assertEquals(d("99.01"), reported.total().orElseThrow());
        assertEquals(0, d("80").compareTo(project.goal().indicators().stream().map(i -> i.weight().points())
                .reduce(BigDecimal.ZERO, BigDecimal::add)), "the indicators are worth 80");
    }

    @Test
    void wanSaidAboveTheTableConvertsExactlyAndPercentCellsAndCachedFormulasRead() {
        Project project = only("wan-header.xlsx", FormDefaults.NONE.withAmounts(FormDefaults.AmountUnit.YUAN));
        assertEquals(Amount.of("123400.00"), project.budget().adjusted(), "12.34万元, the sheet's 单位：万元 beats the default");
        assertEquals(Amount.of("123000.00"), project.budget().spent());
        assertEquals(FiscalYear.of(2022), project.year(), "from the title's （2022年度）");
        EvaluationInput evaluation = project.evaluation().orElseThrow();
        assertEquals("96%", evaluation.actual("师生满意度").flatMap(IndicatorActual::actual).orElseThrow().toString(),
                "0.96 formatted as a percentage");
        assertEquals(d("99.97"), evaluation.reported().orElseThrow().total().orElseThrow(), "the formula's cached result");
    }

    @Test
    void goalTableReadsFundsTotalAndTargetsWithNothingSpent() {
        Project project = only("goal-table.xlsx", FormDefaults.NONE);
        assertEquals("G-2024-01", project.id());
        assertEquals("某县第一中学", project.unit().name());
        assertEquals(FiscalYear.of(2024), project.year());
        assertEquals(Amount.of("500000.00"), project.budget().adjusted());
        assertEquals(Amount.ZERO, project.budget().spent());
        assertEquals(4, project.goal().indicators().size());
        assertEquals("<=0起", project.goal().indicators().get(1).target().toString());
        assertTrue(project.evaluation().isEmpty(), "a goal table has no evaluation");
    }

    @Test
    void workbookOfSeveralProjectsSkipsItsInstructionsSheetAndStreamsOneRecordPerForm() throws IOException {
        FormWorkbook workbook = FormReader.of().readWorkbook(fixture("several-projects.xlsx"), FormDefaults.NONE);
        assertEquals(List.of("填表说明"), workbook.skipped());
        assertEquals(List.of("项目1", "项目2", "项目3"), workbook.sheets());
        assertEquals(List.of("P-001", "P-002"), workbook.document().projects().stream().map(Project::id).toList());
        assertEquals(2, workbook.document().rejected().get(0).index());
        try (Stream<ReadRecord> records = FormReader.of().stream(fixture("several-projects.xlsx"), FormDefaults.NONE)) {
            assertEquals(List.of(0, 1, 2), records.map(ReadRecord::index).toList());
        }
        try (InputStream in = Files.newInputStream(fixture("several-projects.xlsx"));
                Stream<ReadRecord> records = FormReader.of().stream(in, "several-projects.xlsx", FormDefaults.NONE)) {
            assertEquals(List.of(0, 1, 2), records.map(ReadRecord::index).toList());
        }
    }
}
