package io.pbm.rules.planning;

import io.pbm.core.FiscalYear;
import io.pbm.core.project.BudgetUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The department evaluation plans of one year (R-PLAN-1): one {@link DepartmentPlan} per budget unit,
 * units in order of name, and the summary over all of them.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param year  the plan year
 * @param units  one plan per unit, in order of the unit's name
 * @param summary  the totals
 */
public record YearPlan(FiscalYear year, List<DepartmentPlan> units, PlanSummary summary) {

    /**
     * Creates a year's plan.
     *
     * @param year  not null
     * @param units  not null
     * @param summary  not null
     */
    public YearPlan {
        Objects.requireNonNull(year, "year is null");
        units = List.copyOf(Objects.requireNonNull(units, "units is null"));
        Objects.requireNonNull(summary, "summary is null");
    }

    /**
     * A year's plan with its summary computed.
     *
     * @param year  the year, not null
     * @param units  the units' plans, not null
     * @return the plan
     */
    static YearPlan of(FiscalYear year, List<DepartmentPlan> units) {
        return new YearPlan(year, units, PlanSummary.of(units));
    }

    /**
     * The plan of one unit.
     *
     * @param unit  the unit, not null
     * @return the plan, if the batch had projects of that unit
     */
    public Optional<DepartmentPlan> unit(BudgetUnit unit) {
        Objects.requireNonNull(unit, "unit is null");
        return units.stream().filter(p -> p.unit().equals(unit)).findFirst();
    }

    /**
     * Whether every unit's selection reaches the policy's share.
     *
     * @return true if all reach it
     */
    public boolean allReached() {
        return summary.unitsReached() == summary.units();
    }
}
