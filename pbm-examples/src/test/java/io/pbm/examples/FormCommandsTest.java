package io.pbm.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The national Excel forms on the command line: {@code pbm template} writes a blank form, and every
 * command taking INPUT reads a workbook of forms as it reads a pbm/1 document — pbm-io's hand-built
 * fixtures, problems located at their cells ({@code 自评表!H11}).
 */
class FormCommandsTest {

    @TempDir
    Path dir;

    private final Cli cli = new Cli();

    private Path form(String name) {
        Path file = dir.resolve(name);
        try (InputStream in = getClass().getResourceAsStream("/forms/" + name)) {
            Files.write(file, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    @Test
    void theContractExampleAsANationalFormScoresAsTheContractExample() {
        assertEquals(0, cli.run("evaluate", "--policy", "mof-2020", "--format", "json",
                form("national-merged.xlsx").toString()), cli.err());
        assertTrue(cli.out().contains("\"score\": \"88.73\""), cli.out());
        assertTrue(cli.out().contains("\"executionScore\": \"9.51\""), cli.out());
    }

    @Test
    void auditFindsTheMessyFormsMistakesAtTheirCells() {
        assertEquals(0, cli.run("audit", "--policy", "mof-2020", form("messy.xlsx").toString()), cli.err());
        assertTrue(cli.out().contains("R-AUDIT-1"), cli.out());
        assertTrue(cli.out().contains("R-AUDIT-3"), cli.out());
    }

    @Test
    void templateWritesBlankFormsThatEvaluateReadsBackAsRejectionsAtTheirCells() throws IOException {
        for (String kind : new String[] {"self-evaluation", "goal"}) {
            Path blank = dir.resolve(kind + ".xlsx");
            assertEquals(0, cli.run("template", "--kind", kind, "--out", blank.toString()), cli.err());
            try (InputStream in = Files.newInputStream(blank); Workbook workbook = new XSSFWorkbook(in)) {
                assertTrue(workbook.getNumberOfSheets() >= 1);
            }
            assertEquals(0, cli.run("evaluate", "--policy", "mof-2020", "--format", "json", blank.toString()),
                    kind + ": " + cli.err());
            assertTrue(cli.out().contains("\"rejected\": 1"), kind + ": " + cli.out());
            assertTrue(cli.out().matches("(?s).*\"path\": \"[^\"]+![A-Z]+[0-9]+\".*"), kind + ": " + cli.out());
        }
    }

    @Test
    void anUnknownTemplateKindIsAUsageErrorAndTheOutIsRequired() {
        assertEquals(2, cli.run("template", "--kind", "budget", "--out", dir.resolve("x.xlsx").toString()));
        assertTrue(cli.err().contains("--kind"), cli.err());
        assertEquals(2, cli.run("template", "--kind", "goal"));
    }

    @Test
    void anOldXlsFileRenamedXlsxIsRefusedWithOneLine() throws IOException {
        Path xls = Files.write(dir.resolve("old.xlsx"), new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0,
            (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0, 0, 0});
        assertEquals(1, cli.run("evaluate", "--policy", "mof-2020", xls.toString()));
        assertEquals(1, cli.err().strip().lines().count(), cli.err());
    }
}
