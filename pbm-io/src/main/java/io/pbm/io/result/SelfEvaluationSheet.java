package io.pbm.io.result;

import io.pbm.core.evaluation.IndicatorActual;
import io.pbm.core.goal.Indicator;
import io.pbm.core.goal.IndicatorValue;
import io.pbm.core.project.Project;
import io.pbm.rules.pipeline.ProjectResult;
import io.pbm.rules.scoring.IndicatorResult;
import io.pbm.rules.veto.Veto;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;

/**
 * One evaluated project in the national self-evaluation layout (项目支出绩效自评表), with pbm's scores
 * filled in: the title and the labelled rows 项目名称 / 主管部门 / 实施单位 / 项目编号 above the table,
 * the budget block (年初预算数 / 全年预算数 / 全年执行数 / 分值 / 执行率 / 得分, amounts in 元), the
 * indicator table (一级指标 / 二级指标 / 三级指标 / 年度指标值 / 实际完成值 / 分值 / 得分 /
 * 偏差原因分析及改进措施, the level-1 cells merged over their run as forms have them), then the total
 * with the raw grade, the final grade with the vetoes, and next year's budget decision.
 *
 * <p>The execution block's 分值 is 100 − Σ indicator weights: under R-GOAL-3 an evaluated project's
 * indicator weights add up to 100 − the policy's execution weight. pbm/1 carries no 主管部门, so that
 * cell stays empty.
 */
final class SelfEvaluationSheet {

    /** The columns A–H of the layout. */
    private static final int COLUMNS = 8;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private SelfEvaluationSheet() {}

