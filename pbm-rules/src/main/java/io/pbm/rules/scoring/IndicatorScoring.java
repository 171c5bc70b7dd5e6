package io.pbm.rules.scoring;

import io.pbm.core.Ratio;
import io.pbm.core.evaluation.IndicatorActual;
import io.pbm.core.evaluation.QualitativeAchievement;
import io.pbm.core.goal.Comparison;
import io.pbm.core.goal.Indicator;
import io.pbm.core.goal.IndicatorValue;
import io.pbm.core.grade.Score;
import io.pbm.rules.explain.Message;
import io.pbm.rules.explain.Problem;
import io.pbm.rules.explain.RuleId;
import io.pbm.rules.explain.TraceStep;
import io.pbm.rules.policy.LowerIsBetterFormula;
import io.pbm.rules.policy.OverAchievementRule;
import io.pbm.rules.policy.Policy;
import io.pbm.rules.policy.QualitativeRange;
import io.pbm.rules.precision.Scaled;
import io.pbm.rules.precision.Shown;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * Scores one level-3 indicator of the self-evaluation frame under a policy (domain.md section 5):
 *
 * <ul>
 *   <li>R-SCORE-GE (≥, &gt;): met → full weight; otherwise actual × weight ÷ target; a negative actual
 *       counts as 0.
 *   <li>R-SCORE-LE (≤, &lt;): met → full weight; linear: weight × (2 × target − actual) ÷ target up to
 *       twice the target, then 0; or target × weight ÷ actual. Target 0: full if actual ≤ 0, else 0.
 *   <li>R-SCORE-EQ (=): target 0 → full if actual ≤ 0, else 0; otherwise as ≥.
 *   <li>R-SCORE-QUAL: the evaluator's score, validated against the achievement's range; without one,
 *       the policy's default point, if any.
 *   <li>R-SCORE-OVER: with {@link OverAchievementRule#DEDUCT_DEVIATION}, a flagged indicator
 *       (R-DEV-2) earns weight × (1 − |deviation|).
 * </ul>
 *
 * <p>The evaluator's qualitative score is taken as given, even under a whole-number policy (score scale
 * 0): the evaluator picks it inside the range, and a small weight's range may hold no whole number.
 *
 * <p>An actual written as a bound ({@code ≥90%}) that satisfies the target meets it; any other bound
 * counts as its number. Each score is one expression of the exact inputs, rounded once
 * (R-SCORE-ROUND): target 24, actual 11, weight 15 → 6.875 → 6.88.
 *
 * <p>Pure and thread-safe.
 */
public final class IndicatorScoring {

    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    private IndicatorScoring() {}

    /**
     * Scores an indicator.
     *
     * @param indicator  the indicator, not null
     * @param actual  what was achieved, not null
     * @param policy  the policy, not null
     * @param path  the indicator's JSON pointer, for problems, not null
     * @return the score, or why the indicator cannot be scored
     */
    public static Validation<Problem, IndicatorScore> score(Indicator indicator, IndicatorActual actual, Policy policy,
            String path) {
        return score(indicator, actual, policy, path, true);
    }

    /**
     * Scores an indicator, with its trace step or without: the same points, flags and problems, and
     * without a step the score's {@link IndicatorScore#step()} is {@link IndicatorScore#UNTRACED} — for an
     * engine that makes its trail again only when it is read ({@code EvaluationEngine.withDeferredTrace()}).
     *
     * @param indicator  the indicator, not null
     * @param actual  what was achieved, not null
     * @param policy  the policy, not null
     * @param path  the indicator's JSON pointer, for problems, not null
     * @param traced  whether to make the trace step
     * @return the score, or why the indicator cannot be scored
     */
    public static Validation<Problem, IndicatorScore> score(Indicator indicator, IndicatorActual actual, Policy policy,
            String path, boolean traced) {
        Objects.requireNonNull(indicator, "indicator is null");
        Objects.requireNonNull(actual, "actual is null");
        Objects.requireNonNull(policy, "policy is null");
        Objects.requireNonNull(path, "path is null");
        return indicator.isQuantitative()
                ? quantitative(indicator, actual, policy, path, traced)
                : qualitative(indicator, actual, policy, path, traced);
    }

