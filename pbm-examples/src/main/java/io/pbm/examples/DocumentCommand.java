package io.pbm.examples;

import io.pbm.io.project.ProjectDocument;
import io.pbm.io.project.ReadProject;
import io.pbm.io.project.ReadRecord;
import io.pbm.io.project.RejectedRecord;
import io.pbm.io.project.Section;
import io.pbm.io.result.ReportTables;
import io.pbm.rules.explain.Problem;
import io.pbm.rules.explain.Warning;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * A command that reads one INPUT document (through {@link InputFile}) and writes a document or a
 * table (through {@link Output}).
 */
abstract class DocumentCommand extends CliCommand {

    @Mixin
    Output output;

    @Mixin
    FormOptions forms;

    @Parameters(paramLabel = "INPUT", description = "The projects: a pbm/1 document (.json), a workbook of national"
            + " forms (.xlsx: 项目支出绩效自评表 or 目标申报表, one a sheet) or a flat indicator table (.csv).")
    Path input;

    /**
     * The INPUT file, with the form defaults of the command line.
     *
     * @return the input
     */
    final InputFile inputFile() {
        return InputFile.of(input).withForms(forms.defaults(this)).withWarnings(this::warn);
    }

    /**
     * Prints on stderr what the reader noticed without rejecting anything, so that a column pbm ignores
     * is not ignored silently; the output document stays clean.
     *
     * @param warning  the warning
     */
    private void warn(Problem warning) {
        PrintWriter err = spec.commandLine().getErr();
        err.println(text("table.warning") + " " + warning.render(locale()));
        err.flush();
    }

    /**
     * The whole INPUT document.
     *
     * @return the document
     */
    final ProjectDocument document() {
        return inputFile().read();
    }

    /**
     * Writes the output of a command that writes a document or a table.
     *
     * @param format  the format, JSON or TABLE
     * @param json  writes the document
     * @param table  writes the table
     * @return 0, the exit status of a document read
     * @throws IOException if the output cannot be closed
     */
    final int write(Output.Format format, Consumer<OutputStream> json, Consumer<PrintWriter> table) throws IOException {
        return write(format, json, table, () -> {
            throw new IllegalStateException("Output.format lets only json and table through: " + format);
        });
    }

    /**
     * Writes the output in the format asked for: the document, the text table, or the report as a flat
     * table — CSV (UTF-8 with a byte order mark) or a workbook.
     *
     * @param format  the format
     * @param json  writes the document
     * @param table  writes the text table
     * @param tables  the report as a flat table, for CSV and xlsx
     * @return 0, the exit status of a document read
     * @throws IOException if the output cannot be closed
     */
    final int write(Output.Format format, Consumer<OutputStream> json, Consumer<PrintWriter> table,
            Supplier<ReportTables> tables) throws IOException {
        try (OutputStream out = output.open(root())) {
            switch (format) {
                case JSON -> json.accept(out);
                case CSV -> tables.get().writeCsv(out);
                case XLSX -> tables.get().writeXlsx(out);
                case TABLE -> {
                    PrintWriter text = Output.text(out);
                    table.accept(text);
                    text.flush();
                }
            }
        }
        return 0;
    }

    /**
     * Prints the records the reader rejected, each with all its problems.
     *
     * @param document  the document
     * @param table  where
     */
    final void rejected(ProjectDocument document, PrintWriter table) {
        for (RejectedRecord record : rejectedProjects(document)) {
            table.println(record.render(locale()));
        }
    }

    /**
     * Prints warnings under a project, each with its rule.
     *
     * @param warnings  the warnings
     * @param table  where
     */
    final void warnings(List<Warning> warnings, PrintWriter table) {
        for (Warning warning : warnings) {
            table.println("  " + text("table.warning") + " " + warning.render(locale()));
        }
    }

    /**
     * The project records the reader rejected.
     *
     * @param document  the document
     * @return the rejections, in input order
     */
    static List<RejectedRecord> rejectedProjects(ProjectDocument document) {
        return document.rejected().stream().filter(r -> r.section() == Section.PROJECTS).toList();
    }

    /**
     * Where each project read is in the document.
     *
     * @param document  the document
     * @return {@code /projects/3} by project id
     */
    static Map<String, String> pointers(ProjectDocument document) {
        Map<String, String> pointers = new HashMap<>();
        for (ReadRecord record : document.records()) {
            if (record instanceof ReadProject project) {
                pointers.putIfAbsent(project.project().id(), "/projects/" + project.index());
            }
        }
        return pointers;
    }
}
