package io.pbm.rules.precision;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pbm.core.Ratio;
import io.pbm.rules.policy.Policy;
import io.pbm.rules.policy.Presets;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The fast path of R-SCORE-ROUND equals the decimal definition, rounding included: quotients and scores
 * rounded once, HALF_UP, at every score scale; values whose exact quotient ends in 5 at the first
 * dropped decimal (6.875 → 6.88, never 6.87); huge values and long scales, which take the decimal path;
 * other rounding modes, which the decimal path serves; and shown percentages.
 */
class ScaledProperties {

    @Property(tries = 400)
    void quotientIsTheDecimalDefinition(@ForAll("decimals") BigDecimal a, @ForAll("decimals") BigDecimal b,
            @ForAll("decimals") BigDecimal c, @ForAll @IntRange(min = 0, max = 2) int scale,
            @ForAll("modes") RoundingMode mode) {
        if (c.signum() == 0 || !exact(a, b, c, scale, mode)) {
            return;
        }
        assertEquals(a.multiply(b).divide(c, scale, mode).setScale(2, RoundingMode.UNNECESSARY),
                Scaled.quotient(a, b, c, scale, mode));
    }

    @Property(tries = 300)
    void aQuotientEndingInFiveRoundsUpOnce(@ForAll("halves") BigDecimal exact, @ForAll("divisors") BigDecimal c,
            @ForAll @IntRange(min = 0, max = 2) int scale) {
        // a × 1 ÷ c is exactly the generated value, whose dropped decimals are a half.
        BigDecimal a = exact.multiply(c);
        BigDecimal expected = exact.setScale(scale, RoundingMode.HALF_UP).setScale(2, RoundingMode.UNNECESSARY);
        assertEquals(expected, Scaled.quotient(a, BigDecimal.ONE, c, scale, RoundingMode.HALF_UP));
        assertEquals(a.divide(c, scale, RoundingMode.HALF_UP).setScale(2), Scaled.quotient(a, BigDecimal.ONE, c, scale,
                RoundingMode.HALF_UP));
    }

    @Property(tries = 300)
    void scoreIsThePolicysRoundingCappedAtTheWeight(@ForAll("decimals") BigDecimal a,
            @ForAll("weights") BigDecimal weight, @ForAll("decimals") BigDecimal c,
            @ForAll @IntRange(min = 0, max = 2) int scale) {
        if (c.signum() == 0) {
            return;
        }
        Policy policy = Presets.XINJIANG.withScoreScale(scale);
        assertEquals(policy.roundScore(a.multiply(weight), c, weight), Scaled.score(policy, a, weight, c, weight));
    }

    @Property(tries = 300)
    void percentIsTheRatiosPercentString(@ForAll("decimals") BigDecimal numerator,
            @ForAll("decimals") BigDecimal denominator, @ForAll @IntRange(min = 0, max = 6) int decimals) {
        if (denominator.signum() == 0) {
            return;
        }
        Ratio ratio = Ratio.of(numerator, denominator);
        assertEquals(ratio.toPercentString(decimals), Scaled.percent(ratio, decimals));
    }

    @Property(tries = 300)
    void percentOfLongsIsTheRatiosPercentString(@ForAll long numerator, @ForAll long denominator,
            @ForAll @IntRange(min = 0, max = 6) int decimals) {
        if (denominator == 0) {
            return;
        }
        assertEquals(Ratio.of(BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator)).toPercentString(decimals),
                Scaled.percent(numerator, denominator, decimals));
    }

    @Example
    void theWorkedExampleOfRScoreRound() {
        // target 24, actual 11, weight 15 → 6.875 → 6.88 (rounding the ratio first would give 6.87).
        assertEquals(new BigDecimal("6.88"), Scaled.quotient(BigDecimal.valueOf(11), new BigDecimal("15.00"),
                BigDecimal.valueOf(24), 2, RoundingMode.HALF_UP));
        assertEquals(new BigDecimal("-6.88"), Scaled.quotient(BigDecimal.valueOf(-11), new BigDecimal("15.00"),
                BigDecimal.valueOf(24), 2, RoundingMode.HALF_UP));
    }

    @Example
    void valuesBeyondALongTakeTheDecimalPath() {
        BigDecimal huge = new BigDecimal("98765432109876543210.123");
        assertEquals(huge.multiply(huge).divide(new BigDecimal("7"), 2, RoundingMode.HALF_UP),
                Scaled.quotient(huge, huge, new BigDecimal("7"), 2, RoundingMode.HALF_UP));
        BigDecimal big = BigDecimal.valueOf(Long.MAX_VALUE / 3, 2);
        assertEquals(big.multiply(big).divide(BigDecimal.ONE, 2, RoundingMode.HALF_UP),
                Scaled.quotient(big, big, BigDecimal.ONE, 2, RoundingMode.HALF_UP));
        Ratio ratio = Ratio.of(new BigDecimal("123456789012345678901234567890"), BigDecimal.valueOf(7));
        assertEquals(ratio.toPercentString(2), Scaled.percent(ratio, 2));
    }

    /** Whether the decimal definition can be computed without an exception (UNNECESSARY may not). */
    private static boolean exact(BigDecimal a, BigDecimal b, BigDecimal c, int scale, RoundingMode mode) {
        try {
            a.multiply(b).divide(c, scale, mode);
            return true;
        } catch (ArithmeticException notExact) {
            return false;
        }
    }

    @Provide
    Arbitrary<BigDecimal> decimals() {
        Arbitrary<Long> small = Arbitraries.longs().between(-10_000_000L, 10_000_000L);
        Arbitrary<Long> wide = Arbitraries.longs();
        Arbitrary<BigInteger> huge = Arbitraries.bigIntegers().between(BigInteger.TEN.pow(17).negate(), BigInteger.TEN.pow(24));
        Arbitrary<BigInteger> unscaled = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, small.map(BigInteger::valueOf)),
                net.jqwik.api.Tuple.of(2, wide.map(BigInteger::valueOf)),
                net.jqwik.api.Tuple.of(1, huge));
        Arbitrary<Integer> scale = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(8, Arbitraries.integers().between(0, 4)),
                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(-3, 30)));
        return Combinators.combine(unscaled, scale).as(BigDecimal::new)
                .edgeCases(edges -> edges.add(BigDecimal.ZERO, new BigDecimal("0.005"), new BigDecimal("-0.005"),
                        BigDecimal.valueOf(Long.MAX_VALUE), BigDecimal.valueOf(Long.MIN_VALUE)));
    }

    @Provide
    Arbitrary<BigDecimal> halves() {
        // n.xx5 (scale 3) or n.x5 (scale 2) or n.5 (scale 1): a half at the first dropped decimal of some scale.
        return Combinators.combine(Arbitraries.longs().between(-100_000_000L, 100_000_000L),
                Arbitraries.integers().between(1, 3)).as((n, s) -> BigDecimal.valueOf(n * 10 + 5, s));
    }

    @Provide
    Arbitrary<BigDecimal> divisors() {
        return Combinators.combine(Arbitraries.longs().between(1, 10_000_000L), Arbitraries.integers().between(0, 3))
                .as(BigDecimal::valueOf);
    }

    @Provide
    Arbitrary<BigDecimal> weights() {
        return Arbitraries.longs().between(1, 10_000).map(cents -> BigDecimal.valueOf(cents, 2));
    }

    @Provide
    Arbitrary<RoundingMode> modes() {
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(4, Arbitraries.just(RoundingMode.HALF_UP)),
                net.jqwik.api.Tuple.of(1, Arbitraries.of(RoundingMode.values())));
    }
}
