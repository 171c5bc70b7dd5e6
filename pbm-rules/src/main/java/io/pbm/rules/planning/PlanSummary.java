package io.pbm.rules.planning;

import io.pbm.core.InvalidValueException;
import io.pbm.core.Ratio;
import io.pbm.core.budget.Amount;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The totals of a year's department evaluation plans over all units (R-PLAN-1).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param units  the number of units
 * @param projects  the number of projects
 * @param selected  the number of projects selected
 * @param total  the sum of all projects' adjusted budgets
 * @param selectedAmount  the sum of the selected projects' adjusted budgets
 * @param unitsReached  the number of units whose selection reaches the policy's share
 */
public record PlanSummary(int units, int projects, int selected, Amount total, Amount selectedAmount,
        int unitsReached) {

    /**
     * Creates a summary.
     *
     * @param units  0 or more
     * @param projects  0 or more
     * @param selected  0 to projects
     * @param total  not null
     * @param selectedAmount  not null
     * @param unitsReached  0 to units
     */
    public PlanSummary {
        Objects.requireNonNull(total, "total is null");
        Objects.requireNonNull(selectedAmount, "selectedAmount is null");
        InvalidValueException.check(units >= 0 && unitsReached >= 0 && unitsReached <= units, "unitsReached",
                unitsReached, "0 <= unitsReached <= units (" + units + ")");
        InvalidValueException.check(selected >= 0 && selected <= projects, "selected", selected,
                "0 <= selected <= projects (" + projects + ")");
    }

    /**
     * The summary of some units' plans.
     *
     * @param plans  the plans, not null
     * @return the totals
     */
    public static PlanSummary of(List<DepartmentPlan> plans) {
        Objects.requireNonNull(plans, "plans is null");
        int projects = 0;
        int selected = 0;
        int reached = 0;
        Amount total = Amount.ZERO;
        Amount amount = Amount.ZERO;
        for (DepartmentPlan plan : plans) {
            projects += plan.projects();
            selected += plan.selected().size();
            reached += plan.reached() ? 1 : 0;
            total = total.plus(plan.total());
            amount = amount.plus(plan.selectedAmount());
        }
        return new PlanSummary(plans.size(), projects, selected, total, amount, reached);
    }

    /**
     * The selected amount ÷ the total over all units, exact.
     *
     * @return the share, empty when the total is 0
     */
    public Optional<Ratio> share() {
        return total.isZero() ? Optional.empty() : Optional.of(Ratio.of(selectedAmount.yuan(), total.yuan()));
    }
}
