package io.pbm.examples;

import io.pbm.io.DocumentException;
import io.pbm.io.project.ReadProject;
import io.pbm.io.project.ReadRecord;
import io.pbm.io.project.RejectedRecord;
import io.pbm.io.csv.ResultCsv;
import io.pbm.io.project.ReadUnit;
import io.pbm.io.project.Section;
import io.pbm.io.result.ResultWorkbook;
import io.pbm.io.result.ResultWriter;
import io.pbm.rules.pipeline.Pipeline;
import io.pbm.rules.pipeline.ProjectOutcome;
import io.pbm.rules.pipeline.ProjectResult;
import io.pbm.rules.pipeline.RejectedProject;
import io.pbm.rules.pipeline.RejectedUnit;
import io.pbm.rules.pipeline.SummaryBuilder;
import io.pbm.rules.pipeline.UnitOutcome;
import io.pbm.rules.pipeline.UnitResult;
import io.pbm.rules.policy.Policy;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code pbm evaluate}: a {@code pbm/1} document through the whole pipeline under a policy —
 * exclusion (R-PLAN-4), scoring and grading, vetoes, next year's budget — read, evaluated and written
 * project by project, so a document of any size runs in a small heap.
 *
 * <p>Exit status (json-contract.md): 0 when the document was read (rejected projects are reported, not
 * fatal); 1 when it cannot be read at all — one line on stderr, and with {@code --format json} the
 * output still closes as a valid document with an {@code error} member; 2 for a usage error.
 */
@Command(
        name = "evaluate",
        mixinStandardHelpOptions = true,
        versionProvider = PbmCommand.Version.class,
        header = "Evaluates projects: scores, grades, vetoes, next year's budget.",
        description = {
            "Evaluates the projects of a pbm/1 document under a policy: scores, grades,",
            "vetoes and next year's budget, with the rule behind every figure."
        })
final class EvaluateCommand extends DocumentCommand {

    @Mixin
    private PolicyOption policyOption;

    @Override
    int run() throws IOException {
        Output.Format format = output.anyFormat(spec);
        Policy policy = policyOption.resolve(this);
        Locale locale = locale();
        PrintWriter err = spec.commandLine().getErr();
        // A table on standard output shows its own progress, and a progress line would break into it.
        try (Progress progress = format == Output.Format.JSON || output.toFile() ? Progress.start(err, locale, -1)
                : Progress.silent(err);
                Stream<ReadRecord> records = inputFile().records(progress);
                OutputStream out = output.open(root())) {
            DocumentException failure = switch (format) {
                case JSON -> ResultWriter.evaluate(records, policy, out, locale, progress::step).failure();
                case XLSX -> ResultWorkbook.evaluate(records, policy, out, locale, progress::step).failure();
                case CSV -> writeCsv(records, out, policy, locale, progress);
                case TABLE -> writeTable(records, out, policy, locale, progress);
            };
            out.flush();
            progress.close();
            if (failure != null) {
                return unreadable(failure.render(locale));
            }
            return 0;
        }
    }

    /**
     * The projects table to the output, and the indicators table beside an {@code --out} file
     * ({@code result.csv} and {@code result-indicators.csv}); on standard output, the projects table only.
     */
    private DocumentException writeCsv(Stream<ReadRecord> records, OutputStream out, Policy policy, Locale locale,
            Progress progress) throws IOException {
        Path indicatorsFile = output.sibling("-indicators");
        try (OutputStream indicators = indicatorsFile == null ? OutputStream.nullOutputStream()
                : Output.open(root(), indicatorsFile); ResultCsv csv = ResultCsv.open(out, indicators, locale)) {
            return evaluate(records, policy, progress, csv);
        }
    }

