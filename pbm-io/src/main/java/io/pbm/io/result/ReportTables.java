package io.pbm.io.result;

import io.pbm.core.Ratio;
import io.pbm.core.budget.Amount;
import io.pbm.io.csv.ResultCsv;
import io.pbm.io.project.ProjectDocument;
import io.pbm.io.project.ReadProject;
import io.pbm.io.project.ReadRecord;
import io.pbm.io.project.RejectedRecord;
import io.pbm.io.project.Section;
import io.pbm.rules.audit.AuditReport;
import io.pbm.rules.audit.AuditResult;
import io.pbm.rules.audit.Discrepancy;
import io.pbm.rules.explain.Problem;
import io.pbm.rules.explain.Rejection;
import io.pbm.rules.explain.Warning;
import io.pbm.rules.monitoring.IndicatorLight;
import io.pbm.rules.monitoring.MonitoringBatch;
import io.pbm.rules.monitoring.MonitoringResult;
import io.pbm.rules.monitoring.RejectedProject;
import io.pbm.rules.pipeline.PolicyComparison;
import io.pbm.rules.pipeline.ProjectChange;
import io.pbm.rules.review.BudgetReviewReport;
import io.pbm.rules.review.ProjectReview;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * The reports of {@code pbm review}, {@code monitor}, {@code audit} and {@code compare} as one flat
 * table each, for analysts: written as CSV ({@link #writeCsv}, in {@link ResultCsv}'s conventions — UTF-8
 * with a byte order mark, RFC 4180 quoting, plain decimals) or as a one-sheet workbook ({@link #writeXlsx},
 * numbers as numeric cells, a frozen header row).
 *
 * <p>Every project of the input appears (json-contract.md, "Nothing is lost"): the results in input
 * order, then the records the engine or the reader rejected, with {@code status} {@code REJECTED} and
 * every problem in {@code problems} as {@code path code message} separated by {@code ;}. Paths are
 * document pointers ({@code /projects/3/indicators/0/target}) when the document is given. The columns
 * (English name, Chinese name):
 * <ul>
 *   <li>review (R-GOAL, R-EXANTE) — {@link #REVIEW_COLUMNS}: one row per project, {@code status}
 *     {@code PASSED} or {@code FAILED};
 *   <li>monitor (R-MON) — {@link #MONITOR_COLUMNS}: one row per project, {@code MONITORED}; ratios as
 *     fractions at 4 decimals; lights as constants ({@code RED}, {@code YELLOW}, {@code GREEN}), each
 *     indicator's as {@code name LIGHT};
 *   <li>audit (R-AUDIT) — {@link #AUDIT_COLUMNS}: one row per discrepancy ({@code DISCREPANCY}), and one
 *     row with an empty rule for each clean table ({@code CLEAN});
 *   <li>compare — {@link #COMPARE_COLUMNS}: one row per project whose outcome changes ({@code CHANGED}),
 *     the kind, grade, budget action and amount after under each policy.
 * </ul>
 * The same report gives the same table, byte for byte, on every platform.
 *
 * <pre>{@code
 * ReportTables.of(Pbm.review(document.projects(), policy), document, Locale.ENGLISH).writeCsv(out);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ReportTables {

    /** The review table's columns: English name, Chinese name. */
    public static final List<List<String>> REVIEW_COLUMNS = List.of(
            List.of("projectId", "项目编号"), List.of("status", "审核结果"), List.of("indicatorCount", "指标数"),
            List.of("quantifiedShare", "量化指标占比"), List.of("budgetAction", "预算安排"),
            List.of("problems", "问题"), List.of("warnings", "提示"));

    /** The monitoring table's columns: English name, Chinese name. */
    public static final List<List<String>> MONITOR_COLUMNS = List.of(
            List.of("projectId", "项目编号"), List.of("status", "监控结果"), List.of("executionRate", "预算执行率"),
            List.of("timeShare", "时间进度"), List.of("executionLight", "执行预警"),
            List.of("indicatorLights", "指标预警"), List.of("warnings", "提示"), List.of("problems", "问题"));

    /** The audit table's columns: English name, Chinese name. */
    public static final List<List<String>> AUDIT_COLUMNS = List.of(
            List.of("projectId", "项目编号"), List.of("status", "审核结果"), List.of("rule", "规则"),
            List.of("path", "位置"), List.of("reported", "填报值"), List.of("computed", "计算值"),
            List.of("message", "说明"), List.of("problems", "问题"));

    /** The comparison table's columns: English name, Chinese name. */
    public static final List<List<String>> COMPARE_COLUMNS = List.of(
            List.of("projectId", "项目编号"), List.of("status", "变化"), List.of("unit", "预算单位"),
            List.of("fromKind", "原评价结果"), List.of("fromGrade", "原评价等级"), List.of("fromAction", "原预算调整"),
            List.of("fromAmount", "原调整后预算"), List.of("toKind", "新评价结果"), List.of("toGrade", "新评价等级"),
            List.of("toAction", "新预算调整"), List.of("toAmount", "新调整后预算"), List.of("problems", "问题"));

    private static final String REJECTED = "REJECTED";

    private final String name;
    private final List<List<String>> columns;
    private final List<String> header;
    /** Each cell is a String, an Integer, an Amount, a Ratio or a BigDecimal; empty text where none applies. */
    private final List<List<Object>> rows;
    private final Locale locale;

    private ReportTables(String name, List<List<String>> columns, List<List<Object>> rows, Locale locale) {
        boolean english = english(locale);
        this.name = name;
        this.columns = columns;
        this.header = columns.stream().map(c -> c.get(english ? 0 : 1)).toList();
        this.rows = List.copyOf(rows);
        this.locale = locale;
    }

    /**
     * The review table (R-GOAL-1…8, R-EXANTE-1…4).
     *
     * @param report  the report, not null
     * @param document  the document reviewed, for pointers and the reader's rejections; or null
     * @param locale  English headers and messages for {@code en}, Chinese otherwise; not null
     * @return the table
     */
    public static ReportTables of(BudgetReviewReport report, @Nullable ProjectDocument document, Locale locale) {
        Objects.requireNonNull(report, "report is null");
        Builder b = new Builder(document, locale);
        for (ProjectReview review : report.results()) {
            String at = b.at(review.projectId());
            b.add(review.projectId(), review.passed() ? "PASSED" : "FAILED", review.goal().indicatorCount(),
                    review.goal().quantifiedShare().map(Object.class::cast).orElse(""),
                    review.budgetAction().map(Enum::name).orElse(""), b.problems(at, review.problems()),
                    b.warnings(review.warnings()));
        }
        return new ReportTables("review", REVIEW_COLUMNS, b.rows(REVIEW_COLUMNS.size()), locale);
    }

    /**
     * The monitoring table (R-MON-1…7).
     *
     * @param batch  the monitoring, not null
     * @param document  the document monitored, for pointers and the reader's rejections; or null
     * @param locale  English headers and messages for {@code en}, Chinese otherwise; not null
     * @return the table
     */
    public static ReportTables of(MonitoringBatch batch, @Nullable ProjectDocument document, Locale locale) {
        Objects.requireNonNull(batch, "batch is null");
        Builder b = new Builder(document, locale);
        for (MonitoringResult result : batch.results()) {
            b.add(result.projectId(), "MONITORED", result.executionRate().map(Object.class::cast).orElse(""),
                    result.timeShare(), result.executionLight().map(Enum::name).orElse(""),
                    result.indicators().stream().map(ReportTables::light).collect(Collectors.joining("; ")),
                    b.warnings(result.warnings()), "");
        }
        for (RejectedProject rejected : batch.rejected()) {
            b.rejected(rejected.projectId(), rejected.problems());
        }
        return new ReportTables("monitor", MONITOR_COLUMNS, b.rows(MONITOR_COLUMNS.size()), locale);
    }

    /**
     * The audit table (R-AUDIT-1…6): one row per discrepancy, one per clean table.
     *
     * @param report  the report, not null
     * @param document  the document audited, for pointers and the reader's rejections; or null
     * @param locale  English headers and messages for {@code en}, Chinese otherwise; not null
     * @return the table
     */
    public static ReportTables of(AuditReport report, @Nullable ProjectDocument document, Locale locale) {
        Objects.requireNonNull(report, "report is null");
        Builder b = new Builder(document, locale);
        for (AuditResult result : report.results()) {
            String at = b.at(result.projectId());
            if (result.discrepancies().isEmpty()) {
                b.add(result.projectId(), "CLEAN", "", "", "", "", "", "");
            }
            for (Discrepancy d : result.discrepancies()) {
                b.add(result.projectId(), "DISCREPANCY", d.rule().id(), at + d.path(), d.reported(), d.computed(),
                        d.message().render(locale), "");
            }
        }
        for (Rejection rejection : report.rejected()) {
            b.rejected(rejection.id(), rejection.problems());
        }
        return new ReportTables("audit", AUDIT_COLUMNS, b.rows(AUDIT_COLUMNS.size()), locale);
    }

    /**
     * The comparison table: each project whose outcome changes between the two policies.
     *
     * @param comparison  the comparison, not null
     * @param unread  the records the reader rejected, in input order, not null
     * @param locale  English headers and messages for {@code en}, Chinese otherwise; not null
     * @return the table
     */
    public static ReportTables of(PolicyComparison comparison, List<RejectedRecord> unread, Locale locale) {
        Objects.requireNonNull(comparison, "comparison is null");
        Objects.requireNonNull(unread, "unread is null");
        Builder b = new Builder(null, locale);
        for (ProjectChange c : comparison.changes()) {
            b.add(c.projectId(), "CHANGED", c.unit().name(), c.fromKind().name(), name(c.fromGrade()),
                    name(c.fromAction()), c.fromAmount().map(Object.class::cast).orElse(""), c.toKind().name(),
                    name(c.toGrade()), name(c.toAction()), c.toAmount().map(Object.class::cast).orElse(""), "");
        }
        unread.forEach(b::unread);
        return new ReportTables("compare", COMPARE_COLUMNS, b.rows(COMPARE_COLUMNS.size()), locale);
    }

    /**
     * The header row, in the table's language.
     *
     * @return the column names
     */
    public List<String> header() {
        return header;
    }

    /**
     * The rows as CSV writes them: numbers as plain decimals, ratios as fractions at 4 decimals.
     *
     * @return the rows, in order
     */
    public List<List<String>> rows() {
        return rows.stream().map(row -> row.stream().map(ReportTables::text).toList()).toList();
    }

    /**
     * Writes the table as CSV (see {@link ResultCsv#table}).
     *
     * @param out  where, flushed but not closed, not null
     * @throws UncheckedIOException if the stream cannot be written
     */
    public void writeCsv(OutputStream out) {
        ResultCsv.table(header, rows(), Objects.requireNonNull(out, "out is null"));
    }

    /**
     * Writes the table as a workbook of one sheet named after the command ({@code review}, {@code monitor},
     * {@code audit}, {@code compare}): a bold frozen header row, numbers as numeric cells (amounts in
     * 元, ratios as percentages), text as text.
     *
     * @param out  where, not closed, not null
     * @throws UncheckedIOException if the stream cannot be written
     */
    public void writeXlsx(OutputStream out) {
        Objects.requireNonNull(out, "out is null");
        SXSSFWorkbook workbook = new SXSSFWorkbook(100);
        try {
            Cells cells = new Cells(workbook, locale);
            SXSSFSheet sheet = workbook.createSheet(name);
            Row top = sheet.createRow(0);
            for (int c = 0; c < header.size(); c++) {
                cells.header(top, c, header.get(c));
                // Free text (problems, messages, lights) gets room; codes and figures less.
                boolean wide = Arrays.asList("problems", "warnings", "message", "indicatorLights")
                        .contains(columns.get(c).get(0));
                sheet.setColumnWidth(c, (wide ? 60 : 16) * 256);
            }
            sheet.createFreezePane(0, 1);
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<Object> values = rows.get(r);
                for (int c = 0; c < values.size(); c++) {
                    cell(cells, row, c, values.get(c));
                }
            }
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            workbook.dispose();
        }
    }

    private static void cell(Cells cells, Row row, int column, Object value) {
        if (value instanceof Integer number) {
            cells.number(row, column, number);
        } else if (value instanceof Amount amount) {
            cells.amount(row, column, amount);
        } else if (value instanceof Ratio ratio) {
            cells.rate(row, column, ratio);
        } else if (value instanceof BigDecimal decimal) {
            cells.decimal(row, column, decimal, cells.general);
        } else {
            cells.text(row, column, value.toString());
        }
    }

    private static String text(Object value) {
        if (value instanceof Ratio ratio) {
            return ratio.toDecimal(4).toPlainString();
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        return value.toString();
    }

    private static String light(IndicatorLight light) {
        return light.name() + " " + light.light().map(Enum::name).orElse(light.basis().name());
    }

    private static String name(Optional<? extends Enum<?>> constant) {
        return constant.map(Enum::name).orElse("");
    }

    private static boolean english(Locale locale) {
        return "en".equals(Objects.requireNonNull(locale, "locale is null").getLanguage());
    }

    /** A rejection before it is written. */
    private record Pending(String projectId, @Nullable Long index, String at, List<Problem> problems) {
    }

    /** The rows of one table as they are collected, with where each project is in the document. */
    private static final class Builder {
        private final List<List<Object>> rows = new ArrayList<>();
        private final Map<String, Integer> indexes = new HashMap<>();
        private final List<RejectedRecord> unread = new ArrayList<>();
        private final List<Pending> pending = new ArrayList<>();
        private final Locale locale;

        Builder(@Nullable ProjectDocument document, Locale locale) {
            this.locale = Objects.requireNonNull(locale, "locale is null");
            if (document != null) {
                for (ReadRecord record : document.records()) {
                    if (record instanceof ReadProject project) {
                        indexes.putIfAbsent(project.project().id(), project.index());
                    }
                }
                document.rejected().stream().filter(r -> r.section() == Section.PROJECTS).forEach(unread::add);
            }
        }

        String at(String projectId) {
            Integer index = indexes.get(projectId);
            return index == null ? "" : "/projects/" + index;
        }

        void add(Object... cells) {
            rows.add(List.of(cells));
        }

        String problems(String at, List<Problem> problems) {
            return problems.stream().map(p -> at + p.path() + " " + p.code() + " " + p.message().render(locale))
                    .collect(Collectors.joining("; "));
        }

        String warnings(List<Warning> warnings) {
            return warnings.stream().map(w -> w.render(locale)).collect(Collectors.joining("; "));
        }

        /** A project the engine rejected, placed by its position in the document. */
        void rejected(String projectId, List<Problem> problems) {
            Integer index = indexes.get(projectId);
            pending.add(new Pending(projectId, index == null ? null : Long.valueOf(index), at(projectId), problems));
        }

        /** A record the reader rejected, which no engine saw; its paths are already pointers. */
        void unread(RejectedRecord record) {
            pending.add(new Pending(record.knownId().orElse(""), (long) record.index(), "", record.problems()));
        }

        /**
         * The rows, the rejections last in document order (as the JSON documents list them): each its id,
         * the status, empty cells, and every problem in the last column.
         */
        List<List<Object>> rows(int columns) {
            unread.forEach(this::unread);
            unread.clear();
            pending.sort(Comparator.comparing(Pending::index, Comparator.nullsLast(Comparator.naturalOrder())));
            for (Pending rejection : pending) {
                List<Object> row = new ArrayList<>();
                row.add(rejection.projectId());
                row.add(REJECTED);
                while (row.size() < columns - 1) {
                    row.add("");
                }
                row.add(problems(rejection.at(), rejection.problems()));
                rows.add(List.copyOf(row));
            }
            pending.clear();
            return rows;
        }
    }
}
