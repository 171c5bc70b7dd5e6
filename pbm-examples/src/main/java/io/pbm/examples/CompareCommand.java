package io.pbm.examples;

import io.pbm.io.project.ProjectDocument;
import io.pbm.io.project.RejectedRecord;
import io.pbm.io.result.ComparisonWriter;
import io.pbm.io.result.ReportTables;
import io.pbm.rules.Pbm;
import io.pbm.rules.pipeline.PolicyComparison;
import io.pbm.rules.policy.Policy;
import java.io.IOException;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code pbm compare}: the what-if — the same document under two policies: the parameters that differ,
 * the totals side by side, and every project whose final grade, budget action or amount changes.
 * {@code --format json} writes {@code pbm-compare/1} ({@link ComparisonWriter} documents it); {@code csv}
 * and {@code xlsx} one row per change ({@link ReportTables}).
 */
@Command(
        name = "compare",
        mixinStandardHelpOptions = true,
        versionProvider = PbmCommand.Version.class,
        header = "What if: the same projects under two policies.",
        description = {
            "What if: evaluates the projects under two policies and shows the totals side by",
            "side and every project whose grade or budget decision changes."
        })
final class CompareCommand extends DocumentCommand {

    @Option(names = "--policy", required = true, paramLabel = "mof-2020|xinjiang|FILE",
            description = "Give it twice: the first policy (from), then the second (to).")
    private List<String> policyNames;

    @Override
    int run() throws IOException {
        Output.Format format = output.anyFormat(spec);
        if (policyNames.size() != 2) {
            throw usage("Option '--policy' must be given twice (from, to), not " + policyNames.size() + " times");
        }
        Policy from = policy("--policy", policyNames.get(0));
        Policy to = policy("--policy", policyNames.get(1));
        ProjectDocument document = document();
        PolicyComparison comparison = Pbm.compare(document.projects(), from, to);
        List<RejectedRecord> unread = rejectedProjects(document);
        return write(format, out -> ComparisonWriter.write(comparison, unread, locale(), out), table -> {
            table.print(comparison.render(locale()));
            if (!unread.isEmpty()) {
                table.println(text("compare.unread", unread.size()));
                rejected(document, table);
            }
        }, () -> ReportTables.of(comparison, unread, locale()));
    }
}
