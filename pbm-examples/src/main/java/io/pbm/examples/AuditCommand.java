package io.pbm.examples;

import io.pbm.core.project.Project;
import io.pbm.io.project.ProjectDocument;
import io.pbm.io.result.ReportTables;
import io.pbm.io.result.ReportWriter;
import io.pbm.rules.Pbm;
import io.pbm.rules.audit.AuditReport;
import io.pbm.rules.audit.AuditResult;
import io.pbm.rules.audit.AuditSummary;
import io.pbm.rules.audit.Discrepancy;
import io.pbm.rules.explain.Rejection;
import io.pbm.rules.policy.Policy;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;

/**
 * {@code pbm audit}: recomputes filled-in self-evaluation tables (自评审核, R-AUDIT-1…6) and compares
 * them with the figures they report — {@code pbm-audit/1}, or one line per finding: rule, project,
 * location, reported → computed, message; then the totals. CSV and xlsx: a row per finding and per
 * clean table.
 */
@Command(
        name = "audit",
        mixinStandardHelpOptions = true,
        versionProvider = PbmCommand.Version.class,
        header = "Checks filled-in self-evaluation tables (R-AUDIT-1…6).",
        description = {
            "Checks filled-in self-evaluation tables (R-AUDIT-1…6): one line per finding —",
            "rule, project, location, reported → computed, message."
        })
final class AuditCommand extends ReportCommand<AuditReport> {

    @Override
    AuditReport report(List<Project> projects, Policy policy) {
        return Pbm.audit(projects, policy);
    }

    @Override
    void json(AuditReport report, ProjectDocument document, OutputStream out) {
        ReportWriter.write(report, document, locale(), out);
    }

    @Override
    ReportTables tables(AuditReport report, ProjectDocument document) {
        return ReportTables.of(report, document, locale());
    }

    @Override
    void table(AuditReport report, ProjectDocument document, PrintWriter table) {
        Map<String, String> pointers = pointers(document);
        for (AuditResult result : report.results()) {
            String at = pointers.getOrDefault(result.projectId(), "");
            for (Discrepancy d : result.discrepancies()) {
                table.println(d.rule().id() + "  " + result.projectId() + "  " + at + d.path() + "  "
                        + (d.reported().isEmpty() ? "—" : d.reported()) + " → " + d.computed() + "  "
                        + d.message().render(locale()));
            }
        }
        for (Rejection rejection : report.rejected()) {
            table.println(rejection.render(locale()).strip());
        }
        rejected(document, table);
        AuditSummary summary = report.summary();
        int unread = rejectedProjects(document).size();
        table.println();
        table.println(text("audit.summary", summary.projects() + unread, summary.clean(),
                summary.withDiscrepancies(), summary.rejected() + unread,
                summary.discrepancies().entrySet().stream().map(e -> e.getKey().id() + " ×" + e.getValue())
                        .collect(Collectors.joining(", "))));
    }
}
