package io.pbm.rules;

import io.pbm.core.FiscalYear;
import io.pbm.core.budget.Amount;
import io.pbm.core.budget.Budget;
import io.pbm.core.budget.FundCategory;
import io.pbm.core.evaluation.EvaluationInput;
import io.pbm.core.evaluation.IndicatorActual;
import io.pbm.core.evaluation.QualitativeAchievement;
import io.pbm.core.goal.Comparison;
import io.pbm.core.goal.Goal;
import io.pbm.core.goal.Indicator;
import io.pbm.core.goal.IndicatorValue;
import io.pbm.core.goal.Level2;
import io.pbm.core.goal.MeasureUnit;
import io.pbm.core.goal.Weight;
import io.pbm.core.grade.GradeScale;
import io.pbm.core.grade.Score;
import io.pbm.core.project.BudgetUnit;
import io.pbm.core.project.Project;
import io.pbm.rules.policy.LowerIsBetterFormula;
import io.pbm.rules.policy.Policy;
import io.pbm.rules.policy.Presets;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Random, valid self-evaluation projects for properties: 1 to 12 indicators whose integer weights add
 * up to 90 (90 split into k random positive parts), a random mix of ≥ &gt; ≤ &lt; = and qualitative
 * indicators with random targets, actuals (sometimes written as a bound) and explanations, qualitative
 * scores inside their achievement's range (the presets' ranges), and a random budget (sometimes zero).
 */
public final class RandomProjects {

    private static final Level2[] PROJECT_LEVEL2 = {Level2.QUANTITY, Level2.QUALITY, Level2.TIMELINESS, Level2.COST,
        Level2.ECONOMIC, Level2.SOCIAL, Level2.ECOLOGICAL, Level2.SUSTAINABILITY, Level2.SERVICE_RECIPIENT};
    private static final Comparison[] QUANTITATIVE = {Comparison.AT_LEAST, Comparison.MORE_THAN, Comparison.AT_MOST,
        Comparison.LESS_THAN, Comparison.EQUAL};

    private RandomProjects() {}

    /** The points of a goal split into 1 to {@code maxParts} random positive integer parts (random cut points). */
    public static Arbitrary<List<Integer>> weights(int total, int maxParts) {
        return Arbitraries.integers().between(1, total - 1).set().ofMaxSize(Math.min(maxParts, total) - 1).map(cuts -> {
            int[] sorted = IntStream.concat(cuts.stream().mapToInt(Integer::intValue), IntStream.of(0, total)).sorted()
                    .toArray();
            List<Integer> parts = new ArrayList<>(sorted.length - 1);
            for (int i = 1; i < sorted.length; i++) {
                parts.add(sorted[i] - sorted[i - 1]);
            }
            return parts;
        });
    }

    /** A non-negative decimal with up to 2 decimals below {@code maxCents / 100}. */
    public static Arbitrary<BigDecimal> decimals(long maxCents) {
        return Arbitraries.longs().between(0, maxCents).edgeCases(e -> e.add(0L, 100L))
                .map(cents -> BigDecimal.valueOf(cents, 2));
    }