    /**
     * Every record through the pipeline into the tables, in input order: a project record the reader
     * rejected is a rejected project, a unit-wide record a unit's row (R-SCORE-UNIT). Returns the failure
     * that ended the records early, or null.
     */
    private static DocumentException evaluate(Stream<ReadRecord> records, Policy policy, Progress progress,
            ResultCsv sink) {
        Pipeline pipeline = Pipeline.of(policy);
        try {
            Iterator<ReadRecord> each = records.iterator();
            while (each.hasNext()) {
                ReadRecord record = each.next();
                if (record instanceof ReadProject read) {
                    sink.accept(pipeline.evaluate(read.project(), read.index()));
                    progress.step();
                } else if (record instanceof RejectedRecord rejected && rejected.section() == Section.PROJECTS) {
                    sink.accept(new RejectedProject(rejected.index(), rejected.toRejection()));
                    progress.step();
                } else if (record instanceof ReadUnit read) {
                    sink.unit(pipeline.evaluateUnit(read.unit(), read.index()));
                } else if (record instanceof RejectedRecord rejected) {
                    sink.unit(new RejectedUnit(rejected.index(), rejected.toRejection()));
                }
            }
            return null;
        } catch (DocumentException failure) {
            return failure;
        }
    }

    private DocumentException writeTable(Stream<ReadRecord> records, OutputStream out, Policy policy, Locale locale,
            Progress progress) {
        PrintWriter table = Output.text(out);
        Pipeline pipeline = Pipeline.of(policy);
        SummaryBuilder summary = SummaryBuilder.of(policy);
        DocumentException failure = null;
        try {
            Iterator<ReadRecord> each = records.iterator();
            while (each.hasNext()) {
                ReadRecord record = each.next();
                if (record instanceof ReadProject || record instanceof RejectedRecord) {
                    progress.step();
                }
                if (record instanceof ReadProject read) {
                    ProjectOutcome outcome = pipeline.evaluate(read.project(), read.index());
                    summary.add(outcome);
                    table.println(line(outcome, locale));
                } else if (record instanceof ReadUnit read) {
                    UnitOutcome outcome = pipeline.evaluateUnit(read.unit(), read.index());
                    summary.add(outcome);
                    table.println(line(outcome, locale));
                } else if (record instanceof RejectedRecord rejected && rejected.section() == Section.UNITS) {
                    // A rejected unit-wide record counts as a unit, never as a project (R-SCORE-UNIT).
                    summary.add(new RejectedUnit(rejected.index(), rejected.toRejection()));
                    table.print(rejected.render(locale));
                } else if (record instanceof RejectedRecord rejected) {
                    summary.add(new io.pbm.rules.pipeline.RejectedProject(rejected.index(), rejected.toRejection()));
                    table.print(rejected.render(locale));
                }
            }
        } catch (DocumentException e) {
            failure = e;
        }
        io.pbm.rules.pipeline.Summary totals = summary.build();
        // A document that fails before its first record has nothing to sum up: the error line says it all.
        if (failure == null || totals.projects() + totals.unitWide() > 0) {
            table.println();
            table.print(totals.render(locale));
        }
        table.flush();
        return failure;
    }

    /** A unit-wide line: its id, score and grade (R-SCORE-UNIT), or its rejection. */
    private String line(UnitOutcome outcome, Locale locale) {
        if (outcome instanceof UnitResult result) {
            return "[" + Section.UNITS.member() + "] " + result.unitId() + "  " + result.unit().name() + "  "
                    + result.score() + "  " + label(result.grade());
        }
        return ((RejectedUnit) outcome).rejection().render(locale).strip();
    }

    private String line(ProjectOutcome outcome, Locale locale) {
        if (outcome instanceof ProjectResult result) {
            return result.projectId() + "  " + result.score() + "  " + label(result.rawGrade())
                    + (result.grade() == result.rawGrade() ? "" : " → " + label(result.grade()))
                    + "  " + label(result.budgetDecision().action()) + " " + result.budgetDecision().before()
                    + " → " + result.budgetDecision().after();
        }
        return outcome.asExclusion().map(e -> e.projectId() + "  " + e.rule() + "  " + e.message().render(locale))
                .or(() -> outcome.asRejected().map(r -> r.rejection().render(locale).strip()))
                .orElse(outcome.toString());
    }
}
