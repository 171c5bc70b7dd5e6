package io.pbm.io.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pbm.core.FiscalYear;
import io.pbm.core.budget.Amount;
import io.pbm.core.budget.Budget;
import io.pbm.core.budget.FundCategory;
import io.pbm.core.evaluation.EvaluationInput;
import io.pbm.core.evaluation.IndicatorActual;
import io.pbm.core.evaluation.QualitativeAchievement;
import io.pbm.core.evaluation.ReportedFigures;
import io.pbm.core.evaluation.SupervisionFindings;
import io.pbm.core.goal.Comparison;
import io.pbm.core.goal.Goal;
import io.pbm.core.goal.Indicator;
import io.pbm.core.goal.IndicatorValue;
import io.pbm.core.goal.Level1;
import io.pbm.core.goal.Level2;
import io.pbm.core.goal.MeasureUnit;
import io.pbm.core.goal.Weight;
import io.pbm.core.grade.Grade;
import io.pbm.core.grade.Score;
import io.pbm.core.project.BudgetUnit;
import io.pbm.core.project.Project;
import io.pbm.io.project.ProjectDocument;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** A blank template, filled in cell by cell as a unit would, reads back to the project it describes. */
class FormTemplateTest {

    private static final int FIRST = FormTemplate.FIRST_INDICATOR_ROW;

    private static XSSFWorkbook template(FormKind kind) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FormTemplate.write(kind, out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    private static void set(XSSFSheet sheet, int row, int column, Object value) {
        XSSFCell cell = sheet.getRow(row).getCell(column);
        if (value instanceof String text) {
            cell.setCellValue(text);
        } else {
            cell.setCellValue(Double.parseDouble(value.toString()));
        }
    }

    private static void indicator(XSSFSheet sheet, int i, Object... cells) {
        for (int c = 0; c < cells.length; c++) {
            if (cells[c] != null) {
                set(sheet, FIRST + i, c, cells[c]);
            }
        }
    }

    private static ProjectDocument read(XSSFWorkbook workbook) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(out);
        workbook.close();
        return FormReader.of().read(new ByteArrayInputStream(out.toByteArray()), "填报.xlsx", FormDefaults.NONE);
    }

    private static Indicator quantitative(String name, Level1 level1, Level2 level2, Comparison comparison, String target,
            String unit, long weight) {
        return Indicator.builder().name(name).level1(level1).level2(level2).comparison(comparison)
                .target(IndicatorValue.parse(target)).unit(MeasureUnit.of(unit)).weight(Weight.of(weight)).build();
    }

    @Test
    void aFilledInSelfEvaluationTemplateReadsBackToItsProject() throws IOException {
        XSSFWorkbook workbook = template(FormKind.SELF_EVALUATION);
        XSSFSheet sheet = workbook.getSheetAt(0);
        set(sheet, 2, 1, "农产品园区排水管网工程");
        set(sheet, 2, 7, "652826-2023-017");
        set(sheet, 3, 1, "焉耆县住建局");
        set(sheet, 3, 7, "焉耆县住房和城乡建设局");
        set(sheet, 4, 1, 2023);
        set(sheet, 4, 7, "一般公共预算");
        set(sheet, 5, 1, "是");
        set(sheet, 5, 7, "否");
        set(sheet, 7, 1, 1);
        set(sheet, 7, 7, "中");
        for (Object[] cell : new Object[][] {{2, "193.05"}, {3, "193.05"}, {4, "183.5"}, {5, "10"}, {7, "9.51"}}) {
            set(sheet, 9, (Integer) cell[0], cell[1]);
        }
        set(sheet, 11, 1, "完成园区排水管网建设，提升排涝能力");
        indicator(sheet, 0, "产出指标", "数量指标", "新建排水管网长度", "≥", 12, "公里", 11.5, null, 30, 28.75, "冬季停工");
        indicator(sheet, 2, "效益指标", "社会效益指标", "排涝能力提升", "定性", "明显提升", null, null,
                "部分达成年度指标并具有一定效果", 30, 21);
        indicator(sheet, 3, "满意度指标", "服务对象满意度指标", "群众满意度", "＞", 90, "%", 93, null, 30, 30);
        set(sheet, FIRST + FormTemplate.INDICATOR_ROWS, 9, "88.26");

        ProjectDocument document = read(workbook);

        Goal goal = Goal.builder().text("完成园区排水管网建设，提升排涝能力").indicators(List.of(
                quantitative("新建排水管网长度", Level1.OUTPUT, Level2.QUANTITY, Comparison.AT_LEAST, "12", "公里", 30),
                Indicator.builder().name("排涝能力提升").level1(Level1.BENEFIT).level2(Level2.SOCIAL)
                        .comparison(Comparison.QUALITATIVE).target(IndicatorValue.text("明显提升")).weight(Weight.of(30))
                        .build(),
                quantitative("群众满意度", Level1.SATISFACTION, Level2.SERVICE_RECIPIENT, Comparison.MORE_THAN, "90", "%",
                        30))).build();
        EvaluationInput evaluation = EvaluationInput.builder()
                .putActuals("新建排水管网长度", IndicatorActual.builder().actual(IndicatorValue.parse("11.5"))
                        .explanation("冬季停工").build())
                .putActuals("排涝能力提升", IndicatorActual.of(QualitativeAchievement.PARTLY_ACHIEVED, Score.of(21)))
                .putActuals("群众满意度", IndicatorActual.of(IndicatorValue.parse("93")))
                .findings(SupervisionFindings.builder().auditProblems(true).unrectifiedFailedMonitoringRounds(1).build())
                .reported(ReportedFigures.builder().putIndicatorScores("新建排水管网长度", new BigDecimal("28.75"))
                        .putIndicatorScores("排涝能力提升", new BigDecimal("21"))
                        .putIndicatorScores("群众满意度", new BigDecimal("30"))
                        .executionScore(new BigDecimal("9.51")).total(new BigDecimal("88.26")).grade(Grade.FAIR).build())
                .build();
        Project expected = Project.builder().id("652826-2023-017").name("农产品园区排水管网工程")
                .unit(BudgetUnit.of("焉耆县住房和城乡建设局")).year(FiscalYear.of(2023)).fundCategory(FundCategory.GENERAL_PUBLIC)
                .budget(Budget.builder().initial(Amount.of("1930500.00")).adjusted(Amount.of("1930500.00"))
                        .spent(Amount.of("1835000.00")).build())
                .goal(goal).evaluation(evaluation).build();
        assertEquals(List.of(expected), document.projects(), () -> document.records().toString());
    }

