package io.pbm.io.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import io.pbm.io.project.ProjectDocument;
import io.pbm.rules.audit.AuditReport;
import io.pbm.rules.audit.TableAudit;
import io.pbm.rules.monitoring.MonitoringBatch;
import io.pbm.rules.monitoring.MonitoringEngine;
import io.pbm.rules.policy.Presets;
import io.pbm.rules.review.BudgetReview;
import io.pbm.rules.review.BudgetReviewReport;
import java.time.Month;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The review, monitoring and audit documents of json-contract.md, each valid against its schema. */
class ReportWriterTest {

    private static final JsonSchema REVIEW = ResultSchemaTest.schema("pbm-review-1.schema.json");
    private static final JsonSchema MONITOR = ResultSchemaTest.schema("pbm-monitor-1.schema.json");
    private static final JsonSchema AUDIT = ResultSchemaTest.schema("pbm-audit-1.schema.json");

    private static void assertPointers(JsonNode doc, String list, String member) {
        for (JsonNode result : doc.get("results")) {
            for (JsonNode item : result.get(list)) {
                String path = item.get(member).asText();
                assertTrue(path.startsWith("/projects/" + result.get("index").asInt()), item.toString());
            }
        }
    }

    @Test
    void R_GOAL_aReviewIsWrittenAsPbmReview1() {
        ProjectDocument document = ResultWriterTest.sample("county-2023.json");
        BudgetReviewReport report = BudgetReview.of(Presets.XINJIANG).review(document.projects());
        String text = ReportWriter.toJson(report, document, Locale.SIMPLIFIED_CHINESE);
        JsonNode doc = ResultWriterTest.parse(text);
        assertEquals(Set.of(), REVIEW.validate(doc));
        assertEquals("pbm-review/1", doc.get("format").asText());
        assertEquals(document.projects().size(), doc.get("results").size());
        assertEquals(doc.at("/summary/projects").asInt(), doc.at("/summary/passed").asInt()
                + doc.at("/summary/failed").asInt() + doc.at("/summary/rejected").asInt());
        assertPointers(doc, "problems", "path");
        assertEquals(text, ReportWriter.toJson(BudgetReview.of(Presets.XINJIANG).review(document.projects()), document,
                Locale.SIMPLIFIED_CHINESE));
        assertEquals(Set.of(), REVIEW.validate(ResultWriterTest.parse(ReportWriter.toJson(report, null, Locale.ENGLISH))));
    }

    @Test
    void R_MON_aMonitoringBatchIsWrittenAsPbmMonitor1WithTheReadersRejections() {
        ProjectDocument document = ResultWriterTest.sample("rejections.json");
        MonitoringBatch batch = MonitoringEngine.of(Presets.MOF_2020).monitorAll(document.projects(), Month.MAY);
        JsonNode doc = ResultWriterTest.parse(ReportWriter.toJson(batch, document, Locale.SIMPLIFIED_CHINESE));
        assertEquals(Set.of(), MONITOR.validate(doc));
        assertEquals(5, doc.get("month").asInt());
        assertEquals(document.rejected().size() + batch.rejected().size(), doc.get("rejected").size());
        assertEquals(doc.get("results").size() + doc.get("rejected").size(), doc.at("/summary/projects").asInt());
        int previous = -1;
        for (JsonNode rejected : doc.get("rejected")) {
            assertTrue(rejected.get("index").asInt() > previous, "input order: " + doc.get("rejected"));
            previous = rejected.get("index").asInt();
        }
        JsonNode county = ResultWriterTest.parse(ReportWriter.toJson(MonitoringEngine.of(Presets.MOF_2020)
                .monitorAll(ResultWriterTest.sample("county-2023.json").projects(), Month.MAY), null, Locale.ENGLISH));
        assertEquals(Set.of(), MONITOR.validate(county));
        assertTrue(county.at("/results/0/timeShare").asText().matches("0\\.4167"));
    }

    @Test
    void R_AUDIT_anAuditIsWrittenAsPbmAudit1() {
        ProjectDocument document = ResultWriterTest.sample("county-2023.json");
        AuditReport report = TableAudit.of(Presets.MOF_2020).auditAll(document.projects());
        JsonNode doc = ResultWriterTest.parse(ReportWriter.toJson(report, document, Locale.SIMPLIFIED_CHINESE));
        assertEquals(Set.of(), AUDIT.validate(doc));
        assertEquals(doc.at("/summary/projects").asInt(), doc.at("/summary/clean").asInt()
                + doc.at("/summary/withDiscrepancies").asInt() + doc.at("/summary/rejected").asInt());
        assertPointers(doc, "discrepancies", "path");
        boolean any = false;
        for (JsonNode result : doc.get("results")) {
            any |= !result.get("clean").asBoolean();
            assertEquals(result.get("clean").asBoolean(), result.get("discrepancies").isEmpty());
        }
        assertTrue(any || report.summary().withDiscrepancies() == 0);
    }

    @Test
    void anotherReportIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> ReportWriter.toJson("report", null, Locale.ROOT));
        assertFalse(REVIEW.validate(ResultWriterTest.parse("{\"format\": \"pbm-review/1\"}")).isEmpty());
    }
}