    private static Validation<Problem, IndicatorScore> quantitative(Indicator indicator, IndicatorActual input,
            Policy policy, String path, boolean traced) {
        RuleId rule = ruleOf(indicator.comparison());
        IndicatorValue actualValue = input.actual().orElse(null);
        if (actualValue == null || actualValue.isQualitative()) {
            return Validation.invalid(Problem.of(rule, path + "/actual", Message.of("actual.missing", indicator.name(),
                    actualValue == null ? "—" : String.valueOf(actualValue))));
        }
        if (!actualValue.unit().isNone() && !indicator.unit().isNone() && !actualValue.unit().equals(indicator.unit())) {
            return Validation.invalid(Problem.of(rule, path + "/actual", Message.of("actual.unit", indicator.name(),
                    actualValue, indicator.unit())));
        }
        BigDecimal target = indicator.target().number().orElseThrow();
        BigDecimal actual = actualValue.number().orElseThrow();
        BigDecimal weight = indicator.weight().points();
        Comparison comparison = indicator.comparison();
        boolean deducting = policy.overAchievementRule() == OverAchievementRule.DEDUCT_DEVIATION
                && overAchieved(comparison, target, actual, policy);
        // A bound that meets the target scores full — unless the policy deducts far over-achievement,
        // which the arithmetic below applies to the bound's number (R-SCORE-OVER).
        Comparison bound = actualValue.comparison().orElse(null);
        if (!deducting && bound != null && boundMeets(bound, comparison, actual, target)) {
            return Validation.valid(new IndicatorScore(weight, actual, true, false, !traced ? IndicatorScore.UNTRACED
                    : step(rule, indicator.name(), weight, Message.of(rule.id() + ".bound", actualValue, indicator.target(), weight))));
        }
        return Validation.valid(compare(indicator.name(), comparison, target, actual, weight, policy, traced));
    }

    /**
     * Scores a number against a target by comparison — the arithmetic of R-SCORE-GE, -LE, -EQ and
     * -OVER, shared by level-3 indicators and frame items.
     */
    static IndicatorScore compare(String name, Comparison comparison, BigDecimal target, BigDecimal actual,
            BigDecimal weight, Policy policy, boolean traced) {
        RuleId rule = ruleOf(comparison);
        return switch (comparison) {
            case AT_LEAST, MORE_THAN -> higherIsBetter(rule, name, comparison, target, actual, weight, policy, traced);
            case AT_MOST, LESS_THAN -> lowerIsBetter(name, comparison, target, actual, weight, policy, traced);
            case EQUAL -> target.signum() == 0
                    ? zeroTarget(RuleId.R_SCORE_EQ, name, actual, weight, traced)
                    : higherIsBetter(rule, name, comparison, target, actual, weight, policy, traced);
            case QUALITATIVE -> throw new IllegalArgumentException("Invalid value for comparison (valid values >=, >, <=, <, =): qualitative");
        };
    }

    /** A bound in the indicator's own direction that satisfies the target meets it. */
    private static boolean boundMeets(Comparison bound, Comparison wanted, BigDecimal actual, BigDecimal target) {
        if (wanted == Comparison.EQUAL && target.signum() == 0) {
            // = 0 (安全事故数 = 0) is met only by an actual of at most 0 (R-SCORE-EQ): ≤0 meets it, ≥1 does not.
            return bound.isLowerBetter() && actual.signum() <= 0;
        }
        if (wanted.isHigherBetter() || wanted == Comparison.EQUAL) {
            return bound.isHigherBetter() && actual.compareTo(target) >= 0;
        }
        return bound.isLowerBetter() && actual.compareTo(target) <= 0;
    }

    private static IndicatorScore higherIsBetter(RuleId rule, String name, Comparison comparison, BigDecimal target,
            BigDecimal written, BigDecimal weight, Policy policy, boolean traced) {
        // R-SCORE-GE: a negative actual counts as 0.
        BigDecimal actual = written.max(BigDecimal.ZERO);
        if (actual.compareTo(target) >= 0) {
            if (policy.overAchievementRule() == OverAchievementRule.DEDUCT_DEVIATION && overAchieved(comparison, target, actual, policy)) {
                // weight × (1 − (actual − target) ÷ target) = weight × (2 × target − actual) ÷ target, not below 0.
                BigDecimal points = clampAtZero(
                        Scaled.score(policy, weight, TWO.multiply(target).subtract(actual), target, weight));
                return new IndicatorScore(points, actual, false, false,
                        !traced ? IndicatorScore.UNTRACED : step(RuleId.R_SCORE_OVER, name, points,
                        Message.of("R-SCORE-OVER.deducted", actual, target, weight, points)));
            }
            return new IndicatorScore(weight, actual, false, false,
                    !traced ? IndicatorScore.UNTRACED : step(rule, name, weight,
                    Message.of(rule.id() + ".met", actual, target, weight)));
        }
        if (actual.signum() <= 0 || target.signum() <= 0) {
            BigDecimal zero = BigDecimal.ZERO.setScale(2);
            return new IndicatorScore(zero, actual, false, false,
                    !traced ? IndicatorScore.UNTRACED : step(rule, name, zero,
                    Message.of(rule.id() + ".nothing", actual, target, weight)));
        }
        BigDecimal points = Scaled.score(policy, actual, weight, target, weight);
        return new IndicatorScore(points, actual, false, false,
                !traced ? IndicatorScore.UNTRACED : step(rule, name, points,
                Message.of(rule.id() + ".partial", actual, target, weight, points)));
    }

