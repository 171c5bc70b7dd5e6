package io.pbm.examples;

import io.pbm.io.project.ReadProject;
import io.pbm.io.project.ReadRecord;
import io.pbm.io.project.RejectedRecord;
import io.pbm.io.project.Section;
import io.pbm.io.result.ResultWriter;
import io.pbm.rules.explain.TraceStep;
import io.pbm.rules.pipeline.Pipeline;
import io.pbm.rules.pipeline.ProjectOutcome;
import io.pbm.rules.pipeline.ProjectResult;
import io.pbm.rules.policy.Policy;
import java.io.IOException;
import java.util.Iterator;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code pbm explain}: the whole trace of one project — the readable explanation (scores, total, grade,
 * vetoes, budget decision), then every rule applied with its outcome and message, in the chosen language.
 * {@code --format json} writes the project's {@code pbm-result/1} document.
 *
 * <p>The document is read only as far as the project. An id that is not in the document is a usage
 * error (exit status 2): the document was read, the question named something it does not hold.
 */
@Command(
        name = "explain",
        mixinStandardHelpOptions = true,
        versionProvider = PbmCommand.Version.class,
        header = "Explains one project, rule by rule.",
        description = {
            "Explains one project: its scores, grade, vetoes and budget decision, then every",
            "rule applied with its inputs, outcome and message."
        })
final class ExplainCommand extends DocumentCommand {

    @Option(names = "--project", required = true, paramLabel = "ID", description = "The project's id.")
    private String projectId;

    @Option(names = "--policy", paramLabel = "mof-2020|xinjiang|FILE", defaultValue = "mof-2020",
            description = "A preset or a pbm-policy/1 file (default: ${DEFAULT-VALUE}).")
    private String policyName;

    @Override
    int run() throws IOException {
        Output.Format format = output.format(spec, Output.Format.JSON, Output.Format.TABLE);
        Policy policy = policy("--policy", policyName);
        ReadRecord found = null;
        try (Stream<ReadRecord> records = inputFile().records()) {
            for (Iterator<ReadRecord> each = records.iterator(); each.hasNext() && found == null; ) {
                ReadRecord record = each.next();
                if (record instanceof ReadProject project && project.project().id().equals(projectId)
                        || record instanceof RejectedRecord rejected && rejected.section() == Section.PROJECTS
                                && rejected.knownId().filter(projectId::equals).isPresent()) {
                    found = record;
                }
            }
        }
        if (found == null) {
            throw usage("Invalid value for option '--project' (valid values the id of a project in " + input + "): "
                    + projectId);
        }
        ReadRecord record = found;
        ProjectOutcome outcome = record instanceof ReadProject project
                ? Pipeline.of(policy).evaluate(project.project(), project.index()) : null;
        return write(format, out -> {
            try (ResultWriter writer = ResultWriter.open(out, policy, locale())) {
                if (outcome != null) {
                    writer.accept(outcome);
                } else {
                    writer.reject((RejectedRecord) record);
                }
                writer.finish();
            }
        }, table -> {
            if (!(outcome instanceof ProjectResult)) {
                table.println(text("explain.header", projectId, policy.name(), policy.version()));
            }
            if (outcome instanceof ProjectResult result) {
                table.print(result.explain(locale()));
                table.println();
                table.println(text("explain.trace", result.trace().steps().size()));
                for (TraceStep step : result.trace().steps()) {
                    table.println("  " + step.render(locale()));
                }
            } else if (outcome != null) {
                table.println(outcome.asExclusion().map(e -> e.render(locale()))
                        .orElseGet(() -> outcome.asRejected().map(r -> r.rejection().render(locale())).orElse("")).strip());
            } else {
                table.println(((RejectedRecord) record).render(locale()));
            }
        });
    }
}
