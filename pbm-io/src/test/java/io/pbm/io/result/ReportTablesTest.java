package io.pbm.io.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pbm.io.project.ProjectDocument;
import io.pbm.io.project.RejectedRecord;
import io.pbm.io.project.Section;
import io.pbm.rules.Pbm;
import io.pbm.rules.audit.AuditReport;
import io.pbm.rules.monitoring.MonitoringBatch;
import io.pbm.rules.pipeline.PolicyComparison;
import io.pbm.rules.policy.Presets;
import io.pbm.rules.review.BudgetReviewReport;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The review, monitoring, audit and comparison reports as CSV and xlsx tables: every project, nothing lost. */
class ReportTablesTest {

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    private static List<RejectedRecord> unread(ProjectDocument document) {
        return document.rejected().stream().filter(r -> r.section() == Section.PROJECTS).toList();
    }

    /** The CSV read back: the byte order mark checked, then RFC 4180 records (quotes, CRLF). */
    static List<List<String>> csv(ReportTables table) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        table.writeCsv(out);
        byte[] bytes = out.toByteArray();
        assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(bytes[0], bytes[1], bytes[2]), "BOM");
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertTrue(text.endsWith("\r\n"));
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\r') {
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        return records;
    }

    /** The xlsx read back as text: numeric cells as plain decimals, missing cells empty. */
    static List<List<String>> xlsx(ReportTables table, String sheetName) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        table.writeXlsx(out);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertEquals(1, workbook.getNumberOfSheets());
            Sheet sheet = workbook.getSheet(sheetName);
            List<List<String>> rows = new ArrayList<>();
            int width = sheet.getRow(0).getLastCellNum();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < width; c++) {
                    Cell cell = row.getCell(c);
                    cells.add(cell == null ? "" : cell.getCellType() == CellType.NUMERIC
                            ? new BigDecimal(String.valueOf(cell.getNumericCellValue())).stripTrailingZeros().toPlainString()
                            : cell.getStringCellValue());
                }
                rows.add(cells);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Both formats hold the same table: the header, then the rows, numbers equal as numbers. */
    private static List<List<String>> assertBothFormats(ReportTables table, String sheetName) {
        List<List<String>> csv = csv(table);
        assertEquals(table.header(), csv.get(0));
        assertEquals(table.rows(), csv.subList(1, csv.size()));
        List<List<String>> xlsx = xlsx(table, sheetName);
        assertEquals(csv.size(), xlsx.size());
        for (int r = 0; r < csv.size(); r++) {
            for (int c = 0; c < csv.get(r).size(); c++) {
                String text = csv.get(r).get(c);
                String cell = xlsx.get(r).get(c);
                boolean number = text.matches("-?\\d+(\\.\\d+)?") && cell.matches("-?\\d+(\\.\\d+)?");
                assertTrue(number ? new BigDecimal(text).compareTo(new BigDecimal(cell)) == 0 : text.equals(cell),
                        "row " + r + " column " + c + ": " + text + " / " + cell);
            }
        }
        return csv.subList(1, csv.size());
    }

    @Test
    void R_GOAL_aReviewIsOneRowPerProjectInBothLanguages() {
        ProjectDocument document = ResultWriterTest.sample("county-2023.json");
        BudgetReviewReport report = Pbm.review(document.projects(), Presets.XINJIANG);
        ReportTables zh = ReportTables.of(report, document, ZH);
        List<List<String>> rows = assertBothFormats(zh, "review");
        assertEquals("项目编号", zh.header().get(0));
        assertEquals(document.projects().size() + unread(document).size(), rows.size());
        for (List<String> row : rows) {
            assertTrue(List.of("PASSED", "FAILED").contains(row.get(1)), row.toString());
            assertEquals(row.get(1).equals("FAILED"), !row.get(5).isEmpty(), "a failed review names its problems");
            assertTrue(row.get(5).isEmpty() || row.get(5).startsWith("/projects/"), row.get(5));
        }
        ReportTables en = ReportTables.of(report, document, Locale.ENGLISH);
        assertEquals(List.of("projectId", "status", "indicatorCount", "quantifiedShare", "budgetAction", "problems",
                "warnings"), en.header());
        assertBothFormats(en, "review");
        assertEquals(csv(zh), csv(ReportTables.of(Pbm.review(document.projects(), Presets.XINJIANG), document, ZH)),
                "deterministic");
    }

    @Test
    void R_MON_aMonitoringKeepsTheRejectedRecordsWithTheirProblems() {
        ProjectDocument document = ResultWriterTest.sample("rejections.json");
        MonitoringBatch batch = Pbm.monitor(document.projects(), Month.MAY, Presets.MOF_2020);
        List<List<String>> rows = assertBothFormats(ReportTables.of(batch, document, ZH), "monitor");
        long rejected = rows.stream().filter(r -> r.get(1).equals("REJECTED")).count();
        assertEquals(batch.rejected().size() + unread(document).size(), rejected);
        assertEquals(List.of("R-001", "R-003", "R-002"), rows.stream().filter(r -> r.get(1).equals("REJECTED"))
                .map(r -> r.get(0)).toList(), "the reader's and the engine's rejections in document order");
        assertEquals(batch.results().size() + rejected, rows.size());
        for (List<String> row : rows) {
            assertEquals(row.get(1).equals("REJECTED"), !row.get(7).isEmpty(), row.toString());
        }
        List<List<String>> county = assertBothFormats(ReportTables.of(Pbm.monitor(
                ResultWriterTest.sample("county-2023.json").projects(), Month.MAY, Presets.MOF_2020), null,
                Locale.ENGLISH), "monitor");
        assertEquals("0.4167", county.get(0).get(3), "R-MON-1: time share at the end of May");
    }

    @Test
    void R_AUDIT_anAuditIsOneRowPerDiscrepancyAndOnePerCleanTable() {
        ProjectDocument document = ResultWriterTest.sample("county-2023.json");
        AuditReport report = Pbm.audit(document.projects(), Presets.MOF_2020);
        List<List<String>> rows = assertBothFormats(ReportTables.of(report, document, ZH), "audit");
        long discrepancies = report.results().stream().mapToLong(r -> r.discrepancies().size()).sum();
        assertEquals(discrepancies, rows.stream().filter(r -> r.get(1).equals("DISCREPANCY")).count());
        assertEquals(report.summary().clean(), rows.stream().filter(r -> r.get(1).equals("CLEAN")).count());
        for (List<String> row : rows) {
            assertEquals(row.get(1).equals("DISCREPANCY"), !row.get(2).isEmpty(), "only a discrepancy has a rule: " + row);
            assertEquals(row.get(1).equals("REJECTED"), !row.get(7).isEmpty(), "only a rejection has problems: " + row);
            assertTrue(row.get(3).isEmpty() || row.get(3).startsWith("/projects/"), row.get(3));
        }
        ProjectDocument rejections = ResultWriterTest.sample("rejections.json");
        List<List<String>> unreadRows = assertBothFormats(ReportTables.of(Pbm.audit(rejections.projects(),
                Presets.MOF_2020), rejections, Locale.ENGLISH), "audit");
        assertTrue(unreadRows.stream().anyMatch(r -> r.get(1).equals("REJECTED") && !r.get(7).isEmpty()));
    }

    @Test
    void aComparisonIsOneRowPerChangeWithAmountsAndTheUnreadRecords() {
        ProjectDocument document = ResultWriterTest.sample("rejections.json");
        PolicyComparison comparison = Pbm.compare(document.projects(), Presets.MOF_2020, Presets.XINJIANG);
        List<List<String>> rows = assertBothFormats(ReportTables.of(comparison, unread(document), ZH), "compare");
        assertEquals(comparison.changes().size() + unread(document).size(), rows.size());
        assertEquals(unread(document).size(), rows.stream().filter(r -> r.get(1).equals("REJECTED")).count());
        ProjectDocument county = ResultWriterTest.sample("county-2023.json");
        PolicyComparison changes = Pbm.compare(county.projects(), Presets.MOF_2020, Presets.MOF_2020
                .withCutRatio(io.pbm.core.Ratio.of(1, 5)));
        List<List<String>> changed = assertBothFormats(ReportTables.of(changes, List.of(), Locale.ENGLISH), "compare");
        assertFalse(changed.isEmpty(), "a larger cut changes the amount after of a cut project (R-LINK-3)");
        for (List<String> row : changed) {
            assertEquals("CHANGED", row.get(1));
            assertTrue(row.get(10).isEmpty() || row.get(10).matches("\\d+\\.\\d\\d"), row.get(10));
        }
    }
}
