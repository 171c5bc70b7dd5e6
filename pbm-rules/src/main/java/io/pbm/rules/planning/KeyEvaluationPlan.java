package io.pbm.rules.planning;

import io.pbm.core.budget.Amount;
import io.pbm.rules.explain.Message;
import io.pbm.rules.explain.RuleId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The finance bureau's key evaluations for a year (R-PLAN-2): the projects selected, each with its
 * reason, and whether the two constraints are met — at least the policy's number of projects for the
 * level, and not less money than last year's key evaluations. When the batch cannot meet them, every
 * project is selected and {@link #possible()} is false; the message says which constraint fails.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param level  the level of the finance bureau
 * @param minimumCount  the least number of projects, or null when the policy sets none (MOF_2020)
 * @param previousTotal  the money of last year's key evaluations
 * @param candidates  the number of projects to choose from
 * @param selected  the selected projects, in the order chosen
 */
public record KeyEvaluationPlan(AdministrativeLevel level, @Nullable Integer minimumCount, Amount previousTotal,
        int candidates, List<PlannedProject> selected) {

    /**
     * Creates a plan.
     *
     * @param level  not null
     * @param minimumCount  or null
     * @param previousTotal  not null
     * @param candidates  at least the number selected
     * @param selected  not null
     */
    public KeyEvaluationPlan {
        Objects.requireNonNull(level, "level is null");
        Objects.requireNonNull(previousTotal, "previousTotal is null");
        selected = List.copyOf(Objects.requireNonNull(selected, "selected is null"));
        io.pbm.core.InvalidValueException.check(candidates >= selected.size(), "candidates", candidates,
                "at least the " + selected.size() + " selected");
    }

    /**
     * The rule of the plan.
     *
     * @return R-PLAN-2
     */
    public RuleId rule() {
        return RuleId.R_PLAN_2;
    }

    /**
     * The least number of projects.
     *
     * @return the count, empty when the policy sets none
     */
    public Optional<Integer> minimum() {
        return Optional.ofNullable(minimumCount);
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
     * Whether at least the policy's number of projects is selected (true when it sets none).
     *
     * @return true if reached
     */
    public boolean countReached() {
        return minimumCount == null || selected.size() >= minimumCount;
    }

    /**
     * Whether the selected money is not less than last year's.
     *
     * @return true if selected ≥ previous total
     */
    public boolean amountReached() {
        return selectedAmount().compareTo(previousTotal) >= 0;
    }

    /**
     * Whether both constraints are met.
     *
     * @return false when the batch has too few projects or too little money
     */
    public boolean possible() {
        return countReached() && amountReached();
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
     * What the plan amounts to, or which constraint the batch cannot meet.
     *
     * @return the message
     */
    public Message message() {
        String count = minimumCount == null ? "—" : minimumCount.toString();
        if (!countReached()) {
            return Message.of("R-PLAN-2.tooFew", level, candidates, count);
        }
        if (!amountReached()) {
            return Message.of("R-PLAN-2.tooLittle", level, selectedAmount(), previousTotal);
        }
        return Message.of("R-PLAN-2.reached", level, selected.size(), count, selectedAmount(), previousTotal);
    }

    /**
     * One line: level, count and money.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return level + ": " + selected.size() + " projects, " + selectedAmount() + " against " + previousTotal
                + (possible() ? "" : " (impossible)");
    }
}
