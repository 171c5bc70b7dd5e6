package io.pbm.io.result;

import com.fasterxml.jackson.core.JsonGenerator;
import io.pbm.core.monitoring.WarningLight;
import io.pbm.io.project.ProjectDocument;
import io.pbm.io.project.ReadProject;
import io.pbm.io.project.ReadRecord;
import io.pbm.io.project.RejectedRecord;
import io.pbm.io.project.Section;
import io.pbm.rules.audit.AuditReport;
import io.pbm.rules.audit.AuditResult;
import io.pbm.rules.audit.AuditSummary;
import io.pbm.rules.audit.Discrepancy;
import io.pbm.rules.explain.Problem;
import io.pbm.rules.explain.Rejection;
import io.pbm.rules.explain.RuleId;
import io.pbm.rules.monitoring.IndicatorLight;
import io.pbm.rules.monitoring.MonitoringBatch;
import io.pbm.rules.monitoring.MonitoringResult;
import io.pbm.rules.monitoring.MonitoringSummary;
import io.pbm.rules.monitoring.RejectedProject;
import io.pbm.rules.review.BudgetReviewReport;
import io.pbm.rules.review.ProjectReview;
import io.pbm.rules.review.ReviewSummary;
import io.pbm.rules.policy.Policy;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Month;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Writes the review, monitoring and audit documents of json-contract.md — {@code pbm-review/1} (goal
 * tables, R-GOAL-1…8), {@code pbm-monitor/1} (R-MON-1…7) and {@code pbm-audit/1} (R-AUDIT-1…6) — from
 * the engines' whole reports, in the conventions of {@link ResultWriter}: ratios as fractions with 4
 * decimals, enumerations by name with a label beside them, messages in Chinese unless English is asked.
 *
 * <p>With the {@link ProjectDocument} the projects were read from, each result carries its
 * {@code index} in the document and its paths are document pointers ({@code /projects/0/indicators});
 * the reader's rejections join the engine's in {@code rejected}, and the summary counts them. Without
 * it ({@code null}), paths stay record-relative and indexes are null where the report does not know them.
 *
 * <p>To stream a document of any size, {@link #review}, {@link #monitor} and {@link #audit} give a
 * {@link ReportStream}: results are written as they come, with the index the caller gives each project.
 * The whole-report methods write through the same stream, so both give the same bytes.
 *
 * <p>The same report gives byte-identical output on every platform. This class is immutable and
 * thread-safe.
 */
public final class ReportWriter {

    /** The format of goal-table review documents. */
    public static final String REVIEW = "pbm-review/1";
    /** The format of monitoring documents. */
    public static final String MONITOR = "pbm-monitor/1";
    /** The format of audit documents. */
    public static final String AUDIT = "pbm-audit/1";

    private ReportWriter() {}

    /** Where each project of the document is: its index by id, and the reader's rejections. */
    private record Origin(Map<String, Integer> indexes, List<RejectedRecord> rejected) {

        static Origin of(@Nullable ProjectDocument document) {
            Map<String, Integer> indexes = new HashMap<>();
            List<RejectedRecord> rejected = new ArrayList<>();
            if (document != null) {
                for (ReadRecord record : document.records()) {
                    if (record instanceof ReadProject project) {
                        indexes.putIfAbsent(project.project().id(), project.index());
                    } else if (record instanceof RejectedRecord rejection && rejection.section() == Section.PROJECTS) {
                        rejected.add(rejection);
                    }
                }
            }
            return new Origin(indexes, rejected);
        }

        @Nullable Long index(String projectId) {
            Integer index = indexes.get(projectId);
            return index == null ? null : Long.valueOf(index);
        }

        String prefix(String projectId) {
            Integer index = indexes.get(projectId);
            return index == null ? "" : "/projects/" + index;
        }

        /** Writes every result with what the document knows of it, then holds every rejection, in input order. */
        <R, S> S write(ReportStream<R, S> stream, ReportStream.Kind<R, S> kind, List<R> results,
                List<Rejection> engine, S summary) {
            for (R result : results) {
                String id = kind.projectId(result);
                stream.write(result, index(id), prefix(id));
            }
            // The engine's rejections and the reader's, merged in input order (an engine's rejection whose
            // index is unknown last).
            List<Entry> entries = new ArrayList<>();
            for (Rejection rejection : engine) {
                entries.add(new Entry(rejection.id(), index(rejection.id()), prefix(rejection.id()), rejection.problems()));
            }
            for (RejectedRecord record : rejected) {
                entries.add(new Entry(record.knownId().orElse(""), (long) record.index(), "", record.problems()));
            }
            entries.sort(Comparator.comparing(Entry::index, Comparator.nullsLast(Comparator.naturalOrder())));
            for (Entry entry : entries) {
                stream.hold(entry.projectId(), entry.index(), entry.prefix(), entry.problems());
            }
            return stream.end(summary, null, null);
        }
    }

    /** A {@code rejected} entry before it is written. */
    private record Entry(String projectId, @Nullable Long index, String prefix, List<Problem> problems) {
    }

    /** {@code pbm-review/1}: goal tables (R-GOAL-1…8). */
    private static final ReportStream.Kind<ProjectReview, ReviewSummary> REVIEWS = new ReportStream.Kind<>(
            REVIEW, ProjectReview::projectId, ReviewSummary::of, ReviewSummary::plus) {
        @Override
        void result(DocumentOut doc, ProjectReview review, @Nullable Long index, String prefix)
                throws IOException {
            JsonGenerator g = doc.g;
            g.writeStartObject();
            g.writeStringField("projectId", review.projectId());
            doc.index(index);
            g.writeBooleanField("passed", review.passed());
            g.writeNumberField("indicatorCount", review.goal().indicatorCount());
            g.writeNumberField("quantifiedCount", review.goal().quantifiedCount());
            doc.ratio("quantifiedShare", review.goal().quantifiedShare().orElse(null));
            g.writeArrayFieldStart("problems");
            for (Problem problem : review.problems()) {
                g.writeStartObject();
                g.writeStringField("rule", problem.code());
                g.writeStringField("path", prefix + problem.path());
                doc.message(problem.message());
                g.writeEndObject();
            }
            g.writeEndArray();
            doc.warnings(review.warnings());
            doc.labelled("budgetAction", review.budgetAction().orElse(null));
            g.writeEndObject();
        }

        @Override
        void summary(DocumentOut doc, ReviewSummary summary) throws IOException {
            JsonGenerator g = doc.g;
            g.writeObjectFieldStart("summary");
            g.writeNumberField("projects", summary.projects());
            g.writeNumberField("passed", summary.passed());
            g.writeNumberField("failed", summary.failed());
            g.writeNumberField("rejected", summary.rejected());
            g.writeNumberField("notBudgeted", summary.notBudgeted());
            g.writeEndObject();
        }
    };

    /** {@code pbm-monitor/1}: in-year monitoring (R-MON-1…7) at the end of a month. */
    private static ReportStream.Kind<MonitoringResult, MonitoringSummary> monitoring(int month) {
        return new ReportStream.Kind<>(MONITOR, MonitoringResult::projectId, MonitoringSummary::of,
                MonitoringSummary::plus) {
            @Override
            void head(DocumentOut doc) throws IOException {
                doc.g.writeNumberField("month", month);
            }

            @Override
            void result(DocumentOut doc, MonitoringResult result, @Nullable Long index, String prefix)
                    throws IOException {
                JsonGenerator g = doc.g;
                g.writeStartObject();
                g.writeStringField("projectId", result.projectId());
                doc.index(index);
                g.writeStringField("name", result.name());
                g.writeStringField("unit", result.unit().name());
                g.writeStringField("spentToDate", result.spentToDate().toString());
                g.writeStringField("adjusted", result.adjusted().toString());
                doc.ratio("executionRate", result.executionRate().orElse(null));
                doc.ratio("timeShare", result.timeShare());
                doc.ratio("executionProgress", result.executionProgress().orElse(null));
                doc.labelled("executionLight", result.executionLight().orElse(null));
                g.writeArrayFieldStart("indicators");
                for (IndicatorLight light : result.indicators()) {
                    g.writeStartObject();
                    g.writeStringField("name", light.name());
                    doc.labelled("light", light.level());
                    g.writeStringField("basis", light.basis().name());
                    doc.ratio("progress", light.progress());
                    doc.message(light.reason());
                    g.writeEndObject();
                }
                g.writeEndArray();
                doc.warnings(result.warnings());
                g.writeBooleanField("scrutiny", result.scrutiny());
                g.writeBooleanField("keyAttention", result.keyAttention());
                g.writeBooleanField("recallSuggested", result.recallSuggested());
                g.writeBooleanField("reminder", result.reminder());
                g.writeEndObject();
            }

            @Override
            void summary(DocumentOut doc, MonitoringSummary summary) throws IOException {
                JsonGenerator g = doc.g;
                g.writeObjectFieldStart("summary");
                g.writeNumberField("projects", summary.projects());
                g.writeNumberField("monitored", summary.monitored());
                g.writeNumberField("rejected", summary.rejected());
                g.writeObjectFieldStart("lights");
                for (WarningLight light : List.of(WarningLight.RED, WarningLight.YELLOW, WarningLight.GREEN)) {
                    g.writeNumberField(light.name(), summary.count(light));
                }
                g.writeEndObject();
                g.writeNumberField("unlit", summary.unlit());
                g.writeNumberField("keyAttention", summary.keyAttention());
                g.writeNumberField("reminders", summary.reminders());
                g.writeNumberField("scrutiny", summary.scrutiny());
                g.writeEndObject();
            }
        };
    }

    /** {@code pbm-audit/1}: checks of filled-in self-evaluation tables (R-AUDIT-1…6). */
    private static final ReportStream.Kind<AuditResult, AuditSummary> AUDITS = new ReportStream.Kind<>(
            AUDIT, AuditResult::projectId, AuditSummary::of, AuditSummary::plus) {
        @Override
        void result(DocumentOut doc, AuditResult result, @Nullable Long index, String prefix)
                throws IOException {
            JsonGenerator g = doc.g;
            g.writeStartObject();
            g.writeStringField("projectId", result.projectId());
            doc.index(index);
            g.writeStringField("unit", result.unit().name());
            g.writeBooleanField("clean", result.clean());
            g.writeStringField("executionScore", result.executionScore().toPlainString());
            if (result.total() == null) {
                g.writeNullField("total");
            } else {
                g.writeStringField("total", result.total().toPlainString());
            }
            g.writeArrayFieldStart("discrepancies");
            for (Discrepancy discrepancy : result.discrepancies()) {
                g.writeStartObject();
                g.writeStringField("rule", discrepancy.rule().id());
                g.writeStringField("path", prefix + discrepancy.path());
                g.writeStringField("reported", discrepancy.reported());
                g.writeStringField("computed", discrepancy.computed());
                doc.message(discrepancy.message());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }

        @Override
        void summary(DocumentOut doc, AuditSummary summary) throws IOException {
            JsonGenerator g = doc.g;
            g.writeObjectFieldStart("summary");
            g.writeNumberField("projects", summary.projects());
            g.writeNumberField("clean", summary.clean());
            g.writeNumberField("withDiscrepancies", summary.withDiscrepancies());
            g.writeNumberField("rejected", summary.rejected());
            g.writeObjectFieldStart("discrepancies");
            for (Map.Entry<RuleId, Integer> rule : summary.discrepancies().entrySet()) {
                g.writeNumberField(rule.getKey().id(), rule.getValue());
            }
            g.writeEndObject();
            g.writeEndObject();
        }
    };

    /**
     * Begins a streamed {@code pbm-review/1} document: feed it each project's {@link ProjectReview} with
     * the project's index, and the rejected records.
     *
     * @param out  where the UTF-8 text goes, not closed by the writer, not null
     * @param policy  the policy of the reviews, not null
     * @param locale  English for {@code en}, Chinese otherwise, not null
     * @return the writer
     */
    public static ReportStream<ProjectReview, ReviewSummary> review(OutputStream out, Policy policy, Locale locale) {
        return stream(REVIEWS, out, policy, locale);
    }

    /**
     * Begins a streamed {@code pbm-monitor/1} document: feed it each project's {@link MonitoringResult}
     * (or the engine's rejection) with the project's index, and the rejected records.
     *
     * @param out  where the UTF-8 text goes, not closed by the writer, not null
     * @param policy  the policy of the monitoring, not null
     * @param month  the month checked, not null
     * @param locale  English for {@code en}, Chinese otherwise, not null
     * @return the writer
     */
    public static ReportStream<MonitoringResult, MonitoringSummary> monitor(OutputStream out, Policy policy,
            Month month, Locale locale) {
        Objects.requireNonNull(month, "month is null");
        return stream(monitoring(month.getValue()), out, policy, locale);
    }

    /**
     * Begins a streamed {@code pbm-audit/1} document: feed it each project's {@link AuditResult} (or the
     * engine's rejection) with the project's index, and the rejected records.
     *
     * @param out  where the UTF-8 text goes, not closed by the writer, not null
     * @param policy  the policy of the audit, not null
     * @param locale  English for {@code en}, Chinese otherwise, not null
     * @return the writer
     */
    public static ReportStream<AuditResult, AuditSummary> audit(OutputStream out, Policy policy, Locale locale) {
        return stream(AUDITS, out, policy, locale);
    }

    private static <R, S> ReportStream<R, S> stream(ReportStream.Kind<R, S> kind, OutputStream out, Policy policy,
            Locale locale) {
        Objects.requireNonNull(out, "out is null");
        Objects.requireNonNull(policy, "policy is null");
        Objects.requireNonNull(locale, "locale is null");
        return new ReportStream<>(kind, out, locale, policy.name(), policy.version(), ResultWriter.HELD_IN_MEMORY);
    }

    /** A whole report through the streaming writer, so both give the same bytes. */
    private static <R, S> void whole(ReportStream.Kind<R, S> kind, OutputStream out, Locale locale, String policyName,
            String policyVersion, @Nullable ProjectDocument document, List<R> results, List<Rejection> rejected,
            S summary) {
        Objects.requireNonNull(out, "out is null");
        Objects.requireNonNull(locale, "locale is null");
        Origin origin = Origin.of(document);
        try (ReportStream<R, S> stream = new ReportStream<>(kind, out, locale, policyName, policyVersion,
                ResultWriter.HELD_IN_MEMORY)) {
            origin.write(stream, kind, results, rejected, kind.plus(summary, kind.rejected(origin.rejected().size())));
        }
    }

    /**
     * Writes a goal-table review as {@code pbm-review/1}.
     *
     * @param report  the review, not null
     * @param document  the document the projects were read from, or null
     * @param locale  English for {@code en}, Chinese otherwise, not null
     * @param out  where the UTF-8 text goes, not closed by this method, not null
     * @throws UncheckedIOException if the stream cannot be written
     */
    public static void write(BudgetReviewReport report, @Nullable ProjectDocument document, Locale locale,
            OutputStream out) {
        Objects.requireNonNull(report, "report is null");
        whole(REVIEWS, out, locale, report.policyName(), report.policyVersion(), document, report.results(),
                List.of(), report.summary());
    }

    /**
     * Writes a monitoring batch as {@code pbm-monitor/1}.
     *
     * @param batch  the batch, not null
     * @param document  the document the projects were read from, or null
     * @param locale  English for {@code en}, Chinese otherwise, not null
     * @param out  where the UTF-8 text goes, not closed by this method, not null
     * @throws UncheckedIOException if the stream cannot be written
     */
    public static void write(MonitoringBatch batch, @Nullable ProjectDocument document, Locale locale,
            OutputStream out) {
        Objects.requireNonNull(batch, "batch is null");
        whole(monitoring(batch.monthNumber()), out, locale, batch.policyName(), batch.policyVersion(), document,
                batch.results(), batch.rejected().stream().map(RejectedProject::rejection).toList(), batch.summary());
    }

    /**
     * Writes an audit of filled-in tables as {@code pbm-audit/1}.
     *
     * @param report  the audit, not null
     * @param document  the document the projects were read from, or null
     * @param locale  English for {@code en}, Chinese otherwise, not null
     * @param out  where the UTF-8 text goes, not closed by this method, not null
     * @throws UncheckedIOException if the stream cannot be written
     */
    public static void write(AuditReport report, @Nullable ProjectDocument document, Locale locale,
            OutputStream out) {
        Objects.requireNonNull(report, "report is null");
        whole(AUDITS, out, locale, report.policyName(), report.policyVersion(), document, report.results(),
                report.rejected(), report.summary());
    }

    /**
     * A review, monitoring batch or audit as a document, in a language.
     *
     * @param report  a {@link BudgetReviewReport}, {@link MonitoringBatch} or {@link AuditReport}, not null
     * @param document  the document the projects were read from, or null
     * @param locale  English for {@code en}, Chinese otherwise, not null
     * @return the JSON text, ending with a line break
     * @throws IllegalArgumentException if the report is of another type
     */
    public static String toJson(Object report, @Nullable ProjectDocument document, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (report instanceof BudgetReviewReport review) {
            write(review, document, locale, out);
        } else if (report instanceof MonitoringBatch batch) {
            write(batch, document, locale, out);
        } else if (report instanceof AuditReport audit) {
            write(audit, document, locale, out);
        } else {
            throw new IllegalArgumentException("Invalid value for report (valid values a BudgetReviewReport, "
                    + "MonitoringBatch or AuditReport): " + Objects.requireNonNull(report, "report is null").getClass()
                    .getSimpleName());
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
