package io.pbm.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code pbm evaluate} reads CSV tables as it reads pbm/1 documents, and writes every format of
 * json-contract.md: the CSV tables (UTF-8 with a BOM, for Excel, pandas and R) and the result workbook.
 */
class EvaluateFormatsTest {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @TempDir
    Path dir;

    private final Cli cli = new Cli();

    private Path csvFixture(String name) {
        Path file = dir.resolve(name);
        try (InputStream in = getClass().getResourceAsStream("/csv/" + name)) {
            Files.write(file, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    @Test
    void aCsvTableInChineseOrEnglishOrGb18030EvaluatesLikeTheJsonDocument() {
        for (String name : new String[] {"contract-example-zh.csv", "contract-example-en.csv",
            "contract-example-gb18030.csv"}) {
            assertEquals(0, cli.run("evaluate", "--policy", "mof-2020", "--format", "json", csvFixture(name).toString()),
                    cli.err());
            assertTrue(cli.out().contains("\"score\": \"88.73\""), name + ": " + cli.out());
            assertTrue(cli.out().contains("\"after\": \"1737450.00\""), name + ": " + cli.out());
        }
    }

    @Test
    void aCsvColumnPbmDoesNotReadIsNamedOnStderrAndLeavesTheResultAlone() throws IOException {
        Path plain = csvFixture("contract-example-en.csv");
        assertEquals(0, cli.run("evaluate", "--policy", "mof-2020", "--format", "json", "--lang", "en",
                plain.toString()), cli.err());
        String expected = cli.out();
        assertEquals("", cli.err());
        List<String> lines = Files.readAllLines(plain, StandardCharsets.UTF_8);
        List<String> widened = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            widened.add(lines.get(i) + (i == 0 ? ",remark" : ",n/a"));
        }
        Path extra = dir.resolve("extra-column.csv");
        Files.write(extra, widened, StandardCharsets.UTF_8);
        assertEquals(0, cli.run("evaluate", "--policy", "mof-2020", "--format", "json", "--lang", "en",
                extra.toString()), cli.err());
        assertEquals(expected.replace("contract-example-en.csv", "extra-column.csv"), cli.out());
        assertEquals(1, cli.err().lines().count(), cli.err());
        assertTrue(cli.err().startsWith("warning csv.columnUnknown extra-column.csv:1:remark: "), cli.err());
        assertTrue(cli.err().contains("pbm does not read the column \"remark\""), cli.err());
    }

    @Test
    void aCsvTableWithBadRowsRejectsThoseProjectsWithTheirLines() {
        assertEquals(0, cli.run("evaluate", "--policy", "mof-2020", "--format", "json",
                csvFixture("bad-rows.csv").toString()), cli.err());
        assertTrue(cli.out().contains("\"path\": \"bad-rows.csv:"), cli.out());
    }

    @Test
    void csvWritesTheProjectsTableAndTheIndicatorsTableBesideIt() throws IOException {
        Path out = dir.resolve("result.csv");
        assertEquals(0, cli.run("evaluate", "--policy", "mof-2020", "--format", "csv", "--out", out.toString(),
                Cli.fixture(dir, "contract-example.json").toString()), cli.err());
        byte[] projects = Files.readAllBytes(out);
        byte[] indicators = Files.readAllBytes(dir.resolve("result-indicators.csv"));
        assertArrayEquals(BOM, Arrays.copyOf(projects, 3), "Excel needs the BOM to read UTF-8");
        assertArrayEquals(BOM, Arrays.copyOf(indicators, 3));
        String projectTable = new String(projects, StandardCharsets.UTF_8);
        assertTrue(projectTable.contains("652826-2023-017") && projectTable.contains("88.73"), projectTable);
        assertEquals(6, new String(indicators, StandardCharsets.UTF_8).strip().lines().count(),
                "a header and the five indicators");
    }

    @Test
    void csvOnStandardOutputIsTheProjectsTable() {
        assertEquals(0, cli.run("evaluate", "--policy", "mof-2020", "--format", "csv",
                Cli.fixture(dir, "contract-example.json").toString()), cli.err());
        assertTrue(cli.out().contains("88.73"), cli.out());
        assertEquals(2, cli.out().strip().lines().count(), cli.out());
    }

    @Test
    void xlsxWritesTheResultWorkbook() throws IOException {
        Path out = dir.resolve("result.xlsx");
        assertEquals(0, cli.run("evaluate", "--policy", "mof-2020", "--format", "xlsx", "--out", out.toString(),
                Cli.fixture(dir, "contract-example.json").toString()), cli.err());
        try (InputStream in = Files.newInputStream(out); Workbook workbook = new XSSFWorkbook(in)) {
            assertTrue(workbook.getNumberOfSheets() >= 3, "summary, projects and one self-evaluation sheet");
            boolean listed = false;
            for (Sheet sheet : workbook) {
                for (org.apache.poi.ss.usermodel.Row row : sheet) {
                    for (org.apache.poi.ss.usermodel.Cell cell : row) {
                        listed |= cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                                && cell.getStringCellValue().equals("652826-2023-017");
                    }
                }
            }
            assertTrue(listed, "the project is listed");
        }
    }

    @Test
    void xlsxWithoutOutIsAUsageError() {
        assertEquals(2, cli.run("evaluate", "--policy", "mof-2020", "--format", "xlsx",
                Cli.fixture(dir, "contract-example.json").toString()));
        assertTrue(cli.err().contains("--out"), cli.err());
    }

    /** The commands that write a report, each with its arguments before INPUT. */
    private static final String[][] REPORT_COMMANDS = {{"review", "--policy", "xinjiang"},
        {"audit", "--policy", "mof-2020"}, {"monitor", "--policy", "mof-2020", "--month", "5"},
        {"compare", "--policy", "mof-2020", "--policy", "xinjiang"}};

    private int run(String[] command, String... more) {
        String[] args = Arrays.copyOf(command, command.length + more.length);
        System.arraycopy(more, 0, args, command.length, more.length);
        return cli.run(args);
    }

    @Test
    void theOtherDocumentCommandsWriteCsvWithABomAndEveryRejectedRecord() {
        for (String sample : new String[] {"contract-example.json", "county-2023.json", "rejections.json"}) {
            Path input = Cli.fixture(dir, sample);
            for (String[] command : REPORT_COMMANDS) {
                assertEquals(0, run(command, "--format", "csv", input.toString()), command[0] + " " + cli.err());
                assertEquals("", cli.err());
                assertTrue(cli.out().startsWith("\uFEFF项目编号,"), command[0] + ": " + cli.out());
                if (sample.equals("rejections.json")) {
                    assertTrue(cli.out().contains(",REJECTED,"), command[0] + ": " + cli.out());
                }
                Path csv = dir.resolve(command[0] + ".csv");
                assertEquals(0, run(command, "--format", "csv", "--lang", "en", "--out", csv.toString(),
                        input.toString()), cli.err());
                assertArrayEquals(BOM, readPrefix(csv));
            }
        }
    }

    @Test
    void theOtherDocumentCommandsWriteAWorkbookWithOutAndOnlyWithOut() throws IOException {
        for (String sample : new String[] {"contract-example.json", "county-2023.json", "rejections.json"}) {
            Path input = Cli.fixture(dir, sample);
            for (String[] command : REPORT_COMMANDS) {
                Path xlsx = dir.resolve(command[0] + ".xlsx");
                assertEquals(0, run(command, "--format", "xlsx", "--out", xlsx.toString(), input.toString()),
                        command[0] + " " + cli.err());
                try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(xlsx))) {
                    assertEquals("项目编号", workbook.getSheet(command[0]).getRow(0).getCell(0).getStringCellValue());
                }
                assertEquals(2, run(command, "--format", "xlsx", input.toString()), command[0]);
                assertTrue(cli.err().contains("--out"), cli.err());
            }
        }
    }

    private static byte[] readPrefix(Path file) {
        try {
            return Arrays.copyOf(Files.readAllBytes(file), BOM.length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
