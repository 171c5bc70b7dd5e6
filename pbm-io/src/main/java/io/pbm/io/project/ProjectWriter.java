package io.pbm.io.project;

import io.pbm.io.json.Unchecked;
import com.fasterxml.jackson.core.JsonGenerator;
import io.pbm.core.budget.Amount;
import io.pbm.core.budget.Budget;
import io.pbm.core.evaluation.EvaluationInput;
import io.pbm.core.evaluation.FrameItem;
import io.pbm.core.evaluation.IndicatorActual;
import io.pbm.core.evaluation.ReportedFigures;
import io.pbm.core.evaluation.SupervisionFindings;
import io.pbm.core.exante.ExAnteAssessment;
import io.pbm.core.goal.Goal;
import io.pbm.core.goal.Indicator;
import io.pbm.core.goal.IndicatorValue;
import io.pbm.core.goal.ParentTransfer;
import io.pbm.core.project.Project;
import io.pbm.core.project.ProjectFlags;
import io.pbm.core.project.ProjectHistory;
import io.pbm.io.json.JsonOutput;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Writes {@code pbm/1} documents (json-contract.md, "Input document") project by project, so that a
 * document of any size is written in a small heap: {@code format} first, then each project as it is
 * given, then the closing brackets on {@link #close()}.
 *
 * <pre>{@code
 * try (ProjectWriter writer = ProjectWriter.of(out)) {
 *     projects.forEach(writer);
 * }
 * }</pre>
 *
 * <p>Every member {@link ProjectReader} reads is written, and only when the project has it: reading
 * what this writer wrote gives equal projects. Decimals are plain decimal strings, enumerations their
 * constants, comparisons their ASCII symbols, targets and actuals as {@link IndicatorValue#toString()}
 * writes them ({@code >=12公里}). The layout is pbm-io's: UTF-8, two-space indentation, {@code \n}.
 *
 * <p>Not thread-safe: one writer per document. The stream is not closed.
 */
public final class ProjectWriter implements Consumer<Project>, AutoCloseable {

    private final JsonGenerator g;
    private boolean closed;

    private ProjectWriter(OutputStream out) {
        this.g = JsonOutput.generator(out);
        io(() -> {
            g.writeStartObject();
            g.writeStringField("format", ProjectReader.FORMAT);
            g.writeArrayFieldStart("projects");
        });
    }

    /**
     * Starts a document.
     *
     * @param out  where the UTF-8 text goes, not closed by the writer, not null
     * @return the writer, its document open
     * @throws UncheckedIOException if the stream cannot be written
     */
    public static ProjectWriter of(OutputStream out) {
        return new ProjectWriter(Objects.requireNonNull(out, "out is null"));
    }

    /**
     * Writes a whole document.
     *
     * @param projects  the projects, none null, not null; iterated once
     * @param out  where the UTF-8 text goes, not closed, not null
     * @throws UncheckedIOException if the stream cannot be written
     */
    public static void write(Iterable<? extends Project> projects, OutputStream out) {
        Objects.requireNonNull(projects, "projects is null");
        try (ProjectWriter writer = of(out)) {
            projects.forEach(writer);
        }
    }

    /**
     * A whole document as text.
     *
     * @param projects  the projects, none null, not null
     * @return the JSON text, ending with a line break
     */
    public static String toJson(Iterable<? extends Project> projects) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(projects, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    /**
     * Writes one project.
     *
     * @param project  the project, not null
     * @throws IllegalStateException if the writer is closed
     * @throws UncheckedIOException if the stream cannot be written
     */
    @Override
    public void accept(Project project) {
        Objects.requireNonNull(project, "project is null");
        if (closed) {
            throw new IllegalStateException("the document is closed");
        }
        io(() -> project(project));
    }

    /**
     * Closes the document and flushes it; the stream stays open.
     *
     * @throws UncheckedIOException if the stream cannot be written
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        io(() -> {
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
            g.close();
        });
    }

    private void project(Project p) throws IOException {
        Optional<EvaluationInput> evaluation = p.evaluation();
        Optional<ReportedFigures> reported = evaluation.flatMap(EvaluationInput::reported);
        g.writeStartObject();
        g.writeStringField("id", p.id());
        g.writeStringField("name", p.name());
        g.writeStringField("unit", p.unit().name());
        g.writeNumberField("year", p.year().value());
        g.writeStringField("fundCategory", p.fundCategory().name());
        if (evaluation.isPresent()) {
            g.writeStringField("kind", evaluation.get().kind().name());
            g.writeStringField("evaluator", evaluation.get().evaluator().name());
        }
        Goal goal = p.goal();
        optional("goal", goal.text());
        if (goal.version() != 1) {
            g.writeNumberField("goalVersion", goal.version());
        }
        flags(p.flags());
        budget(p.budget(), reported.flatMap(ReportedFigures::executionScore));
        g.writeArrayFieldStart("indicators");
        for (Indicator indicator : goal.indicators()) {
            indicator(indicator, evaluation.flatMap(e -> e.actual(indicator.name())),
                    reported.map(r -> r.indicatorScores().get(indicator.name())));
        }
        g.writeEndArray();
        if (evaluation.isPresent()) {
            findings(evaluation.get().findings());
            optional("reportReviewScore", evaluation.get().reportReviewScore().map(s -> s.points().toPlainString()));
            frameItems(evaluation.get());
        }
        history(p.history());
        if (p.exAnte().isPresent()) {
            exAnte(p.exAnte().get());
        }
        if (p.transfer().isPresent()) {
            transfer(p.transfer().get());
        }
        optional("reportedTotal", reported.flatMap(ReportedFigures::total).map(BigDecimal::toPlainString));
        optional("reportedGrade", reported.flatMap(ReportedFigures::grade).map(Enum::name));
        g.writeEndObject();
    }

    private void flags(ProjectFlags flags) throws IOException {
        if (flags.equals(ProjectFlags.none())) {
            return;
        }
        g.writeObjectFieldStart("flags");
        g.writeBooleanField("new", flags.isNew());
        g.writeBooleanField("key", flags.isKey());
        g.writeBooleanField("oneTime", flags.isOneTime());
        g.writeBooleanField("major", flags.isMajor());
        g.writeEndObject();
    }

    private void budget(Budget budget, Optional<BigDecimal> reportedExecutionScore) throws IOException {
        g.writeObjectFieldStart("budget");
        optional("initial", budget.initial().map(Amount::toString));
        g.writeStringField("adjusted", budget.adjusted().toString());
        optional("received", budget.received().map(Amount::toString));
        g.writeStringField("spent", budget.spent().toString());
        optional("nextYearRequest", budget.nextYearRequest().map(Amount::toString));
        optional("explanation", budget.explanation());
        optional("reportedExecutionScore", reportedExecutionScore.map(BigDecimal::toPlainString));
        g.writeEndObject();
    }

    private void indicator(Indicator indicator, Optional<IndicatorActual> actual, Optional<BigDecimal> reportedScore)
            throws IOException {
        g.writeStartObject();
        g.writeStringField("name", indicator.name());
        g.writeStringField("level1", indicator.level1().name());
        optional("level2", indicator.level2().map(Enum::name));
        g.writeStringField("comparison", indicator.comparison().symbol());
        if (!indicator.unit().isNone()) {
            g.writeStringField("unit", indicator.unit().toString());
        }
        g.writeStringField("target", indicator.target().toString());
        if (actual.isPresent()) {
            IndicatorActual a = actual.get();
            optional("actual", a.actual().map(IndicatorValue::toString));
            optional("achievement", a.achievement().map(Enum::name));
            optional("score", a.score().map(s -> s.points().toPlainString()));
        }
        g.writeStringField("weight", indicator.weight().points().toPlainString());
        if (actual.isPresent()) {
            optional("explanation", actual.get().explanation());
        }
        optional("reportedScore", reportedScore.map(BigDecimal::toPlainString));
        g.writeEndObject();
    }

    private void findings(SupervisionFindings findings) throws IOException {
        if (findings.equals(SupervisionFindings.none())) {
            return;
        }
        g.writeObjectFieldStart("findings");
        g.writeBooleanField("auditProblems", findings.auditProblems());
        g.writeBooleanField("majorMisuse", findings.majorMisuse());
        g.writeBooleanField("authenticityFailed", findings.authenticityFailed());
        g.writeNumberField("unrectifiedFailedMonitoringRounds", findings.unrectifiedFailedMonitoringRounds());
        g.writeBooleanField("unrectifiedProblems", findings.unrectifiedProblems());
        g.writeEndObject();
    }

    private void frameItems(EvaluationInput evaluation) throws IOException {
        if (evaluation.frameItems().isEmpty()) {
            return;
        }
        g.writeArrayFieldStart("frameItems");
        for (FrameItem item : evaluation.frameItems()) {
            g.writeStartObject();
            g.writeStringField("level1", item.section().name());
            g.writeStringField("name", item.name());
            g.writeStringField("weight", item.weight().points().toPlainString());
            optional("score", item.score().map(s -> s.points().toPlainString()));
            optional("formula", item.formula().map(Enum::name));
            optional("target", item.target().map(IndicatorValue::toString));
            optional("actual", item.actual().map(IndicatorValue::toString));
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private void history(ProjectHistory history) throws IOException {
        if (history.equals(ProjectHistory.none())) {
            return;
        }
        g.writeObjectFieldStart("history");
        g.writeArrayFieldStart("evaluatedYears");
        for (var year : history.evaluatedYears()) {
            g.writeNumber(year.value());
        }
        g.writeEndArray();
        if (history.lastYearSelfEvaluated().isPresent()) {
            g.writeBooleanField("lastYearSelfEvaluated", history.lastYearSelfEvaluated().get());
        }
        optional("previousGrade", history.previousGrade().map(Enum::name));
        g.writeEndObject();
    }

    private void exAnte(ExAnteAssessment exAnte) throws IOException {
        g.writeObjectFieldStart("exAnte");
        g.writeStringField("necessity", exAnte.necessity().points().toPlainString());
        g.writeStringField("economy", exAnte.economy().points().toPlainString());
        g.writeStringField("goalSoundness", exAnte.goalSoundness().points().toPlainString());
        g.writeStringField("feasibility", exAnte.feasibility().points().toPlainString());
        g.writeStringField("fundingCompliance", exAnte.fundingCompliance().points().toPlainString());
        g.writeBooleanField("thirdPartyReassessed", exAnte.thirdPartyReassessed());
        g.writeEndObject();
    }

    private void transfer(ParentTransfer transfer) throws IOException {
        g.writeObjectFieldStart("transfer");
        g.writeStringField("id", transfer.id());
        g.writeArrayFieldStart("indicators");
        for (Map.Entry<String, IndicatorValue> target : transfer.targets().entrySet()) {
            g.writeStartObject();
            g.writeStringField("name", target.getKey());
            g.writeStringField("target", target.getValue().toString());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private void optional(String name, Optional<String> value) throws IOException {
        if (value.isPresent()) {
            g.writeStringField(name, value.get());
        }
    }

    private static void io(Unchecked.Step action) {
        Unchecked.io(action);
    }
}