    /** A target number: mostly positive, sometimes 0. */
    public static Arbitrary<BigDecimal> targets() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(1, Arbitraries.just(BigDecimal.ZERO)),
                net.jqwik.api.Tuple.of(9, decimals(100_000).filter(d -> d.signum() > 0)));
    }

    /** An actual: anything from a little below 0 to well above any target. */
    public static Arbitrary<BigDecimal> actuals() {
        return Arbitraries.longs().between(-1_000, 250_000).map(cents -> BigDecimal.valueOf(cents, 2));
    }

    /** Everything random about one indicator but its weight and position. */
    private record Spec(Level2 level2, Comparison comparison, BigDecimal target, BigDecimal actual, boolean bound,
            String explanation, String unit, boolean qualitative, QualitativeAchievement achievement, int share) {

        Entry entry(int index, int weight) {
            IndicatorActual.Builder a = IndicatorActual.builder();
            if (!explanation.isEmpty()) {
                a.explanation(explanation);
            }
            Indicator.Builder indicator = Indicator.builder().name("指标" + index).level2(level2).weight(Weight.of(weight));
            if (qualitative) {
                indicator.target(IndicatorValue.text("明显提升"));
                a.achievement(achievement).score(Score.of(qualitativeScore(achievement, weight, share)));
            } else {
                MeasureUnit measure = MeasureUnit.of(unit);
                indicator.target(IndicatorValue.of(comparison, target, measure));
                a.actual(bound ? IndicatorValue.of(comparison, actual.abs(), measure) : IndicatorValue.of(actual));
            }
            return new Entry(indicator.build(), a.build());
        }
    }

    private static Arbitrary<Spec> specs() {
        Arbitrary<Object[]> quantity = Combinators.combine(Arbitraries.of(PROJECT_LEVEL2), Arbitraries.of(QUANTITATIVE),
                targets(), actuals(), Arbitraries.of(false, false, false, true), Arbitraries.of("", "说明偏差原因"),
                Arbitraries.of("个", "%", "公里"), Arbitraries.integers().between(0, 4))
                .as((a, b, c, d, e, f, g, h) -> new Object[] {a, b, c, d, e, f, g, h});
        return Combinators.combine(quantity, Arbitraries.of(QualitativeAchievement.class),
                Arbitraries.integers().between(0, 10_000)).as((q, achievement, share) -> new Spec((Level2) q[0],
                        (Comparison) q[1], (BigDecimal) q[2], (BigDecimal) q[3], (Boolean) q[4], (String) q[5],
                        (String) q[6], (Integer) q[7] == 0, achievement, share));
    }

    /**
     * A score inside the presets' range of an achievement for an integer weight: [0.8w, w], [0.6w, 0.8w),
     * [0, 0.6w); {@code share} of 10,000 picks the point, rounded down to the cent.
     */
    static BigDecimal qualitativeScore(QualitativeAchievement achievement, int weight, int share) {
        BigDecimal w = BigDecimal.valueOf(weight);
        BigDecimal low;
        BigDecimal high;
        switch (achievement) {
            case ACHIEVED -> {
                low = w.multiply(new BigDecimal("0.8"));
                high = w;
            }
            case PARTLY_ACHIEVED -> {
                low = w.multiply(new BigDecimal("0.6"));
                high = w.multiply(new BigDecimal("0.8"));
            }
            default -> {
                low = BigDecimal.ZERO;
                high = w.multiply(new BigDecimal("0.6"));
            }
        }
        BigDecimal point = low.add(high.subtract(low).multiply(BigDecimal.valueOf(share, 4))).setScale(2, RoundingMode.DOWN);
        if (achievement != QualitativeAchievement.ACHIEVED && point.compareTo(high) >= 0) {
            point = high.subtract(new BigDecimal("0.01"));
        }
        return point.max(low);
    }

    /** An indicator with its actual. */
    public record Entry(Indicator indicator, IndicatorActual actual) {}

    /** A budget: adjusted 0 (sometimes) to 10,000,000.00, spent 0 to 1.5 × adjusted (or anything, for a zero budget). */
    public static Arbitrary<Budget> budgets() {
        Arbitrary<Long> adjusted = Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(1, Arbitraries.just(0L)),
                net.jqwik.api.Tuple.of(12, Arbitraries.longs().between(1, 1_000_000_000L)));
        Arbitrary<Long> perMille = Arbitraries.longs().between(0, 1_500).edgeCases(e -> e.add(1_000L, 800L, 0L));
        return Combinators.combine(adjusted, perMille, Arbitraries.longs().between(0, 100_000))
                .as((fen, share, any) -> Budget.of(Amount.ofFen(fen), Amount.ofFen(fen == 0 ? any : fen * share / 1_000)));
    }

    /** A random valid self-evaluation project: about one indicator in five qualitative. */
    public static Arbitrary<Project> projects() {
        return Combinators.combine(weights(90, 12), specs().list().ofSize(12), budgets(),
                Arbitraries.integers().between(1, 9_999)).as((weights, specs, budget, id) -> {
                    Goal.Builder goal = Goal.builder();
                    EvaluationInput.Builder evaluation = EvaluationInput.builder();
                    for (int i = 0; i < weights.size(); i++) {
                        Entry e = specs.get(i).entry(i, weights.get(i));
                        goal.addIndicators(e.indicator());
                        evaluation.putActuals(e.indicator().name(), e.actual());
                    }
                    return Project.builder().id("P-" + id).name("随机项目" + id).unit(BudgetUnit.of("随机单位"))
                            .year(FiscalYear.of(2023)).fundCategory(FundCategory.GENERAL_PUBLIC).budget(budget)
                            .goal(goal.build()).evaluation(evaluation.build()).build();
                });
    }

    /** The presets and copies of them with the other ≤ formula and whole-number scores. */
    public static Arbitrary<Policy> policies() {
        return Arbitraries.of(Presets.MOF_2020, Presets.XINJIANG,
                Presets.MOF_2020.withLowerIsBetterFormula(LowerIsBetterFormula.TARGET_OVER_ACTUAL),
                Presets.XINJIANG.withScoreScale(0));
    }

    /** A random valid grade scale (three distinct lower bounds in cents). */
    public static Arbitrary<GradeScale> gradeScales() {
        return Arbitraries.integers().between(1, 9_999).set().ofSize(3).map(bounds -> {
            int[] sorted = bounds.stream().mapToInt(Integer::intValue).sorted().toArray();
            return GradeScale.ofLowerBounds(Score.of(BigDecimal.valueOf(sorted[0], 2)),
                    Score.of(BigDecimal.valueOf(sorted[1], 2)), Score.of(BigDecimal.valueOf(sorted[2], 2)));
        });
    }
}
