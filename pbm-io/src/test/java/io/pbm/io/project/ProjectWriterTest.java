package io.pbm.io.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link ProjectWriter}: what it writes reads back as the same projects, every member included. */
class ProjectWriterTest {

    private static ProjectDocument read(String json) {
        return ProjectReader.of().read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    private static ProjectDocument sample(String name) throws IOException {
        try (InputStream in = ProjectWriterTest.class.getResourceAsStream("/samples/" + name)) {
            return ProjectReader.of().read(in);
        }
    }

    @Test
    void theContractExampleReadsBackEqual() throws IOException {
        ProjectDocument document = sample("contract-example.json");
        String written = ProjectWriter.toJson(document.projects());
        assertTrue(written.startsWith("{\n  \"format\": \"pbm/1\",\n  \"projects\": ["), written);
        assertEquals(document.projects(), read(written).projects());
        assertEquals(written, ProjectWriter.toJson(read(written).projects()), "writing is stable");
    }

    @Test
    void everyOptionalMemberReadsBackEqual() throws IOException {
        // The county sample carries history, flags, ex-ante, transfers and reported figures.
        ProjectDocument document = sample("county-2023.json");
        assertEquals(document.projects(), read(ProjectWriter.toJson(document.projects())).projects());
        String extras = Documents.project("X-1", """
                "kind": "FINANCE", "evaluator": "THIRD_PARTY", "goal": "目标", "goalVersion": 2,
                "flags": {"new": true, "key": true, "oneTime": false, "major": true},
                "findings": {"auditProblems": true, "unrectifiedFailedMonitoringRounds": 2, "unrectifiedProblems": true},
                "history": {"evaluatedYears": [2019, 2021], "lastYearSelfEvaluated": false, "previousGrade": "FAIR"},
                "exAnte": {"necessity": "18", "economy": "17", "goalSoundness": "16", "feasibility": "15",
                           "fundingCompliance": "14", "thirdPartyReassessed": true},
                "transfer": {"id": "T-1", "indicators": [{"name": "数量", "target": "≥10个"}]},
                "reportReviewScore": "92.5",
                "frameItems": [{"level1": "DECISION", "name": "立项依据充分性", "weight": "10", "score": "9"}],
                "reportedTotal": "88.5", "reportedGrade": "GOOD\"""");
        ProjectDocument full = read(Documents.document(List.of(extras)));
        assertEquals(1, full.projects().size(), full.rejected().toString());
        String written = ProjectWriter.toJson(full.projects());
        assertEquals(full.projects(), read(written).projects());
        assertTrue(written.contains("\"frameItems\""), written);
        assertTrue(written.contains("\"reportedGrade\": \"GOOD\""), written);
    }

    @Test
    void anEmptyDocumentIsStillADocument() {
        assertEquals(List.of(), read(ProjectWriter.toJson(List.of())).records());
    }

    @Test
    void aClosedWriterTakesNoMoreProjects() throws IOException {
        ProjectDocument document = sample("contract-example.json");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ProjectWriter writer = ProjectWriter.of(out);
        writer.close();
        writer.close();
        assertThrows(IllegalStateException.class, () -> writer.accept(document.projects().get(0)));
        assertThrows(NullPointerException.class, () -> ProjectWriter.of(null));
    }
}