    private static IndicatorScore lowerIsBetter(String name, Comparison comparison, BigDecimal target,
            BigDecimal actual, BigDecimal weight, Policy policy, boolean traced) {
        RuleId rule = RuleId.R_SCORE_LE;
        if (target.signum() == 0) {
            return zeroTarget(rule, name, actual, weight, traced);
        }
        if (target.signum() < 0) {
            // No source defines a share for a negative limit: within it is met, beyond it earns nothing.
            boolean met = actual.compareTo(target) <= 0;
            BigDecimal points = met ? weight : BigDecimal.ZERO.setScale(2);
            return new IndicatorScore(points, actual, false, false,
                    !traced ? IndicatorScore.UNTRACED : step(rule, name, points,
                    Message.of(met ? "R-SCORE-LE.met" : "R-SCORE-LE.negative", actual, target, weight)));
        }
        if (actual.compareTo(target) <= 0) {
            if (policy.overAchievementRule() == OverAchievementRule.DEDUCT_DEVIATION && overAchieved(comparison, target, actual, policy)) {
                // weight × (1 − (target − actual) ÷ target) = weight × actual ÷ target, not below 0.
                BigDecimal points = clampAtZero(Scaled.score(policy, weight, actual, target, weight));
                return new IndicatorScore(points, actual, false, false,
                        !traced ? IndicatorScore.UNTRACED : step(RuleId.R_SCORE_OVER, name, points,
                        Message.of("R-SCORE-OVER.deducted", actual, target, weight, points)));
            }
            return new IndicatorScore(weight, actual, false, false,
                    !traced ? IndicatorScore.UNTRACED : step(rule, name, weight,
                    Message.of("R-SCORE-LE.met", actual, target, weight)));
        }
        if (policy.lowerIsBetterFormula() == LowerIsBetterFormula.TARGET_OVER_ACTUAL) {
            BigDecimal points = Scaled.score(policy, target, weight, actual, weight);
            return new IndicatorScore(points, actual, false, false,
                    !traced ? IndicatorScore.UNTRACED : step(rule, name, points,
                    Message.of("R-SCORE-LE.ratio", actual, target, weight, points)));
        }
        if (actual.compareTo(TWO.multiply(target)) >= 0) {
            BigDecimal zero = BigDecimal.ZERO.setScale(2);
            return new IndicatorScore(zero, actual, false, false,
                    !traced ? IndicatorScore.UNTRACED : step(rule, name, zero,
                    Message.of("R-SCORE-LE.twice", actual, target, weight)));
        }
        BigDecimal points = Scaled.score(policy, weight, TWO.multiply(target).subtract(actual), target, weight);
        return new IndicatorScore(points, actual, false, false,
                !traced ? IndicatorScore.UNTRACED : step(rule, name, points,
                Message.of("R-SCORE-LE.linear", actual, target, weight, points)));
    }

    private static IndicatorScore zeroTarget(RuleId rule, String name, BigDecimal actual, BigDecimal weight,
            boolean traced) {
        boolean met = actual.signum() <= 0;
        BigDecimal points = met ? weight : BigDecimal.ZERO.setScale(2);
        return new IndicatorScore(points, actual, false, false,
                !traced ? IndicatorScore.UNTRACED : step(rule, name, points,
                Message.of(met ? "zeroTarget.met" : "zeroTarget.missed", actual, weight)));
    }

