package io.pbm.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * json-contract.md "The command line": every command that reads an INPUT exits with 1 and one clear line
 * on stderr — no stack trace, no Java class name — when the input cannot be read at all, and every
 * command answers {@code --help}.
 */
class ExitStatusTest {

    @TempDir
    Path dir;

    private final Cli cli = new Cli();

    /** Each command that reads an INPUT, with its other arguments. */
    static Stream<List<String>> commands() {
        return Stream.of(
                List.of("evaluate", "--policy", "mof-2020"),
                List.of("review", "--policy", "xinjiang"),
                List.of("monitor", "--policy", "mof-2020", "--month", "5"),
                List.of("audit", "--policy", "mof-2020"),
                List.of("compare", "--policy", "mof-2020", "--policy", "xinjiang"),
                List.of("plan", "--policy", "xinjiang", "--year", "2024"),
                List.of("spot-check", "--share", "0.1", "--seed", "2024"),
                List.of("explain", "--project", "652826-2023-017"));
    }

    private int run(List<String> command, Object... more) {
        List<String> args = new ArrayList<>(command);
        Arrays.stream(more).map(Object::toString).forEach(args::add);
        return cli.run(args.toArray(String[]::new));
    }

    private void assertOneCleanLine(List<String> command) {
        assertEquals(1, cli.err().strip().lines().count(), command + ": " + cli.err());
        assertFalse(cli.err().contains("Exception") || cli.err().contains("\tat ") || cli.err().contains("io.pbm."),
                command + ": " + cli.err());
    }

    @ParameterizedTest
    @MethodSource("commands")
    void aMissingFileExitsWith1AndOneLine(List<String> command) {
        assertEquals(1, run(command, dir.resolve("missing.json")), command.toString());
        assertOneCleanLine(command);
        assertTrue(cli.err().contains("missing.json"), cli.err());
    }

    @ParameterizedTest
    @MethodSource("commands")
    void aDocumentThatIsNotJsonExitsWith1AndOneLine(List<String> command) throws IOException {
        Path broken = Files.writeString(dir.resolve("broken.json"), "not json at all");
        assertEquals(1, run(command, broken), command.toString());
        assertOneCleanLine(command);
        assertEquals(1, run(command, "--lang", "en", broken), command.toString());
        assertOneCleanLine(command);
    }

    @ParameterizedTest
    @MethodSource("commands")
    void aTruncatedDocumentExitsWith1(List<String> command) {
        assertEquals(1, run(command, Cli.fixture(dir, "truncated.json")), command.toString());
        assertTrue(cli.err().strip().lines().count() == 1, command + ": " + cli.err());
    }

    @ParameterizedTest
    @MethodSource("commands")
    void workbooksAndCsvFilesGoThroughTheOneInputPlace(List<String> command) throws IOException {
        for (String name : List.of("county.xlsx", "county.csv")) {
            Path file = Files.writeString(dir.resolve(name), "");
            assertEquals(1, run(command, file), command.toString());
            assertOneCleanLine(command);
        }
    }

    @ParameterizedTest
    @MethodSource("commands")
    void everyCommandAnswersHelp(List<String> command) {
        assertEquals(0, cli.run(command.get(0), "--help"));
        assertTrue(cli.out().contains("Usage: pbm " + command.get(0)), cli.out());
    }

    @ParameterizedTest
    @MethodSource("commands")
    void anUnknownLanguageOrFormatIsAUsageError(List<String> command) {
        Path contract = Cli.fixture(dir, "contract-example.json");
        assertEquals(2, run(command, "--lang", "fr", contract), command.toString());
        assertEquals(2, run(command, "--format", "xml", contract), command.toString());
        assertTrue(cli.err().contains("--format"), cli.err());
    }

    @ParameterizedTest
    @MethodSource("commands")
    void csvOutputIsWrittenOrAUsageError(List<String> command) {
        Path contract = Cli.fixture(dir, "contract-example.json");
        int status = run(command, "--format", "csv", contract);
        // evaluate and the report commands write tables; a command with no CSV document says so as a usage error.
        boolean tables = List.of("evaluate", "review", "monitor", "audit", "compare").contains(command.get(0));
        assertEquals(tables ? 0 : 2, status, command + " " + cli.err());
        assertFalse(cli.err().contains("Exception"), cli.err());
    }

    @ParameterizedTest
    @MethodSource("commands")
    void theContractExampleIsRead(List<String> command) {
        assertEquals(0, run(command, Cli.fixture(dir, "contract-example.json")), command + ": " + cli.err());
        assertEquals("", cli.err());
    }

    @org.junit.jupiter.api.Test
    void theOtherCommandsAnswerHelpToo() {
        for (String[] command : List.of(new String[] {"sample", "--help"}, new String[] {"policy", "--help"},
                new String[] {"policy", "show", "--help"}, new String[] {"policy", "export", "--help"})) {
            assertEquals(0, cli.run(command));
            assertTrue(cli.out().contains("Usage: pbm "), cli.out());
        }
        assertEquals(0, cli.run("--help"));
        for (String name : List.of("review", "monitor", "audit", "compare", "plan", "spot-check", "sample", "policy",
                "explain")) {
            assertTrue(cli.out().contains(name), name);
        }
    }
}
