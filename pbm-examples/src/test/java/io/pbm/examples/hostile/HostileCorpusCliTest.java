package io.pbm.examples.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pbm.examples.PbmCommand;
import io.pbm.io.hostile.HostileCorpus;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What a user gets from {@code pbm evaluate --policy mof-2020 --format json FILE} for every file of pbm-io's
 * hostile corpus: a refused document exits 1 with one line on stderr — no stack trace, no Java class
 * name — and a read one exits 0 with each rejection at its location, as {@code hostile/expected.tsv}
 * says for the library.
 */
class HostileCorpusCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    static Stream<HostileCorpus.Expected> corpus() {
        return HostileCorpus.expectations().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void evaluateAnswersEachFileAsTheLibraryDoes(HostileCorpus.Expected expected) throws IOException {
        Path file = dir.resolve(Path.of(expected.file()).getFileName().toString());
        Files.write(file, expected.content());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = PbmCommand.run(new String[] {"evaluate", "--policy", "mof-2020", "--format", "json",
            file.toString()}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        String stderr = err.toString(StandardCharsets.UTF_8);
        if (expected.refused()) {
            assertEquals(1, status, stderr);
            assertEquals(1, stderr.lines().count(), () -> "one line on stderr: " + stderr);
            assertFalse(stderr.matches("(?s).*(Exception|\\bat [a-z]+\\.|java\\.|io\\.pbm\\.).*"),
                    () -> "no stack trace or class name: " + stderr);
        } else {
            assertEquals(0, status, stderr);
            assertEquals("", stderr);
        }
        if (expected.counts() != null) {
            JsonNode result = JSON.readTree(out.toByteArray());
            assertEquals(expected.counts(), HostileCorpus.counts(result));
            assertEquals(expected.unitCounts(), HostileCorpus.unitCounts(result), "unit-wide (R-SCORE-UNIT)");
            Set<String> rejections = HostileCorpus.rejections(result);
            assertTrue(rejections.containsAll(expected.rejections()), rejections::toString);
        }
    }
}
