package io.pbm.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line, run in-process as a user would type it. */
class PbmCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return PbmCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void helpListsTheDemo() {
        assertEquals(0, run("--help"));
        assertTrue(out().contains("demo"), out());
        assertTrue(out().contains("优/良/中/差"), out());
    }

    @Test
    void versionNamesPbm() {
        assertEquals(0, run("--version"));
        assertTrue(out().startsWith("pbm "), out());
    }

    @TempDir
    Path dir;

    @Test
    void demoPrintsTheSampleCountysReportAndWritesTheResults() throws java.io.IOException {
        assertEquals(0, run("demo", "--output-dir", dir.toString()));
        assertTrue(out().contains("优  535"), out());
        assertTrue(out().contains("R-VETO-4"), out());
        assertTrue(out().contains("result.json"), out());
        assertEquals("", err());
        String json = Files.readString(dir.resolve("result.json"));
        assertTrue(json.startsWith("{\n  \"format\": \"pbm-result/1\""), json.substring(0, 200));
        assertTrue(json.contains("\"EXCELLENT\": 535"), "grade counts");
    }

    @Test
    void demoSpeaksEnglishWhenAsked() {
        assertEquals(0, run("demo", "--lang", "en", "--output-dir", dir.toString()));
        assertTrue(out().contains("535"), out());
        assertFalse(out().contains("等级分布"), out());
    }

    @Test
    void aUsageErrorExitsWith2AndNoStackTrace() {
        assertEquals(2, run("demo", "--lang", "fr", "--output-dir", dir.toString()));
        assertTrue(err().contains("--lang"), err());
        assertFalse(err().contains("Exception"), err());
        assertEquals(2, run("no-such-command"));
    }
}
