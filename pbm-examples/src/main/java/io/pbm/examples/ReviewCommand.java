package io.pbm.examples;

import io.pbm.io.project.ProjectDocument;
import io.pbm.io.result.ReportWriter;
import io.pbm.rules.Pbm;
import io.pbm.rules.explain.Problem;
import io.pbm.rules.explain.Warning;
import io.pbm.rules.policy.Policy;
import io.pbm.rules.review.BudgetReviewReport;
import io.pbm.rules.review.ProjectReview;
import io.pbm.rules.review.ReviewSummary;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code pbm review}: checks the goal tables (绩效目标审核, R-GOAL-1…8) and ex-ante assessments
 * (R-EXANTE-1…4) of a document before budgeting — {@code pbm-review/1}, or a table: each project passed
 * or failed with the rule of each problem, then the totals.
 */
@Command(
        name = "review",
        mixinStandardHelpOptions = true,
        versionProvider = PbmCommand.Version.class,
        description = {
            "Reviews goal tables before budgeting (R-GOAL-1…8, R-EXANTE-1…4): each project",
            "passed or failed, with the rule and location of every problem."
        })
final class ReviewCommand extends DocumentCommand {

    @Mixin
    private PolicyOption policyOption;

    @Override
    int run() throws IOException {
        Output.Format format = output.anyFormat(spec);
        Policy policy = policyOption.resolve(this);
        ProjectDocument document = document();
        BudgetReviewReport report = Pbm.review(document.projects(), policy);
        return write(format, out -> ReportWriter.write(report, document, locale(), out), table -> {
            Map<String, String> pointers = pointers(document);
            for (ProjectReview review : report.results()) {
                String at = pointers.getOrDefault(review.projectId(), "");
                table.println(review.projectId() + "  " + text(review.passed() ? "review.passed" : "review.failed")
                        + "  " + text("review.indicators", review.goal().indicatorCount(),
                                review.goal().quantifiedShare().map(s -> s.toPercentString(2)).orElse("—"))
                        + review.budgetAction().map(a -> "  " + label(a)).orElse(""));
                for (Problem problem : review.problems()) {
                    table.println("  " + problem.code() + "  " + at + problem.path() + "  "
                            + problem.message().render(locale()));
                }
                for (Warning warning : review.warnings()) {
                    table.println("  " + text("table.warning") + " " + warning.render(locale()));
                }
            }
            rejected(document, table);
            ReviewSummary summary = report.summary(rejectedProjects(document).size());
            table.println();
            table.println(text("review.summary", summary.projects(), summary.passed(), summary.failed(),
                    summary.rejected(), summary.notBudgeted()));
        });
    }
}
