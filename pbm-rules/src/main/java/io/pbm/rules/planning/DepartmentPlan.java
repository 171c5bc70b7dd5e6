package io.pbm.rules.planning;

import io.pbm.core.FiscalYear;
import io.pbm.core.Ratio;
import io.pbm.core.budget.Amount;
import io.pbm.core.project.BudgetUnit;
import io.pbm.rules.explain.Message;
import io.pbm.rules.explain.RuleId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One unit's department evaluation plan for a year (R-PLAN-1): the projects selected, each with its
 * reason, in the order they were chosen (overdue projects first, then by preference); the amount
 * selected and its share of the unit's project budget; and whether the policy's share is reached.
 *
 * <p>Amounts are adjusted budgets (全年预算数). The share is exact; it is compared with the policy's
 * by cross-multiplying (5 × selected ≥ total for 20 %). A unit whose projects have no budget at all
 * has no share, and reaches any share with what it selected (0 ≥ 0).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param unit  the budget unit
 * @param year  the plan year
 * @param projects  the number of the unit's projects
 * @param total  the unit's project budget: the sum of its projects' adjusted budgets
 * @param selected  the selected projects, in the order they were chosen
 * @param requiredShare  the policy's share ({@code departmentShare}, 0.2 in both presets)
 */
public record DepartmentPlan(BudgetUnit unit, FiscalYear year, int projects, Amount total,
        List<PlannedProject> selected, Ratio requiredShare) {

    /**
     * Creates a plan.
     *
     * @param unit  not null
     * @param year  not null
     * @param projects  at least the number selected
     * @param total  not null
     * @param selected  not null
     * @param requiredShare  not null
     */
    public DepartmentPlan {
        Objects.requireNonNull(unit, "unit is null");
        Objects.requireNonNull(year, "year is null");
        Objects.requireNonNull(total, "total is null");
        selected = List.copyOf(Objects.requireNonNull(selected, "selected is null"));
        Objects.requireNonNull(requiredShare, "requiredShare is null");
        io.pbm.core.InvalidValueException.check(projects >= selected.size(), "projects", projects,
                "at least the " + selected.size() + " selected");
    }

    /**
     * The rule of the plan.
     *
     * @return R-PLAN-1
     */
    public RuleId rule() {
        return RuleId.R_PLAN_1;
    }

    /**
     * The sum of the selected projects' adjusted budgets.
     *
     * @return the amount
     */
    public Amount selectedAmount() {
        return Shares.selected(selected);
    }

    /**
     * The selected amount ÷ the unit's total, exact.
     *
     * @return the share, empty when the unit's total is 0
     */
    public Optional<Ratio> share() {
        return total.isZero() ? Optional.empty() : Optional.of(Ratio.of(selectedAmount().yuan(), total.yuan()));
    }

    /**
     * Whether the selected amount reaches the policy's share of the total, compared exactly.
     *
     * @return true if selected × denominator ≥ total × numerator
     */
    public boolean reached() {
        return Shares.reaches(selectedAmount(), total, requiredShare);
    }

    /**
     * The ids of the selected projects, in the order chosen.
     *
     * @return the ids
     */
    public List<String> selectedIds() {
        return selected.stream().map(PlannedProject::projectId).toList();
    }

    /**
     * What the plan amounts to: how many projects, how much, what share against the policy's.
     *
     * @return the message
     */
    public Message message() {
        return Message.of(reached() ? "R-PLAN-1.reached" : "R-PLAN-1.notReached", unit, year, selected.size(), projects,
                selectedAmount(), total, share().map(s -> s.toPercentString(2)).orElse("—"),
                requiredShare.toPercentString(0));
    }

    /**
     * One line: unit, year, count and share.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return unit + " " + year + ": " + selected.size() + "/" + projects + " projects, " + selectedAmount() + " of "
                + total + (reached() ? " (reached " : " (below ") + requiredShare + ")";
    }
}
