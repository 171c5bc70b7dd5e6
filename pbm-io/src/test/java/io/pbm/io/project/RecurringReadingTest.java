package io.pbm.io.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pbm.io.DocumentException;
import io.pbm.io.ReadLimits;
import io.pbm.io.ReadingCode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * A record reads the same — the same project, or the same problems at the same pointers — whether it
 * comes after records that write the same targets and indicators (built once for the document, issue 7)
 * or alone in its own document.
 */
class RecurringReadingTest {

    private static final String SAME_INDICATOR_WITH_A_PROBLEM = Documents.project("B").replace(
            "\"target\": \"10\", \"actual\": \"9\", \"weight\": \"50\"}",
            "\"target\": \"10\", \"actual\": \"9\", \"weight\": \"50\", \"explanation\": 5}");

    /** What a document's records read as: each project, or each rejection's problems. */
    private static List<Object> outcomes(ProjectDocument document) {
        List<Object> outcomes = new ArrayList<>();
        for (ReadRecord record : document.records()) {
            outcomes.add(record instanceof ReadProject p ? p.project() : ((RejectedRecord) record).problems().stream()
                    .map(q -> (q.code() + " " + q.path() + " " + q.render(Locale.SIMPLIFIED_CHINESE))
                            .replaceAll("/projects/\\d+", "/projects/N"))
                    .toList());
        }
        return outcomes;
    }

    private static List<Object> eachAlone(List<String> projects) {
        List<Object> outcomes = new ArrayList<>();
        for (String project : projects) {
            outcomes.addAll(outcomes(Documents.read(Documents.document(project))));
        }
        return outcomes;
    }

    @Test
    void aRecordWithAProblemInAnIndicatorBuiltBeforeGetsEveryProblemItGetsAlone() {
        assertTrue(SAME_INDICATOR_WITH_A_PROBLEM.contains("\"explanation\": 5"));
        List<String> projects = List.of(Documents.project("A"), SAME_INDICATOR_WITH_A_PROBLEM, Documents.project("C"));
        ProjectDocument document = Documents.read(Documents.document(projects));
        assertEquals(List.of("type /projects/1/indicators/0/explanation"), Documents.problems(document));
        assertEquals(2, document.projects().size());
        assertEquals(eachAlone(projects).get(1), outcomes(document).get(1));
    }

    @Test
    void aShortTextBeyondASmallStringLimitStillFailsTheDocument() {
        ReadLimits limits = ReadLimits.DEFAULT.withMaxStringLength(20);
        String within = Documents.document(Documents.project("A", "\"note\": \"" + "长".repeat(20) + "\""));
        assertEquals(1, Documents.read(within, limits).records().size());
        String beyond = Documents.document(Documents.project("A", "\"note\": \"" + "长".repeat(21) + "\""));
        DocumentException failure = assertThrows(DocumentException.class, () -> Documents.read(beyond, limits));
        assertEquals(ReadingCode.LIMIT_STRING_LENGTH, failure.code());
    }

    @Test
    void projectsWritingTheSameIndicatorsReadAsTheyReadAlone() {
        List<String> projects = List.of(Documents.project("A"), Documents.project("B"), Documents.project("C"));
        assertEquals(eachAlone(projects), outcomes(Documents.read(Documents.document(projects))));
    }

    @Test
    void everyRecordOfAProvinceSampleReadsAsItReadsAlone() throws IOException {
        JsonNode sample;
        try (InputStream in = new GZIPInputStream(getClass().getResourceAsStream("/golden/province-300.json.gz"))) {
            sample = new ObjectMapper().readTree(in);
        }
        List<String> projects = new ArrayList<>();
        sample.get("projects").forEach(p -> projects.add(p.toString()));
        List<Object> together = outcomes(Documents.read(Documents.document(projects)));
        List<Object> alone = eachAlone(projects);
        assertEquals(projects.size(), together.size());
        for (int i = 0; i < projects.size(); i++) {
            assertEquals(alone.get(i), together.get(i), "record " + i);
        }
    }

}
