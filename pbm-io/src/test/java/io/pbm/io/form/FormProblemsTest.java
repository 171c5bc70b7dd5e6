package io.pbm.io.form;

import static io.pbm.io.form.FormLayoutsTest.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pbm.core.budget.FundCategory;
import io.pbm.io.ReadingCode;
import io.pbm.io.project.ProjectDocument;
import io.pbm.io.project.RejectedRecord;
import io.pbm.rules.explain.Problem;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Every problem of a form is reported, all of them, each at its cell with a stable code. */
class FormProblemsTest {

    static ProjectDocument read(HandBuiltFormsContent content, FormDefaults defaults) {
        return FormReader.of().read(new ByteArrayInputStream(bytes(content)), "test.xlsx", defaults);
    }

    /** A workbook built in the test. */
    interface HandBuiltFormsContent {
        void fill(XSSFWorkbook workbook);
    }

    static byte[] bytes(HandBuiltFormsContent content) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            content.fill(workbook);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> located(RejectedRecord rejected) {
        return rejected.problems().stream().map(p -> p.code() + " " + p.path()).toList();
    }

    @Test
    void severalProblemsOfOneSheetAreAllReportedAtTheirCells() {
        ProjectDocument document = FormReader.of().read(fixture("problems.xlsx"), FormDefaults.NONE);
        RejectedRecord rejected = assertInstanceOf(RejectedRecord.class, document.records().get(0));
        assertEquals("E-1", rejected.id());
        assertEquals(List.of(
                "value.invalid 自评表!D5",
                "enum.unknown 自评表!A7",
                "decimal.grammar 自评表!F8",
                "form.cell 自评表!G9",
                "form.missing 自评表!A1"), located(rejected));
    }

    @Test
    void aFormulaWithoutCachedResultIsLocatedAndNamed() {
        Problem formula = ((RejectedRecord) FormReader.of().read(fixture("problems.xlsx"), FormDefaults.NONE)
                .records().get(0)).problems().get(3);
        assertEquals(ReadingCode.FORM_FORMULA.key(), formula.message().key());
        assertTrue(formula.message().render(Locale.ENGLISH).contains("自评表!G9"));
    }

    @Test
    void aMissingRequiredValueNamesWhatAndWhereItWasLookedFor() {
        ProjectDocument document = read(workbook -> new HandBuiltForms.Sheet(workbook, "表1")
                .row(0, "项目支出绩效自评表")
                .row(1, "项目名称", "某项目", "实施单位", "某单位")
                .row(2, "全年预算数", "全年执行数").row(3, HandBuiltForms.n("1"), HandBuiltForms.n("1"))
                .row(4, "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值")
                .row(5, "产出指标", "数量指标", "人数", "≥1人", "1人", HandBuiltForms.n("90")), FormDefaults.NONE);
        RejectedRecord rejected = assertInstanceOf(RejectedRecord.class, document.records().get(0));
        assertEquals(List.of("form.missing 表1!A1", "form.missing 表1!A1", "form.missing 表1!A1"), located(rejected));
        String text = rejected.render(Locale.ENGLISH);
        assertTrue(text.contains("项目编号 is missing: sheet \"表1\" has no cell labelled 项目编号 / 项目代码 / 项目编码"), text);
        assertTrue(text.contains("资金类别 is missing"), text);
        assertTrue(text.contains("预算年度 is missing"), text);
    }

    @Test
    void defaultsFillWhatTheFormLacksButALabelledCellWins() {
        HandBuiltFormsContent content = workbook -> new HandBuiltForms.Sheet(workbook, "表1")
                .row(0, "项目支出绩效自评表（2023年度）")
                .row(1, "项目名称", "某项目", "资金类别", "政府性基金预算")
                .row(2, "全年预算数", "全年执行数").row(3, HandBuiltForms.n("1"), HandBuiltForms.n("1"))
                .row(4, "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值")
                .row(5, "产出指标", "数量指标", "人数", "≥1人", "1人", HandBuiltForms.n("90"));
        ProjectDocument document = read(workbook -> {
            content.fill(workbook);
            new HandBuiltForms.Sheet(workbook, "表1", false).row(1, null, null, null, null, "下年度预算申请数：2万元");
        }, FormDefaults.NONE.withIds(FormDefaults.Ids.FILE_AND_SHEET)
                .withFundCategory(FundCategory.GENERAL_PUBLIC).withUnit(io.pbm.core.project.BudgetUnit.of("默认单位")));
        var project = document.projects().get(0);
        assertEquals("test/表1", project.id());
        assertEquals(FundCategory.GOVERNMENT_FUND, project.fundCategory(), "the labelled cell wins over the default");
        assertEquals("默认单位", project.unit().name());
        assertEquals(io.pbm.core.budget.Amount.of("20000.00"), project.budget().nextYearRequest().orElseThrow(),
                "a label with its value after the colon");
    }

    @Test
    void aRepeatedIdAcrossSheetsIsRejectedAtItsCell() {
        ProjectDocument document = read(workbook -> {
            for (String name : List.of("甲", "乙")) {
                new HandBuiltForms.Sheet(workbook, name).row(0, "项目支出绩效自评表（2023年度）")
                        .row(1, "项目编号", "X-1", "项目名称", name, "实施单位", "某单位", "资金类别", "一般公共预算")
                        .row(2, "全年预算数", "全年执行数").row(3, HandBuiltForms.n("1"), HandBuiltForms.n("1"))
                        .row(4, "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值")
                        .row(5, "产出指标", "数量指标", "人数", "≥1人", "1人", HandBuiltForms.n("90"));
            }
        }, FormDefaults.NONE);
        assertEquals(1, document.projects().size());
        assertEquals(List.of("id.duplicate 乙!B2"), located(document.rejected().get(0)));
    }

    @Test
    void aSheetTitledAsAFormWithoutIndicatorTableIsRejectedNotSkipped() {
        ProjectDocument document = read(workbook -> new HandBuiltForms.Sheet(workbook, "空表")
                .row(3, "项目支出绩效自评表"), FormDefaults.NONE);
        assertEquals(List.of("form.noTable 空表!A4"), located(document.rejected().get(0)));
    }

    @Test
    void theCellOfAPathFallsBackToItsEnclosingMember() {
        FormWorkbook workbook = FormReader.of().readWorkbook(fixture("messy.xlsx"), FormDefaults.NONE);
        assertEquals("自评表!D11", workbook.cell(0, "/indicators/4").orElseThrow());
        assertEquals("自评表!H11", workbook.cell(0, "/indicators/4/reportedScore").orElseThrow());
        assertEquals("自评表!D11", workbook.cell(0, "/indicators/4/flags").orElseThrow());
        assertEquals("自评表!A1", workbook.cell(0, "/nothing").orElseThrow());
        assertTrue(workbook.cell(1, "").isEmpty());
    }
}