    static void write(SXSSFSheet sheet, ProjectResult result, Cells cells) {
        Project project = result.project();
        int[] widths = {14, 14, 28, 16, 16, 10, 10, 40};
        for (int c = 0; c < COLUMNS; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        int r = 0;
        Row title = sheet.createRow(r);
        title.createCell(0).setCellValue(cells.text("workbook.form.title"));
        title.getCell(0).setCellStyle(cells.title);
        merge(sheet, r, r++, 0, COLUMNS - 1);
        Row year = sheet.createRow(r);
        year.createCell(0).setCellValue(cells.text("workbook.form.year", Integer.toString(project.year().value())));
        merge(sheet, r, r++, 0, COLUMNS - 1);

        Row name = sheet.createRow(r);
        cells.header(name, 0, cells.text("workbook.form.name"));
        cells.text(name, 1, project.name());
        merge(sheet, r, r++, 1, COLUMNS - 1);
        Row units = sheet.createRow(r);
        cells.header(units, 0, cells.text("workbook.form.department"));
        merge(sheet, r, r, 1, 3);
        cells.header(units, 4, cells.text("workbook.form.unit"));
        cells.text(units, 5, project.unit().name());
        merge(sheet, r, r++, 5, COLUMNS - 1);
        Row id = sheet.createRow(r);
        cells.header(id, 0, cells.text("workbook.form.id"));
        cells.text(id, 1, project.id());
        merge(sheet, r, r, 1, 3);
        cells.header(id, 4, cells.text("workbook.form.policy"));
        cells.text(id, 5, result.evaluation().policyName() + " " + result.evaluation().policyVersion());
        merge(sheet, r, r++, 5, COLUMNS - 1);

        BigDecimal indicatorPoints = BigDecimal.ZERO;
        for (IndicatorResult indicator : result.evaluation().indicators()) {
            indicatorPoints = indicatorPoints.add(indicator.weight().points());
        }
        Row budgetHeader = sheet.createRow(r);
        cells.header(budgetHeader, 0, cells.text("workbook.form.funds"));
        String[] budgetLabels = {"initial", "adjusted", "spent", "weight", "executionRate", "score"};
        for (int c = 0; c < budgetLabels.length; c++) {
            cells.header(budgetHeader, c + 1, cells.text("workbook.form." + budgetLabels[c]));
        }
        Row budget = sheet.createRow(r + 1);
        merge(sheet, r, r + 1, 0, 0);
        r += 2;
        project.budget().initial().ifPresent(initial -> cells.amount(budget, 1, initial));
        cells.amount(budget, 2, project.budget().adjusted());
        cells.amount(budget, 3, project.budget().spent());
        cells.score(budget, 4, HUNDRED.subtract(indicatorPoints));
        result.evaluation().executionRate().ifPresent(rate -> cells.rate(budget, 5, rate));
        cells.score(budget, 6, result.evaluation().executionScore().points());

        Row tableHeader = sheet.createRow(r++);
        String[] tableLabels = {"level1", "level2", "level3", "target", "actual", "weight", "score", "explanation"};
        for (int c = 0; c < tableLabels.length; c++) {
            cells.header(tableHeader, c, cells.text("workbook.form." + tableLabels[c]));
        }
        List<IndicatorResult> indicators = result.evaluation().indicators();
        int runStart = r;
        for (int i = 0; i < indicators.size(); i++) {
            IndicatorResult scored = indicators.get(i);
            Row row = sheet.createRow(r);
            boolean runBegins = i == 0 || !scored.category().equals(indicators.get(i - 1).category());
            if (runBegins) {
                if (r - 1 > runStart) {
                    merge(sheet, runStart, r - 1, 0, 0);
                }
                runStart = r;
                cells.text(row, 0, cells.label(scored.category()));
            }
            Optional<Indicator> indicator = project.goal().indicator(scored.name());
            indicator.flatMap(Indicator::level2).ifPresent(level2 -> cells.text(row, 1, cells.label(level2)));
            cells.text(row, 2, scored.name());
            indicator.ifPresent(goal -> cells.text(row, 3, target(goal)));
            Optional<IndicatorActual> actual = project.evaluation().map(input -> input.actuals().get(scored.name()));
            actual.ifPresent(given -> actual(row, given, cells));
            cells.score(row, 5, scored.weight().points());
            cells.score(row, 6, scored.score().points());
            actual.flatMap(IndicatorActual::explanation).ifPresent(text -> cells.text(row, 7, text));
            r++;
        }
        if (r - 1 > runStart) {
            merge(sheet, runStart, r - 1, 0, 0);
        }

        Row total = sheet.createRow(r);
        cells.header(total, 0, cells.text("workbook.form.total"));
        merge(sheet, r, r++, 0, 4);
        cells.score(total, 5, HUNDRED);
        cells.score(total, 6, result.score().points());
        cells.text(total, 7, cells.text("workbook.form.rawGrade", cells.label(result.rawGrade())));
        Row grade = sheet.createRow(r);
        cells.header(grade, 0, cells.text("workbook.form.grade"));
        merge(sheet, r, r, 0, 4);
        cells.text(grade, 5, cells.label(result.grade()));
        merge(sheet, r, r++, 5, 6);
        StringJoiner vetoes = new StringJoiner("\n");
        for (Veto veto : result.vetoes()) {
            vetoes.add(veto.rule().id() + " " + veto.message().render(cells.locale()));
        }
        cells.text(grade, 7, vetoes.toString());
        Row decision = sheet.createRow(r);
        cells.header(decision, 0, cells.text("workbook.form.decision"));
        merge(sheet, r, r, 0, 4);
        cells.amount(decision, 5, result.budgetDecision().before());
        cells.amount(decision, 6, result.budgetDecision().after());
        cells.text(decision, 7, cells.label(result.budgetDecision().action()) + " "
                + result.budgetDecision().rule().id() + " " + result.budgetDecision().message().render(cells.locale()));
    }

    /** A target as forms write it, its comparison and unit beside the number: {@code >=12公里}. */
    private static String target(Indicator indicator) {
        IndicatorValue target = indicator.target();
        return indicator.isQuantitative() && target.number().isPresent()
                ? IndicatorValue.of(indicator.comparison(), target.number().get(), indicator.unit()).toString()
                : target.toString();
    }

    /** An actual as forms write it: a bare number is a numeric cell, anything else text, a qualitative one its label. */
    private static void actual(Row row, IndicatorActual given, Cells cells) {
        Optional<IndicatorValue> value = given.actual();
        if (value.isPresent()) {
            IndicatorValue actual = value.get();
            if (actual.number().isPresent() && actual.comparison().isEmpty() && actual.unit().symbol().isEmpty()) {
                cells.decimal(row, 4, actual.number().get(), cells.general);
            } else {
                cells.text(row, 4, actual.toString());
            }
        } else {
            given.achievement().ifPresent(achievement -> cells.text(row, 4, cells.label(achievement)));
        }
    }

    private static void merge(SXSSFSheet sheet, int firstRow, int lastRow, int firstColumn, int lastColumn) {
        sheet.addMergedRegionUnsafe(new CellRangeAddress(firstRow, lastRow, firstColumn, lastColumn));
    }
}