    @Test
    void aFilledInGoalTemplateReadsBackToItsProject() throws IOException {
        XSSFWorkbook workbook = template(FormKind.GOAL);
        XSSFSheet sheet = workbook.getSheetAt(0);
        set(sheet, 1, 0, "（2024年度）");
        set(sheet, 2, 1, "学生营养改善计划");
        set(sheet, 2, 5, "G-2024-01");
        set(sheet, 3, 5, "某县第一中学");
        set(sheet, 4, 5, "一般公共预算");
        set(sheet, 8, 2, "50");
        set(sheet, 10, 1, "保障学生营养餐供应");
        indicator(sheet, 0, "产出指标", "数量指标", "受益学生人数", "≥", 1200, "人", 90);

        ProjectDocument document = read(workbook);

        Project expected = Project.builder().id("G-2024-01").name("学生营养改善计划").unit(BudgetUnit.of("某县第一中学"))
                .year(FiscalYear.of(2024)).fundCategory(FundCategory.GENERAL_PUBLIC)
                .budget(Budget.builder().adjusted(Amount.of("500000.00")).spent(Amount.ZERO).build())
                .goal(Goal.builder().text("保障学生营养餐供应").indicators(List.of(quantitative("受益学生人数", Level1.OUTPUT,
                        Level2.QUANTITY, Comparison.AT_LEAST, "1200", "人", 90))).build())
                .build();
        assertEquals(List.of(expected), document.projects(), () -> document.records().toString());
    }

    @Test
    void comparisonAndAchievementCellsOfferDropDownLists() throws IOException {
        try (XSSFWorkbook workbook = template(FormKind.SELF_EVALUATION)) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertEquals(List.of("≥", "＞", "≤", "＜", "＝", "定性"), listAt(sheet, FIRST, 3));
            assertEquals(List.of("达成年度指标", "部分达成年度指标并具有一定效果", "未达成年度指标且效果较差"),
                    listAt(sheet, FIRST + FormTemplate.INDICATOR_ROWS - 1, 7));
            assertTrue(listAt(sheet, 4, 7).contains("一般公共预算"));
            assertEquals("项目支出绩效自评表", sheet.getRow(0).getCell(0).getStringCellValue());
        }
    }

    @Test
    void aBlankTemplateIsAFormWithEveryMissingValueReported() throws IOException {
        ProjectDocument document = read(template(FormKind.SELF_EVALUATION));
        assertEquals(1, document.rejected().size());
        assertTrue(document.rejected().get(0).problems().size() >= 5, () -> document.rejected().toString());
    }

    private static List<String> listAt(XSSFSheet sheet, int row, int column) {
        for (DataValidation validation : sheet.getDataValidations()) {
            for (CellRangeAddress range : validation.getRegions().getCellRangeAddresses()) {
                if (range.isInRange(row, column)) {
                    return List.of(validation.getValidationConstraint().getExplicitListValues());
                }
            }
        }
        return List.of();
    }
}
