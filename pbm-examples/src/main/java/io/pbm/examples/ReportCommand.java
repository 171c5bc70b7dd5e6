package io.pbm.examples;

import io.pbm.core.project.Project;
import io.pbm.io.project.ProjectDocument;
import io.pbm.io.result.ReportTables;
import io.pbm.rules.policy.Policy;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Mixin;

/**
 * A command that runs one engine over the whole INPUT under one {@code --policy} and writes the
 * engine's report as its document, as a table for a person, or as a flat table (CSV, xlsx with
 * {@code --out}; {@link ReportTables}): {@code review}, {@code monitor}, {@code audit}.
 *
 * @param <R>  the engine's report
 */
abstract class ReportCommand<R> extends DocumentCommand {

    @Mixin
    private PolicyOption policyOption;

    @Override
    final int run() throws IOException {
        Output.Format format = output.anyFormat(spec);
        checkOptions();
        Policy policy = policyOption.resolve(this);
        ProjectDocument document = document();
        R report = report(document.projects(), policy);
        return write(format, out -> json(report, document, out), table -> table(report, document, table),
                () -> tables(report, document));
    }

    /** Checks the command's own options before anything is read; a bad value is a usage error. */
    void checkOptions() {
    }

    /**
     * Runs the engine.
     *
     * @param projects  the projects read, in input order
     * @param policy  the policy
     * @return the report
     */
    abstract R report(List<Project> projects, Policy policy);

    /**
     * Writes the report's document.
     *
     * @param report  the report
     * @param document  the document read, for locations and the reader's rejections
     * @param out  where
     */
    abstract void json(R report, ProjectDocument document, OutputStream out);

    /**
     * The report as a flat table, for {@code --format csv} and {@code xlsx}.
     *
     * @param report  the report
     * @param document  the document read, for locations and the reader's rejections
     * @return the table
     */
    abstract ReportTables tables(R report, ProjectDocument document);

    /**
     * Writes the report for a person: a line or a few per project, the reader's rejections, the totals.
     *
     * @param report  the report
     * @param document  the document read
     * @param table  where
     */
    abstract void table(R report, ProjectDocument document, PrintWriter table);
}
