package io.pbm.io.form;

import io.pbm.core.budget.FundCategory;
import io.pbm.core.evaluation.QualitativeAchievement;
import io.pbm.core.goal.Level1;
import io.pbm.core.goal.Level2;
import io.pbm.core.grade.Grade;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes blank national forms (.xlsx) that {@link FormReader} reads back once filled in: the
 * self-evaluation table (项目支出绩效自评表) and the goal table (项目支出绩效目标申报表) in the national
 * layout, with the 指标性质 / 指标值 / 度量单位 trio under 年度指标值, pbm's labelled rows above the table
 * (项目编号, 资金类别, 预算年度, the supervision findings …), and drop-down lists on the cells that take one
 * of a fixed set of values: comparisons (≥ ＞ ≤ ＜ ＝ 定性), the achievement of a qualitative indicator
 * (the three labels of R-SCORE-QUAL), level-1 and level-2 categories, the fund category, 是/否 and the
 * grade.
 *
 * <pre>{@code
 * try (OutputStream out = Files.newOutputStream(Path.of("自评表.xlsx"))) {
 *     FormTemplate.write(FormKind.SELF_EVALUATION, out);
 * }
 * }</pre>
 *
 * <p>Layout of the self-evaluation template (0-based rows): the title (0), the year line (1), six rows of
 * labels (2–7), the budget block (8–9: 项目资金（万元）, amounts in 万元), the overall goal (10–11), the
 * two header rows of the indicator table (12–13), {@value #INDICATOR_ROWS} indicator rows (14–), the
 * 总分 row and a note. The goal template has no execution and score columns.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FormTemplate {

    /** The number of blank indicator rows of a template. */
    public static final int INDICATOR_ROWS = 12;

    /** The first row (0-based) of the indicator rows. */
    public static final int FIRST_INDICATOR_ROW = 14;

    private static final String[] COMPARISONS = {"≥", "＞", "≤", "＜", "＝", "定性"};
    private static final String[] YES_NO = {"是", "否"};

    private FormTemplate() {}

    /**
     * Writes a blank form as a workbook of one sheet.
     *
     * @param kind  which form, not null
     * @param out  where the .xlsx goes, not closed, not null
     * @throws UncheckedIOException if the stream cannot be written
     */
    public static void write(FormKind kind, OutputStream out) {
        Objects.requireNonNull(kind, "kind is null");
        Objects.requireNonNull(out, "out is null");
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            new Layout(workbook, kind).write();
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One template being laid out. Not thread-safe. */
    private static final class Layout {

        private final XSSFWorkbook workbook;
        private final FormKind kind;
        private final XSSFSheet sheet;
        private final boolean evaluation;
        private final int width;
        private final CellStyle title;
        private final CellStyle header;
        private final CellStyle label;
        private final CellStyle input;

        Layout(XSSFWorkbook workbook, FormKind kind) {
            this.workbook = workbook;
            this.kind = kind;
            this.evaluation = kind == FormKind.SELF_EVALUATION;
            this.sheet = workbook.createSheet(evaluation ? "自评表" : "目标申报表");
            this.width = evaluation ? 11 : 7;
            this.title = style(true, 16, false);
            this.header = style(true, 11, true);
            this.label = style(true, 11, false);
            this.input = style(false, 11, false);
        }

        private CellStyle style(boolean bold, int points, boolean fill) {
            CellStyle style = workbook.createCellStyle();
            XSSFFont font = workbook.createFont();
            font.setFontName("宋体");
            font.setBold(bold);
            font.setFontHeightInPoints((short) points);
            style.setFont(font);
            style.setAlignment(points > 11 ? HorizontalAlignment.CENTER : HorizontalAlignment.LEFT);
            style.setVerticalAlignment(VerticalAlignment.CENTER);
            style.setWrapText(true);
            if (points == 11) {
                style.setBorderTop(BorderStyle.THIN);
                style.setBorderBottom(BorderStyle.THIN);
                style.setBorderLeft(BorderStyle.THIN);
                style.setBorderRight(BorderStyle.THIN);
            }
            if (fill) {
                style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
                style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
                style.setAlignment(HorizontalAlignment.CENTER);
            }
            return style;
        }

        void write() {
            int[] widths = evaluation ? new int[] {12, 14, 24, 9, 10, 9, 14, 22, 8, 8, 30} : new int[] {12, 14, 24, 9, 10, 9, 8};
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, widths[c] * 256);
            }
            put(0, 0, width - 1, kind.title(), title);
            put(1, 0, width - 1, "（      年度）", title);
            int half = width / 2;
            pairs(2, "项目名称", "项目编号", half);
            pairs(3, "主管部门", "实施单位", half);
            pairs(4, "预算年度", "资金类别", half);
            list(4, half + 2, width - 1, Arrays.stream(FundCategory.values()).map(FundCategory::label).toList());
            pairs(5, "监督检查发现问题", "重大违规使用资金", half);
            list(5, 1, half - 1, List.of(YES_NO));
            list(5, half + 2, width - 1, List.of(YES_NO));
            pairs(6, "真实性核查未通过", "问题未整改", half);
            list(6, 1, half - 1, List.of(YES_NO));
            list(6, half + 2, width - 1, List.of(YES_NO));
            pairs(7, "连续未整改监控轮次", evaluation ? "自评等级" : "下年度预算申请数", half);
            if (evaluation) {
                list(7, half + 2, width - 1, Grade.bestFirst().stream().map(Grade::label).toList());
            }
            budget();
            put(10, 0, 0, evaluation ? "年度总体目标" : "总体目标", label);
            sheet.addMergedRegion(new CellRangeAddress(10, 11, 0, 0));
            if (evaluation) {
                put(10, 1, 5, "预期目标", header);
                put(10, 6, width - 1, "实际完成情况", header);
                put(11, 1, 5, "", input);
                put(11, 6, width - 1, "", input);
            } else {
                for (int c = 1; c < width; c++) {
                    put(10, c, c, "", input);
                    put(11, c, c, "", input);
                }
                sheet.addMergedRegion(new CellRangeAddress(10, 11, 1, width - 1));
            }
            table();
        }

        private void pairs(int row, String left, String right, int half) {
            put(row, 0, 0, left, label);
            put(row, 1, half - 1, "", input);
            put(row, half, half + 1, right, label);
            put(row, half + 2, width - 1, "", input);
        }

        private void budget() {
            put(8, 0, 0, "项目资金（万元）", label);
            sheet.addMergedRegion(new CellRangeAddress(8, 9, 0, 0));
            put(8, 1, 1, "", header);
            if (evaluation) {
                String[] columns = {"年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"};
                for (int i = 0; i < columns.length; i++) {
                    put(8, 2 + i, 2 + i, columns[i], header);
                    put(9, 2 + i, 2 + i, "", input);
                }
                put(9, 1, 1, "年度资金总额", label);
                put(8, 8, width - 1, "", input);
                put(9, 8, width - 1, "", input);
            } else {
                put(8, 1, 1, "年度资金总额", label);
                put(8, 2, width - 1, "", input);
                put(9, 1, 1, "其中：财政拨款", label);
                put(9, 2, width - 1, "", input);
            }
        }

        private void table() {
            String[] top = evaluation
                    ? new String[] {"一级指标", "二级指标", "三级指标", "年度指标值", null, null, "实际完成值",
                        "完成情况（定性指标）", "分值", "得分", "偏差原因分析及改进措施"}
                    : new String[] {"一级指标", "二级指标", "三级指标", "年度指标值", null, null, "分值"};
            for (int c = 0; c < width; c++) {
                if (top[c] != null) {
                    put(12, c, c, top[c], header);
                }
                if (c < 3 || c > 5) {
                    put(13, c, c, "", header);
                    sheet.addMergedRegion(new CellRangeAddress(12, 13, c, c));
                }
            }
            sheet.addMergedRegion(new CellRangeAddress(12, 12, 3, 5));
            put(13, 3, 3, "指标性质", header);
            put(13, 4, 4, "指标值", header);
            put(13, 5, 5, "度量单位", header);
            int last = FIRST_INDICATOR_ROW + INDICATOR_ROWS - 1;
            for (int r = FIRST_INDICATOR_ROW; r <= last; r++) {
                for (int c = 0; c < width; c++) {
                    put(r, c, c, "", input);
                }
            }
            list(FIRST_INDICATOR_ROW, last, 0, 0,
                    Arrays.stream(Level1.values()).filter(l -> l.frame() == io.pbm.core.goal.IndicatorFrame.PROJECT)
                            .map(Level1::label).toList());
            list(FIRST_INDICATOR_ROW, last, 1, 1, Arrays.stream(Level2.values()).map(Level2::label).toList());
            list(FIRST_INDICATOR_ROW, last, 3, 3, List.of(COMPARISONS));
            if (evaluation) {
                list(FIRST_INDICATOR_ROW, last, 7, 7,
                        Arrays.stream(QualitativeAchievement.values()).map(QualitativeAchievement::label).toList());
                put(last + 1, 0, 7, "总分", label);
                put(last + 1, 8, 8, "", input);
                put(last + 1, 9, 9, "", input);
                put(last + 1, 10, 10, "", input);
            }
            put(last + 2, 0, width - 1, evaluation
                    ? "填表说明：金额单位为万元；定量指标填写指标性质（≥ ＞ ≤ ＜ ＝）、指标值和度量单位，实际完成值填数值；"
                        + "定性指标的指标性质选“定性”，在“完成情况”中选择达成程度，得分为评价人在该档范围内的打分。"
                    : "填表说明：金额单位为万元；定量指标填写指标性质（≥ ＞ ≤ ＜ ＝）、指标值和度量单位；定性指标的指标性质选“定性”。",
                    workbook.createCellStyle());
        }

        private void put(int row, int first, int last, String text, CellStyle style) {
            XSSFRow cells = sheet.getRow(row) == null ? sheet.createRow(row) : sheet.getRow(row);
            for (int c = first; c <= last; c++) {
                XSSFCell cell = cells.getCell(c) == null ? cells.createCell(c) : cells.getCell(c);
                cell.setCellStyle(style);
                if (c == first && !text.isEmpty()) {
                    cell.setCellValue(text);
                }
            }
            if (last > first) {
                sheet.addMergedRegion(new CellRangeAddress(row, row, first, last));
            }
        }

        private void list(int row, int first, int last, List<String> values) {
            list(row, row, first, last, values);
        }

        /** A drop-down list; other values are refused by Excel with a message in Chinese. */
        private void list(int firstRow, int lastRow, int first, int last, List<String> values) {
            DataValidationHelper helper = sheet.getDataValidationHelper();
            DataValidation validation = helper.createValidation(
                    helper.createExplicitListConstraint(values.toArray(String[]::new)),
                    new CellRangeAddressList(firstRow, lastRow, first, last));
            validation.setShowErrorBox(true);
            validation.createErrorBox("请从列表中选择", "请从下拉列表中选择：" + String.join("、", values));
            validation.setSuppressDropDownArrow(true);
            sheet.addValidationData(validation);
        }
    }
}
