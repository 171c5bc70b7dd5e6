package io.pbm.io.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import io.pbm.io.project.ProjectDocument;
import io.pbm.io.project.ReadProject;
import io.pbm.io.project.ReadRecord;
import io.pbm.io.project.RejectedRecord;
import io.pbm.rules.Pbm;
import io.pbm.rules.audit.AuditSummary;
import io.pbm.rules.audit.TableAudit;
import io.pbm.rules.explain.Rejection;
import io.pbm.rules.monitoring.MonitoringEngine;
import io.pbm.rules.monitoring.MonitoringSummary;
import io.pbm.rules.policy.Policy;
import io.pbm.rules.policy.Presets;
import io.pbm.rules.review.BudgetReview;
import io.pbm.rules.review.ProjectReview;
import io.pbm.rules.review.ReviewSummary;
import io.vavr.control.Validation;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Month;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

/**
 * The review, monitoring and audit documents streamed project by project: the same bytes as the
 * whole-report writer given the {@code ProjectDocument}, and a closed document with an {@code error}
 * member when the input fails late.
 */
class ReportStreamTest {

    private static final List<String> SAMPLES = List.of("contract-example.json", "county-2023.json", "rejections.json");
    private static final List<Locale> LOCALES = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);

    /** Feeds a document's records to a stream in input order, as a command line reading it would. */
    private static <R, S> String streamed(ProjectDocument document, ReportStream<R, S> stream,
            BiConsumer<ReadProject, ReportStream<R, S>> project, ByteArrayOutputStream out, boolean fail) {
        try (stream) {
            for (ReadRecord record : document.records()) {
                if (record instanceof ReadProject read) {
                    project.accept(read, stream);
                } else if (record instanceof RejectedRecord rejected) {
                    stream.reject(rejected);
                }
            }
            if (fail) {
                stream.fail("document.truncated", "输入不完整");
            } else {
                stream.finish();
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static <R> void either(ReportStream<R, ?> stream, long index, Validation<Rejection, R> outcome) {
        if (outcome.isValid()) {
            stream.accept(index, outcome.get());
        } else {
            stream.reject(index, outcome.getError());
        }
    }

    private static String review(ProjectDocument document, Policy policy, Locale locale, boolean fail) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BudgetReview review = BudgetReview.of(policy);
        List<ProjectReview> reviews = review.review(document.projects()).results();
        int[] next = {0};
        return streamed(document, ReportWriter.review(out, policy, locale),
                (read, stream) -> stream.accept(read.index(), reviews.get(next[0]++)), out, fail);
    }

    private static String monitor(ProjectDocument document, Policy policy, Locale locale, boolean fail) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MonitoringEngine engine = MonitoringEngine.of(policy);
        return streamed(document, ReportWriter.monitor(out, policy, Month.MAY, locale),
                (read, stream) -> either(stream, read.index(), engine.monitor(read.project(), Month.MAY)), out, fail);
    }

    private static String audit(ProjectDocument document, Policy policy, Locale locale, boolean fail) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TableAudit audit = TableAudit.of(policy);
        return streamed(document, ReportWriter.audit(out, policy, locale),
                (read, stream) -> either(stream, read.index(), audit.audit(read.project())), out, fail);
    }

    /** The streamed document of every sample, in both languages, is the whole report's, byte for byte. */
    private static void assertSameBytes(BiFunction<ProjectDocument, Locale, String> whole,
            BiFunction<ProjectDocument, Locale, String> streamed) {
        for (String sample : SAMPLES) {
            ProjectDocument document = ResultWriterTest.sample(sample);
            for (Locale locale : LOCALES) {
                assertEquals(whole.apply(document, locale), streamed.apply(document, locale), sample + " " + locale);
            }
        }
    }

    @Test
    void R_GOAL_aStreamedReviewHasTheWholeReportsBytes() {
        assertSameBytes((document, locale) -> ReportWriter.toJson(Pbm.review(document.projects(), Presets.XINJIANG),
                document, locale), (document, locale) -> review(document, Presets.XINJIANG, locale, false));
    }

    @Test
    void R_MON_aStreamedMonitoringHasTheWholeReportsBytes() {
        assertSameBytes((document, locale) -> ReportWriter.toJson(Pbm.monitor(document.projects(), Month.MAY,
                Presets.MOF_2020), document, locale), (document, locale) -> monitor(document, Presets.MOF_2020, locale,
                false));
    }

    @Test
    void R_AUDIT_aStreamedAuditHasTheWholeReportsBytes() {
        assertSameBytes((document, locale) -> ReportWriter.toJson(Pbm.audit(document.projects(), Presets.MOF_2020),
                document, locale), (document, locale) -> audit(document, Presets.MOF_2020, locale, false));
    }

    @Test
    void aLateFailureLeavesAClosedValidDocumentWithAnErrorMember() {
        ProjectDocument document = ResultWriterTest.sample("rejections.json");
        List<Object[]> kinds = List.of(
                new Object[] {review(document, Presets.XINJIANG, Locale.SIMPLIFIED_CHINESE, true), "pbm-review-1"},
                new Object[] {monitor(document, Presets.MOF_2020, Locale.SIMPLIFIED_CHINESE, true), "pbm-monitor-1"},
                new Object[] {audit(document, Presets.MOF_2020, Locale.SIMPLIFIED_CHINESE, true), "pbm-audit-1"});
        for (Object[] kind : kinds) {
            JsonNode doc = ResultWriterTest.parse((String) kind[0]);
            assertEquals("document.truncated", doc.at("/error/code").asText(), (String) kind[0]);
            assertEquals(doc.at("/summary/projects").asInt(), doc.get("results").size() + doc.get("rejected").size());
            JsonSchema schema = ResultSchemaTest.schema(kind[1] + ".schema.json");
            assertEquals(Set.of(), schema.validate(doc), (String) kind[0]);
        }
    }

    @Test
    void theSummaryIsAddedUpAsResultsArrive() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (var stream = ReportWriter.audit(out, Presets.MOF_2020, Locale.ENGLISH)) {
            ProjectDocument document = ResultWriterTest.sample("county-2023.json");
            TableAudit audit = TableAudit.of(Presets.MOF_2020);
            long index = 0;
            for (var project : document.projects()) {
                either(stream, index++, audit.audit(project));
            }
            AuditSummary summary = stream.finish();
            assertEquals(Pbm.audit(document.projects(), Presets.MOF_2020).summary(), summary);
        }
        assertTrue(out.toString(StandardCharsets.UTF_8).endsWith("}\n"));
    }

    @Test
    void aFinishedStreamTakesNoMoreAndIndexesAreNotNegative() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (var stream = ReportWriter.review(out, Presets.MOF_2020, Locale.ENGLISH)) {
            ProjectReview review = BudgetReview.of(Presets.MOF_2020)
                    .review(ResultWriterTest.sample("contract-example.json").projects().get(0));
            assertThrows(IllegalArgumentException.class, () -> stream.accept(-1, review));
            ReviewSummary summary = stream.finish();
            assertEquals(0, summary.projects());
            assertThrows(IllegalStateException.class, () -> stream.accept(0, review));
        }
        try (var stream = ReportWriter.monitor(new ByteArrayOutputStream(), Presets.MOF_2020, Month.MAY,
                Locale.ENGLISH)) {
            MonitoringSummary empty = stream.finish();
            assertEquals(0, empty.projects());
        }
    }
}
