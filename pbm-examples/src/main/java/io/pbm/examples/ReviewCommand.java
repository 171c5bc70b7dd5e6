package io.pbm.examples;

import io.pbm.core.project.Project;
import io.pbm.io.project.ProjectDocument;
import io.pbm.io.result.ReportTables;
import io.pbm.io.result.ReportWriter;
import io.pbm.rules.Pbm;
import io.pbm.rules.explain.Problem;
import io.pbm.rules.policy.Policy;
import io.pbm.rules.review.BudgetReviewReport;
import io.pbm.rules.review.ProjectReview;
import io.pbm.rules.review.ReviewSummary;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;

/**
 * {@code pbm review}: checks the goal tables (绩效目标审核, R-GOAL-1…8) and ex-ante assessments
 * (R-EXANTE-1…4) of a document before budgeting — {@code pbm-review/1}, or a table: each project passed
 * or failed with the rule of each problem, then the totals; or a row per project as CSV or xlsx.
 */
@Command(
        name = "review",
        mixinStandardHelpOptions = true,
        versionProvider = PbmCommand.Version.class,
        header = "Reviews goal tables before budgeting (R-GOAL, R-EXANTE).",
        description = {
            "Reviews goal tables before budgeting (R-GOAL-1…8, R-EXANTE-1…4): each project",
            "passed or failed, with the rule and location of every problem."
        })
final class ReviewCommand extends ReportCommand<BudgetReviewReport> {

    @Override
    BudgetReviewReport report(List<Project> projects, Policy policy) {
        return Pbm.review(projects, policy);
    }

    @Override
    void json(BudgetReviewReport report, ProjectDocument document, OutputStream out) {
        ReportWriter.write(report, document, locale(), out);
    }

    @Override
    ReportTables tables(BudgetReviewReport report, ProjectDocument document) {
        return ReportTables.of(report, document, locale());
    }

    @Override
    void table(BudgetReviewReport report, ProjectDocument document, PrintWriter table) {
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
            warnings(review.warnings(), table);
        }
        rejected(document, table);
        ReviewSummary summary = report.summary(rejectedProjects(document).size());
        table.println();
        table.println(text("review.summary", summary.projects(), summary.passed(), summary.failed(),
                summary.rejected(), summary.notBudgeted()));
    }
}