    private static Validation<Problem, IndicatorScore> qualitative(Indicator indicator, IndicatorActual input,
            Policy policy, String path, boolean traced) {
        RuleId rule = RuleId.R_SCORE_QUAL;
        if (input.achievement().isEmpty()) {
            return Validation.invalid(Problem.of(rule, path + "/achievement",
                    Message.of("R-SCORE-QUAL.noAchievement", indicator.name())));
        }
        QualitativeAchievement achievement = input.achievement().get();
        QualitativeRange range = policy.qualitativeRanges().get(achievement);
        BigDecimal weight = indicator.weight().points();
        if (input.score().isEmpty()) {
            if (range.defaultShare().isEmpty()) {
                return Validation.invalid(Problem.of(rule, path + "/score", Message.of("R-SCORE-QUAL.noScore",
                        indicator.name(), achievement, range.describe(weight))));
            }
            Ratio share = range.defaultShare().get();
            BigDecimal points = policy.roundScore(new BigDecimal(share.numerator()).multiply(weight),
                    new BigDecimal(share.denominator()), weight);
            return Validation.valid(new IndicatorScore(points, null, false, true,
                    !traced ? IndicatorScore.UNTRACED : step(rule, indicator.name(), points,
                    Message.of("R-SCORE-QUAL.default", indicator.name(), achievement, range.describe(weight), points))));
        }
        Score score = input.score().get();
        if (!range.allows(score.points(), weight)) {
            return Validation.invalid(Problem.of(rule, path + "/score", Message.of("R-SCORE-QUAL.outside",
                    indicator.name(), score, achievement, range.describe(weight))));
        }
        return Validation.valid(new IndicatorScore(score.points(), null, false, false,
                !traced ? IndicatorScore.UNTRACED : step(rule, indicator.name(),
                score.points(), Message.of("R-SCORE-QUAL.accepted", score, achievement, new RangeText(range, weight)))));
    }

    /**
     * Whether an indicator is far enough above its target to be flagged (R-DEV-2): for ≥/&gt;,
     * actual ≥ high × target; for ≤/&lt;, actual ≤ low × target; never for a target of 0, for = or
     * for a qualitative indicator. Compared exactly.
     *
     * @param indicator  the indicator, not null
     * @param actual  the actual number, not null
     * @param policy  the policy, not null
     * @return true if over-achieved
     */
    public static boolean overAchieved(Indicator indicator, BigDecimal actual, Policy policy) {
        Objects.requireNonNull(indicator, "indicator is null");
        Objects.requireNonNull(actual, "actual is null");
        Objects.requireNonNull(policy, "policy is null");
        return overAchieved(indicator.comparison(), indicator.target().number().orElse(BigDecimal.ZERO), actual, policy);
    }

    private static boolean overAchieved(Comparison comparison, BigDecimal target, BigDecimal actual, Policy policy) {
        if (target.signum() <= 0) {
            return false;
        }
        if (comparison.isHigherBetter()) {
            Ratio high = policy.overAchievementHigh();
            return actual.multiply(decimal(high.denominator())).compareTo(target.multiply(decimal(high.numerator()))) >= 0;
        }
        if (comparison.isLowerBetter()) {
            Ratio low = policy.overAchievementLow();
            return actual.multiply(decimal(low.denominator())).compareTo(target.multiply(decimal(low.numerator()))) <= 0;
        }
        return false;
    }

    /** A policy's small term as a decimal; {@code valueOf} shares 0 to 10 rather than making one per indicator. */
    private static BigDecimal decimal(java.math.BigInteger term) {
        return term.bitLength() < 63 ? BigDecimal.valueOf(term.longValue()) : new BigDecimal(term);
    }

    /**
     * The scoring rule of a comparison.
     *
     * @param comparison  the comparison, not null
     * @return R-SCORE-GE, R-SCORE-LE, R-SCORE-EQ or R-SCORE-QUAL
     */
    public static RuleId ruleOf(Comparison comparison) {
        return switch (Objects.requireNonNull(comparison, "comparison is null")) {
            case AT_LEAST, MORE_THAN -> RuleId.R_SCORE_GE;
            case AT_MOST, LESS_THAN -> RuleId.R_SCORE_LE;
            case EQUAL -> RuleId.R_SCORE_EQ;
            case QUALITATIVE -> RuleId.R_SCORE_QUAL;
        };
    }

    /**
     * A qualitative range in points, as messages show it ({@code [12.00, 15.00]}), rendered only when the
     * message is: the scoring of a province's indicators need not format a range per indicator.
     */
    private record RangeText(QualitativeRange range, BigDecimal weight) {
        @Override
        public String toString() {
            return range.describe(weight);
        }
    }

    private static BigDecimal clampAtZero(BigDecimal points) {
        return points.signum() < 0 ? BigDecimal.ZERO.setScale(2) : points;
    }

    private static TraceStep step(RuleId rule, String subject, BigDecimal points, Message message) {
        return new TraceStep(rule, subject, Shown.plain(points.setScale(2)), message);
    }
}
