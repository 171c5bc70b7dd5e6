package io.pbm.examples.sample;

import io.pbm.core.budget.Amount;
import io.pbm.core.budget.Budget;
import io.pbm.core.evaluation.EvaluationInput;
import io.pbm.core.evaluation.IndicatorActual;
import io.pbm.core.evaluation.ReportedFigures;
import io.pbm.core.evaluation.SupervisionFindings;
import io.pbm.core.exante.ExAnteAssessment;
import io.pbm.core.goal.Indicator;
import io.pbm.core.goal.IndicatorValue;
import io.pbm.core.goal.ParentTransfer;
import io.pbm.core.project.Project;
import io.pbm.core.project.ProjectFlags;
import io.pbm.core.project.ProjectHistory;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Projects written as a {@code pbm/1} document (json-contract.md, "Input document"), so that samples of
 * any size can be fed to the reader: {@link #write} writes one to a stream, {@link #stream} makes one on
 * the fly as it is read — a million projects without a million projects, or their text, in memory.
 *
 * <p>Every member the reader knows is written except {@code frameItems} (department and finance
 * evaluations, which samples do not make): a project with frame items is refused rather than written
 * without them. Decimals are written as JSON strings, targets and actuals as forms write them ({@code 130台(套)},
 * the indicator's comparison and unit beside them). The same projects give the same bytes.
 *
 * <p>This class has no state; its functions are thread-safe.
 */
public final class SampleDocument {

    private static final byte[] HEAD = "{\"format\": \"pbm/1\", \"projects\": [\n".getBytes(StandardCharsets.UTF_8);
    private static final byte[] TAIL = "\n]}\n".getBytes(StandardCharsets.UTF_8);
    private static final byte[] SEPARATOR = ",\n".getBytes(StandardCharsets.UTF_8);

    private SampleDocument() {}

    /**
     * Writes projects as a {@code pbm/1} document; the stream is left open.
     *
     * @param projects  the projects, not null
     * @param out  where to write, not null
     * @throws IOException if writing fails
     * @throws IllegalArgumentException if a project has frame items
     */
    public static void write(Iterable<Project> projects, OutputStream out) throws IOException {
        Objects.requireNonNull(out, "out is null");
        try (InputStream in = stream(projects)) {
            in.transferTo(out);
        }
    }

    /**
     * A {@code pbm/1} document of projects, made one project at a time as it is read: only the project
     * being read is held, as text.
     *
     * @param projects  the projects, iterated once as the stream is read, not null
     * @return the document's UTF-8 bytes
     */
    public static InputStream stream(Iterable<Project> projects) {
        return new Document(Objects.requireNonNull(projects, "projects is null").iterator());
    }

    /**
     * One project as the element of {@code projects} that the reader reads back into an equal project.
     *
     * @param project  the project, not null
     * @return its JSON text, one line
     * @throws IllegalArgumentException if the project has frame items
     */
    public static String json(Project project) {
        Objects.requireNonNull(project, "project is null");
        Json j = new Json();
        j.open();
        j.text("id", project.id()).text("name", project.name()).text("unit", project.unit().name())
                .raw("year", Integer.toString(project.year().value()))
                .text("fundCategory", project.fundCategory().name());
        Optional<EvaluationInput> evaluation = project.evaluation();
        evaluation.ifPresent(e -> j.text("kind", e.kind().name()).text("evaluator", e.evaluator().name()));
        project.goal().text().ifPresent(text -> j.text("goal", text));
        if (project.goal().version() != 1) {
            j.raw("goalVersion", Integer.toString(project.goal().version()));
        }
        flags(j, project.flags());
        budget(j, project.budget(), evaluation.flatMap(EvaluationInput::reported));
        indicators(j, project, evaluation);
        evaluation.ifPresent(e -> {
            findings(j, e.findings());
            if (!e.frameItems().isEmpty()) {
                throw new IllegalArgumentException("frame items are not written: " + project.id());
            }
            e.reportReviewScore().ifPresent(s -> j.text("reportReviewScore", s.toString()));
            e.reported().flatMap(ReportedFigures::total).ifPresent(t -> j.text("reportedTotal", t.toPlainString()));
            e.reported().flatMap(ReportedFigures::grade).ifPresent(g -> j.text("reportedGrade", g.name()));
        });
        history(j, project.history());
        project.exAnte().ifPresent(a -> exAnte(j, a));
        project.transfer().ifPresent(t -> transfer(j, t));
        return j.close();
    }

    private static void flags(Json j, ProjectFlags flags) {
        j.key("flags").open().raw("new", flag(flags.isNew())).raw("key", flag(flags.isKey()))
                .raw("oneTime", flag(flags.isOneTime())).raw("major", flag(flags.isMajor())).end();
    }

    private static void budget(Json j, Budget budget, Optional<ReportedFigures> reported) {
        j.key("budget").open();
        budget.initial().ifPresent(a -> j.text("initial", a.toString()));
        j.text("adjusted", budget.adjusted().toString());
        budget.received().ifPresent(a -> j.text("received", a.toString()));
        j.text("spent", budget.spent().toString());
        budget.nextYearRequest().map(Amount::toString).ifPresent(a -> j.text("nextYearRequest", a));
        budget.explanation().ifPresent(text -> j.text("explanation", text));
        reported.flatMap(ReportedFigures::executionScore)
                .ifPresent(s -> j.text("reportedExecutionScore", s.toPlainString()));
        j.end();
    }

    private static void indicators(Json j, Project project, Optional<EvaluationInput> evaluation) {
        Map<String, IndicatorActual> actuals = evaluation.map(EvaluationInput::actuals).orElse(Map.of());
        Map<String, BigDecimal> reported = evaluation.flatMap(EvaluationInput::reported)
                .map(ReportedFigures::indicatorScores).orElse(Map.of());
        j.key("indicators").array();
        for (Indicator indicator : project.goal().indicators()) {
            j.open().text("name", indicator.name()).text("level1", indicator.level1().name());
            indicator.level2().ifPresent(l -> j.text("level2", l.name()));
            j.text("comparison", indicator.comparison().symbol());
            if (!indicator.unit().symbol().isEmpty()) {
                j.text("unit", indicator.unit().symbol());
            }
            j.text("target", value(indicator.target()));
            IndicatorActual actual = actuals.get(indicator.name());
            if (actual != null) {
                actual.actual().ifPresent(v -> j.text("actual", value(v)));
                actual.achievement().ifPresent(a -> j.text("achievement", a.name()));
                actual.score().ifPresent(s -> j.text("score", s.toString()));
            }
            j.text("weight", indicator.weight().toString());
            if (actual != null) {
                actual.explanation().ifPresent(text -> j.text("explanation", text));
            }
            BigDecimal score = reported.get(indicator.name());
            if (score != null) {
                j.text("reportedScore", score.toPlainString());
            }
            j.end();
        }
        j.endArray();
    }

    /** A value as a form writes it: a number with its own comparison and unit ({@code 130台(套)}), or a text. */
    private static String value(IndicatorValue value) {
        return value.toString();
    }

    private static void findings(Json j, SupervisionFindings findings) {
        j.key("findings").open().raw("auditProblems", flag(findings.auditProblems()))
                .raw("majorMisuse", flag(findings.majorMisuse()))
                .raw("authenticityFailed", flag(findings.authenticityFailed()))
                .raw("unrectifiedFailedMonitoringRounds", Integer.toString(findings.unrectifiedFailedMonitoringRounds()))
                .raw("unrectifiedProblems", flag(findings.unrectifiedProblems())).end();
    }

    private static void history(Json j, ProjectHistory history) {
        j.key("history").open().raw("evaluatedYears", history.evaluatedYears().stream()
                .map(y -> Integer.toString(y.value())).collect(Collectors.joining(", ", "[", "]")));
        history.lastYearSelfEvaluated().ifPresent(b -> j.raw("lastYearSelfEvaluated", flag(b)));
        history.previousGrade().ifPresent(g -> j.text("previousGrade", g.name()));
        j.end();
    }

    private static void exAnte(Json j, ExAnteAssessment a) {
        j.key("exAnte").open().text("necessity", a.necessity().toString()).text("economy", a.economy().toString())
                .text("goalSoundness", a.goalSoundness().toString()).text("feasibility", a.feasibility().toString())
                .text("fundingCompliance", a.fundingCompliance().toString())
                .raw("thirdPartyReassessed", flag(a.thirdPartyReassessed())).end();
    }

    private static void transfer(Json j, ParentTransfer t) {
        j.key("transfer").open().text("id", t.id()).key("indicators").array();
        t.targets().forEach((name, target) -> j.open().text("name", name)
                .text("target", value(target)).end());
        j.endArray().end();
    }

    private static String flag(boolean b) {
        return b ? "true" : "false";
    }

    /** A JSON text being written: members are separated as they come. */
    private static final class Json {
        private final StringBuilder out = new StringBuilder(2048);
        private boolean first = true;

        Json open() {
            if (!first) {
                out.append(", ");
            }
            out.append('{');
            first = true;
            return this;
        }

        Json end() {
            out.append('}');
            first = false;
            return this;
        }

        Json array() {
            if (!first) {
                out.append(", ");
            }
            out.append('[');
            first = true;
            return this;
        }

        Json endArray() {
            out.append(']');
            first = false;
            return this;
        }

        Json key(String name) {
            if (!first) {
                out.append(", ");
            }
            quote(name);
            out.append(": ");
            first = true;
            return this;
        }

        Json text(String name, String value) {
            key(name);
            quote(value);
            first = false;
            return this;
        }

        Json raw(String name, String value) {
            key(name);
            out.append(value);
            first = false;
            return this;
        }

        String close() {
            end();
            return out.toString();
        }

        private void quote(String s) {
            out.append('"');
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '"' || c == '\\') {
                    out.append('\\').append(c);
                } else if (c < 0x20) {
                    out.append(String.format("\\u%04x", (int) c));
                } else {
                    out.append(c);
                }
            }
            out.append('"');
        }
    }

    /** The document's bytes, a project at a time. */
    private static final class Document extends InputStream {
        private final Iterator<Project> projects;
        private byte[] chunk = HEAD;
        private int at;
        private boolean started;
        private boolean ended;

        Document(Iterator<Project> projects) {
            this.projects = projects;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            Objects.checkFromIndexSize(off, len, b.length);
            if (len == 0) {
                return 0;
            }
            while (at == chunk.length) {
                if (ended) {
                    return -1;
                }
                if (projects.hasNext()) {
                    byte[] project = json(projects.next()).getBytes(StandardCharsets.UTF_8);
                    chunk = started ? concat(SEPARATOR, project) : project;
                    started = true;
                } else {
                    chunk = TAIL;
                    ended = true;
                }
                at = 0;
            }
            int n = Math.min(len, chunk.length - at);
            System.arraycopy(chunk, at, b, off, n);
            at += n;
            return n;
        }

        private static byte[] concat(byte[] a, byte[] b) {
            byte[] both = new byte[a.length + b.length];
            System.arraycopy(a, 0, both, 0, a.length);
            System.arraycopy(b, 0, both, a.length, b.length);
            return both;
        }
    }
}
