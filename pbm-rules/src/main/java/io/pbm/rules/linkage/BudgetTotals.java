package io.pbm.rules.linkage;

import io.pbm.core.budget.Amount;
import io.pbm.core.budget.BudgetAction;
import io.pbm.core.project.BudgetUnit;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The budget decisions of a group of projects — a budget unit, or a whole batch — added up: the amount
 * before and after, and the number of projects per action. The seeds cut a unit's project budget;
 * pbm decides per project and sums per unit (domain.md section 8).
 *
 * <p>Equality: by the amounts and the counts.
 *
 * <p>This class is immutable and thread-safe. Its {@link Tally} is the mutable accumulator that adds
 * decisions one at a time.
 *
 * @param before  the sum of the amounts before
 * @param after  the sum of the amounts after
 * @param actions  the number of projects per action, every action present, weakest first
 */
public record BudgetTotals(Amount before, Amount after, Map<BudgetAction, Long> actions) {

    /** No decisions. */
    public static final BudgetTotals NONE = new Tally().toTotals();

    /**
     * Creates totals.
     *
     * @param before  not null
     * @param after  not null
     * @param actions  the counts, not null; a missing action counts 0
     */
    public BudgetTotals {
        Objects.requireNonNull(before, "before is null");
        Objects.requireNonNull(after, "after is null");
        Objects.requireNonNull(actions, "actions is null");
        Map<BudgetAction, Long> all = new EnumMap<>(BudgetAction.class);
        for (BudgetAction action : BudgetAction.values()) {
            all.put(action, actions.getOrDefault(action, 0L));
        }
        actions = Collections.unmodifiableMap(all);
    }

    /**
     * The totals of some decisions.
     *
     * @param decisions  the decisions, not null
     * @return the totals
     */
    public static BudgetTotals of(Iterable<BudgetDecision> decisions) {
        Objects.requireNonNull(decisions, "decisions is null");
        Tally tally = new Tally();
        decisions.forEach(tally::add);
        return tally.toTotals();
    }

    /**
     * The totals of some decisions per budget unit.
     *
     * @param decisions  the decisions, not null
     * @return the totals of each unit, by unit name
     */
    public static SortedMap<BudgetUnit, BudgetTotals> byUnit(Iterable<BudgetDecision> decisions) {
        Objects.requireNonNull(decisions, "decisions is null");
        SortedMap<BudgetUnit, Tally> tallies = new TreeMap<>();
        for (BudgetDecision decision : decisions) {
            tallies.computeIfAbsent(decision.unit(), u -> new Tally()).add(decision);
        }
        return Tally.toTotals(tallies);
    }

    /**
     * The number of projects decided.
     *
     * @return the sum of the counts
     */
    public long projects() {
        long sum = 0;
        for (long count : actions.values()) {
            sum += count;
        }
        return sum;
    }

    /**
     * The number of projects with an action.
     *
     * @param action  the action, not null
     * @return the count
     */
    public long count(BudgetAction action) {
        return actions.get(Objects.requireNonNull(action, "action is null"));
    }

    /**
     * The amount taken away: before − after.
     *
     * @return the reduction
     */
    public Amount reduction() {
        return before.minus(after);
    }

    /**
     * One line: {@code 1930500.00 → 1737450.00, CUT 1}, actions with no project left out.
     *
     * @return the text
     */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder().append(before).append(" → ").append(after);
        String separator = ", ";
        for (Map.Entry<BudgetAction, Long> entry : actions.entrySet()) {
            if (entry.getValue() > 0) {
                text.append(separator).append(entry.getKey()).append(' ').append(entry.getValue());
                separator = " ";
            }
        }
        return text.toString();
    }

    /**
     * Adds up decisions one at a time, in constant memory: the accumulator of {@link BudgetTotals}.
     *
     * <p>This class is mutable and <em>not</em> thread-safe: use one per thread and {@link #add(Tally)}
     * them together.
     */
    public static final class Tally {

        private BigDecimal before = BigDecimal.ZERO;
        private BigDecimal after = BigDecimal.ZERO;
        private final long[] counts = new long[BudgetAction.values().length];

        /** An empty tally. */
        public Tally() {}

        /**
         * Adds a decision.
         *
         * @param decision  the decision, not null
         * @return this tally
         */
        public Tally add(BudgetDecision decision) {
            Objects.requireNonNull(decision, "decision is null");
            before = before.add(decision.before().yuan());
            after = after.add(decision.after().yuan());
            counts[decision.action().ordinal()]++;
            return this;
        }

        /**
         * Adds another tally's decisions.
         *
         * @param other  the other tally, not null
         * @return this tally
         */
        public Tally add(Tally other) {
            Objects.requireNonNull(other, "other is null");
            before = before.add(other.before);
            after = after.add(other.after);
            for (int i = 0; i < counts.length; i++) {
                counts[i] += other.counts[i];
            }
            return this;
        }

        /**
         * The totals so far.
         *
         * @return the totals
         * @throws io.pbm.core.InvalidValueException if a sum reaches 10<sup>15</sup> 元
         */
        public BudgetTotals toTotals() {
            Map<BudgetAction, Long> actions = new EnumMap<>(BudgetAction.class);
            for (BudgetAction action : BudgetAction.values()) {
                actions.put(action, counts[action.ordinal()]);
            }
            return new BudgetTotals(Amount.of(before), Amount.of(after), actions);
        }

        /**
         * The totals of tallies kept per unit.
         *
         * @param tallies  the tallies by unit, not null
         * @return the totals by unit, in the map's order, unmodifiable
         */
        public static SortedMap<BudgetUnit, BudgetTotals> toTotals(SortedMap<BudgetUnit, Tally> tallies) {
            SortedMap<BudgetUnit, BudgetTotals> totals = new TreeMap<>();
            tallies.forEach((unit, tally) -> totals.put(unit, tally.toTotals()));
            return Collections.unmodifiableSortedMap(totals);
        }
    }
}
