package io.pbm.rules.planning;

import io.pbm.core.FiscalYear;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A department evaluation plan over a whole cycle (R-PLAN-1): the plans of the {@code cycleYears}
 * years from the first, and the year each project is first covered — every project has one, within
 * the cycle.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param first  the first plan year
 * @param years  the plans, one per year of the cycle, in order
 * @param coverage  the first year of the cycle each project is evaluated in, by project id
 */
public record CyclePlan(FiscalYear first, List<YearPlan> years, Map<String, FiscalYear> coverage) {

    /**
     * Creates a cycle plan.
     *
     * @param first  not null
     * @param years  not null
     * @param coverage  not null
     */
    public CyclePlan {
        Objects.requireNonNull(first, "first is null");
        years = List.copyOf(Objects.requireNonNull(years, "years is null"));
        coverage = Collections.unmodifiableMap(new TreeMap<>(Objects.requireNonNull(coverage, "coverage is null")));
    }

    /**
     * The last plan year of the cycle.
     *
     * @return the year
     */
    public FiscalYear last() {
        return years.isEmpty() ? first : years.get(years.size() - 1).year();
    }

    /**
     * The first year of the cycle a project is evaluated in.
     *
     * @param projectId  the id, not null
     * @return the year, if the project was in the batch
     */
    public Optional<FiscalYear> yearOf(String projectId) {
        Objects.requireNonNull(projectId, "projectId is null");
        return Optional.ofNullable(coverage.get(projectId));
    }

    /**
     * Whether every year's selection reaches the policy's share in every unit.
     *
     * @return true if all reach it
     */
    public boolean allReached() {
        return years.stream().allMatch(YearPlan::allReached);
    }
}
