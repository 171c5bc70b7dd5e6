package io.pbm.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

/** {@code pbm evaluate} on the json-contract.md example and on documents that cannot be read. */
class EvaluateCommandTest {

    @TempDir
    Path dir;

    private Path contract;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void contractExample() throws IOException {
        contract = dir.resolve("contract.json");
        try (InputStream in = getClass().getResourceAsStream("/samples/contract-example.json")) {
            Files.write(contract, in.readAllBytes());
        }
    }

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
    void jsonIsThePbmResultDocumentOfTheContract() {
        assertEquals(0, run("evaluate", "--policy", "mof-2020", "--format", "json", contract.toString()));
        assertTrue(out().contains("\"format\": \"pbm-result/1\""), out());
        assertTrue(out().contains("\"score\": \"88.73\""), out());
        assertTrue(out().contains("\"after\": \"1737450.00\""), out());
        assertEquals("", err());
    }

    @Test
    void tableShowsEachProjectAndTheSummary() {
        assertEquals(0, run("evaluate", "--policy", "mof-2020", contract.toString()));
        assertTrue(out().contains("652826-2023-017  88.73  良 → 中  调减 1930500.00 → 1737450.00"), out());
        assertEquals(0, run("evaluate", "--policy", "xinjiang", "--lang", "en", contract.toString()));
        assertTrue(out().contains("88.73  good → fair"), out());
    }

    @Test
    void outWritesToAFile() throws IOException {
        Path file = dir.resolve("result.json");
        assertEquals(0, run("evaluate", "--policy", "mof-2020", "--format", "json", "--out", file.toString(),
                contract.toString()));
        assertTrue(Files.readString(file).contains("\"meanScore\": \"88.73\""));
        assertEquals("", out());
    }

    @Test
    void anUnreadableDocumentExitsWith1AndOneClearLine() throws IOException {
        // Cut short after the first project: what was evaluated is written, then a closing error member.
        String text = Files.readString(contract);
        Path cut = dir.resolve("cut.json");
        Files.writeString(cut, text.substring(0, text.lastIndexOf(']')) + ", {\"id\": ");
        assertEquals(1, run("evaluate", "--policy", "mof-2020", "--format", "json", cut.toString()));
        assertEquals(1, err().strip().lines().count(), err());
        assertFalse(err().contains("Exception"), err());
        assertTrue(out().contains("\"score\": \"88.73\""), out());
        assertTrue(out().contains("\"error\""), out());
        err.reset();
        out.reset();
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "not json at all");
        assertEquals(1, run("evaluate", "--policy", "mof-2020", "--format", "json", broken.toString()));
        assertEquals(1, err().strip().lines().count(), err());
        assertFalse(err().contains("Exception"), err());
        err.reset();
        assertEquals(1, run("evaluate", "--policy", "mof-2020", dir.resolve("missing.json").toString()));
        assertEquals(1, err().strip().lines().count(), err());
        out.reset();
        assertEquals(1, run("evaluate", "--policy", "mof-2020", broken.toString()));
        assertEquals("", out(), "a table of nothing is not printed");
    }

    @Test
    void aBadPolicyOrFormatIsAUsageError() {
        assertEquals(2, run("evaluate", "--policy", "sichuan", contract.toString()));
        assertTrue(err().contains("--policy"), err());
        assertEquals(2, run("evaluate", "--policy", "mof-2020", "--format", "xml", contract.toString()));
        assertEquals(2, run("evaluate", contract.toString()));
    }
}
