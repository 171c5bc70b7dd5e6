package io.pbm.io.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pbm.io.DocumentException;
import io.pbm.io.result.ResultWriter;
import io.pbm.rules.policy.Presets;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file of the hostile corpus does, through the library, what {@code hostile/expected.tsv} says:
 * refused as a document with its code, or read with each rejection at its location and every project
 * accounted for (evaluated + excluded + rejected).
 */
class HostileCorpusTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<HostileCorpus.Expected> corpus() {
        return HostileCorpus.expectations().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void eachFileEndsAsExpected(HostileCorpus.Expected expected) {
        Observed observed = observe(expected);
        assertEquals(expected.refusedCode(), observed.refusedCode(), "document-level outcome");
        assertEquals(expected.counts(), observed.counts(), "evaluated/excluded/rejected");
        assertEquals(expected.unitCounts(), observed.unitCounts(), "unit-wide evaluated/rejected (R-SCORE-UNIT)");
        assertTrue(observed.rejections().containsAll(expected.rejections()),
                () -> "expected rejections " + expected.rejections() + " among " + observed.rejections());
    }

    @Test
    void everyCorpusFileHasAnExpectationAndTheCorpusIsLargeEnough() throws IOException, URISyntaxException {
        Path root = Path.of(HostileCorpus.class.getClassLoader().getResource(HostileCorpus.ROOT).toURI());
        Set<String> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile)
                    .map(path -> root.relativize(path).toString().replace('\\', '/'))
                    .filter(name -> !name.equals("expected.tsv"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        Set<String> described = HostileCorpus.expectations().stream().map(HostileCorpus.Expected::file)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(files, described);
        assertTrue(files.size() >= 60, () -> files.size() + " files");
        for (String kind : new String[] {"json/", "csv/", "xlsx/"}) {
            assertTrue(files.stream().anyMatch(file -> file.startsWith(kind)), kind);
        }
    }

    /** What the library did with one file. */
    record Observed(String refusedCode, String counts, String unitCounts, Set<String> rejections) {
    }

    private static Observed observe(HostileCorpus.Expected file) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ResultWriter.Written written;
        try {
            written = ResultWriter.evaluate(file.records(), Presets.MOF_2020, out, Locale.ROOT);
        } catch (DocumentException refusedBeforeOutput) {
            assertEquals(0, out.size(), "nothing is written for a document refused at once");
            return new Observed(refusedBeforeOutput.code().code(), null, null, Set.of());
        }
        JsonNode result;
        try {
            result = JSON.readTree(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException("the result document is not JSON", e);
        }
        String refused = written.failure() == null ? null : written.failure().code().code();
        if (refused == null) {
            assertNull(result.get("error"), "a document read whole has no error member");
        } else {
            assertEquals(refused, result.get("error").get("code").asText(), "the error member names the failure");
        }
        return new Observed(refused, HostileCorpus.counts(result), HostileCorpus.unitCounts(result),
                HostileCorpus.rejections(result));
    }
}
