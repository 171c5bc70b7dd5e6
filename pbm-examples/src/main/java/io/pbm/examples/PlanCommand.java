package io.pbm.examples;

import io.pbm.core.FiscalYear;
import io.pbm.core.InvalidValueException;
import io.pbm.core.Labelled;
import io.pbm.core.budget.Amount;
import io.pbm.core.project.Project;
import io.pbm.io.project.ProjectDocument;
import io.pbm.rules.planning.AdministrativeLevel;
import io.pbm.rules.planning.DepartmentPlan;
import io.pbm.rules.planning.DepartmentPlanner;
import io.pbm.rules.planning.KeyEvaluationPlan;
import io.pbm.rules.planning.KeyEvaluationPlanner;
import io.pbm.rules.planning.PlanSummary;
import io.pbm.rules.planning.PlannedProject;
import io.pbm.rules.planning.YearPlan;
import io.pbm.rules.policy.Policy;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code pbm plan}: which projects are evaluated beyond the units' own self-evaluation in a year — the
 * department evaluations of each unit (R-PLAN-1: at least the policy's share of the unit's project
 * budget, key and one-time projects first, every project within the cycle) and the finance bureau's key
 * evaluations (R-PLAN-2: at least the policy's number for the level, not less money than last year).
 * A table: each selected project with the reason that decided it.
 */
@Command(
        name = "plan",
        mixinStandardHelpOptions = true,
        versionProvider = PbmCommand.Version.class,
        header = "Selects department and finance key evaluations (R-PLAN-1/2).",
        description = {
            "Selects the department evaluations of each unit (R-PLAN-1) and the finance",
            "bureau's key evaluations (R-PLAN-2) for a year, with the reason for each project."
        })
final class PlanCommand extends DocumentCommand {

    @Mixin
    private PolicyOption policyOption;

    @Option(names = "--year", required = true, paramLabel = "YEAR", description = "The plan year, such as 2024.")
    private int year;

    @Option(names = "--level", paramLabel = "county|prefecture", defaultValue = "county",
            description = "The level of the finance bureau, for R-PLAN-2 (default: ${DEFAULT-VALUE}).")
    private String level;

    @Option(names = "--previous-total", paramLabel = "AMOUNT", defaultValue = "0",
            description = "The money (元) of last year's key evaluations, for R-PLAN-2 (default: ${DEFAULT-VALUE}).")
    private String previousTotal;

    @Override
    int run() throws IOException {
        Output.Format format = output.format(spec, Output.Format.TABLE);
        FiscalYear planYear = option("--year", () -> FiscalYear.of(year));
        AdministrativeLevel administrativeLevel = option("--level",
                () -> Labelled.parse(AdministrativeLevel.class, "level", level));
        Amount previous = option("--previous-total", () -> Amount.parse(previousTotal));
        if (previous.isNegative()) {
            throw usage("Invalid value for option '--previous-total' (valid values 0 or more): " + previousTotal);
        }
        Policy policy = policyOption.resolve(this);
        ProjectDocument document = document();
        List<Project> projects = document.projects();
        YearPlan plan = DepartmentPlanner.of(policy).plan(projects, planYear);
        KeyEvaluationPlan key = KeyEvaluationPlanner.of(policy).select(projects, administrativeLevel, previous);
        return write(format, out -> { }, table -> {
            table.println(text("plan.department", planYear, policy.name(), policy.version()));
            for (DepartmentPlan unit : plan.units()) {
                table.println("  " + unit.message().render(locale()));
                selected(table, unit.selected());
            }
            PlanSummary summary = plan.summary();
            table.println(text("plan.departmentSummary", summary.selected(), summary.projects(),
                    summary.selectedAmount(), summary.total(), summary.share().map(s -> s.toPercentString(2)).orElse("—"),
                    summary.unitsReached(), summary.units()));
            table.println();
            table.println(text("plan.key", label(administrativeLevel)));
            table.println("  " + key.message().render(locale()));
            selected(table, key.selected());
            rejected(document, table);
        });
    }

    private void selected(PrintWriter table, List<PlannedProject> selected) {
        for (PlannedProject project : selected) {
            table.println("    " + project.projectId() + "  " + project.budget() + "  "
                    + label(project.reason()) + "  " + project.name());
        }
    }
}
