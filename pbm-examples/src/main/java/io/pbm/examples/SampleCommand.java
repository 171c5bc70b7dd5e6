package io.pbm.examples;

import io.pbm.examples.sample.SampleGenerator;
import io.pbm.examples.sample.SampleProfile;
import io.pbm.io.project.ProjectWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code pbm sample}: deterministic synthetic projects as a {@code pbm/1} document — the same arguments
 * give the same bytes on every machine. Projects are made and written one at a time, so a million
 * projects need no more heap than ten.
 */
@Command(
        name = "sample",
        mixinStandardHelpOptions = true,
        versionProvider = PbmCommand.Version.class,
        header = "Writes deterministic synthetic projects as pbm/1.",
        description = {
            "Writes deterministic synthetic projects as a pbm/1 document: realistic goal tables,",
            "budgets, findings and grades (domain.md section 12); the same seed, the same bytes."
        })
final class SampleCommand extends CliCommand {

    @Option(names = "--projects", required = true, paramLabel = "N", description = "How many projects (0 or more).")
    private long projects;

    @Option(names = "--units", required = true, paramLabel = "U",
            description = "How many budget units (1 to " + SampleGenerator.MAX_UNITS + ").")
    private int units;

    @Option(names = "--seed", required = true, paramLabel = "S", description = "The seed (a whole number).")
    private long seed;

    @Option(names = "--profile", paramLabel = "county|province", defaultValue = "county",
            description = "The kind of place (default: ${DEFAULT-VALUE}).")
    private String profile;

    @Option(names = "--with-errors", description = "About 2 %% of the local projects carry a data-entry mistake "
            + "that makes them rejections.")
    private boolean withErrors;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    private Path file;

    @Override
    int run() throws IOException {
        SampleProfile kind = option("--profile", () -> SampleProfile.parse(profile));
        Iterable<io.pbm.core.project.Project> sample = option("--projects/--units",
                () -> SampleGenerator.iterable(projects, units, seed, kind, withErrors));
        try (OutputStream out = Output.open(root(), file); ProjectWriter writer = ProjectWriter.of(out)) {
            sample.forEach(writer);
        }
        return 0;
    }
}
