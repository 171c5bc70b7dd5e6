package io.pbm.io.result;

import com.fasterxml.jackson.core.JsonGenerator;
import io.pbm.core.InvalidValueException;
import io.pbm.core.Labelled;
import io.pbm.core.Ratio;
import io.pbm.core.budget.BudgetAction;
import io.pbm.core.grade.Grade;
import io.pbm.core.project.BudgetUnit;
import io.pbm.io.DocumentException;
import io.pbm.io.project.ProjectReader;
import io.pbm.io.project.ReadProject;
import io.pbm.io.project.ReadRecord;
import io.pbm.io.project.Section;
import io.pbm.io.project.RejectedRecord;
import io.pbm.rules.explain.Message;
import io.pbm.rules.explain.Trace;
import io.pbm.rules.explain.TraceStep;
import io.pbm.rules.linkage.BudgetDecision;
import io.pbm.rules.linkage.BudgetTotals;
import io.pbm.rules.pipeline.BatchResult;
import io.pbm.rules.pipeline.Exclusion;
import io.pbm.rules.pipeline.Pipeline;
import io.pbm.rules.pipeline.ProjectOutcome;
import io.pbm.rules.pipeline.ProjectResult;
import io.pbm.rules.pipeline.RejectedProject;
import io.pbm.rules.pipeline.RejectedUnit;
import io.pbm.rules.pipeline.Summary;
import io.pbm.rules.pipeline.SummaryBuilder;
import io.pbm.rules.pipeline.UnitOutcome;
import io.pbm.rules.pipeline.UnitResult;
import io.pbm.rules.policy.Policy;
import io.pbm.rules.scoring.IndicatorFlag;
import io.pbm.rules.scoring.IndicatorResult;
import io.pbm.rules.veto.Veto;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Writes a {@code pbm-result/1} document (json-contract.md) as outcomes arrive: each evaluated project
 * goes into {@code results} at once; exclusions (R-PLAN-4) and rejections are held aside until
 * {@code results} is closed, then written in the order they arrived, followed by the summary.
 *
 * <pre>{@code
 * try (ResultWriter writer = ResultWriter.open(out, policy)) {
 *     Pbm.evaluateAll(projects, policy, writer);
 *     writer.finish();
 * }
 * // or, from a pbm/1 document read record by record:
 * ResultWriter.evaluate(ProjectReader.of(), in, policy, out, Locale.SIMPLIFIED_CHINESE);
 * }</pre>
 *
 * <p>The document: {@code format}, {@code policy {name, version}}, {@code results} (per project:
 * {@code projectId, name, unit, score, executionScore, executionRate, rawGrade, rawGradeLabel, grade,
 * gradeLabel, complete, reportReturned, indicators, vetoes, warnings, budgetDecision, trace}),
 * {@code excluded}, {@code rejected} and {@code summary} — scores and amounts as strings with 2
 * decimals, ratios as fractions with 4 (HALF_UP), enumerations by constant name with a label beside
 * them, messages in the writer's language (Chinese unless English is asked for, never the machine's
 * locale). A rejection's problem paths are document pointers: an engine's record-relative pointer is
 * prefixed with {@code /projects/<index>}; a reader's ({@link #reject(RejectedRecord)}) already is one.
 *
 * <p>The same outcomes in the same order give byte-identical output on every platform.
 *
 * <p>Memory: results are never held. Held exclusions and rejections are written at once as JSON, kept
 * in memory up to a bound ({@link #HELD_IN_MEMORY} bytes per list by default) and beyond it moved to a
 * temporary file, deleted when the document ends or the writer closes.
 *
 * <p>If the input fails after output has begun, {@link #fail(String, String)} closes the document
 * validly, with what was processed and an {@code "error": {"code", "message"}} member.
 *
 * <p>This class is mutable and <em>not</em> thread-safe: feed it from one thread, in input order.
 */
public final class ResultWriter implements Consumer<ProjectOutcome>, AutoCloseable {

    /** The format of result documents. */
    public static final String FORMAT = "pbm-result/1";

    private final DocumentOut doc;
    private final JsonGenerator g;
    private final @Nullable SummaryBuilder summary;
    private final Held excluded;
    private final Held rejected;
    private final Held units;
    private final Held unitsRejected;
    private final String policyName;
    private final String policyVersion;
    private boolean begun;
    private @Nullable Summary finished;

    /** How many bytes of held exclusions and rejections (each list) stay in memory by default: 4 MiB. */
    public static final long HELD_IN_MEMORY = 4L << 20;

    private ResultWriter(OutputStream out, String policyName, String policyVersion, @Nullable SummaryBuilder summary,
            Locale locale, long heldInMemory) {
        this.doc = new DocumentOut(out, locale);
        this.g = doc.g;
        this.excluded = new Held(heldInMemory, locale);
        this.rejected = new Held(heldInMemory, locale);
        this.units = new Held(heldInMemory, locale);
        this.unitsRejected = new Held(heldInMemory, locale);
        this.summary = summary;
        this.policyName = policyName;
        this.policyVersion = policyVersion;
    }

    /** Writes the document's beginning, before the first outcome or the end. */
    private void begin() {
        if (finished != null) {
            throw new IllegalStateException("the document is finished");
        }
        if (begun) {
            return;
        }
        begun = true;
        io(() -> {
            doc.begin(FORMAT, policyName, policyVersion);
            g.writeArrayFieldStart("results");
        });
    }

    /**
     * Begins a document in Chinese.
     *
     * @param out  where the UTF-8 text goes, not closed by this writer, not null
     * @param policy  the policy the outcomes are of, not null
     * @return the writer, with the document begun
     * @throws UncheckedIOException if the stream cannot be written
     */
    public static ResultWriter open(OutputStream out, Policy policy) {
        return open(out, policy, Locale.SIMPLIFIED_CHINESE);
    }

    /**
     * Begins a document.
     *
     * @param out  where the UTF-8 text goes, not closed by this writer, not null
     * @param policy  the policy the outcomes are of, not null
     * @param locale  English for {@code en}, Chinese otherwise, not null
     * @return the writer, with the document begun
     * @throws UncheckedIOException if the stream cannot be written
     */
    public static ResultWriter open(OutputStream out, Policy policy, Locale locale) {
        Objects.requireNonNull(out, "out is null");
        Objects.requireNonNull(policy, "policy is null");
        Objects.requireNonNull(locale, "locale is null");
        return open(out, policy, locale, HELD_IN_MEMORY);
    }

    /**
     * Begins a document, with a bound on the held exclusions and rejections kept in memory.
     *
     * @param out  where the UTF-8 text goes, not closed by this writer, not null
     * @param policy  the policy the outcomes are of, not null
     * @param locale  English for {@code en}, Chinese otherwise, not null
     * @param heldInMemory  the bytes of each held list kept in memory before it moves to a temporary file,
     *     0 or more
     * @return the writer
     * @throws InvalidValueException if the bound is negative
     */
    public static ResultWriter open(OutputStream out, Policy policy, Locale locale, long heldInMemory) {
        Objects.requireNonNull(out, "out is null");
        Objects.requireNonNull(policy, "policy is null");
        Objects.requireNonNull(locale, "locale is null");
        InvalidValueException.check(heldInMemory >= 0, "heldInMemory", heldInMemory, "heldInMemory >= 0");
        return new ResultWriter(out, policy.name(), policy.version(), SummaryBuilder.of(policy), locale, heldInMemory);
    }

    /**
     * Writes a whole batch.
     *
     * @param batch  the batch, not null
     * @param out  where the UTF-8 text goes, not closed by this method, not null
     * @param locale  English for {@code en}, Chinese otherwise, not null
     * @throws UncheckedIOException if the stream cannot be written
     */
    public static void write(BatchResult batch, OutputStream out, Locale locale) {
        Objects.requireNonNull(batch, "batch is null");
        Objects.requireNonNull(out, "out is null");
        Objects.requireNonNull(locale, "locale is null");
        Summary summary = batch.summary();
        try (ResultWriter writer = new ResultWriter(out, summary.policyName(), summary.policyVersion(), null, locale,
                HELD_IN_MEMORY)) {
            batch.outcomes().forEach(writer::accept);
            writer.end(summary, null, null);
        }
    }

    /**
     * A whole batch as a document, in Chinese.
     *
     * @param batch  the batch, not null
     * @return the JSON text, ending with a line break
     */
    public static String toJson(BatchResult batch) {
        return toJson(batch, Locale.SIMPLIFIED_CHINESE);
    }

    /**
     * A whole batch as a document.
     *
     * @param batch  the batch, not null
     * @param locale  English for {@code en}, Chinese otherwise, not null
     * @return the JSON text, ending with a line break
     */
    public static String toJson(BatchResult batch, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(batch, out, locale);
        return out.toString(StandardCharsets.UTF_8);
    }

    /**
     * Takes the next outcome: a result is written at once, an exclusion or a rejection held until
     * {@code results} closes.
     *
     * @param outcome  the outcome, not null
     * @throws IllegalStateException if the document is finished
     * @throws UncheckedIOException if the stream cannot be written
     */
    @Override
    public void accept(ProjectOutcome outcome) {
        Objects.requireNonNull(outcome, "outcome is null");
        begin();
        if (summary != null) {
            summary.add(outcome);
        }
        if (outcome instanceof ProjectResult result) {
            io(() -> result(result));
        } else if (outcome instanceof Exclusion exclusion) {
            io(() -> {
                exclusion(excluded.out(), exclusion);
                excluded.added();
            });
        } else {
            RejectedProject project = (RejectedProject) outcome;
            hold(project, "/projects/" + project.index());
        }
    }

    /**
     * Takes a record the reader rejected: held until {@code results} closes, its problems' paths
     * written as they are (they are already document pointers).
     *
     * @param record  the record, not null
     * @throws IllegalStateException if the document is finished, or this writer writes a whole batch
     */
    public void reject(RejectedRecord record) {
        Objects.requireNonNull(record, "record is null");
        begin();
        if (summary == null) {
            throw new IllegalStateException("a batch's writer takes only the batch's outcomes");
        }
        if (record.section() == Section.UNITS) {
            RejectedUnit unit = new RejectedUnit(record.index(), record.toRejection());
            summary.add(unit);
            holdUnit(unit, "");
            return;
        }
        RejectedProject project = new RejectedProject(record.index(), record.toRejection());
        summary.add(project);
        hold(project, "");
    }

    /**
     * Takes the outcome of a unit-wide record (R-SCORE-UNIT): held until {@code results} closes, then
     * written in {@code units} (a result) or {@code unitsRejected} (a rejection, its problems' paths under
     * {@code /units/N}) — members written only when the input has units, so that a document without
     * units is unchanged.
     *
     * @param outcome  the outcome, not null
     * @throws IllegalStateException if the document is finished, or this writer writes a whole batch
     * @throws UncheckedIOException if the stream cannot be written
     */
    public void unit(UnitOutcome outcome) {
        Objects.requireNonNull(outcome, "outcome is null");
        begin();
        if (summary == null) {
            throw new IllegalStateException("a batch's writer takes only the batch's outcomes");
        }
        summary.add(outcome);
        if (outcome instanceof UnitResult result) {
            io(() -> {
                unitResult(units.out(), result);
                units.added();
            });
        } else {
            RejectedUnit rejectedUnit = (RejectedUnit) outcome;
            holdUnit(rejectedUnit, "/units/" + rejectedUnit.index());
        }
    }

    /**
     * Closes {@code results}, writes the held exclusions and rejections and the summary, and ends the
     * document.
     *
     * @return the summary written
     * @throws IllegalStateException if the document is finished
     * @throws UncheckedIOException if the stream cannot be written
     */
    public Summary finish() {
        begin();
        return end(Objects.requireNonNull(summary, "summary is null").build(), null, null);
    }

    /**
     * Ends the document after a failure of the input (json-contract.md: a document-level failure after
     * output has begun): what was processed, its summary, and an {@code "error": {"code", "message"}}
     * member.
     *
     * @param code  the failure's code, such as {@code document.truncated}, not null
     * @param message  the failure in the writer's language, not null
     * @return the summary of what was processed
     * @throws IllegalStateException if the document is finished
     * @throws UncheckedIOException if the stream cannot be written
     */
    public Summary fail(String code, String message) {
        Objects.requireNonNull(code, "code is null");
        Objects.requireNonNull(message, "message is null");
        begin();
        return end(Objects.requireNonNull(summary, "summary is null").build(), code, message);
    }

    /**
     * Ends the document after the reader failed (a truncated input, a limit on the number of records):
     * {@link #fail(String, String)} with the failure's code and its message in the writer's language.
     *
     * @param failure  the reader's failure, not null
     * @return the summary of what was processed
     * @throws IllegalStateException if the document is finished
     */
    public Summary fail(DocumentException failure) {
        Objects.requireNonNull(failure, "failure is null");
        return fail(failure.code().code(), failure.render(doc.locale()));
    }

    /**
     * Reads a {@code pbm/1} document record by record, runs each project through the pipeline and writes
     * the {@code pbm-result/1} document as it goes: memory does not grow with the number of evaluated
     * projects. A record the reader rejects is a rejection; a unit-wide record is not a project and is
     * skipped. If the document fails after its first record, the written document is closed with an
     * {@code error} member and the failure is returned, not thrown.
     *
     * @param reader  the reader, with its limits, not null
     * @param in  the pbm/1 document in UTF-8, not closed by this method, not null
     * @param policy  the policy, not null
     * @param out  where the UTF-8 result goes, not closed by this method, not null
     * @param locale  English for {@code en}, Chinese otherwise, not null
     * @return the summary, and the failure if the document failed after output began
     * @throws DocumentException if the document fails before its first record (nothing is written)
     * @throws UncheckedIOException if the output cannot be written
     */
    public static Written evaluate(ProjectReader reader, InputStream in, Policy policy, OutputStream out,
            Locale locale) {
        return evaluate(reader, in, policy, out, locale, () -> { });
    }

    /**
     * {@link #evaluate(ProjectReader, InputStream, Policy, OutputStream, Locale)}, telling a watcher — a
     * progress line — each time a project record has been written, evaluated or rejected.
     *
     * @param reader  the reader, with its limits, not null
     * @param in  the pbm/1 document in UTF-8, not closed by this method, not null
     * @param policy  the policy, not null
     * @param out  where the UTF-8 result goes, not closed by this method, not null
     * @param locale  English for {@code en}, Chinese otherwise, not null
     * @param eachProject  run after each project record, not null
     * @return the summary, and the failure if the document failed after output began
     * @throws DocumentException if the document fails before its first record (nothing is written)
     * @throws UncheckedIOException if the output cannot be written
     */
    public static Written evaluate(ProjectReader reader, InputStream in, Policy policy, OutputStream out,
            Locale locale, Runnable eachProject) {
        Objects.requireNonNull(reader, "reader is null");
        Objects.requireNonNull(in, "in is null");
        Objects.requireNonNull(eachProject, "eachProject is null");
        try (ResultWriter writer = open(out, policy, locale)) {
            return OutcomeSink.evaluate(() -> reader.stream(in), policy, writer.sink(), eachProject);
        }
    }

    /**
     * {@link #evaluate(ProjectReader, InputStream, Policy, OutputStream, Locale)} for records from any
     * reader (a {@code pbm/1} document, a workbook, a CSV file): each project through the pipeline and
     * into the {@code pbm-result/1} document as it comes.
     *
     * @param records  the records in input order, closed when read (closing a stream again is harmless), not null
     * @param policy  the policy, not null
     * @param out  where the UTF-8 result goes, not closed by this method, not null
     * @param locale  English for {@code en}, Chinese otherwise, not null
     * @return the summary, and the failure if the records failed after output began
     * @throws DocumentException if the records fail before the first one (nothing is written)
     * @throws UncheckedIOException if the output cannot be written
     */
    public static Written evaluate(Stream<ReadRecord> records, Policy policy, OutputStream out, Locale locale) {
        return evaluate(records, policy, out, locale, () -> { });
    }

    /**
     * {@link #evaluate(Stream, Policy, OutputStream, Locale)}, telling a watcher — a progress line — each
     * time a project record has been written, evaluated or rejected.
     *
     * @param records  the records in input order, closed when read (closing a stream again is harmless), not null
     * @param policy  the policy, not null
     * @param out  where the UTF-8 result goes, not closed by this method, not null
     * @param locale  English for {@code en}, Chinese otherwise, not null
     * @param eachProject  run after each project record, not null
     * @return the summary, and the failure if the records failed after output began
     * @throws DocumentException if the records fail before the first one (nothing is written)
     * @throws UncheckedIOException if the output cannot be written
     */
    public static Written evaluate(Stream<ReadRecord> records, Policy policy, OutputStream out, Locale locale,
            Runnable eachProject) {
        Objects.requireNonNull(records, "records is null");
        Objects.requireNonNull(eachProject, "eachProject is null");
        try (ResultWriter writer = open(out, policy, locale)) {
            return OutcomeSink.evaluate(() -> records, policy, writer.sink(), eachProject);
        }
    }

    /** This writer as the streamed evaluation's sink. */
    private OutcomeSink sink() {
        return new OutcomeSink(this::accept, this::reject, () -> begun, this::finish, this::fail, this::unit);
    }

    /**
     * What {@link #evaluate} wrote: the summary, and the failure that ended the document early.
     *
     * @param summary  the summary written
     * @param failure  the reader's failure after output began, or null when the document was read whole
     */
    public record Written(Summary summary, @Nullable DocumentException failure) {

        /**
         * Creates the outcome of a writing.
         *
         * @param summary  not null
         * @param failure  or null
         */
        public Written {
            Objects.requireNonNull(summary, "summary is null");
        }

        /**
         * Whether the document was read whole.
         *
         * @return true without a failure
         */
        public boolean complete() {
            return failure == null;
        }
    }

    /**
     * Whether the document is ended.
     *
     * @return true after {@link #finish()} or {@link #fail}
     */
    public boolean finished() {
        return finished != null;
    }

    /**
     * Flushes and releases the generator; the stream stays open. A document not finished is left
     * unfinished (nothing at all is written before the first outcome): call {@link #finish()} or
     * {@link #fail} first.
     *
     * @throws UncheckedIOException if the stream cannot be written
     */
    @Override
    public void close() {
        io(() -> {
            try {
                g.close();
            } finally {
                release();
            }
        });
    }

    private Summary end(Summary written, @Nullable String code, @Nullable String message) {
        begin();
        io(() -> {
            g.writeEndArray();
            g.writeArrayFieldStart("excluded");
            excluded.copyTo(g);
            g.writeEndArray();
            g.writeArrayFieldStart("rejected");
            rejected.copyTo(g);
            g.writeEndArray();
            if (written.unitWide() > 0) {
                g.writeArrayFieldStart("units");
                units.copyTo(g);
                g.writeEndArray();
                g.writeArrayFieldStart("unitsRejected");
                unitsRejected.copyTo(g);
                g.writeEndArray();
            }
            summary(g, "summary", written);
            doc.error(code, message);
            doc.end();
        });
        io(this::release);
        finished = written;
        return written;
    }

    private void result(ProjectResult result) throws IOException {
        g.writeStartObject();
        g.writeStringField("projectId", result.projectId());
        g.writeNumberField("index", result.index());
        g.writeStringField("name", result.evaluation().name());
        g.writeStringField("unit", result.unit().name());
        g.writeStringField("score", result.score().toString());
        g.writeStringField("executionScore", result.evaluation().executionScore().toString());
        g.writeFieldName("executionRate");
        ratio(result.evaluation().executionRate().orElse(null));
        labelled("rawGrade", result.rawGrade());
        labelled("grade", result.grade());
        g.writeBooleanField("complete", result.evaluation().complete());
        g.writeBooleanField("reportReturned", result.reportReturned());
        g.writeArrayFieldStart("indicators");
        for (IndicatorResult indicator : result.evaluation().indicators()) {
            indicator(doc, indicator);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("vetoes");
        for (Veto veto : result.vetoes()) {
            g.writeStartObject();
            g.writeStringField("rule", veto.rule().id());
            labelled("cappedAt", veto.cappedAt());
            message(veto.message());
            g.writeEndObject();
        }
        g.writeEndArray();
        doc.warnings(result.warnings());
        budgetDecision(result.budgetDecision());
        trace(doc, result.trace());
        g.writeEndObject();
    }

    /** A {@code units} entry: a unit-wide result (R-SCORE-UNIT), written like a project's result without vetoes or budget decision. */
    private static void unitResult(DocumentOut out, UnitResult result) throws IOException {
        JsonGenerator g = out.g;
        g.writeStartObject();
        g.writeStringField("unitId", result.unitId());
        g.writeNumberField("index", result.index());
        g.writeStringField("unit", result.unit().name());
        g.writeStringField("score", result.score().toString());
        g.writeStringField("executionScore", result.evaluation().executionScore().toString());
        out.ratio("executionRate", result.evaluation().executionRate().orElse(null));
        out.labelled("grade", result.grade());
        g.writeBooleanField("complete", result.evaluation().complete());
        g.writeArrayFieldStart("indicators");
        for (IndicatorResult indicator : result.evaluation().indicators()) {
            indicator(out, indicator);
        }
        g.writeEndArray();
        out.warnings(result.evaluation().warnings());
        trace(out, result.trace());
        g.writeEndObject();
    }

    private static void trace(DocumentOut out, Trace trace) throws IOException {
        JsonGenerator g = out.g;
        g.writeArrayFieldStart("trace");
        for (TraceStep step : trace.steps()) {
            g.writeStartObject();
            g.writeStringField("rule", step.rule().id());
            g.writeStringField("subject", step.subject());
            g.writeStringField("outcome", step.outcome());
            out.message(step.message());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void indicator(DocumentOut out, IndicatorResult indicator) throws IOException {
        JsonGenerator g = out.g;
        g.writeStartObject();
        g.writeStringField("name", indicator.name());
        g.writeStringField("weight", indicator.weight().points().toPlainString());
        g.writeStringField("score", indicator.score().toString());
        out.ratio("deviation", indicator.deviation());
        g.writeBooleanField("explanationRequired", indicator.explanationRequired());
        g.writeBooleanField("explained", indicator.explained());
        g.writeArrayFieldStart("flags");
        for (IndicatorFlag flag : indicator.flags()) {
            g.writeString(flag.name());
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private void budgetDecision(BudgetDecision decision) throws IOException {
        g.writeObjectFieldStart("budgetDecision");
        labelled("action", decision.action());
        g.writeStringField("before", decision.before().toString());
        g.writeStringField("after", decision.after().toString());
        g.writeStringField("rule", decision.rule().id());
        message(decision.message());
        g.writeEndObject();
    }

    private static void exclusion(DocumentOut out, Exclusion exclusion) throws IOException {
        JsonGenerator g = out.g;
        g.writeStartObject();
        g.writeStringField("projectId", exclusion.projectId());
        g.writeNumberField("index", exclusion.index());
        g.writeStringField("unit", exclusion.unit().name());
        g.writeStringField("fundCategory", exclusion.fundCategory().name());
        g.writeStringField("rule", exclusion.rule().id());
        out.message(exclusion.message());
        g.writeEndObject();
    }

    private void hold(RejectedProject project, String prefix) {
        io(() -> {
            rejected.out().rejected(project.projectId(), project.index(), prefix, project.problems());
            rejected.added();
        });
    }

    private void holdUnit(RejectedUnit unit, String prefix) {
        io(() -> {
            unitsRejected.out().rejected(unit.unitId(), unit.index(), prefix, unit.problems());
            unitsRejected.added();
        });
    }

    private void release() throws IOException {
        try (Held a = excluded; Held b = rejected; Held c = units; Held d = unitsRejected) {
            // Closing them all, even when one fails, deletes every temporary file.
        }
    }

    /**
     * Whether held exclusions or rejections went beyond the bound in memory to a temporary file (deleted
     * when the document ends or the writer closes).
     *
     * @return true if a temporary file was used
     */
    public boolean spilled() {
        return excluded.spilled() || rejected.spilled() || units.spilled() || unitsRejected.spilled();
    }

    /** The {@code summary} member of a result document; the what-if document writes two of them. */
    static void summary(JsonGenerator g, String field, Summary summary) throws IOException {
        g.writeObjectFieldStart(field);
        g.writeNumberField("projects", summary.projects());
        g.writeNumberField("evaluated", summary.evaluated());
        g.writeNumberField("excluded", summary.excluded());
        g.writeNumberField("rejected", summary.rejected());
        g.writeObjectFieldStart("grades");
        for (Map.Entry<Grade, Long> grade : summary.grades().entrySet()) {
            g.writeNumberField(grade.getKey().name(), grade.getValue());
        }
        g.writeEndObject();
        g.writeFieldName("meanScore");
        if (summary.meanScore().isPresent()) {
            g.writeString(summary.meanScore().get().toString());
        } else {
            g.writeNull();
        }
        g.writeFieldName("executionRate");
        if (summary.executionRate().isPresent()) {
            g.writeString(summary.executionRate().get().toDecimal(4).toPlainString());
        } else {
            g.writeNull();
        }
        g.writeStringField("adjusted", summary.adjusted().toString());
        g.writeStringField("spent", summary.spent().toString());
        g.writeObjectFieldStart("vetoes");
        for (Map.Entry<io.pbm.rules.explain.RuleId, Long> veto : summary.vetoes().entrySet()) {
            g.writeNumberField(veto.getKey().id(), veto.getValue());
        }
        g.writeEndObject();
        g.writeNumberField("reportsReturned", summary.reportsReturned());
        g.writeStringField("budgetBefore", summary.budgetBefore().toString());
        g.writeStringField("budgetAfter", summary.budgetAfter().toString());
        actions(g, summary.budget());
        if (summary.unitWide() > 0) {
            g.writeObjectFieldStart("unitWide");
            g.writeNumberField("units", summary.unitWide());
            g.writeNumberField("evaluated", summary.unitWideEvaluated());
            g.writeNumberField("rejected", summary.unitWideRejected());
            g.writeObjectFieldStart("grades");
            for (Map.Entry<Grade, Long> grade : summary.unitWideGrades().entrySet()) {
                g.writeNumberField(grade.getKey().name(), grade.getValue());
            }
            g.writeEndObject();
            g.writeEndObject();
        }
        g.writeArrayFieldStart("units");
        for (Map.Entry<BudgetUnit, BudgetTotals> unit : summary.units().entrySet()) {
            g.writeStartObject();
            g.writeStringField("unit", unit.getKey().name());
            g.writeStringField("budgetBefore", unit.getValue().before().toString());
            g.writeStringField("budgetAfter", unit.getValue().after().toString());
            actions(g, unit.getValue());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void actions(JsonGenerator g, BudgetTotals totals) throws IOException {
        g.writeObjectFieldStart("actions");
        for (Map.Entry<BudgetAction, Long> action : totals.actions().entrySet()) {
            g.writeNumberField(action.getKey().name(), action.getValue());
        }
        g.writeEndObject();
    }

    private <E extends Enum<E> & Labelled> void labelled(String field, E constant) throws IOException {
        doc.labelled(field, constant);
    }

    private void message(Message message) throws IOException {
        doc.message(message);
    }

    private void ratio(@Nullable Ratio ratio) throws IOException {
        if (ratio == null) {
            g.writeNull();
        } else {
            g.writeString(ratio.toDecimal(4).toPlainString());
        }
    }

    private static void io(DocumentOut.Step step) {
        DocumentOut.io(step);
    }
}
