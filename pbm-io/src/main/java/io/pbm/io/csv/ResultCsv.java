package io.pbm.io.csv;

import io.pbm.io.json.Unchecked;
import io.pbm.core.Labelled;
import io.pbm.core.Ratio;
import io.pbm.rules.explain.Problem;
import io.pbm.rules.linkage.BudgetDecision;
import io.pbm.rules.pipeline.BatchResult;
import io.pbm.rules.pipeline.Exclusion;
import io.pbm.rules.pipeline.ProjectOutcome;
import io.pbm.rules.pipeline.ProjectResult;
import io.pbm.rules.pipeline.RejectedProject;
import io.pbm.rules.pipeline.RejectedUnit;
import io.pbm.rules.pipeline.UnitOutcome;
import io.pbm.rules.pipeline.UnitResult;
import io.pbm.rules.scoring.IndicatorFlag;
import io.pbm.rules.scoring.IndicatorResult;
import io.pbm.rules.veto.Veto;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Writes evaluation outcomes as two CSV tables for analysts (pandas, R, Excel), as they arrive:
 *
 * <p><strong>Projects</strong>, one row per project, every project of the input exactly once in input
 * order (json-contract.md, "Nothing is lost") — {@link #PROJECT_COLUMNS}:
 * {@code projectId 项目编号, name 项目名称, unit 预算单位, outcome 评价结果} ({@code EVALUATED},
 * {@code EXCLUDED}, {@code REJECTED}), {@code score 总分, executionScore 执行率得分, executionRate
 * 预算执行率} (a fraction, 4 decimals), {@code rawGrade 原始等级, grade 评价等级} ({@code EXCELLENT},
 * {@code GOOD}, {@code FAIR}, {@code POOR}), {@code gradeLabel 等级} (优/良/中/差, or the English label),
 * {@code complete 评价完整} (R-DEV-1), {@code vetoes 一票否决} (rule IDs separated by {@code ;}),
 * {@code budgetAction 预算调整} ({@code PRIORITY}, {@code KEEP}, {@code CUT} …), {@code budgetBefore
 * 调整前预算, budgetAfter 调整后预算} (元), {@code budgetRule 调整依据}, {@code reasons 原因} (the
 * exclusion's rule and message, or every problem of a rejection as {@code path code message}, separated
 * by {@code ;}). Cells that do not apply (the score of a rejected project) are empty.
 *
 * <p><strong>Indicators</strong>, one row per indicator of each evaluated project —
 * {@link #INDICATOR_COLUMNS}: {@code projectId 项目编号, indicator 三级指标, category 一级指标} (the
 * level-1 category, or the part of the department/finance frame), {@code weight 分值, score 得分,
 * deviation 偏差率} (signed fraction, 4 decimals; empty for a qualitative indicator),
 * {@code explanationRequired 需说明偏差, explained 已说明偏差, flags 标记} (flag constants separated by
 * {@code ;}). Targets, actuals and explanations are the input's: join on {@code projectId} and the
 * indicator's name.
 *
 * <p>Both tables are UTF-8 with a byte order mark (so that Excel reads them as UTF-8), RFC 4180 quoting,
 * CRLF line ends, a header row in Chinese (default) or English, numbers as plain decimals (never an
 * exponent, never a thousands separator), booleans as {@code true}/{@code false}, messages in the
 * table's language. Read them as text, so that ids such as {@code 00123} keep their zeros:
 * <pre>{@code
 * projects = pd.read_csv("projects.csv", encoding="utf-8-sig", dtype=str)
 * projects = read.csv("projects.csv", fileEncoding = "UTF-8-BOM", colClasses = "character")   # R
 * }</pre>
 * The same outcomes in the same order give byte-identical tables on every platform.
 *
 * <pre>{@code
 * try (ResultCsv csv = ResultCsv.open(projectsOut, indicatorsOut, Locale.SIMPLIFIED_CHINESE)) {
 *     Pbm.evaluateAll(projects, policy, csv);          // streaming: a row per outcome as it comes
 * }
 * ResultCsv.write(batch, projectsOut, indicatorsOut, Locale.ENGLISH);   // or a whole batch
 * }</pre>
 *
 * <p>This class is mutable and <em>not</em> thread-safe: feed it from one thread, in input order. It
 * never closes the streams it was given; {@link #close()} flushes them.
 */
public final class ResultCsv implements Consumer<ProjectOutcome>, AutoCloseable {

    /** The projects table's columns: English name, Chinese name. */
    public static final List<List<String>> PROJECT_COLUMNS = List.of(
            List.of("projectId", "项目编号"), List.of("name", "项目名称"), List.of("unit", "预算单位"),
            List.of("outcome", "评价结果"), List.of("score", "总分"), List.of("executionScore", "执行率得分"),
            List.of("executionRate", "预算执行率"), List.of("rawGrade", "原始等级"), List.of("grade", "评价等级"),
            List.of("gradeLabel", "等级"), List.of("complete", "评价完整"), List.of("vetoes", "一票否决"),
            List.of("budgetAction", "预算调整"), List.of("budgetBefore", "调整前预算"),
            List.of("budgetAfter", "调整后预算"), List.of("budgetRule", "调整依据"), List.of("reasons", "原因"));

    /** The indicators table's columns: English name, Chinese name. */
    public static final List<List<String>> INDICATOR_COLUMNS = List.of(
            List.of("projectId", "项目编号"), List.of("indicator", "三级指标"), List.of("category", "一级指标"),
            List.of("weight", "分值"), List.of("score", "得分"), List.of("deviation", "偏差率"),
            List.of("explanationRequired", "需说明偏差"), List.of("explained", "已说明偏差"), List.of("flags", "标记"));

    private static final char BOM = '\uFEFF';

    private final Writer projects;
    private final Writer indicators;
    private final Locale locale;

    private ResultCsv(OutputStream projects, OutputStream indicators, Locale locale) {
        this.projects = new OutputStreamWriter(projects, StandardCharsets.UTF_8);
        this.indicators = new OutputStreamWriter(indicators, StandardCharsets.UTF_8);
        this.locale = locale;
        boolean english = "en".equals(locale.getLanguage());
        header(this.projects, PROJECT_COLUMNS, english);
        header(this.indicators, INDICATOR_COLUMNS, english);
    }

    /**
     * Opens the two tables and writes their headers.
     *
     * @param projects  where the projects table goes, not closed by the writer, not null
     * @param indicators  where the indicators table goes, not closed by the writer, not null
     * @param locale  English headers and messages for {@code en}, Chinese otherwise; not null
     * @return the writer
     */
    public static ResultCsv open(OutputStream projects, OutputStream indicators, Locale locale) {
        Objects.requireNonNull(projects, "projects is null");
        Objects.requireNonNull(indicators, "indicators is null");
        Objects.requireNonNull(locale, "locale is null");
        return new ResultCsv(projects, indicators, locale);
    }

    /**
     * Writes a whole batch, every outcome in input order.
     *
     * @param batch  the batch, not null
     * @param projects  where the projects table goes, not closed, not null
     * @param indicators  where the indicators table goes, not closed, not null
     * @param locale  the language of headers and messages, not null
     */
    public static void write(BatchResult batch, OutputStream projects, OutputStream indicators, Locale locale) {
        Objects.requireNonNull(batch, "batch is null");
        try (ResultCsv csv = open(projects, indicators, locale)) {
            batch.outcomes().forEach(csv);
        }
    }

    /**
     * Writes any table in this class's CSV conventions: a byte order mark, the header row, then the rows,
     * RFC 4180 quoting, CRLF line ends, UTF-8 — as {@code io.pbm.io.result.ReportTables} writes reports.
     *
     * @param header  the header row, not null
     * @param rows  the rows, each as text, not null
     * @param out  where the table goes, flushed but not closed, not null
     * @throws UncheckedIOException if the stream cannot be written
     */
    public static void table(List<String> header, List<List<String>> rows, OutputStream out) {
        Objects.requireNonNull(header, "header is null");
        Objects.requireNonNull(rows, "rows is null");
        Objects.requireNonNull(out, "out is null");
        Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        io(() -> text.write(BOM));
        row(text, header.toArray(String[]::new));
        for (List<String> row : rows) {
            row(text, row.toArray(String[]::new));
        }
        io(text::flush);
    }

    /**
     * Writes one outcome: its project row, and for an evaluated project its indicator rows.
     *
     * @param outcome  the outcome, not null
     */
    @Override
    public void accept(ProjectOutcome outcome) {
        Objects.requireNonNull(outcome, "outcome is null");
        if (outcome instanceof ProjectResult result) {
            result(result);
        } else if (outcome instanceof Exclusion exclusion) {
            row(projects, exclusion.projectId(), "", exclusion.unit().name(), exclusion.kind().name(), "", "", "", "",
                    "", "", "", "", "", "", "", "", exclusion.rule().id() + " " + exclusion.message().render(locale));
        } else if (outcome instanceof RejectedProject rejected) {
            String reasons = rejected.rejection().problems().stream().map(this::problem)
                    .collect(Collectors.joining("; "));
            row(projects, rejected.projectId(), "", "", rejected.kind().name(), "", "", "", "", "", "", "", "", "",
                    "", "", "", reasons);
        }
    }

    /**
     * Writes the outcome of a unit-wide record (R-SCORE-UNIT): a row of the projects table whose
     * {@code outcome} is {@code UNIT_EVALUATED} or {@code UNIT_REJECTED} and whose {@code projectId} holds
     * the unit's id, with no veto and no budget decision; an evaluated unit's indicator rows follow in the
     * indicators table.
     *
     * @param outcome  the outcome, not null
     */
    public void unit(UnitOutcome outcome) {
        Objects.requireNonNull(outcome, "outcome is null");
        if (outcome instanceof UnitResult result) {
            row(projects, result.unitId(), result.evaluation().name(), result.unit().name(), "UNIT_EVALUATED",
                    result.score().toString(), result.evaluation().executionScore().toString(),
                    ratio(result.evaluation().executionRate().orElse(null)), result.grade().name(), result.grade().name(),
                    label(result.grade()), bool(result.evaluation().complete()), "", "", "", "", "", "");
            indicatorRows(result.unitId(), result.evaluation().indicators());
        } else {
            RejectedUnit rejected = (RejectedUnit) outcome;
            row(projects, rejected.unitId(), "", "", "UNIT_REJECTED", "", "", "", "", "", "", "", "", "", "", "", "",
                    rejected.problems().stream().map(this::problem).collect(Collectors.joining("; ")));
        }
    }

    /** Flushes both tables; the streams stay open. */
    @Override
    public void close() {
        io(() -> {
            projects.flush();
            indicators.flush();
        });
    }

    private void result(ProjectResult result) {
        BudgetDecision decision = result.budgetDecision();
        row(projects, result.projectId(), result.evaluation().name(), result.unit().name(), result.kind().name(),
                result.score().toString(), result.evaluation().executionScore().toString(),
                ratio(result.evaluation().executionRate().orElse(null)), result.rawGrade().name(), result.grade().name(),
                label(result.grade()), bool(result.evaluation().complete()),
                result.vetoes().stream().map(Veto::rule).map(rule -> rule.id()).collect(Collectors.joining(";")),
                decision.action().name(), decision.before().toString(), decision.after().toString(),
                decision.rule().id(), "");
        indicatorRows(result.projectId(), result.evaluation().indicators());
    }

    private void indicatorRows(String id, List<IndicatorResult> results) {
        for (IndicatorResult indicator : results) {
            row(indicators, id, indicator.name(), label(indicator.category()),
                    indicator.weight().points().toPlainString(), indicator.score().toString(),
                    ratio(indicator.deviation()), bool(indicator.explanationRequired()), bool(indicator.explained()),
                    indicator.flags().stream().map(IndicatorFlag::name).sorted().collect(Collectors.joining(";")));
        }
    }

    private String problem(Problem problem) {
        return problem.path() + " " + problem.code() + " " + problem.message().render(locale);
    }

    private String label(Labelled labelled) {
        return "en".equals(locale.getLanguage()) ? labelled.englishLabel() : labelled.label();
    }

    private static String ratio(@Nullable Ratio ratio) {
        return ratio == null ? "" : ratio.toDecimal(4).toPlainString();
    }

    private static String bool(boolean value) {
        return value ? "true" : "false";
    }

    private static void header(Writer out, List<List<String>> columns, boolean english) {
        io(() -> out.write(BOM));
        row(out, columns.stream().map(names -> names.get(english ? 0 : 1)).toArray(String[]::new));
    }

    private static void row(Writer out, String... fields) {
        io(() -> {
            for (int i = 0; i < fields.length; i++) {
                if (i > 0) {
                    out.write(',');
                }
                out.write(quote(fields[i]));
            }
            out.write("\r\n");
        });
    }

    /**
     * A field as RFC 4180 writes it: in double quotes, its quotes doubled, when it holds a comma, a quote
     * or a line break — or begins with a byte order mark or white space, which a reader might drop.
     *
     * @param field  the field
     * @return the text to write
     */
    static String quote(String field) {
        boolean quoted = !field.isEmpty() && (field.charAt(0) == BOM || Character.isWhitespace(field.charAt(0))
                || Character.isWhitespace(field.charAt(field.length() - 1)));
        for (int i = 0; i < field.length() && !quoted; i++) {
            char c = field.charAt(i);
            quoted = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        return quoted ? '"' + field.replace("\"", "\"\"") + '"' : field;
    }

    private static void io(Unchecked.Step action) {
        Unchecked.io(action);
    }
}
