package io.pbm.io.result;

import io.pbm.core.InvalidValueException;
import io.pbm.core.budget.BudgetAction;
import io.pbm.core.grade.Grade;
import io.pbm.io.DocumentException;
import io.pbm.io.project.ProjectReader;
import io.pbm.io.project.ReadRecord;
import io.pbm.io.project.RejectedRecord;
import io.pbm.io.project.Section;
import io.pbm.rules.explain.Problem;
import io.pbm.rules.explain.RuleId;
import io.pbm.rules.linkage.BudgetTotals;
import io.pbm.rules.pipeline.BatchResult;
import io.pbm.rules.pipeline.Exclusion;
import io.pbm.rules.pipeline.ProjectOutcome;
import io.pbm.rules.pipeline.ProjectResult;
import io.pbm.rules.pipeline.RejectedProject;
import io.pbm.rules.pipeline.RejectedUnit;
import io.pbm.rules.pipeline.Summary;
import io.pbm.rules.pipeline.SummaryBuilder;
import io.pbm.rules.pipeline.UnitOutcome;
import io.pbm.rules.pipeline.UnitResult;
import io.pbm.rules.policy.Policy;
import io.pbm.rules.veto.Veto;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * Writes the result workbook (.xlsx) of a batch as outcomes arrive: a summary sheet (汇总 — the policy,
 * the counts, the grades, the mean score, Σ 全年预算数 and Σ 全年执行数 with the execution rate, the
 * vetoes by rule, next year's budget before and after), a projects sheet (项目结果) with one row per
 * input record in input order — evaluated, excluded (R-PLAN-4, with its reason) or rejected (with every
 * problem and its location) — and, for the first evaluated projects, a sheet each in the national
 * self-evaluation layout (项目支出绩效自评表) with pbm's scores filled in.
 *
 * <pre>{@code
 * try (ResultWorkbook workbook = ResultWorkbook.open(out, policy, Locale.SIMPLIFIED_CHINESE)) {
 *     Pbm.evaluateAll(projects, policy, workbook);
 *     workbook.finish();
 * }
 * // or a whole batch:
 * ResultWorkbook.write(batch, out, Locale.ENGLISH);
 * }</pre>
 *
 * <p>Memory: the workbook is streamed (POI's SXSSF): rows go to temporary files as they are written, so a
 * batch of 100,000 projects writes in a small heap. Each self-evaluation sheet costs a little memory and
 * an open temporary file until the end, so their number is capped ({@link #PROJECT_SHEETS} by default);
 * the summary sheet says how many were written and how many omitted. The temporary files are deleted when
 * the workbook is finished or closed.
 *
 * <p>Figures are numeric cells with number formats, never text: amounts {@code #,##0.00} (元), scores and
 * weights {@code 0.00}, rates {@code 0.00%}. A spreadsheet cell holds a binary double, so each exact
 * decimal is converted at this boundary only; amounts, scores and ratios of pbm have at most 15
 * significant digits (4 decimals for ratios), which a double shows exactly as written. Targets are
 * written as forms write them ({@code >=12公里}); an actual that is a bare number is a numeric cell.
 *
 * <p>Labels are in Chinese unless the locale's language is English. The content is deterministic — no
 * timestamps in cells — but the .xlsx container is a zip whose entry times POI sets when it writes, so
 * two runs may differ in bytes and never in content.
 *
 * <p>This class is mutable and <em>not</em> thread-safe: feed it from one thread, in input order.
 */
public final class ResultWorkbook implements Consumer<ProjectOutcome>, AutoCloseable {

    /** How many evaluated projects get a self-evaluation sheet of their own by default. */
    public static final int PROJECT_SHEETS = 1_000;

    /** The rows a sheet keeps in memory before they go to its temporary file. */
    private static final int WINDOW = 100;

    private final OutputStream out;
    private final SXSSFWorkbook workbook;
    private final Cells cells;
    private final SXSSFSheet summarySheet;
    private final SXSSFSheet projects;
    private final @Nullable SummaryBuilder summary;
    private final String policyName;
    private final String policyVersion;
    private final int projectSheets;
    private final Set<String> sheetNames = new HashSet<>();
    private int nextRow = 1;
    private long sheetsWritten;
    private long sheetsOmitted;
    private boolean begun;
    private boolean finished;

    private ResultWorkbook(OutputStream out, String policyName, String policyVersion, @Nullable SummaryBuilder summary,
            Locale locale, int projectSheets) {
        this.out = out;
        this.workbook = new SXSSFWorkbook(WINDOW);
        this.cells = new Cells(workbook, locale);
        this.summary = summary;
        this.policyName = policyName;
        this.policyVersion = policyVersion;
        this.projectSheets = projectSheets;
        this.summarySheet = sheet(cells.text("workbook.sheet.summary"));
        this.projects = sheet(cells.text("workbook.sheet.projects"));
        projectsHeader();
    }

    /**
     * Begins a workbook with the default cap on self-evaluation sheets.
     *
     * @param out  where the workbook goes when finished, not closed by this writer, not null
     * @param policy  the policy the outcomes are of, not null
     * @param locale  English for {@code en}, Chinese otherwise, not null
     * @return the writer
     */
    public static ResultWorkbook open(OutputStream out, Policy policy, Locale locale) {
        return open(out, policy, locale, PROJECT_SHEETS);
    }

    /**
     * Begins a workbook.
     *
     * @param out  where the workbook goes when finished, not closed by this writer, not null
     * @param policy  the policy the outcomes are of, not null
     * @param locale  English for {@code en}, Chinese otherwise, not null
     * @param projectSheets  how many evaluated projects get a self-evaluation sheet, 0 or more
     * @return the writer
     * @throws InvalidValueException if the cap is negative
     */
    public static ResultWorkbook open(OutputStream out, Policy policy, Locale locale, int projectSheets) {
        Objects.requireNonNull(out, "out is null");
        Objects.requireNonNull(policy, "policy is null");
        Objects.requireNonNull(locale, "locale is null");
        InvalidValueException.check(projectSheets >= 0, "projectSheets", projectSheets, "projectSheets >= 0");
        return new ResultWorkbook(out, policy.name(), policy.version(), SummaryBuilder.of(policy), locale,
                projectSheets);
    }

    /**
     * Writes a whole batch, with the default cap on self-evaluation sheets.
     *
     * @param batch  the batch, not null
     * @param out  where the workbook goes, not closed by this method, not null
     * @param locale  English for {@code en}, Chinese otherwise, not null
     * @throws UncheckedIOException if the stream cannot be written
     */
    public static void write(BatchResult batch, OutputStream out, Locale locale) {
        write(batch, out, locale, PROJECT_SHEETS);
    }

    /**
     * Writes a whole batch.
     *
     * @param batch  the batch, not null
     * @param out  where the workbook goes, not closed by this method, not null
     * @param locale  English for {@code en}, Chinese otherwise, not null
     * @param projectSheets  how many evaluated projects get a self-evaluation sheet, 0 or more
     * @throws InvalidValueException if the cap is negative
     * @throws UncheckedIOException if the stream cannot be written
     */
    public static void write(BatchResult batch, OutputStream out, Locale locale, int projectSheets) {
        Objects.requireNonNull(batch, "batch is null");
        Objects.requireNonNull(out, "out is null");
        Objects.requireNonNull(locale, "locale is null");
        InvalidValueException.check(projectSheets >= 0, "projectSheets", projectSheets, "projectSheets >= 0");
        Summary written = batch.summary();
        try (ResultWorkbook workbook = new ResultWorkbook(out, written.policyName(), written.policyVersion(), null,
                locale, projectSheets)) {
            batch.outcomes().forEach(workbook::accept);
            workbook.end(written, null, null);
        }
    }

    /**
     * Takes the next outcome: its row on the projects sheet, and for an evaluated project within the cap
     * its self-evaluation sheet.
     *
     * @param outcome  the outcome, not null
     * @throws IllegalStateException if the workbook is finished
     */
    @Override
    public void accept(ProjectOutcome outcome) {
        Objects.requireNonNull(outcome, "outcome is null");
        requireOpen();
        if (summary != null) {
            summary.add(outcome);
        }
        if (outcome instanceof ProjectResult result) {
            resultRow(result);
            if (sheetsWritten < projectSheets) {
                sheetsWritten++;
                SelfEvaluationSheet.write(sheet(result.projectId()), result, cells);
            } else {
                sheetsOmitted++;
            }
        } else if (outcome instanceof Exclusion exclusion) {
            Row row = row(exclusion.index(), exclusion.projectId(), "workbook.outcome.excluded");
            cells.text(row, Column.UNIT, exclusion.unit().name());
            cells.text(row, Column.REASONS, exclusion.rule().id() + " " + exclusion.message().render(cells.locale()));
        } else {
            RejectedProject rejected = (RejectedProject) outcome;
            rejectedRow(rejected, "/projects/" + rejected.index());
        }
    }

    /**
     * Takes a record the reader rejected: its row on the projects sheet, with every problem at its
     * document pointer.
     *
     * @param record  the record, not null
     * @throws IllegalStateException if the workbook is finished, or this writer writes a whole batch
     */
    public void reject(RejectedRecord record) {
        Objects.requireNonNull(record, "record is null");
        requireOpen();
        if (summary == null) {
            throw new IllegalStateException("a batch's writer takes only the batch's outcomes");
        }
        if (record.section() == Section.UNITS) {
            unit(new RejectedUnit(record.index(), record.toRejection()), "");
            return;
        }
        RejectedProject project = new RejectedProject(record.index(), record.toRejection());
        summary.add(project);
        rejectedRow(project, "");
    }

    /**
     * Takes the outcome of a unit-wide record (R-SCORE-UNIT): its row on the projects sheet, marked as a
     * unit-wide evaluation, its index counted among the document's units.
     *
     * @param outcome  the outcome, not null
     * @throws IllegalStateException if the workbook is finished, or this writer writes a whole batch
     */
    public void unit(UnitOutcome outcome) {
        Objects.requireNonNull(outcome, "outcome is null");
        unit(outcome, "/units/" + outcome.index());
    }

    private void unit(UnitOutcome outcome, String prefix) {
        requireOpen();
        if (summary == null) {
            throw new IllegalStateException("a batch's writer takes only the batch's outcomes");
        }
        summary.add(outcome);
        if (outcome instanceof UnitResult result) {
            Row row = row(result.index(), result.unitId(), "workbook.outcome.unitEvaluated");
            cells.text(row, Column.NAME, result.evaluation().name());
            cells.text(row, Column.UNIT, result.unit().name());
            cells.score(row, Column.SCORE.ordinal(), result.score().points());
            cells.text(row, Column.RAW_GRADE, cells.label(result.grade()));
            cells.text(row, Column.GRADE, cells.label(result.grade()));
            result.evaluation().executionRate().ifPresent(rate -> cells.rate(row, Column.EXECUTION_RATE.ordinal(), rate));
        } else {
            RejectedUnit rejected = (RejectedUnit) outcome;
            problemsRow(row(rejected.index(), rejected.unitId(), "workbook.outcome.unitRejected"), prefix,
                    rejected.problems());
        }
    }

    /**
     * Writes the summary sheet and the workbook to the stream.
     *
     * @return the summary written
     * @throws IllegalStateException if the workbook is finished
     * @throws UncheckedIOException if the stream cannot be written
     */
    public Summary finish() {
        requireOpen();
        return end(Objects.requireNonNull(summary, "summary is null").build(), null, null);
    }

    /**
     * Writes the workbook after a failure of the input (a truncated document, a limit on the number of
     * records): what was processed, its summary, and the failure's code and message at the top of the
     * summary sheet — as {@link ResultWriter#fail(String, String)} ends a result document.
     *
     * @param code  the failure's code, such as {@code document.truncated}, not null
     * @param message  the failure in the workbook's language, not null
     * @return the summary of what was processed
     * @throws IllegalStateException if the workbook is finished
     * @throws UncheckedIOException if the stream cannot be written
     */
    public Summary fail(String code, String message) {
        Objects.requireNonNull(code, "code is null");
        Objects.requireNonNull(message, "message is null");
        requireOpen();
        return end(Objects.requireNonNull(summary, "summary is null").build(), code, message);
    }

    /**
     * Writes the workbook after the reader failed: {@link #fail(String, String)} with the failure's code
     * and its message in the workbook's language.
     *
     * @param failure  the reader's failure, not null
     * @return the summary of what was processed
     * @throws IllegalStateException if the workbook is finished
     */
    public Summary fail(DocumentException failure) {
        Objects.requireNonNull(failure, "failure is null");
        return fail(failure.code().code(), failure.render(cells.locale()));
    }

    /**
     * Reads a {@code pbm/1} document record by record, runs each project through the pipeline and writes
     * the result workbook: memory does not grow with the number of projects. A record the reader rejects
     * is a rejection; a unit-wide record is evaluated too (R-SCORE-UNIT), its row marked as such. If the document fails after its
     * first record, the workbook is written with what was processed and the failure on its summary
     * sheet, and the failure is returned, not thrown.
     *
     * @param reader  the reader, with its limits, not null
     * @param in  the pbm/1 document in UTF-8, not closed by this method, not null
     * @param policy  the policy, not null
     * @param out  where the workbook goes, not closed by this method, not null
     * @param locale  English for {@code en}, Chinese otherwise, not null
     * @return the summary, and the failure if the document failed after its first record
     * @throws DocumentException if the document fails before its first record (nothing is written)
     * @throws UncheckedIOException if the output cannot be written
     */
    public static ResultWriter.Written evaluate(ProjectReader reader, InputStream in, Policy policy,
            OutputStream out, Locale locale) {
        Objects.requireNonNull(reader, "reader is null");
        Objects.requireNonNull(in, "in is null");
        try (ResultWorkbook workbook = open(out, policy, locale)) {
            return OutcomeSink.evaluate(() -> reader.stream(in), policy, workbook.sink(), () -> { });
        }
    }

    /**
     * {@link #evaluate(ProjectReader, InputStream, Policy, OutputStream, Locale)} for records from any
     * reader (a {@code pbm/1} document, a workbook of forms, a CSV table), telling {@code eachProject}
     * — a progress line — after each project record.
     *
     * @param records  the records in input order, closed when read, not null
     * @param policy  the policy, not null
     * @param out  where the workbook goes, not closed by this method, not null
     * @param locale  English for {@code en}, Chinese otherwise, not null
     * @param eachProject  run after each project record, not null
     * @return the summary, and the failure if the records failed after the first one
     * @throws DocumentException if the records fail before the first one (nothing is written)
     * @throws UncheckedIOException if the output cannot be written
     */
    public static ResultWriter.Written evaluate(Stream<ReadRecord> records, Policy policy, OutputStream out,
            Locale locale, Runnable eachProject) {
        Objects.requireNonNull(records, "records is null");
        Objects.requireNonNull(eachProject, "eachProject is null");
        try (ResultWorkbook workbook = open(out, policy, locale)) {
            return OutcomeSink.evaluate(() -> records, policy, workbook.sink(), eachProject);
        }
    }

    private OutcomeSink sink() {
        return new OutcomeSink(this::accept, this::reject, () -> begun, this::finish, this::fail, this::unit);
    }

    /**
     * How many evaluated projects got a self-evaluation sheet so far.
     *
     * @return the count
     */
    public long projectSheets() {
        return sheetsWritten;
    }

    /**
     * How many evaluated projects had no self-evaluation sheet because of the cap, so far.
     *
     * @return the count
     */
    public long omittedSheets() {
        return sheetsOmitted;
    }

    /**
     * Deletes the temporary files; the stream stays open. A workbook not finished is not written.
     */
    @Override
    public void close() {
        workbook.dispose();
        try {
            workbook.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void requireOpen() {
        if (finished) {
            throw new IllegalStateException("the workbook is finished");
        }
        begun = true;
    }

    private Summary end(Summary written, @Nullable String code, @Nullable String message) {
        finished = true;
        SummarySheet.write(summarySheet, written, cells, sheetsWritten, sheetsOmitted, code, message);
        try {
            workbook.write(out);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            workbook.dispose();
        }
        return written;
    }

    /** A new sheet with a name Excel accepts (at most 31 characters, no {@code []:*?/\}), unique in the workbook. */
    private SXSSFSheet sheet(String wanted) {
        String base = WorkbookUtil.createSafeSheetName(wanted.isBlank() ? "-" : wanted);
        String name = base;
        for (int n = 2; !sheetNames.add(name.toLowerCase(Locale.ROOT)); n++) {
            String suffix = " (" + n + ")";
            name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
        }
        return workbook.createSheet(name);
    }

    // ---------------------------------------------------------------- the projects sheet

    /** The columns of the projects sheet, in order. */
    enum Column {
        INDEX, PROJECT_ID, NAME, UNIT, OUTCOME, SCORE, RAW_GRADE, GRADE, VETOES, ACTION, BEFORE, AFTER,
        EXECUTION_RATE, REASONS;

        String key() {
            return "workbook.column." + name().toLowerCase(Locale.ROOT).replace("_", "");
        }
    }

    private void projectsHeader() {
        Row header = projects.createRow(0);
        for (Column column : Column.values()) {
            cells.header(header, column.ordinal(), cells.text(column.key()));
            projects.setColumnWidth(column.ordinal(), (column == Column.NAME || column == Column.REASONS ? 40
                    : column == Column.UNIT ? 28 : 14) * 256);
        }
        projects.createFreezePane(0, 1);
    }

    private Row row(long index, String projectId, String outcomeKey) {
        Row row = projects.createRow(nextRow++);
        cells.number(row, Column.INDEX.ordinal(), index);
        cells.text(row, Column.PROJECT_ID, projectId);
        cells.text(row, Column.OUTCOME, cells.text(outcomeKey));
        return row;
    }

    private void resultRow(ProjectResult result) {
        Row row = row(result.index(), result.projectId(), "workbook.outcome.evaluated");
        cells.text(row, Column.NAME, result.evaluation().name());
        cells.text(row, Column.UNIT, result.unit().name());
        cells.score(row, Column.SCORE.ordinal(), result.score().points());
        cells.text(row, Column.RAW_GRADE, cells.label(result.rawGrade()));
        cells.text(row, Column.GRADE, cells.label(result.grade()));
        StringJoiner vetoes = new StringJoiner(", ");
        for (Veto veto : result.vetoes()) {
            vetoes.add(veto.rule().id());
        }
        cells.text(row, Column.VETOES, vetoes.toString());
        cells.text(row, Column.ACTION, cells.label(result.budgetDecision().action()));
        cells.amount(row, Column.BEFORE.ordinal(), result.budgetDecision().before());
        cells.amount(row, Column.AFTER.ordinal(), result.budgetDecision().after());
        result.evaluation().executionRate().ifPresent(rate -> cells.rate(row, Column.EXECUTION_RATE.ordinal(), rate));
    }

    private void rejectedRow(RejectedProject rejected, String prefix) {
        problemsRow(row(rejected.index(), rejected.projectId(), "workbook.outcome.rejected"), prefix,
                rejected.problems());
    }

    private void problemsRow(Row row, String prefix, List<Problem> rejection) {
        StringJoiner problems = new StringJoiner("\n");
        for (Problem problem : rejection) {
            problems.add(prefix + problem.path() + " " + problem.code() + " " + problem.message().render(cells.locale()));
        }
        cells.text(row, Column.REASONS, problems.toString());
    }

    // ---------------------------------------------------------------- the summary sheet

    /** The summary sheet: labelled rows, then next year's budget per unit. */
    static final class SummarySheet {

        private SummarySheet() {}

        static void write(SXSSFSheet sheet, Summary summary, Cells cells, long sheetsWritten, long sheetsOmitted,
                @Nullable String code, @Nullable String message) {
            sheet.setColumnWidth(0, 36 * 256);
            sheet.setColumnWidth(1, 22 * 256);
            sheet.setColumnWidth(2, 22 * 256);
            sheet.setColumnWidth(3, 40 * 256);
            int[] next = {0};
            Row title = sheet.createRow(next[0]++);
            cells.header(title, 0, cells.text("workbook.summary.title"));
            if (code != null) {
                Row error = labelled(sheet, next, cells, "workbook.summary.error");
                cells.text(error, 1, code);
                cells.text(error, 2, Objects.requireNonNull(message, "message is null"));
            }
            labelled(sheet, next, cells, "workbook.summary.policy").createCell(1).setCellValue(summary.policyName());
            labelled(sheet, next, cells, "workbook.summary.version").createCell(1).setCellValue(summary.policyVersion());
            cells.number(labelled(sheet, next, cells, "workbook.summary.projects"), 1, summary.projects());
            cells.number(labelled(sheet, next, cells, "workbook.summary.evaluated"), 1, summary.evaluated());
            cells.number(labelled(sheet, next, cells, "workbook.summary.excluded"), 1, summary.excluded());
            cells.number(labelled(sheet, next, cells, "workbook.summary.rejected"), 1, summary.rejected());
            if (summary.unitWide() > 0) {
                cells.number(labelled(sheet, next, cells, "workbook.summary.unitWideEvaluated"), 1,
                        summary.unitWideEvaluated());
                cells.number(labelled(sheet, next, cells, "workbook.summary.unitWideRejected"), 1,
                        summary.unitWideRejected());
            }
            for (Map.Entry<Grade, Long> grade : summary.grades().entrySet()) {
                Row row = sheet.createRow(next[0]++);
                row.createCell(0).setCellValue(cells.text("workbook.summary.grade", cells.label(grade.getKey())));
                cells.number(row, 1, grade.getValue());
            }
            Row mean = labelled(sheet, next, cells, "workbook.summary.meanScore");
            summary.meanScore().ifPresent(score -> cells.score(mean, 1, score.points()));
            cells.amount(labelled(sheet, next, cells, "workbook.summary.adjusted"), 1, summary.adjusted());
            cells.amount(labelled(sheet, next, cells, "workbook.summary.spent"), 1, summary.spent());
            Row rate = labelled(sheet, next, cells, "workbook.summary.executionRate");
            summary.executionRate().ifPresent(ratio -> cells.rate(rate, 1, ratio));
            for (RuleId rule : RuleId.values()) {
                Long fired = summary.vetoes().get(rule);
                if (fired != null) {
                    Row row = sheet.createRow(next[0]++);
                    row.createCell(0).setCellValue(cells.text("workbook.summary.veto", rule.id()));
                    cells.number(row, 1, fired);
                }
            }
            cells.number(labelled(sheet, next, cells, "workbook.summary.reportsReturned"), 1, summary.reportsReturned());
            cells.amount(labelled(sheet, next, cells, "workbook.summary.budgetBefore"), 1, summary.budgetBefore());
            cells.amount(labelled(sheet, next, cells, "workbook.summary.budgetAfter"), 1, summary.budgetAfter());
            actions(sheet, next, cells, summary.budget());
            cells.number(labelled(sheet, next, cells, "workbook.summary.projectSheets"), 1, sheetsWritten);
            cells.number(labelled(sheet, next, cells, "workbook.summary.omittedSheets"), 1, sheetsOmitted);
            if (!summary.units().isEmpty()) {
                next[0]++;
                Row header = sheet.createRow(next[0]++);
                cells.header(header, 0, cells.text("workbook.summary.unit"));
                cells.header(header, 1, cells.text("workbook.summary.budgetBefore"));
                cells.header(header, 2, cells.text("workbook.summary.budgetAfter"));
                summary.units().forEach((unit, totals) -> {
                    Row row = sheet.createRow(next[0]++);
                    row.createCell(0).setCellValue(unit.name());
                    cells.amount(row, 1, totals.before());
                    cells.amount(row, 2, totals.after());
                });
            }
        }

        private static void actions(SXSSFSheet sheet, int[] next, Cells cells, BudgetTotals totals) {
            for (Map.Entry<BudgetAction, Long> action : totals.actions().entrySet()) {
                if (action.getValue() > 0) {
                    Row row = sheet.createRow(next[0]++);
                    row.createCell(0).setCellValue(cells.text("workbook.summary.action", cells.label(action.getKey())));
                    cells.number(row, 1, action.getValue());
                }
            }
        }

        private static Row labelled(SXSSFSheet sheet, int[] next, Cells cells, String key) {
            Row row = sheet.createRow(next[0]++);
            row.createCell(0).setCellValue(cells.text(key));
            return row;
        }
    }
}
