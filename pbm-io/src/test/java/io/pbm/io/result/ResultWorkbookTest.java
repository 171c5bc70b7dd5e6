package io.pbm.io.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pbm.io.project.ProjectDocument;
import io.pbm.io.project.ProjectReader;
import io.pbm.io.project.ReadProject;
import io.pbm.io.project.ReadRecord;
import io.pbm.io.project.RejectedRecord;
import io.pbm.rules.Pbm;
import io.pbm.rules.pipeline.BatchResult;
import io.pbm.rules.pipeline.Pipeline;
import io.pbm.rules.pipeline.Summary;
import io.pbm.rules.policy.Policy;
import io.pbm.rules.policy.Presets;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The result workbook, read back with POI: the projects, the summary and the self-evaluation sheets. */
class ResultWorkbookTest {

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    /** A document through the pipeline into a streaming workbook, the reader's rejections included. */
    static byte[] streamed(ProjectDocument document, Policy policy, Locale locale, int sheets, Summary[] summary) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Pipeline pipeline = Pipeline.of(policy);
        try (ResultWorkbook workbook = ResultWorkbook.open(out, policy, locale, sheets)) {
            for (ReadRecord record : document.records()) {
                if (record instanceof ReadProject project) {
                    workbook.accept(pipeline.evaluate(project.project(), project.index()));
                } else if (record instanceof RejectedRecord rejected) {
                    workbook.reject(rejected);
                }
            }
            summary[0] = workbook.finish();
        }
        return out.toByteArray();
    }

    static Workbook read(byte[] bytes) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every cell of every sheet as text, numbers as their exact double — what a reader of the workbook sees. */
    static Map<String, List<List<String>>> content(Workbook workbook) {
        Map<String, List<List<String>>> sheets = new LinkedHashMap<>();
        for (Sheet sheet : workbook) {
            List<List<String>> rows = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                cells.add("#" + row.getRowNum());
                for (Cell cell : row) {
                    cells.add(cell.getColumnIndex() + "=" + (cell.getCellType() == CellType.NUMERIC
                            ? cell.getNumericCellValue() + " " + cell.getCellStyle().getDataFormatString()
                            : cell.getStringCellValue()));
                }
                rows.add(cells);
            }
            List<String> merged = new ArrayList<>();
            for (CellRangeAddress range : sheet.getMergedRegions()) {
                merged.add(range.formatAsString());
            }
            rows.add(merged);
            sheets.put(sheet.getSheetName(), rows);
        }
        return sheets;
    }

    /** The value beside a label in the first column, on the summary sheet. */
    static Cell beside(Sheet sheet, String label) {
        for (Row row : sheet) {
            Cell first = row.getCell(0);
            if (first != null && first.getCellType() == CellType.STRING && first.getStringCellValue().equals(label)) {
                return row.getCell(1);
            }
        }
        throw new AssertionError("no row " + label + " on " + sheet.getSheetName());
    }

    static Row rowOf(Sheet sheet, int column, String text) {
        for (Row row : sheet) {
            Cell cell = row.getCell(column);
            if (cell != null && cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(text)) {
                return row;
            }
        }
        throw new AssertionError("no row with " + text + " on " + sheet.getSheetName());
    }

    @Test
    void contractExampleHasItsRowSummaryAndSelfEvaluationSheet() {
        BatchResult batch = Pbm.evaluateAll(ResultWriterTest.sample("contract-example.json").projects(),
                Presets.MOF_2020);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ResultWorkbook.write(batch, out, ZH);
        Workbook workbook = read(out.toByteArray());
        assertEquals(List.of("汇总", "项目结果", "652826-2023-017"),
                List.of(workbook.getSheetName(0), workbook.getSheetName(1), workbook.getSheetName(2)));

        Row project = workbook.getSheet("项目结果").getRow(1);
        assertEquals(0, project.getCell(0).getNumericCellValue());
        assertEquals("652826-2023-017", project.getCell(1).getStringCellValue());
        assertEquals("农产品园区排水管网工程", project.getCell(2).getStringCellValue());
        assertEquals("已评价", project.getCell(4).getStringCellValue());
        assertEquals(CellType.NUMERIC, project.getCell(5).getCellType(), "the score is a number, never text");
        assertEquals(88.73, project.getCell(5).getNumericCellValue());
        assertEquals("0.00", project.getCell(5).getCellStyle().getDataFormatString());
        assertEquals("良", project.getCell(6).getStringCellValue());
        assertEquals("中", project.getCell(7).getStringCellValue(), "R-VETO-1 caps 良 at 中");
        assertEquals("R-VETO-1", project.getCell(8).getStringCellValue());
        assertEquals(1930500.00, project.getCell(10).getNumericCellValue());
        assertEquals("#,##0.00", project.getCell(10).getCellStyle().getDataFormatString());
        assertEquals(1737450.00, project.getCell(11).getNumericCellValue(), "R-LINK-3: 中 → CUT 10 %");
        assertEquals(0.9505, project.getCell(12).getNumericCellValue());

        Sheet form = workbook.getSheet("652826-2023-017");
        assertEquals("项目支出绩效自评表", form.getRow(0).getCell(0).getStringCellValue());
        assertTrue(form.getMergedRegions().contains(CellRangeAddress.valueOf("A1:H1")), "the title spans the table");
        assertEquals("农产品园区排水管网工程", rowOf(form, 0, "项目名称").getCell(1).getStringCellValue());
        assertNotNull(rowOf(form, 0, "主管部门"));
        assertEquals("焉耆县住房和城乡建设局", rowOf(form, 4, "实施单位").getCell(5).getStringCellValue());
        assertEquals("652826-2023-017", rowOf(form, 0, "项目编号").getCell(1).getStringCellValue());
        Row budgetHeader = rowOf(form, 1, "年初预算数");
        assertEquals(List.of("全年预算数", "全年执行数", "分值", "执行率", "得分"), List.of(
                text(budgetHeader, 2), text(budgetHeader, 3), text(budgetHeader, 4), text(budgetHeader, 5),
                text(budgetHeader, 6)));
        Row budget = form.getRow(budgetHeader.getRowNum() + 1);
        assertEquals(1930500.00, budget.getCell(1).getNumericCellValue());
        assertEquals(1930500.00, budget.getCell(2).getNumericCellValue());
        assertEquals(1835000.00, budget.getCell(3).getNumericCellValue());
        assertEquals(10.0, budget.getCell(4).getNumericCellValue(), "R-SCORE-EXEC: the execution weight");
        assertEquals(0.9505, budget.getCell(5).getNumericCellValue());
        assertEquals(9.51, budget.getCell(6).getNumericCellValue(), "R-SCORE-EXEC: 1835000 ÷ 1930500 × 10");
        Row header = rowOf(form, 0, "一级指标");
        assertEquals(List.of("二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"),
                List.of(text(header, 1), text(header, 2), text(header, 3), text(header, 4), text(header, 5),
                        text(header, 6), text(header, 7)));
        Row length = rowOf(form, 2, "新建排水管网长度");
        assertEquals("产出指标", text(length, 0));
        assertEquals("数量指标", text(length, 1));
        assertEquals(">=12公里", text(length, 3));
        assertEquals(11.5, length.getCell(4).getNumericCellValue());
        assertEquals(30.0, length.getCell(5).getNumericCellValue());
        assertEquals(28.75, length.getCell(6).getNumericCellValue(), "R-SCORE-GE: 11.5 × 30 ÷ 12");
        assertEquals("冬季停工两周，剩余0.5公里次年4月完工", text(length, 7));
        assertEquals(9.47, rowOf(form, 2, "按期完工率").getCell(6).getNumericCellValue());
        int first = length.getRowNum();
        assertTrue(form.getMergedRegions().contains(new CellRangeAddress(first, first + 2, 0, 0)),
                "the three output indicators share one merged 一级指标 cell: " + form.getMergedRegions());
        assertEquals("部分达成年度指标并具有一定效果", text(rowOf(form, 2, "排涝能力提升"), 4));
        Row total = rowOf(form, 0, "总分");
        assertEquals(100.0, total.getCell(5).getNumericCellValue());
        assertEquals(88.73, total.getCell(6).getNumericCellValue());
        assertEquals("中", text(rowOf(form, 0, "评价等级（一票否决后）"), 5));

        Sheet summary = workbook.getSheet("汇总");
        assertEquals("MOF_2020", beside(summary, "评价政策").getStringCellValue());
        assertEquals(1.0, beside(summary, "项目数").getNumericCellValue());
        assertEquals(1.0, beside(summary, "等级 中").getNumericCellValue());
        assertEquals(88.73, beside(summary, "平均分").getNumericCellValue());
        assertEquals(1930500.00, beside(summary, "全年预算数（元）").getNumericCellValue());
        assertEquals(1835000.00, beside(summary, "全年执行数（元）").getNumericCellValue());
        assertEquals(0.9505, beside(summary, "预算执行率").getNumericCellValue());
        assertEquals("0.00%", beside(summary, "预算执行率").getCellStyle().getDataFormatString());
        assertEquals(1.0, beside(summary, "一票否决 R-VETO-1").getNumericCellValue());
        assertEquals(1930500.00, beside(summary, "下年预算调整前（元）").getNumericCellValue());
        assertEquals(1737450.00, beside(summary, "下年预算调整后（元）").getNumericCellValue());
    }

    private static String text(Row row, int column) {
        return row.getCell(column).getStringCellValue();
    }

    @Test
    void everyRecordAppearsOnceEvaluatedExcludedOrRejected() {
        for (String sample : List.of("rejections.json", "county-2023.json")) {
            ProjectDocument document = ResultWriterTest.sample(sample);
            Summary[] summary = new Summary[1];
            Workbook workbook = read(streamed(document, ResultWriterTest.excludingBonds(), ZH, 1000, summary));
            Sheet projects = workbook.getSheet("项目结果");
            Set<Double> indexes = new HashSet<>();
            Map<String, Integer> outcomes = new HashMap<>();
            for (Row row : projects) {
                if (row.getRowNum() == 0) {
                    continue;
                }
                assertTrue(indexes.add(row.getCell(0).getNumericCellValue()), "each record once: " + sample);
                String outcome = text(row, 4);
                outcomes.merge(outcome, 1, Integer::sum);
                if (!outcome.equals("已评价")) {
                    String reasons = text(row, 13);
                    assertTrue(outcome.equals("已排除") ? reasons.startsWith("R-PLAN-4 ")
                            : reasons.startsWith("/projects/"), sample + ": " + reasons);
                }
            }
            assertEquals(document.records().stream().filter(r -> r instanceof ReadProject
                    || r instanceof RejectedRecord).count(), indexes.size(), sample);
            assertEquals(summary[0].projects(), indexes.size());
            assertEquals(summary[0].evaluated(), (long) outcomes.getOrDefault("已评价", 0));
            assertEquals(summary[0].excluded(), (long) outcomes.getOrDefault("已排除", 0));
            assertEquals(summary[0].rejected(), (long) outcomes.getOrDefault("已拒绝", 0));
            Sheet sheet = workbook.getSheet("汇总");
            assertEquals(summary[0].projects(), (long) beside(sheet, "项目数").getNumericCellValue());
            assertEquals(summary[0].evaluated(), (long) beside(sheet, "已评价").getNumericCellValue());
            assertEquals(summary[0].excluded(), (long) beside(sheet, "已排除").getNumericCellValue());
            assertEquals(summary[0].rejected(), (long) beside(sheet, "已拒绝").getNumericCellValue());
            summary[0].grades().forEach((grade, count) -> assertEquals(count,
                    (long) beside(sheet, "等级 " + grade.label()).getNumericCellValue()));
            assertEquals(summary[0].budgetAfter().yuan().doubleValue(),
                    beside(sheet, "下年预算调整后（元）").getNumericCellValue());
            assertEquals(summary[0].evaluated(), workbook.getNumberOfSheets() - 2, "a sheet per evaluated project");
        }
    }

    @Test
    void rejectedRecordsCarryEveryProblemWithItsLocation() {
        Summary[] summary = new Summary[1];
        Workbook workbook = read(streamed(ResultWriterTest.sample("rejections.json"), Presets.MOF_2020, ZH, 10,
                summary));
        Row first = workbook.getSheet("项目结果").getRow(1);
        assertEquals("R-001", text(first, 1));
        assertEquals("已拒绝", text(first, 4));
        String[] problems = text(first, 13).split("\n");
        assertTrue(problems.length >= 3, "all three problems of R-001: " + text(first, 13));
        assertTrue(text(first, 13).contains("/projects/0/budget/spent"), text(first, 13));
    }

    @Test
    void theCapOnSelfEvaluationSheetsIsReportedOnTheSummary() {
        Summary[] summary = new Summary[1];
        Workbook workbook = read(streamed(ResultWriterTest.sample("county-2023.json"), Presets.MOF_2020, ZH, 1,
                summary));
        assertTrue(summary[0].evaluated() > 1);
        assertEquals(3, workbook.getNumberOfSheets());
        Sheet sheet = workbook.getSheet("汇总");
        assertEquals(1.0, beside(sheet, "已附自评表的项目").getNumericCellValue());
        assertEquals(summary[0].evaluated() - 1, (long) beside(sheet, "未附自评表的项目（超出上限）").getNumericCellValue());
    }

    @Test
    void streamingAndWholeBatchWritersAgree() {
        for (Locale locale : List.of(ZH, Locale.ENGLISH)) {
            ProjectDocument document = ResultWriterTest.sample("county-2023.json");
            Policy policy = ResultWriterTest.excludingBonds();
            BatchResult batch = Pbm.evaluateAll(document.projects(), policy);
            ByteArrayOutputStream whole = new ByteArrayOutputStream();
            ResultWorkbook.write(batch, whole, locale);
            ByteArrayOutputStream streamed = new ByteArrayOutputStream();
            try (ResultWorkbook workbook = ResultWorkbook.open(streamed, policy, locale)) {
                Pbm.evaluateAll(document.projects(), policy, workbook);
                assertEquals(batch.summary(), workbook.finish());
            }
            assertEquals(content(read(whole.toByteArray())), content(read(streamed.toByteArray())));
        }
    }

    @Test
    void englishLabels() {
        BatchResult batch = Pbm.evaluateAll(ResultWriterTest.sample("contract-example.json").projects(),
                Presets.MOF_2020);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ResultWorkbook.write(batch, out, Locale.ENGLISH);
        Workbook workbook = read(out.toByteArray());
        assertEquals("Projects", workbook.getSheetName(1));
        assertEquals("fair", text(workbook.getSheet("Projects").getRow(1), 7).toLowerCase(Locale.ROOT));
        assertEquals(1.0, beside(workbook.getSheet("Summary"), "Projects").getNumericCellValue());
    }

    @Test
    void aDocumentReadRecordByRecordGivesTheBatchsWorkbook() {
        byte[] document = ResultWriterTest.withoutUnits(ResultWriterTest.bytes("county-2023.json"));
        ByteArrayOutputStream streamed = new ByteArrayOutputStream();
        ResultWriter.Written written = ResultWorkbook.evaluate(ProjectReader.of(), new ByteArrayInputStream(document),
                Presets.MOF_2020, streamed, ZH);
        assertTrue(written.complete());
        BatchResult batch = Pbm.evaluateAll(ResultWriterTest.sample("county-2023.json").projects(), Presets.MOF_2020);
        assertEquals(batch.summary(), written.summary());
        ByteArrayOutputStream whole = new ByteArrayOutputStream();
        ResultWorkbook.write(batch, whole, ZH);
        assertEquals(content(read(whole.toByteArray())), content(read(streamed.toByteArray())));
    }

    @Test
    void aLateFailureIsWrittenOnTheSummarySheetWithWhatWasProcessed() {
        String whole = new String(ResultWriterTest.bytes("contract-example.json"), StandardCharsets.UTF_8);
        String truncated = whole.substring(0, whole.lastIndexOf(']')) + ", { \"id\": \"T-2\", \"name\": \"截断";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ResultWriter.Written written = ResultWorkbook.evaluate(ProjectReader.of(),
                new ByteArrayInputStream(truncated.getBytes(StandardCharsets.UTF_8)), Presets.MOF_2020, out, ZH);
        assertFalse(written.complete());
        Workbook workbook = read(out.toByteArray());
        Row error = rowOf(workbook.getSheet("汇总"), 0, "输入中断（仅含已处理部分）");
        assertEquals(written.failure().code().code(), text(error, 1));
        assertEquals(1.0, beside(workbook.getSheet("汇总"), "项目数").getNumericCellValue());
        assertEquals("652826-2023-017", text(workbook.getSheet("项目结果").getRow(1), 1));
    }

    @Test
    void aFinishedWorkbookTakesNoMore() {
        try (ResultWorkbook workbook = ResultWorkbook.open(new ByteArrayOutputStream(), Presets.MOF_2020, ZH)) {
            assertEquals(0, workbook.finish().projects());
            assertThrows(IllegalStateException.class, workbook::finish);
        }
    }
}
