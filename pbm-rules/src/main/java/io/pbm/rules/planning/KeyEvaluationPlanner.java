package io.pbm.rules.planning;

import io.pbm.core.budget.Amount;
import io.pbm.core.project.Project;
import io.pbm.rules.explain.Message;
import io.pbm.rules.policy.Policy;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Selects the finance bureau's key evaluations (财政重点评价, R-PLAN-2, seeds 001 and 002): at least
 * the policy's number of projects for the level ({@code financeMinimumPrefecture}, 10, or
 * {@code financeMinimumCounty}, 5, in XINJIANG; none in MOF_2020), and not less money than last
 * year's key evaluations. The seeds have them carried out by third parties; who evaluates is not this
 * selection's concern.
 *
 * <p>Key projects come first, then the others; within each, the largest adjusted budget first, then
 * the id. Projects are added in that order until both the count and the money are reached. If the
 * whole batch cannot reach them, every project is selected and the plan says it is impossible — the
 * order takes everything before giving up, so "impossible" means no selection of the batch could
 * meet the constraints. A policy without a minimum has no count constraint; with last year's total
 * 0 as well, nothing needs selecting.
 *
 * <p>An engine is a function of (input, policy): immutable and thread-safe.
 */
public final class KeyEvaluationPlanner {

    private static final Comparator<Project> ORDER = Comparator
            .comparing((Project p) -> !p.flags().isKey())
            .thenComparing((Project p) -> p.budget().adjusted(), Comparator.reverseOrder())
            .thenComparing(Project::id);

    private final Policy policy;

    private KeyEvaluationPlanner(Policy policy) {
        this.policy = policy;
    }

    /**
     * A planner for a policy.
     *
     * @param policy  the policy, not null
     * @return the planner
     */
    public static KeyEvaluationPlanner of(Policy policy) {
        return new KeyEvaluationPlanner(Objects.requireNonNull(policy, "policy is null"));
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
     * Selects the key evaluations.
     *
     * @param projects  the candidates, ids unique, not null
     * @param level  the level of the finance bureau, not null
     * @param previousTotal  the money of last year's key evaluations, not null
     * @return the plan
     * @throws io.pbm.core.InvalidValueException if an id is repeated or the previous total is negative
     */
    public KeyEvaluationPlan select(Collection<Project> projects, AdministrativeLevel level, Amount previousTotal) {
        Objects.requireNonNull(level, "level is null");
        Objects.requireNonNull(previousTotal, "previousTotal is null");
        io.pbm.core.InvalidValueException.check(!previousTotal.isNegative(), "previousTotal", previousTotal,
                "previousTotal >= 0.00");
        List<Project> ordered = new ArrayList<>(Shares.unique(projects));
        ordered.sort(ORDER);
        Integer minimum = level.minimum(policy.planning()).orElse(null);
        int count = minimum == null ? 0 : minimum;
        List<PlannedProject> selected = new ArrayList<>();
        Amount amount = Amount.ZERO;
        for (Project project : ordered) {
            if (selected.size() >= count && amount.compareTo(previousTotal) >= 0) {
                break;
            }
            Amount budget = project.budget().adjusted();
            SelectionReason reason = project.flags().isKey() ? SelectionReason.KEY : SelectionReason.BUDGET;
            selected.add(new PlannedProject(project.id(), project.name(), project.unit(), budget, reason,
                    project.history().lastEvaluated().orElse(null),
                    Message.of("R-PLAN-2.selected", project.id(), reason, budget)));
            amount = amount.plus(budget);
        }
        return new KeyEvaluationPlan(level, minimum, previousTotal, ordered.size(), selected);
    }
}
