package io.pbm.examples;

import io.pbm.core.Ratio;
import io.pbm.io.project.ProjectDocument;
import io.pbm.io.project.ReadProject;
import io.pbm.io.project.ReadRecord;
import io.pbm.io.project.RejectedRecord;
import io.pbm.io.project.Section;
import io.pbm.rules.planning.SampledCandidate;
import io.pbm.rules.planning.SpotCheck;
import io.pbm.rules.planning.SpotCheckSample;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code pbm spot-check}: the reproducible random sample of R-PLAN-3 — every project id of the document
 * ranked by SHA-256 of {@code seed + ":" + id} (UTF-8, lowercase hex) ascending, the first ⌈share × n⌉
 * sampled — and how anyone can draw it again without pbm, in any language.
 *
 * <p>The candidates are the ids of every project record of the document, read or rejected (a record
 * that cannot be evaluated is still material that was sent in); a record without a readable id cannot be
 * a candidate. Repeated ids count once.
 */
@Command(
        name = "spot-check",
        mixinStandardHelpOptions = true,
        versionProvider = PbmCommand.Version.class,
        header = "Draws the reproducible spot-check sample (R-PLAN-3).",
        description = {
            "Draws the reproducible spot-check sample (R-PLAN-3): ids ranked by",
            "SHA-256(seed:id), the first ⌈share × n⌉; prints how to redo it without pbm."
        })
final class SpotCheckCommand extends DocumentCommand {

    @Option(names = "--share", required = true, paramLabel = "SHARE",
            description = "The share sampled: 0.10, 10%% or 1/10 (more than 0, at most 1).")
    private String share;

    @Option(names = "--seed", required = true, paramLabel = "SEED", description = "The seed, such as the year 2024.")
    private String seed;

    @Override
    int run() throws IOException {
        Output.Format format = output.format(spec, Output.Format.TABLE);
        Ratio ratio = option("--share", () -> Ratio.parse(share));
        if (ratio.signum() <= 0 || ratio.isAbove(Ratio.ONE)) {
            throw usage("Invalid value for option '--share' (valid values 0 < share <= 1): " + share);
        }
        ProjectDocument document = document();
        List<String> ids = candidates(document);
        SpotCheckSample sample = SpotCheck.sample(ids, ratio, seed);
        return write(format, out -> { }, table -> {
            table.println(sample.rule().id() + "  " + sample.message().render(locale()));
            for (SampledCandidate candidate : sample.sample()) {
                table.println(String.format("%6d  %s  %s", candidate.rank(), candidate.hash(), candidate.id()));
            }
            table.println();
            table.println(text("spotCheck.redo", seed, sample.count(), sample.candidates()));
            table.println("  sh:     " + sample.howToRedo());
            table.println("  python: import hashlib; ids = [l.rstrip('\\n') for l in open('ids.txt', encoding='utf-8')]; "
                    + "print(sorted(ids, key=lambda i: hashlib.sha256(('" + seed.replace("\\", "\\\\").replace("'", "\\'")
                    + ":' + i).encode('utf-8')).hexdigest())[:" + sample.count() + "])");
            if (!sample.sample().isEmpty()) {
                SampledCandidate first = sample.sample().get(0);
                table.println(text("spotCheck.one", "printf '%s' '" + (seed + ":" + first.id()).replace("'", "'\\''")
                        + "' | sha256sum", first.hash()));
            }
        });
    }

    /** Every project id of the document, in input order: read, or rejected with a known id. */
    private static List<String> candidates(ProjectDocument document) {
        List<String> ids = new ArrayList<>();
        for (ReadRecord record : document.records()) {
            if (record instanceof ReadProject project) {
                ids.add(project.project().id());
            } else if (record instanceof RejectedRecord rejected && rejected.section() == Section.PROJECTS) {
                rejected.knownId().ifPresent(ids::add);
            }
        }
        return ids;
    }
}
