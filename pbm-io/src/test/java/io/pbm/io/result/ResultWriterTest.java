package io.pbm.io.result;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pbm.core.budget.FundCategory;
import io.pbm.core.project.Project;
import io.pbm.io.DocumentException;
import io.pbm.io.project.ProjectDocument;
import io.pbm.io.project.ProjectReader;
import io.pbm.io.project.ReadProject;
import io.pbm.io.project.ReadRecord;
import io.pbm.io.project.RejectedRecord;
import io.pbm.rules.Pbm;
import io.pbm.rules.explain.Message;
import io.pbm.rules.explain.Problem;
import io.pbm.rules.explain.Rejection;
import io.pbm.rules.explain.RuleId;
import io.pbm.rules.pipeline.RejectedProject;
import io.pbm.rules.pipeline.BatchResult;
import io.pbm.rules.pipeline.Pipeline;
import io.pbm.rules.pipeline.ProjectOutcome;
import io.pbm.rules.policy.Policy;
import io.pbm.rules.policy.Presets;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The pbm-result/1 document of json-contract.md, written from the pipeline's outcomes. */
class ResultWriterTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static ProjectDocument sample(String name) {
        try (InputStream in = ResultWriterTest.class.getResourceAsStream("/samples/" + name)) {
            return ProjectReader.of().read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode parse(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The contract example under MOF_2020, streamed. */
    static String contractResult(Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ResultWriter writer = ResultWriter.open(out, Presets.MOF_2020, locale)) {
            Pbm.evaluateAll(sample("contract-example.json").projects(), Presets.MOF_2020, writer);
            writer.finish();
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** A batch with results, an exclusion (R-PLAN-4: special bonds left out) and reader rejections. */
    static Policy excludingBonds() {
        return Presets.MOF_2020.toBuilder().addExcludedFundCategories(FundCategory.SPECIAL_BOND).build();
    }

    static String streamed(ProjectDocument document, Policy policy, String failure) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Pipeline pipeline = Pipeline.of(policy);
        try (ResultWriter writer = ResultWriter.open(out, policy)) {
            for (ReadRecord record : document.records()) {
                if (record instanceof ReadProject project) {
                    writer.accept(pipeline.evaluate(project.project(), project.index()));
                } else if (record instanceof RejectedRecord rejected) {
                    writer.reject(rejected);
                }
            }
            if (failure == null) {
                writer.finish();
            } else {
                writer.fail(failure, "输入不完整");
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void goldenContractExampleGivesTheContractsNumbers() {
        JsonNode doc = parse(contractResult(Locale.SIMPLIFIED_CHINESE));
        assertEquals("pbm-result/1", doc.get("format").asText());
        assertEquals("MOF_2020", doc.at("/policy/name").asText());
        assertEquals(Presets.MOF_2020.version(), doc.at("/policy/version").asText());
        JsonNode r = doc.at("/results/0");
        assertEquals(1, doc.get("results").size());
        assertEquals("652826-2023-017", r.get("projectId").asText());
        assertEquals("焉耆县住房和城乡建设局", r.get("unit").asText());
        assertEquals("88.73", r.get("score").asText());
        assertEquals("9.51", r.get("executionScore").asText());
        assertEquals("GOOD", r.get("rawGrade").asText());
        assertEquals("FAIR", r.get("grade").asText());
        assertEquals("中", r.get("gradeLabel").asText());
        assertTrue(r.get("complete").asBoolean());
        List<String> scores = List.of("28.75", "10.00", "9.47", "21.00", "10.00");
        List<String> deviations = List.of("-0.0417", "0.0000", "-0.0526", "null", "0.0333");
        List<Boolean> required = List.of(true, false, true, true, false);
        assertEquals(5, r.get("indicators").size());
        for (int i = 0; i < 5; i++) {
            JsonNode indicator = r.get("indicators").get(i);
            assertEquals(scores.get(i), indicator.get("score").asText(), "score " + i);
            JsonNode deviation = indicator.get("deviation");
            assertEquals(deviations.get(i), deviation.isNull() ? "null" : deviation.textValue(), "deviation " + i);
            assertEquals(required.get(i), indicator.get("explanationRequired").asBoolean(), "required " + i);
            assertEquals(0, indicator.get("flags").size());
        }
        assertEquals("新建排水管网长度", r.at("/indicators/0/name").asText());
        assertEquals(1, r.get("vetoes").size());
        assertEquals("R-VETO-1", r.at("/vetoes/0/rule").asText());
        assertEquals("FAIR", r.at("/vetoes/0/cappedAt").asText());
        assertFalse(r.at("/vetoes/0/message").asText().isBlank());
        assertEquals(0, r.get("warnings").size());
        assertEquals("CUT", r.at("/budgetDecision/action").asText());
        assertEquals("1930500.00", r.at("/budgetDecision/before").asText());
        assertEquals("1737450.00", r.at("/budgetDecision/after").asText());
        assertEquals("R-LINK-3", r.at("/budgetDecision/rule").asText());
        boolean traced = false;
        for (JsonNode step : r.get("trace")) {
            traced |= step.get("rule").asText().equals("R-SCORE-GE") && step.get("subject").asText().equals("新建排水管网长度")
                    && !step.get("message").asText().isBlank();
        }
        assertTrue(traced, r.get("trace").toString());
        assertEquals(0, doc.get("excluded").size());
        assertEquals(0, doc.get("rejected").size());
        JsonNode s = doc.get("summary");
        assertEquals(1, s.get("projects").asInt());
        assertEquals(1, s.get("evaluated").asInt());
        assertEquals(0, s.get("excluded").asInt());
        assertEquals(0, s.get("rejected").asInt());
        assertEquals(parse("{\"EXCELLENT\":0,\"GOOD\":0,\"FAIR\":1,\"POOR\":0}"), s.get("grades"));
        assertEquals(List.of("EXCELLENT", "GOOD", "FAIR", "POOR"), List.copyOf(iterable(s.get("grades"))));
        assertEquals("88.73", s.get("meanScore").asText());
        assertEquals("0.9505", s.get("executionRate").asText());
        assertEquals("1930500.00", s.get("adjusted").asText());
        assertEquals("1835000.00", s.get("spent").asText());
        assertEquals(parse("{\"R-VETO-1\":1}"), s.get("vetoes"));
        assertEquals("1930500.00", s.get("budgetBefore").asText());
        assertEquals("1737450.00", s.get("budgetAfter").asText());
        assertFalse(doc.has("error"));
    }

    private static List<String> iterable(JsonNode object) {
        List<String> names = new java.util.ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void messagesAreChineseByDefaultAndEnglishWithALocale() {
        JsonNode zh = parse(contractResult(Locale.SIMPLIFIED_CHINESE));
        JsonNode en = parse(contractResult(Locale.ENGLISH));
        assertEquals("中", zh.at("/results/0/gradeLabel").asText());
        assertEquals("FAIR", en.at("/results/0/grade").asText());
        String zhVeto = zh.at("/results/0/vetoes/0/message").asText();
        String enVeto = en.at("/results/0/vetoes/0/message").asText();
        assertTrue(zhVeto.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN), zhVeto);
        assertTrue(enVeto.codePoints().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN), enVeto);
        assertFalse(en.at("/results/0/gradeLabel").asText().equals("中"));
    }

    @Test
    void theSameBatchIsWrittenByteForByteAlikeStreamedWholeOrInParallel() {
        List<Project> projects = sample("county-2023.json").projects();
        Policy policy = excludingBonds();
        BatchResult batch = Pbm.evaluateAll(projects, policy);
        byte[] first = ResultWriter.toJson(batch).getBytes(StandardCharsets.UTF_8);
        byte[] second = ResultWriter.toJson(Pbm.evaluateAll(projects, policy)).getBytes(StandardCharsets.UTF_8);
        assertArrayEquals(first, second);

        Pipeline pipeline = Pipeline.of(policy);
        List<ProjectOutcome> parallel = IntStream.range(0, projects.size()).parallel()
                .mapToObj(i -> pipeline.evaluate(projects.get(i), i))
                .sorted(Comparator.comparingLong(ProjectOutcome::index)).toList();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ResultWriter writer = ResultWriter.open(out, policy)) {
            parallel.forEach(writer);
            writer.finish();
        }
        assertArrayEquals(first, out.toByteArray());
    }

    @Test
    void R_PLAN_4_exclusionsAndRejectionsAreHeldUntilResultsClose() {
        JsonNode doc = parse(streamed(sample("county-2023.json"), excludingBonds(), null));
        assertTrue(doc.get("excluded").size() >= 1);
        assertEquals("R-PLAN-4", doc.at("/excluded/0/rule").asText());
        assertEquals("SPECIAL_BOND", doc.at("/excluded/0/fundCategory").asText());
        JsonNode s = doc.get("summary");
        assertEquals(s.get("projects").asInt(), s.get("evaluated").asInt() + s.get("excluded").asInt()
                + s.get("rejected").asInt());
        assertEquals(doc.get("results").size(), s.get("evaluated").asInt());
        assertEquals(doc.get("excluded").size(), s.get("excluded").asInt());
    }

    @Test
    void rejectedProjectsCarryEveryProblemAtItsDocumentPointer() {
        JsonNode doc = parse(streamed(sample("rejections.json"), Presets.MOF_2020, null));
        JsonNode rejected = doc.get("rejected");
        assertTrue(rejected.size() >= 2, rejected.toString());
        assertEquals("R-001", rejected.at("/0/projectId").asText());
        assertEquals(0, rejected.at("/0/index").asInt());
        assertTrue(rejected.at("/0/problems").size() >= 2);
        for (JsonNode project : rejected) {
            for (JsonNode problem : project.get("problems")) {
                assertTrue(problem.get("path").asText().startsWith("/projects/" + project.get("index").asInt()),
                        problem.toString());
                assertFalse(problem.get("code").asText().isBlank());
                assertFalse(problem.get("message").asText().isBlank());
            }
        }
        assertEquals(rejected.size(), doc.at("/summary/rejected").asInt());
        assertTrue(doc.at("/summary/meanScore").isNull() || doc.at("/summary/evaluated").asInt() > 0);
    }

    @Test
    void anEngineRejectionsRecordPointerIsPrefixedWithTheProjectsPointer() {
        Problem problem = Problem.of(RuleId.R_GOAL_3, "/indicators", Message.of("R-GOAL-3.hard", "90.00", "90.00", "10.00"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ResultWriter writer = ResultWriter.open(out, Presets.MOF_2020)) {
            writer.accept(new RejectedProject(3, new Rejection("X-3", List.of(problem))));
            writer.finish();
        }
        JsonNode doc = parse(out.toString(StandardCharsets.UTF_8));
        assertEquals("/projects/3/indicators", doc.at("/rejected/0/problems/0/path").asText());
        assertEquals("R-GOAL-3", doc.at("/rejected/0/problems/0/code").asText());
        assertEquals("X-3", doc.at("/rejected/0/projectId").asText());
        assertEquals(3, doc.at("/rejected/0/index").asInt());
    }

    @Test
    void aFailureAfterOutputBeganClosesTheDocumentWithAnErrorMember() {
        String text = streamed(sample("contract-example.json"), Presets.MOF_2020, "document.truncated");
        JsonNode doc = parse(text);
        assertEquals("document.truncated", doc.at("/error/code").asText());
        assertEquals("输入不完整", doc.at("/error/message").asText());
        assertEquals(1, doc.get("results").size());
        assertEquals(1, doc.at("/summary/projects").asInt());
        assertTrue(text.endsWith("}\n"));
    }

    /** A document without its unit-wide records, which a batch of projects has not (see UnitResultsTest). */
    static byte[] withoutUnits(byte[] document) {
        try {
            return JSON.writeValueAsBytes(((com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(document))
                    .without("units"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytes(String name) {
        try (InputStream in = ResultWriterTest.class.getResourceAsStream("/samples/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aTruncatedDocumentIsWrittenAsFarAsItWasReadWithItsError() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String whole = new String(bytes("contract-example.json"), StandardCharsets.UTF_8);
        String truncated = whole.substring(0, whole.lastIndexOf(']')) + ", { \"id\": \"T-2\", \"name\": \"截断";
        ResultWriter.Written written = ResultWriter.evaluate(ProjectReader.of(),
                new ByteArrayInputStream(truncated.getBytes(StandardCharsets.UTF_8)), Presets.MOF_2020, out,
                Locale.SIMPLIFIED_CHINESE);
        assertFalse(written.complete());
        assertEquals(1, written.summary().evaluated());
        JsonNode doc = parse(out.toString(StandardCharsets.UTF_8));
        assertEquals(written.failure().code().code(), doc.at("/error/code").asText());
        assertFalse(doc.at("/error/message").asText().isBlank());
        assertEquals(written.summary().projects(), doc.at("/summary/projects").asLong());
    }

    @Test
    void aDocumentReadWholeIsTheSameStreamedFromTheReaderOrWrittenAsABatch() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ResultWriter.Written written = ResultWriter.evaluate(ProjectReader.of(),
                new ByteArrayInputStream(withoutUnits(bytes("county-2023.json"))), Presets.MOF_2020, out,
                Locale.SIMPLIFIED_CHINESE);
        assertTrue(written.complete());
        String batch = ResultWriter.toJson(Pbm.evaluateAll(sample("county-2023.json").projects(), Presets.MOF_2020));
        assertEquals(batch, out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aDocumentThatFailsBeforeItsFirstRecordIsThrownAndNothingIsWritten() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThrows(DocumentException.class, () -> ResultWriter.evaluate(ProjectReader.of(),
                new ByteArrayInputStream("{\"format\": \"pbm/9\"}".getBytes(StandardCharsets.UTF_8)), Presets.MOF_2020,
                out, Locale.SIMPLIFIED_CHINESE));
        assertEquals(0, out.size());
    }

    @Test
    void heldEntriesSpilledToATemporaryFileGiveTheSameBytes() {
        ProjectDocument document = sample("rejections.json");
        Policy policy = excludingBonds();
        List<Project> projects = new java.util.ArrayList<>(sample("county-2023.json").projects());
        projects.addAll(document.projects());
        byte[] inMemory = ResultWriter.toJson(Pbm.evaluateAll(projects, policy)).getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ResultWriter writer = ResultWriter.open(out, policy, Locale.SIMPLIFIED_CHINESE, 0)) {
            Pbm.evaluateAll(projects, policy, writer);
            assertTrue(writer.spilled());
            writer.finish();
        }
        assertArrayEquals(inMemory, out.toByteArray());
        assertTrue(parse(out.toString(StandardCharsets.UTF_8)).get("excluded").size() > 0);
    }

    @Test
    void nothingEvaluatedGivesANullMeanScore() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ResultWriter writer = ResultWriter.open(out, Presets.MOF_2020)) {
            writer.finish();
            assertTrue(writer.finished());
            assertThrows(IllegalStateException.class, writer::finish);
        }
        JsonNode doc = parse(out.toString(StandardCharsets.UTF_8));
        assertTrue(doc.at("/summary/meanScore").isNull());
        assertTrue(doc.at("/summary/executionRate").isNull());
        assertEquals(0, doc.at("/summary/projects").asInt());
    }
}
