package io.pbm.rules.planning;

import io.pbm.core.FiscalYear;
import io.pbm.core.Ratio;
import io.pbm.core.budget.Amount;
import io.pbm.core.project.BudgetUnit;
import io.pbm.core.project.Project;
import io.pbm.rules.explain.Message;
import io.pbm.rules.policy.Policy;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Selects the projects a department evaluates (R-PLAN-1, seeds 001 and 002): projects worth at least
 * the policy's {@code departmentShare} (20 %) of each unit's project budget, preferring key and
 * one-time projects not evaluated before, with every project evaluated at least once in a cycle of
 * {@code cycleYears} (5) years. Projects are grouped by {@link Project#unit()}; amounts are adjusted
 * budgets.
 *
 * <p>The selection of a unit for a plan year Y:
 *
 * <ol>
 *   <li>every <em>overdue</em> project — its last department or finance evaluation before Y was in
 *       Y − cycleYears or earlier (evaluated in 2019, cycle 5: due in 2024) — is selected, whatever
 *       the share;
 *   <li>the others are ranked: key or one-time projects never evaluated before first; then the oldest
 *       last evaluation (never evaluated counts as oldest); then the largest budget; then the id;
 *   <li>ranked projects are added in that order until the selected amount reaches the share, compared
 *       exactly (5 × selected ≥ total for 20 %).
 * </ol>
 *
 * <p><strong>What the selection guarantees.</strong> It always reaches the share — at worst it takes
 * every project, which is 100 %; this holds for zero budgets too (a unit whose total is 0 reaches it
 * with what it selected). It is the overdue projects plus the <em>shortest prefix</em> of the ranking
 * that reaches the share: no project is added once the share is reached, so leaving out the last one
 * added falls below it. It is not the cheapest nor the smallest set that reaches the share — the
 * ranking (the rule's preferences) comes first, and a small preferred project is kept even when a
 * large one added later would have sufficed alone.
 *
 * <p>{@link #cyclePlan} runs the selection for each year of the cycle as if the earlier years' plans
 * had been carried out, and in the last year also selects every project not covered yet: every
 * project is covered at least once within the cycle, and every year reaches the share.
 *
 * <p>Evaluations in {@code history.evaluatedYears} at or after the plan year are not "before" it and
 * are ignored. Ids must be unique within a batch.
 *
 * <p>An engine is a function of (input, policy): immutable and thread-safe.
 */
public final class DepartmentPlanner {

    private final Policy policy;

    private DepartmentPlanner(Policy policy) {
        this.policy = policy;
    }

    /**
     * A planner for a policy.
     *
     * @param policy  the policy, not null
     * @return the planner
     */
    public static DepartmentPlanner of(Policy policy) {
        return new DepartmentPlanner(Objects.requireNonNull(policy, "policy is null"));
    }

    /**
     * The policy of this planner.
     *
     * @return the policy
     */
    public Policy policy() {
        return policy;
    }

    /**
     * The department evaluation plans of one year, one per unit (R-PLAN-1).
     *
     * @param projects  the projects, ids unique, not null
     * @param year  the plan year, not null
     * @return the plans, units in order of name
     * @throws io.pbm.core.InvalidValueException if an id is repeated
     */
    public YearPlan plan(Collection<Project> projects, FiscalYear year) {
        Objects.requireNonNull(year, "year is null");
        Map<BudgetUnit, List<Project>> units = byUnit(projects);
        List<DepartmentPlan> plans = new ArrayList<>(units.size());
        units.forEach((unit, list) -> plans.add(select(unit, list, year, p -> lastBefore(p, year, null), p -> false)));
        return YearPlan.of(year, plans);
    }

    /**
     * The department evaluation plans of every year of the cycle from {@code year} (R-PLAN-1): each
     * year's selection as {@link #plan} makes it, counting the earlier years of the cycle as done; in
     * the last year every project not yet covered is selected too ({@link SelectionReason#OVERDUE}).
     *
     * @param projects  the projects, ids unique, not null
     * @param year  the first plan year, not null
     * @return the plans of {@code cycleYears} years and the year each project is first covered
     * @throws io.pbm.core.InvalidValueException if an id is repeated, or the cycle ends after 2100
     */
    public CyclePlan cyclePlan(Collection<Project> projects, FiscalYear year) {
        Objects.requireNonNull(year, "year is null");
        int cycle = policy.planning().cycleYears();
        year.plusYears(cycle - 1); // refuses a cycle that would end after 2100 before any work is done
        Map<BudgetUnit, List<Project>> units = byUnit(projects);
        Map<String, FiscalYear> planned = new HashMap<>();
        Map<String, FiscalYear> coverage = new TreeMap<>();
        List<YearPlan> years = new ArrayList<>(cycle);
        for (int k = 0; k < cycle; k++) {
            FiscalYear current = year.plusYears(k);
            Predicate<Project> due = k == cycle - 1 ? p -> !coverage.containsKey(p.id()) : p -> false;
            List<DepartmentPlan> plans = new ArrayList<>(units.size());
            units.forEach((unit, list) -> plans.add(select(unit, list, current,
                    p -> lastBefore(p, current, planned.get(p.id())), due)));
            for (DepartmentPlan plan : plans) {
                for (PlannedProject selected : plan.selected()) {
                    planned.put(selected.projectId(), current);
                    coverage.putIfAbsent(selected.projectId(), current);
                }
            }
            years.add(YearPlan.of(current, plans));
        }
        return new CyclePlan(year, years, coverage);
    }

    private static Map<BudgetUnit, List<Project>> byUnit(Collection<Project> projects) {
        Map<BudgetUnit, List<Project>> units = new TreeMap<>();
        for (Project project : Shares.unique(projects)) {
            units.computeIfAbsent(project.unit(), u -> new ArrayList<>()).add(project);
        }
        return units;
    }

    /** The last evaluation before the year: from the history, or planned earlier in the cycle. */
    private static Optional<FiscalYear> lastBefore(Project project, FiscalYear year, @Nullable FiscalYear planned) {
        FiscalYear last = planned;
        for (FiscalYear evaluated : project.history().evaluatedYears()) {
            if (evaluated.isBefore(year) && (last == null || last.isBefore(evaluated))) {
                last = evaluated;
            }
        }
        return Optional.ofNullable(last);
    }

    /** A project as the ranking sees it. */
    private record Candidate(Project project, @Nullable FiscalYear last) {

        boolean preferred() {
            return last == null && (project.flags().isKey() || project.flags().isOneTime());
        }

        /** Never evaluated sorts as the oldest. */
        int lastYear() {
            return last == null ? Integer.MIN_VALUE : last.value();
        }

        Amount budget() {
            return project.budget().adjusted();
        }
    }

    private static final Comparator<Candidate> RANKING = Comparator
            .comparing((Candidate c) -> !c.preferred())
            .thenComparingInt(Candidate::lastYear)
            .thenComparing(Candidate::budget, Comparator.reverseOrder())
            .thenComparing(c -> c.project().id());

    private DepartmentPlan select(BudgetUnit unit, List<Project> projects, FiscalYear year,
            Function<Project, Optional<FiscalYear>> lastEvaluated, Predicate<Project> dueAtCycleEnd) {
        Ratio share = policy.planning().departmentShare();
        int cycle = policy.planning().cycleYears();
        Amount total = Shares.total(projects);
        List<Candidate> forced = new ArrayList<>();
        List<Candidate> ranked = new ArrayList<>();
        for (Project project : projects) {
            Candidate candidate = new Candidate(project, lastEvaluated.apply(project).orElse(null));
            boolean overdue = candidate.last() != null && candidate.last().value() <= year.value() - cycle;
            (overdue || dueAtCycleEnd.test(project) ? forced : ranked).add(candidate);
        }
        forced.sort(RANKING);
        ranked.sort(RANKING);
        List<PlannedProject> selected = new ArrayList<>();
        Amount amount = Amount.ZERO;
        for (Candidate candidate : forced) {
            Message message = candidate.last() != null && candidate.last().value() <= year.value() - cycle
                    ? Message.of("R-PLAN-1.overdue", candidate.project().id(), candidate.last(), cycle, year)
                    : Message.of("R-PLAN-1.cycleEnd", candidate.project().id(), year, cycle);
            selected.add(planned(candidate, SelectionReason.OVERDUE, message));
            amount = amount.plus(candidate.budget());
        }
        for (Candidate candidate : ranked) {
            if (Shares.reaches(amount, total, share)) {
                break;
            }
            selected.add(ranked(candidate));
            amount = amount.plus(candidate.budget());
        }
        return new DepartmentPlan(unit, year, projects.size(), total, selected, share);
    }

    private static PlannedProject ranked(Candidate candidate) {
        Project project = candidate.project();
        if (candidate.preferred()) {
            SelectionReason reason = project.flags().isKey() ? SelectionReason.KEY : SelectionReason.ONE_TIME;
            return planned(candidate, reason, Message.of("R-PLAN-1.preferred", project.id(), reason,
                    candidate.budget()));
        }
        if (candidate.last() == null) {
            return planned(candidate, SelectionReason.NEVER_EVALUATED, Message.of("R-PLAN-1.never", project.id(),
                    candidate.budget()));
        }
        return planned(candidate, SelectionReason.BUDGET, Message.of("R-PLAN-1.budget", project.id(), candidate.last(),
                candidate.budget()));
    }

    private static PlannedProject planned(Candidate candidate, SelectionReason reason, Message message) {
        Project project = candidate.project();
        return new PlannedProject(project.id(), project.name(), project.unit(), candidate.budget(), reason,
                candidate.last(), message);
    }
}
