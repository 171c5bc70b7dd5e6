package io.pbm.io.form;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The fixtures of {@code src/test/resources/forms/}, built cell by cell with plain POI — not with pbm's
 * own template — so that the reader is proven on forms it did not write. Each method documents the
 * layout it copies. Regenerate them with
 * {@code java … io.pbm.io.form.HandBuiltForms pbm-io/src/test/resources/forms} (the tests read the
 * committed files, never regenerate them).
 *
 * <p>Numbers are written as Excel writes them (binary floating point in the file): this is test code that
 * plays Excel, not pbm arithmetic.
 */
public final class HandBuiltForms {

    private HandBuiltForms() {}

    /**
     * Writes every fixture.
     *
     * @param args  the directory, {@code pbm-io/src/test/resources/forms} by default
     * @throws IOException if a file cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "pbm-io/src/test/resources/forms");
        Files.createDirectories(dir);
        write(dir.resolve("national-merged.xlsx"), HandBuiltForms::nationalMerged);
        write(dir.resolve("trio.xlsx"), HandBuiltForms::trio);
        write(dir.resolve("hubei-20.xlsx"), HandBuiltForms::hubei);
        write(dir.resolve("wan-header.xlsx"), HandBuiltForms::wanHeader);
        write(dir.resolve("goal-table.xlsx"), HandBuiltForms::goalTable);
        write(dir.resolve("several-projects.xlsx"), HandBuiltForms::severalProjects);
        write(dir.resolve("messy.xlsx"), HandBuiltForms::messy);
        write(dir.resolve("problems.xlsx"), HandBuiltForms::problems);
    }

    private interface Content {
        void fill(XSSFWorkbook workbook);
    }

    private static void write(Path file, Content content) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            content.fill(workbook);
            workbook.write(out);
        }
    }

    // ---- the layouts ----

    /**
     * The national self-evaluation table as 财预〔2020〕10号 prints it, with its merged cells: the title and
     * year line across the table, 项目资金（万元） down the four budget rows, 年度总体目标 over two rows with
     * 预期目标 | 实际完成情况, 绩效指标 down the whole indicator table, each header merged over two rows,
     * 产出指标 merged down its three indicators; pbm's 项目编号 and 资金类别 rows above; 自评等级 below the
     * 总分 row. The figures are those of json-contract.md's example.
     */
    static void nationalMerged(XSSFWorkbook workbook) {
        Sheet s = new Sheet(workbook, "自评表");
        s.row(0, "项目支出绩效自评表").merge(0, 0, 0, 8);
        s.row(1, "（2023年度）").merge(1, 1, 0, 8);
        s.row(2, "项目编号", "652826-2023-017", null, null, "资金类别", "一般公共预算").merge(2, 2, 1, 3).merge(2, 2, 5, 8);
        s.row(3, "项目名称", "农产品园区排水管网工程").merge(3, 3, 1, 8);
        s.row(4, "主管部门", "焉耆县住房和城乡建设局", null, null, "实施单位", "焉耆县住房和城乡建设局")
                .merge(4, 4, 1, 3).merge(4, 4, 5, 8);
        s.row(5, "项目资金（万元）", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分").merge(5, 8, 0, 0);
        s.row(6, null, "年度资金总额", n("193.05"), n("193.05"), n("183.5"), n("10"), pct("0.9505"), n("9.51"));
        s.row(7, null, "其中：当年财政拨款", n("193.05"), n("193.05"), n("183.5"), "—", "—", "—");
        s.row(8, null, "其他资金", n("0"), n("0"), n("0"), "—", "—", "—");
        s.row(9, "年度总体目标", "预期目标", null, null, null, "实际完成情况").merge(9, 10, 0, 0).merge(9, 9, 1, 4)
                .merge(9, 9, 5, 8);
        s.row(10, null, "完成园区排水管网建设，提升排涝能力", null, null, null, "主干管建成，支管次年完工").merge(10, 10, 1, 4)
                .merge(10, 10, 5, 8);
        s.row(11, "绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施");
        for (int c = 0; c <= 8; c++) {
            s.merge(11, 12, c, c);
        }
        s.merge(13, 17, 0, 0);
        s.row(13, null, "产出指标", "数量指标", "新建排水管网长度", "≥12公里", n("11.5"), n("30"), n("28.75"),
                "冬季停工两周，剩余0.5公里次年4月完工").merge(13, 15, 1, 1);
        s.row(14, null, null, "质量指标", "管网验收合格率", "≥100%", "100%", n("10"), n("10"));
        s.row(15, null, null, "时效指标", "按期完工率", "≥95%", "90%", n("10"), n("9.47"), "两段管线因征地延期");
        s.row(16, null, "效益指标", "社会效益指标", "排涝能力提升", "明显提升", "部分达成年度指标并具有一定效果", n("30"), n("21"),
                "汛期前完成主干管，支管排涝效果待次年检验");
        s.row(17, null, "满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "93%", n("10"), n("10"));
        s.row(18, "总分", null, null, null, null, null, n("100"), n("88.73")).merge(18, 18, 0, 5);
        s.row(19, "自评等级", "良").merge(19, 19, 1, 8);
    }

    /**
     * A provincial layout (Guangdong, Hubei and others): 年度指标值 split into the 指标性质 / 指标值 /
     * 度量单位 trio under a group header over two rows, a qualitative indicator marked 定性, amounts in 元
     * (全年预算数（元）), no 项目编号 and no 资金类别 — they come from the caller's defaults — and only
     * 实施单位, no 主管部门.
     */
    static void trio(XSSFWorkbook workbook) {
        Sheet s = new Sheet(workbook, "自评表");
        s.row(0, "项目支出绩效自评表").merge(0, 0, 0, 9);
        s.row(2, "项目名称", "乡村道路养护").merge(2, 2, 1, 9);
        s.row(3, "实施单位", "某县交通运输局").merge(3, 3, 1, 9);
        s.row(4, "项目资金", null, "年初预算数（元）", "全年预算数（元）", "全年执行数（元）", "分值", "执行率", "得分")
                .merge(4, 5, 0, 0);
        s.row(5, null, "年度资金总额", n("500000"), n("480000"), n("456000.5"), n("10"), pct("0.95"), n("9.5"));
        s.row(6, "一级指标", "二级指标", "三级指标", "年度指标值", null, null, "实际完成值", "分值", "得分", "偏差原因分析及改进措施")
                .merge(6, 6, 3, 5);
        for (int c : new int[] {0, 1, 2, 6, 7, 8, 9}) {
            s.merge(6, 7, c, c);
        }
        s.row(7, null, null, null, "指标性质", "指标值", "度量单位");
        s.row(8, "产出指标", "数量指标", "养护道路里程", "≥", n("120"), "公里", n("126"), n("40"), n("40"));
        s.row(9, "产出指标", "质量指标", "养护合格率", "≥", n("95"), "%", n("97"), n("20"), n("20"));
        s.row(10, "产出指标", "时效指标", "完成时限", "≤", n("12"), "月", n("11"), n("10"), n("10"));
        s.row(11, "效益指标", "社会效益指标", "群众出行条件", "定性", "明显改善", null, "达成年度指标", n("10"), n("9"));
        s.row(12, "满意度指标", "服务对象满意度指标", "群众满意度", "≥", n("90"), "%", n("92"), n("10"), n("10"));
        s.row(13, "合计", null, null, null, null, null, null, n("100"), n("98.5")).merge(13, 13, 0, 6);
    }

    /**
     * Hubei's layout: the budget execution worth 20 points (分值 20, 得分 19.01) and the indicators 80;
     * pbm's 项目编号, 预算年度 and 资金类别 rows, the unit from 主管部门 alone.
     */
    static void hubei(XSSFWorkbook workbook) {
        Sheet s = new Sheet(workbook, "自评表");
        s.row(0, "项目支出绩效自评表").merge(0, 0, 0, 8);
        s.row(1, "项目编号", "HB-2023-001", null, "预算年度", n("2023"), null, "资金类别", "一般公共预算");
        s.row(2, "项目名称", "农村饮水安全巩固提升").merge(2, 2, 1, 8);
        s.row(3, "主管部门", "某县水利局").merge(3, 3, 1, 8);
        s.row(4, "项目资金（万元）", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分").merge(4, 5, 0, 0);
        s.row(5, null, "年度资金总额", n("100"), n("100"), n("95.05"), n("20"), pct("0.9505"), n("19.01"));
        s.row(6, "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施");
        s.row(7, "产出指标", "数量指标", "新建供水管网", "≥20公里", "20公里", n("30"), n("30"));
        s.row(8, "产出指标", "质量指标", "水质达标率", "≥95%", "96%", n("20"), n("20"));
        s.row(9, "效益指标", "社会效益指标", "受益人口", "≥5000人", "5200人", n("20"), n("20"));
        s.row(10, "满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "95%", n("10"), n("10"));
        s.row(11, "总分", null, null, null, null, n("100"), n("99.01")).merge(11, 11, 0, 4);
    }

    /**
     * Amounts in 万元 said once, in a 单位：万元 line above the table (the headers have no unit), with two
     * decimals of 万元; targets and actuals as percent-formatted numbers (0.95 shown as 95%); the total a
     * formula with its cached result.
     */
    static void wanHeader(XSSFWorkbook workbook) {
        Sheet s = new Sheet(workbook, "Sheet1");
        s.row(0, "项目支出绩效自评表");
        s.row(1, "（2022年度）", null, null, null, null, null, "单位：万元");
        s.row(2, "项目编号", "WAN-01", "项目名称", "校舍维修", "实施单位", "某县第二小学", "资金类别", "一般公共预算");
        s.row(3, "预算项目", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分");
        s.row(4, "合计", n("12.34"), n("12.34"), n("12.3"), n("10"), pct("0.9968"), n("9.97"));
        s.row(5, "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施");
        s.row(6, "产出指标", "数量指标", "维修面积", "≥800平方米", "820平方米", n("50"), n("50"));
        s.row(7, "产出指标", "质量指标", "验收合格率", pctText("≥", "1"), pct("1"), n("20"), n("20"));
        s.row(8, "满意度指标", "服务对象满意度指标", "师生满意度", pctText("≥", "0.95"), pct("0.96"), n("20"), n("20"));
        s.row(9, "总分", null, null, null, null, n("100"));
        s.formula(9, 6, "G5+SUM(G7:G9)", "99.97");
    }

    /**
     * The goal table (项目支出绩效目标申报表) as provinces publish it: 主管部门及代码, 年度资金总额 in 万元
     * beside 项目资金（万元）, 总体目标, and the indicators with 指标值 and 分值 — no actuals, no scores.
     */
    static void goalTable(XSSFWorkbook workbook) {
        Sheet s = new Sheet(workbook, "目标表");
        s.row(0, "项目支出绩效目标申报表").merge(0, 0, 0, 5);
        s.row(1, "（2024年度）").merge(1, 1, 0, 5);
        s.row(2, "项目名称", "学生营养改善计划").merge(2, 2, 1, 5);
        s.row(3, "主管部门及代码", "某县教育局 101", null, "实施单位", "某县第一中学").merge(3, 3, 1, 2).merge(3, 3, 4, 5);
        s.row(4, "项目编号", "G-2024-01", null, "资金类别", "一般公共预算").merge(4, 4, 1, 2).merge(4, 4, 4, 5);
        s.row(5, "项目资金（万元）", "年度资金总额", n("50")).merge(5, 6, 0, 0);
        s.row(6, null, "其中：财政拨款", n("50"));
        s.row(7, "总体目标", "保障学生营养餐供应，改善学生营养状况").merge(7, 7, 1, 5);
        s.row(8, "绩效指标", "一级指标", "二级指标", "三级指标", "指标值", "分值").merge(8, 12, 0, 0);
        s.row(9, null, "产出指标", "数量指标", "受益学生人数", "≥1200人", n("40"));
        s.row(10, null, "产出指标", "质量指标", "食品安全事故数", "≤0起", n("20"));
        s.row(11, null, "效益指标", "社会效益指标", "学生营养状况", "明显改善", n("20"));
        s.row(12, null, "满意度指标", "服务对象满意度指标", "家长满意度", "≥90%", n("10"));
    }

    /**
     * A workbook of several projects, one a sheet, after an instructions sheet (填表说明) that is not a form;
     * the third project has no 项目名称 row.
     */
    static void severalProjects(XSSFWorkbook workbook) {
        Sheet notes = new Sheet(workbook, "填表说明");
        notes.row(0, "填表说明");
        notes.row(1, "1. 每个项目填写一张工作表；金额单位为万元。");
        String[] ids = {"P-001", "P-002", "P-003"};
        for (int i = 0; i < ids.length; i++) {
            Sheet s = new Sheet(workbook, "项目" + (i + 1));
            s.row(0, "项目支出绩效自评表");
            s.row(1, "项目编号", ids[i], "资金类别", "一般公共预算", "预算年度", n("2023"));
            if (i != 2) {
                s.row(2, "项目名称", "项目" + (i + 1), "实施单位", "某县农业农村局");
            } else {
                s.row(2, null, null, "实施单位", "某县农业农村局");
            }
            s.row(3, "项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分");
            s.row(4, "年度资金总额", n("10"), n("10"), n("10"), n("10"), pct("1"), n("10"));
            s.row(5, "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分");
            s.row(6, "产出指标", "数量指标", "培训人数", "≥" + (100 * (i + 1)) + "人", (100 * (i + 1)) + "人", n("50"), n("50"));
            s.row(7, "效益指标", "经济效益指标", "增收金额", "≥10万元", "12万元", n("30"), n("30"));
            s.row(8, "满意度指标", "服务对象满意度指标", "满意度", "≥90%", "95%", n("10"), n("10"));
            s.row(9, "总分", null, null, null, null, n("100"), n("100"));
        }
    }

    /**
     * The mistakes finance bureaus find in filled-in tables (domain.md section 10), written as published
     * tables write them: targets like {@code ≧735人次} and {@code ═100%}; the met indicator 培训合格率
     * (═100%, actual 100%) scored 7 of 10 with no reason (R-AUDIT-1, 自评表!H11); a total of 100 where
     * the parts add up to 97 (R-AUDIT-3, 自评表!H15).
     */
    static void messy(XSSFWorkbook workbook) {
        Sheet s = new Sheet(workbook, "自评表");
        s.row(0, "项目支出绩效自评表");
        s.row(1, "（2023年度）");
        s.row(2, "项目编号", "M-2023-09", "项目名称", "农民技能培训", "实施单位", "某县人社局", "资金类别", "一般公共预算");
        s.row(3, "项目资金（万元）", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分");
        s.row(4, null, "年度资金总额", n("100"), n("100"), n("100"), n("10"), pct("1"), n("10"));
        s.row(5, "绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施")
                .merge(5, 12, 0, 0).merge(6, 9, 1, 1);
        s.row(6, null, "产出指标", "数量指标", "培训人次", "≧735人次", "800人次", n("30"), n("30"));
        s.row(7, null, null, "数量指标", "发放补贴户数", "≥266户", "266户", n("20"), n("20"));
        s.row(8, null, null, "时效指标", "按时完成率", "＞95%", "98%", n("10"), n("10"));
        s.row(9, null, null, "质量指标", "资金拨付准确率", "＝100%", "100%", n("10"), n("10"));
        s.row(10, null, "产出指标", "质量指标", "培训合格率", "═100%", "100%", n("10"), n("7"));
        s.row(11, null, "效益指标", "社会效益指标", "带动就业人数", "≥50人", "60人", n("5"), n("5"));
        s.row(12, null, "满意度指标", "服务对象满意度指标", "学员满意度", "≥90%", "95%", n("5"), n("5"));
        s.row(14, "总分", null, null, null, null, null, n("100"), n("100")).merge(14, 14, 0, 5);
    }

    /**
     * Several problems on one sheet, each to be reported at its cell: no 项目名称 row; a budget executed
     * "abc"; a level 1 投入指标 that no frame has (自评表!A7); a weight "十分" (自评表!F8); a score whose
     * formula was never calculated (自评表!G9).
     */
    static void problems(XSSFWorkbook workbook) {
        Sheet s = new Sheet(workbook, "自评表");
        s.row(0, "项目支出绩效自评表");
        s.row(1, "项目编号", "E-1", "预算年度", n("2023"), "资金类别", "一般公共预算", "实施单位", "某县民政局");
        s.row(3, "项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分");
        s.row(4, "年度资金总额", n("10"), n("10"), "abc", n("10"), "—", n("10"));
        s.row(5, "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分");
        s.row(6, "投入指标", "数量指标", "救助人次", "≥100人次", "120人次", n("50"), n("50"));
        s.row(7, "产出指标", "质量指标", "救助准确率", "≥95%", "96%", "十分", n("20"));
        s.row(8, "效益指标", "社会效益指标", "困难群众生活改善", "明显改善", "达成年度指标", n("20"));
        s.formulaWithoutResult(8, 6, "F9*0.9");
    }

    // ---- writing cells ----

    /** A number as Excel stores it. */
    record Num(String text, boolean percent) {}

    static Num n(String text) {
        return new Num(text, false);
    }

    /** A fraction shown as a percentage (0.95 shown as 95%). */
    static Num pct(String text) {
        return new Num(text, true);
    }

    /** A comparison and a percent fraction typed into one cell, as text: ≥ and 95%. */
    static String pctText(String comparison, String fraction) {
        return comparison + new java.math.BigDecimal(fraction).movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }

    /** A sheet being written. */
    public static final class Sheet {
        private final XSSFWorkbook workbook;
        private final XSSFSheet sheet;
        private XSSFCellStyle percent;

        Sheet(XSSFWorkbook workbook, String name) {
            this(workbook, name, true);
        }

        /** A new sheet, or ({@code create} false) the sheet of that name already written. */
        Sheet(XSSFWorkbook workbook, String name, boolean create) {
            this.workbook = workbook;
            this.sheet = create ? workbook.createSheet(name) : workbook.getSheet(name);
        }

        Sheet row(int row, Object... values) {
            XSSFRow cells = sheet.getRow(row) == null ? sheet.createRow(row) : sheet.getRow(row);
            for (int c = 0; c < values.length; c++) {
                if (values[c] == null) {
                    continue;
                }
                XSSFCell cell = cells.createCell(c);
                if (values[c] instanceof Num number) {
                    cell.setCellValue(Double.parseDouble(number.text()));
                    if (number.percent()) {
                        cell.setCellStyle(percent());
                    }
                } else {
                    cell.setCellValue(values[c].toString());
                }
            }
            return this;
        }

        Sheet merge(int firstRow, int lastRow, int firstColumn, int lastColumn) {
            sheet.addMergedRegion(new CellRangeAddress(firstRow, lastRow, firstColumn, lastColumn));
            return this;
        }

        /** A formula with the result Excel cached when it last calculated. */
        void formula(int row, int column, String formula, String cached) {
            XSSFCell cell = cell(row, column);
            cell.setCellFormula(formula);
            cell.setCellValue(Double.parseDouble(cached));
        }

        /** A formula as a generator writes it when it never calculates: no cached result. */
        void formulaWithoutResult(int row, int column, String formula) {
            cell(row, column).setCellFormula(formula);
        }

        private XSSFCell cell(int row, int column) {
            XSSFRow cells = sheet.getRow(row) == null ? sheet.createRow(row) : sheet.getRow(row);
            return cells.getCell(column) == null ? cells.createCell(column) : cells.getCell(column);
        }

        private XSSFCellStyle percent() {
            if (percent == null) {
                percent = workbook.createCellStyle();
                percent.setDataFormat(workbook.createDataFormat().getFormat("0.00%"));
            }
            return percent;
        }
    }
}
