package io.pbm.rules.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pbm.core.evaluation.IndicatorActual;
import io.pbm.core.goal.Comparison;
import io.pbm.core.goal.Indicator;
import io.pbm.core.goal.IndicatorValue;
import io.pbm.core.goal.Level2;
import io.pbm.core.goal.MeasureUnit;
import io.pbm.core.goal.Weight;
import io.pbm.rules.ProjectFixture;
import io.pbm.rules.RandomProjects;
import io.pbm.rules.evaluation.EvaluationResult;
import io.pbm.rules.policy.OverAchievementRule;
import io.pbm.rules.policy.Policy;
import io.pbm.rules.policy.Presets;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Invariants of R-SCORE-GE/LE/EQ/OVER/ROUND over random indicators and actuals. */
class IndicatorScoringProperties {

    private static BigDecimal score(Comparison comparison, BigDecimal target, BigDecimal weight, BigDecimal actual,
            Policy policy) {
        Indicator indicator = Indicator.builder().name("指标").level2(Level2.QUANTITY)
                .target(IndicatorValue.of(comparison, target, MeasureUnit.of("个"))).weight(Weight.of(weight)).build();
        Validation<?, IndicatorScore> scored = IndicatorScoring.score(indicator, IndicatorActual.of(IndicatorValue.of(actual)),
                policy, "/indicators/0");
        assertTrue(scored.isValid(), () -> String.valueOf(scored.getError()));
        return scored.get().points();
    }

    @Provide
    Arbitrary<Comparison> comparisons() {
        return Arbitraries.of(Comparison.AT_LEAST, Comparison.MORE_THAN, Comparison.AT_MOST, Comparison.LESS_THAN,
                Comparison.EQUAL);
    }

    @Provide
    Arbitrary<BigDecimal> targets() {
        return RandomProjects.targets();
    }

    @Provide
    Arbitrary<BigDecimal> actuals() {
        return RandomProjects.actuals();
    }

    @Provide
    Arbitrary<BigDecimal> weights() {
        return Arbitraries.integers().between(1, 10_000).map(cents -> BigDecimal.valueOf(cents, 2));
    }

    @Provide
    Arbitrary<Policy> policies() {
        return RandomProjects.policies();
    }

    @Provide
    Arbitrary<Policy> anyPolicy() {
        return Arbitraries.oneOf(RandomProjects.policies(),
                Arbitraries.just(Presets.MOF_2020.withOverAchievementRule(OverAchievementRule.DEDUCT_DEVIATION)));
    }

    @Property
    void aScoreLiesBetweenZeroAndTheWeight(@ForAll("comparisons") Comparison comparison, @ForAll("targets") BigDecimal target,
            @ForAll("weights") BigDecimal weight, @ForAll("actuals") BigDecimal actual, @ForAll("anyPolicy") Policy policy) {
        BigDecimal points = score(comparison, target, weight, actual, policy);
        assertTrue(points.signum() >= 0 && points.compareTo(weight) <= 0, () -> points + " of " + weight);
        assertEquals(2, points.scale(), points::toPlainString);
    }

    /** Whole-number scores (scale 0) with fractional weights: rounding must never lift a score above its weight. */
    @Property
    void R_SCORE_ROUND_wholeNumberScoresNeverExceedTheWeight(@ForAll("comparisons") Comparison comparison,
            @ForAll("targets") BigDecimal target, @ForAll @IntRange(min = 1, max = 999) int weightCents,
            @ForAll("actuals") BigDecimal actual, @ForAll boolean deduct) {
        Policy policy = Presets.MOF_2020.withScoreScale(0);
        if (deduct) {
            policy = policy.withOverAchievementRule(OverAchievementRule.DEDUCT_DEVIATION);
        }
        BigDecimal weight = BigDecimal.valueOf(weightCents, 2);
        BigDecimal points = score(comparison, target, weight, actual, policy);
        assertTrue(points.signum() >= 0 && points.compareTo(weight) <= 0, () -> points + " of " + weight);
    }

    @Property
    void R_SCORE_GE_aHigherActualNeverScoresLess(@ForAll("targets") BigDecimal target, @ForAll("weights") BigDecimal weight,
            @ForAll("actuals") BigDecimal a, @ForAll("actuals") BigDecimal b, @ForAll("policies") Policy policy,
            @ForAll boolean strict) {
        Comparison comparison = strict ? Comparison.MORE_THAN : Comparison.AT_LEAST;
        BigDecimal low = a.min(b);
        BigDecimal high = a.max(b);
        BigDecimal lowScore = score(comparison, target, weight, low, policy);
        BigDecimal highScore = score(comparison, target, weight, high, policy);
        assertTrue(lowScore.compareTo(highScore) <= 0, () -> low + " → " + lowScore + ", " + high + " → " + highScore);
    }

    @Property
    void R_SCORE_LE_aHigherActualNeverScoresMore(@ForAll("targets") BigDecimal target, @ForAll("weights") BigDecimal weight,
            @ForAll("actuals") BigDecimal a, @ForAll("actuals") BigDecimal b, @ForAll("policies") Policy policy,
            @ForAll boolean strict) {
        Comparison comparison = strict ? Comparison.LESS_THAN : Comparison.AT_MOST;
        BigDecimal low = a.min(b);
        BigDecimal high = a.max(b);
        BigDecimal lowScore = score(comparison, target, weight, low, policy);
        BigDecimal highScore = score(comparison, target, weight, high, policy);
        assertTrue(lowScore.compareTo(highScore) >= 0, () -> low + " → " + lowScore + ", " + high + " → " + highScore);
    }

    @Property
    void meetingTheTargetAlwaysScoresFullWeight(@ForAll("comparisons") Comparison comparison,
            @ForAll("targets") BigDecimal target, @ForAll("weights") BigDecimal weight, @ForAll("policies") Policy policy) {
        assertEquals(0, score(comparison, target, weight, target, policy).compareTo(weight));
    }

    /**
     * R-SCORE-ROUND through the engine: a ≥ indicator that misses scores actual × weight ÷ target, computed at
     * 60 digits and rounded HALF_UP to 2 decimals once.
     */
    @Property
    void R_SCORE_ROUND_aShortfallIsRoundedOnceFromTheExactInputs(@ForAll @IntRange(min = 1, max = 89) int weight,
            @ForAll("targets") BigDecimal target, @ForAll("actuals") BigDecimal actual) {
        Assume.that(target.signum() > 0 && actual.signum() > 0 && actual.compareTo(target) < 0);
        EvaluationResult result = ProjectFixture.project("round")
                .quantitative("指标", Level2.QUANTITY, ">=" + target.toPlainString() + "个", weight,
                        actual.toPlainString(), "说明")
                .quantitative("填充", Level2.QUALITY, ">=100%", 90 - weight, "100")
                .evaluate(Presets.MOF_2020);
        BigDecimal exact = actual.multiply(BigDecimal.valueOf(weight)).divide(target, new MathContext(60, RoundingMode.HALF_EVEN));
        BigDecimal expected = exact.setScale(2, RoundingMode.HALF_UP);
        assertEquals(expected.toPlainString(), result.indicator("指标").orElseThrow().score().toString(),
                () -> actual + " × " + weight + " ÷ " + target + " = " + exact);
    }
}
