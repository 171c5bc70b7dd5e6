package io.pbm.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * R-SCORE-UNIT on the command line: {@code pbm evaluate} shows each unit-wide record's result, and counts a
 * rejected unit as a unit, never as a rejected project.
 */
class EvaluateUnitsTest {

    @TempDir
    Path dir;

    private Path document;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void oneProjectAGoodUnitAndABadOne() throws IOException {
        document = dir.resolve("units.json");
        try (InputStream in = getClass().getResourceAsStream("/hostile/json/unit-bad-level1.json")) {
            Files.write(document, in.readAllBytes());
        }
    }

    private int run(String... args) {
        return PbmCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void R_SCORE_UNIT_theTableShowsUnitsAndCountsThemApartFromProjects() {
        assertEquals(0, run("evaluate", "--policy", "mof-2020", "--lang", "en", document.toString()));
        String table = out();
        assertTrue(table.contains("[units] H-U01  焉耆县教育局  "), table);
        assertTrue(table.contains("H-U02"), table);
        assertTrue(table.lines().anyMatch(line -> line.matches("\\s*projects\\s+1")), table);
        assertTrue(table.lines().anyMatch(line -> line.matches("\\s*rejected\\s+0")), table);
        assertTrue(table.contains("2 (evaluated 1 / rejected 1)"), table);
        assertEquals("", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void R_SCORE_UNIT_theCsvHasARowForEachUnit() {
        assertEquals(0, run("evaluate", "--policy", "mof-2020", "--format", "csv", document.toString()));
        String csv = out();
        assertTrue(csv.lines().anyMatch(line -> line.startsWith("H-U01,") && line.contains(",UNIT_EVALUATED,")), csv);
        assertTrue(csv.lines().anyMatch(line -> line.startsWith("H-U02,") && line.contains(",UNIT_REJECTED,")), csv);
    }
}
