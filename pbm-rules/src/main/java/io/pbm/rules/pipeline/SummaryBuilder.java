package io.pbm.rules.pipeline;

import io.pbm.core.InvalidValueException;
import io.pbm.core.budget.Amount;
import io.pbm.core.grade.Grade;
import io.pbm.core.grade.Score;
import io.pbm.core.project.BudgetUnit;
import io.pbm.rules.explain.RuleId;
import io.pbm.rules.linkage.BudgetTotals;
import io.pbm.rules.policy.Policy;
import io.pbm.rules.veto.Veto;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Builds a {@link Summary} one outcome at a time, in memory that grows only with the number of budget
 * units — what the streaming form of the pipeline feeds, so a million projects never sit in memory.
 * Sums are exact; the mean score and the execution rate are derived only in {@link #build()}.
 *
 * <pre>{@code
 * SummaryBuilder summary = SummaryBuilder.of(policy);
 * pipeline.evaluateAll(projects, outcome -> { write(outcome); summary.add(outcome); });
 * }</pre>
 *
 * <p>This class is mutable and <em>not</em> thread-safe: use one per thread and {@link #add(SummaryBuilder)}
 * them together.
 */
public final class SummaryBuilder {

    private final String policyName;
    private final String policyVersion;
    private long evaluated;
    private long excluded;
    private long rejected;
    private final long[] grades = new long[Grade.values().length];
    private BigDecimal scores = BigDecimal.ZERO;
    private BigDecimal spent = BigDecimal.ZERO;
    private BigDecimal adjusted = BigDecimal.ZERO;
    private final long[] vetoes = new long[RuleId.values().length];
    private long reportsReturned;
    private final BudgetTotals.Tally budget = new BudgetTotals.Tally();
    private final SortedMap<BudgetUnit, BudgetTotals.Tally> units = new TreeMap<>();
    private long unitWideRejected;
    private final long[] unitWideGrades = new long[Grade.values().length];

    private SummaryBuilder(String policyName, String policyVersion) {
        this.policyName = policyName;
        this.policyVersion = policyVersion;
    }

    /**
     * An empty builder for the outcomes of a policy.
     *
     * @param policy  the policy, not null
     * @return the builder
     */
    public static SummaryBuilder of(Policy policy) {
        Objects.requireNonNull(policy, "policy is null");
        return new SummaryBuilder(policy.name(), policy.version());
    }

    /**
     * Adds an outcome.
     *
     * @param outcome  the outcome, not null
     * @return this builder
     */
    public SummaryBuilder add(ProjectOutcome outcome) {
        Objects.requireNonNull(outcome, "outcome is null");
        if (outcome instanceof ProjectResult result) {
            evaluated++;
            grades[result.grade().ordinal()]++;
            scores = scores.add(result.score().points());
            spent = spent.add(result.budget().spent().yuan());
            adjusted = adjusted.add(result.budget().adjusted().yuan());
            for (Veto veto : result.vetoes()) {
                vetoes[veto.rule().ordinal()]++;
            }
            if (result.reportReturned()) {
                reportsReturned++;
            }
            budget.add(result.budgetDecision());
            units.computeIfAbsent(result.unit(), u -> new BudgetTotals.Tally()).add(result.budgetDecision());
        } else if (outcome instanceof Exclusion) {
            excluded++;
        } else {
            rejected++;
        }
        return this;
    }

    /**
     * Adds the outcome of a unit-wide record (R-SCORE-UNIT), counted apart from projects.
     *
     * @param outcome  the outcome, not null
     * @return this builder
     */
    public SummaryBuilder add(UnitOutcome outcome) {
        Objects.requireNonNull(outcome, "outcome is null");
        if (outcome instanceof UnitResult result) {
            unitWideGrades[result.grade().ordinal()]++;
        } else {
            unitWideRejected++;
        }
        return this;
    }

    /**
     * Adds the outcomes another builder has seen (of the same policy).
     *
     * @param other  the other builder, not null
     * @return this builder
     * @throws InvalidValueException if the other builder is of another policy
     */
    public SummaryBuilder add(SummaryBuilder other) {
        Objects.requireNonNull(other, "other is null");
        InvalidValueException.check(policyName.equals(other.policyName) && policyVersion.equals(other.policyVersion),
                "policy", other.policyName + " " + other.policyVersion, policyName + " " + policyVersion);
        evaluated += other.evaluated;
        excluded += other.excluded;
        rejected += other.rejected;
        for (int i = 0; i < grades.length; i++) {
            grades[i] += other.grades[i];
        }
        scores = scores.add(other.scores);
        spent = spent.add(other.spent);
        adjusted = adjusted.add(other.adjusted);
        for (int i = 0; i < vetoes.length; i++) {
            vetoes[i] += other.vetoes[i];
        }
        reportsReturned += other.reportsReturned;
        budget.add(other.budget);
        unitWideRejected += other.unitWideRejected;
        for (int i = 0; i < unitWideGrades.length; i++) {
            unitWideGrades[i] += other.unitWideGrades[i];
        }
        other.units.forEach((unit, tally) -> units.computeIfAbsent(unit, u -> new BudgetTotals.Tally()).add(tally));
        return this;
    }

    /**
     * The number of outcomes added so far.
     *
     * @return evaluated + excluded + rejected
     */
    public long projects() {
        return evaluated + excluded + rejected;
    }

    /**
     * The summary of the outcomes added so far.
     *
     * @return the summary
     */
    public Summary build() {
        Map<Grade, Long> byGrade = new EnumMap<>(Grade.class);
        for (Grade grade : Grade.values()) {
            byGrade.put(grade, grades[grade.ordinal()]);
        }
        Map<Grade, Long> byUnitGrade = new EnumMap<>(Grade.class);
        for (Grade grade : Grade.values()) {
            byUnitGrade.put(grade, unitWideGrades[grade.ordinal()]);
        }
        Map<RuleId, Long> fired = new EnumMap<>(RuleId.class);
        for (RuleId rule : RuleId.values()) {
            if (vetoes[rule.ordinal()] > 0) {
                fired.put(rule, vetoes[rule.ordinal()]);
            }
        }
        Score mean = evaluated == 0 ? null
                : Score.of(scores.divide(BigDecimal.valueOf(evaluated), 2, RoundingMode.HALF_UP));
        return new Summary(policyName, policyVersion, evaluated, excluded, rejected, byGrade, mean,
                Amount.of(adjusted), Amount.of(spent), fired,
                reportsReturned, budget.toTotals(), BudgetTotals.Tally.toTotals(units))
                .withUnitWide(byUnitGrade, unitWideRejected);
    }
}
