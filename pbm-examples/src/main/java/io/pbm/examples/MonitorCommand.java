package io.pbm.examples;

import io.pbm.core.monitoring.WarningLight;
import io.pbm.core.project.Project;
import io.pbm.io.project.ProjectDocument;
import io.pbm.io.result.ReportTables;
import io.pbm.io.result.ReportWriter;
import io.pbm.rules.Pbm;
import io.pbm.rules.monitoring.IndicatorLight;
import io.pbm.rules.monitoring.MonitoringBatch;
import io.pbm.rules.monitoring.MonitoringResult;
import io.pbm.rules.monitoring.MonitoringSummary;
import io.pbm.rules.policy.Policy;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.time.Month;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code pbm monitor}: in-year monitoring (绩效监控, R-MON-1…7) at the end of a month — spending and goal
 * progress side by side with their lights; {@code pbm-monitor/1}, a table, or a row per project as CSV
 * or xlsx.
 */
@Command(
        name = "monitor",
        mixinStandardHelpOptions = true,
        versionProvider = PbmCommand.Version.class,
        header = "Monitors spending and goal progress at a month's end (R-MON).",
        description = {
            "Monitors projects at the end of a month (R-MON-1…7): budget.spent and the",
            "indicators' actuals hold the values to date; execution and indicator lights."
        })
final class MonitorCommand extends ReportCommand<MonitoringBatch> {

    @Option(names = "--month", required = true, paramLabel = "1-12",
            description = "The month whose end the figures describe (5: end of May).")
    private int month;

    @Override
    void checkOptions() {
        if (month < 1 || month > 12) {
            throw usage("Invalid value for option '--month' (valid values 1 to 12): " + month);
        }
    }

    @Override
    MonitoringBatch report(List<Project> projects, Policy policy) {
        return Pbm.monitor(projects, Month.of(month), policy);
    }

    @Override
    void json(MonitoringBatch report, ProjectDocument document, OutputStream out) {
        ReportWriter.write(report, document, locale(), out);
    }

    @Override
    ReportTables tables(MonitoringBatch report, ProjectDocument document) {
        return ReportTables.of(report, document, locale());
    }

    @Override
    void table(MonitoringBatch report, ProjectDocument document, PrintWriter table) {
        for (MonitoringResult result : report.results()) {
            table.println(result.projectId() + "  " + text("monitor.execution",
                    result.executionRate().map(r -> r.toPercentString(2)).orElse("—"),
                    result.timeShare().toPercentString(2)) + "  " + label(result.executionLight().orElse(null)));
            for (IndicatorLight light : result.indicators()) {
                table.println("  " + light.name() + "  " + label(light.level()) + "  " + light.reason().render(locale()));
            }
            warnings(result.warnings(), table);
        }
        rejected(document, table);
        MonitoringSummary summary = report.summary();
        int unread = rejectedProjects(document).size();
        table.println();
        table.println(text("monitor.summary", summary.projects() + unread, summary.monitored(),
                summary.rejected() + unread, summary.count(WarningLight.RED), summary.count(WarningLight.YELLOW),
                summary.count(WarningLight.GREEN), summary.unlit(), summary.keyAttention()));
    }
}
