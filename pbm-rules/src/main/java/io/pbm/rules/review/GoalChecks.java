package io.pbm.rules.review;

import io.pbm.core.Ratio;
import io.pbm.core.goal.Goal;
import io.pbm.core.goal.Indicator;
import io.pbm.core.goal.IndicatorFrame;
import io.pbm.core.goal.Level1;
import io.pbm.core.goal.Weight;
import io.pbm.rules.explain.Message;
import io.pbm.rules.explain.Problem;
import io.pbm.rules.explain.RuleId;
import io.pbm.rules.explain.Warning;
import io.pbm.rules.policy.Policy;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The rules of a goal table that need no actuals, shared by goal review ({@link GoalReview}, before
 * budgeting) and evaluation (after the year):
 *
 * <ul>
 *   <li><b>R-GOAL-4</b>: a quantitative indicator without a unit of measure — a problem (pbm-core already
 *       refuses blank or repeated names, non-positive weights and non-numeric quantitative targets).
 *   <li><b>R-GOAL-3 hard</b>: the level-3 weights add up to 100 − the execution weight — a problem, the
 *       total would not be on a 100-point scale. <b>Soft</b>: each level 1 weighs what the policy's split
 *       says, satisfaction's points going to benefit when the goal has no satisfaction indicator and the
 *       policy says so — a warning, since 10号 allows other splits "in special cases" (checked only when
 *       the hard check holds, on a project goal).
 *   <li><b>R-GOAL-1</b>: at least the policy's {@code minIndicators} level-3 indicators, and
 *       <b>R-GOAL-2</b>: the quantified share strictly above the policy's {@code minQuantifiedShare},
 *       compared exactly (10 × quantified &gt; 7 × all: 7 of 10 fails, 8 of 11 passes). Problems in
 *       {@link Stage#REVIEW}, warnings in {@link Stage#EVALUATION} (domain.md section 11).
 * </ul>
 *
 * <p>An empty goal is the caller's to judge (R-GOAL-5 in review, R-GOAL-4 in evaluation): nothing is
 * checked and the tally is zero, so no share is ever divided by zero.
 *
 * <p>Pure and thread-safe.
 */
public final class GoalChecks {

    /** Where the checks run, which decides whether R-GOAL-1 and R-GOAL-2 fail a goal. */
    public enum Stage {
        /** Goal review before budgeting: R-GOAL-1 and R-GOAL-2 are problems that fail the goal. */
        REVIEW,
        /** Evaluation after the year: R-GOAL-1 and R-GOAL-2 are warnings; the year's goal stands. */
        EVALUATION
    }

    /**
     * What the checks counted.
     *
     * @param indicators  the number of level-3 indicators
     * @param quantified  the number of quantitative ones
     * @param weights  the sum of their weights
     */
    public record Tally(int indicators, int quantified, BigDecimal weights) {

        /**
         * Creates a tally.
         *
         * @param indicators  0 or more
         * @param quantified  0 to indicators
         * @param weights  not null
         */
        public Tally {
            Objects.requireNonNull(weights, "weights is null");
            io.pbm.core.InvalidValueException.check(indicators >= 0 && quantified >= 0 && quantified <= indicators,
                    "quantified", quantified, "0 <= quantified <= indicators " + indicators);
        }

        /**
         * The quantified share (量化率), exact.
         *
         * @return quantified ÷ indicators; empty when there are no indicators
         */
        public Optional<Ratio> quantifiedShare() {
            return indicators == 0 ? Optional.empty() : Optional.of(Ratio.of(quantified, indicators));
        }
    }

    private static final Level1[] LEVELS = Level1.values();

    private GoalChecks() {}

    /**
     * Checks a goal table, adding problems and warnings to the lists given, in this order: R-GOAL-4 per
     * indicator, R-GOAL-3 (hard, else soft), R-GOAL-1, R-GOAL-2.
     *
     * @param goal  the goal, not null
     * @param policy  the policy, not null
     * @param stage  where the checks run, not null
     * @param problems  where problems go, not null
     * @param warnings  where warnings go, not null
     * @return what was counted
     */
    public static Tally check(Goal goal, Policy policy, Stage stage, List<Problem> problems, List<Warning> warnings) {
        Objects.requireNonNull(goal, "goal is null");
        Objects.requireNonNull(policy, "policy is null");
        Objects.requireNonNull(stage, "stage is null");
        Objects.requireNonNull(problems, "problems is null");
        Objects.requireNonNull(warnings, "warnings is null");
        List<Indicator> indicators = goal.indicators();
        if (indicators.isEmpty()) {
            return new Tally(0, 0, BigDecimal.ZERO);
        }
        BigDecimal sum = BigDecimal.ZERO;
        // Indexed by Level1's ordinal, null where the goal has none: evaluations check a goal per project.
        BigDecimal[] byLevel1 = new BigDecimal[LEVELS.length];
        int quantified = 0;
        for (int i = 0; i < indicators.size(); i++) {
            Indicator indicator = indicators.get(i);
            BigDecimal points = indicator.weight().points();
            sum = sum.add(points);
            int level = indicator.level1().ordinal();
            byLevel1[level] = byLevel1[level] == null ? points : byLevel1[level].add(points);
            if (indicator.isQuantitative()) {
                quantified++;
                if (indicator.unit().isNone()) {
                    problems.add(Problem.of(RuleId.R_GOAL_4, "/indicators/" + i + "/unit",
                            Message.of("R-GOAL-4.unit", indicator.name())));
                }
            }
        }
        if (sum.compareTo(policy.indicatorPoints()) != 0) {
            problems.add(Problem.of(RuleId.R_GOAL_3, "/indicators", Message.of("R-GOAL-3.hard", sum,
                    policy.indicatorPoints(), policy.executionWeight())));
        } else if (goal.frame() == IndicatorFrame.PROJECT) {
            splitWarnings(byLevel1, policy, warnings);
        }
        Tally tally = new Tally(indicators.size(), quantified, sum);
        Integer minIndicators = policy.minIndicators().orElse(null);
        if (minIndicators != null && tally.indicators() < minIndicators) {
            add(stage, problems, warnings, RuleId.R_GOAL_1, Message.of("R-GOAL-1.few", tally.indicators(), minIndicators));
        }
        Ratio minShare = policy.minQuantifiedShare().orElse(null);
        if (minShare != null) {
            Ratio share = Ratio.of(tally.quantified(), tally.indicators());
            // R-GOAL-2 is strict: quantified ÷ all must exceed the share, compared exactly (7 of 10 fails).
            if (!share.isAbove(minShare)) {
                add(stage, problems, warnings, RuleId.R_GOAL_2, Message.of("R-GOAL-2.share", tally.quantified(),
                        tally.indicators(), share.toPercentString(2), minShare.toPercentString(0)));
            }
        }
        return tally;
    }

    private static void add(Stage stage, List<Problem> problems, List<Warning> warnings, RuleId rule, Message message) {
        if (stage == Stage.REVIEW) {
            problems.add(Problem.of(rule, "/indicators", message));
        } else {
            warnings.add(new Warning(rule, null, "/indicators", message));
        }
    }

    /**
     * Soft R-GOAL-3: the level-1 split against the policy's, satisfaction's points moved to benefit if
     * asked; one warning per level 1, in Level1's order, whose points differ.
     */
    private static void splitWarnings(BigDecimal[] byLevel1, Policy policy, List<Warning> warnings) {
        Map<Level1, Weight> split = policy.levelOneWeights();
        boolean moveSatisfaction = policy.satisfactionToBenefit() && byLevel1[Level1.SATISFACTION.ordinal()] == null
                && split.containsKey(Level1.SATISFACTION);
        for (Level1 level1 : LEVELS) {
            BigDecimal actual = byLevel1[level1.ordinal()];
            Weight weight = split.get(level1);
            if (actual == null && weight == null) {
                continue;
            }
            BigDecimal wanted = weight == null || moveSatisfaction && level1 == Level1.SATISFACTION
                    ? BigDecimal.ZERO : weight.points();
            if (moveSatisfaction && level1 == Level1.BENEFIT) {
                wanted = wanted.add(split.get(Level1.SATISFACTION).points());
            }
            actual = actual == null ? BigDecimal.ZERO : actual;
            if (actual.compareTo(wanted) != 0) {
                warnings.add(new Warning(RuleId.R_GOAL_3, null, "/indicators", Message.of("R-GOAL-3.soft",
                        level1, actual.setScale(2), wanted.setScale(2))));
            }
        }
    }
}
