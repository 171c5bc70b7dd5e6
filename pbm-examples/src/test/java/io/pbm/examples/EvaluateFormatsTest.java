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
import java.util.Arrays;
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

    @Test
    void theOtherDocumentCommandsWriteJsonOrTableAndSaySo() {
        Path contract = Cli.fixture(dir, "contract-example.json");
        for (String[] command : new String[][] {{"review", "--policy", "xinjiang"}, {"audit", "--policy", "mof-2020"},
            {"monitor", "--policy", "mof-2020", "--month", "5"}, {"compare", "--policy", "mof-2020", "--policy",
                "xinjiang"}}) {
            String[] args = Arrays.copyOf(command, command.length + 3);
            args[command.length] = "--format";
            args[command.length + 1] = "csv";
            args[command.length + 2] = contract.toString();
            assertEquals(2, cli.run(args), String.join(" ", command));
            assertTrue(cli.err().contains("json, table"), cli.err());
        }
    }
}
