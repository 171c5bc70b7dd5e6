package io.pbm.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Exact ratios (R-SCORE-ROUND) against exact BigDecimal arithmetic on the inputs. */
class RatioProperties {

    @Property
    void parseReadsBackWhatToStringWrites(@ForAll("ratios") Ratio ratio) {
        assertEquals(ratio, Ratio.parse(ratio.toString()), ratio::toString);
    }

    @Property
    void parseReadsBackTerminatingRatiosOfDecimals(@ForAll("decimals") BigDecimal fraction) {
        Ratio ratio = Ratio.of(fraction);
        assertEquals(ratio, Ratio.parse(ratio.toString()), ratio::toString);
    }

    @Property
    void aRatioEqualsItsMultiplesAndHashesAlike(@ForAll int a, @ForAll("nonZeroInts") int b,
            @ForAll("nonZeroInts") int k) {
        Ratio r = Ratio.of(a, b);
        Ratio multiple = Ratio.of(BigDecimal.valueOf((long) a * k), BigDecimal.valueOf((long) b * k));
        assertEquals(r, multiple);
        assertEquals(r.hashCode(), multiple.hashCode());
        assertEquals(1, r.denominator().signum());
        // reduced: 0 is 0/1, anything else has coprime parts
        assertEquals(BigInteger.ONE, r.numerator().signum() == 0 ? r.denominator() : r.numerator().gcd(r.denominator()));
    }

    @Property
    void theLongReductionYieldsTheBigIntegerOne(@ForAll("edgyLongs") long n, @ForAll("edgyLongs") long d) {
        // The fast path (long gcd) against the definition: BigInteger's gcd, the denominator positive.
        net.jqwik.api.Assume.that(d != 0);
        BigInteger bn = BigInteger.valueOf(n);
        BigInteger bd = BigInteger.valueOf(d);
        BigInteger gcd = bn.gcd(bd);
        BigInteger sign = BigInteger.valueOf(bd.signum());
        Ratio expected = Ratio.parse(bn.divide(gcd).multiply(sign) + "/" + bd.divide(gcd).abs());
        Ratio viaLongs = Ratio.of(n, d);
        Ratio viaDecimals = Ratio.of(BigDecimal.valueOf(n), BigDecimal.valueOf(d));
        for (Ratio r : new Ratio[] {viaLongs, viaDecimals}) {
            assertEquals(expected.numerator(), r.numerator());
            assertEquals(expected.denominator(), r.denominator());
            assertEquals(expected, r);
            assertEquals(expected.hashCode(), r.hashCode());
            assertEquals(0, expected.compareTo(r));
        }
    }

    @Provide
    Arbitrary<Long> edgyLongs() {
        // Around the long fast path's edges (2^62, Long.MIN_VALUE) as well as small figures.
        return Arbitraries.oneOf(Arbitraries.longs().between(-10_000, 10_000), Arbitraries.longs(),
                Arbitraries.longs().between((1L << 62) - 1000, (1L << 62) + 1000),
                Arbitraries.longs().between(-(1L << 62) - 1000, -(1L << 62) + 1000),
                Arbitraries.of(Long.MIN_VALUE, Long.MIN_VALUE + 1, Long.MAX_VALUE, 0L, 1L, -1L));
    }

    @Property
    void theScaleOfTheInputsDoesNotMatter(@ForAll("decimals") BigDecimal n, @ForAll("nonZeroDecimals") BigDecimal d,
            @ForAll @IntRange(max = 10) int extra) {
        assertEquals(Ratio.of(n, d), Ratio.of(n.setScale(n.scale() + extra), d));
        assertEquals(Ratio.of(n, d), Ratio.of(n, d.setScale(d.scale() + extra)));
    }

    @Property
    void compareToAgreesWithExactCrossProducts(@ForAll long p, @ForAll("nonZeroLongs") long q, @ForAll long s,
            @ForAll("nonZeroLongs") long t) {
        // p/q ? s/t  ⇔  p·t ? s·q, the direction flipped when q·t < 0
        int expected = new BigDecimal(p).multiply(new BigDecimal(t)).compareTo(new BigDecimal(s).multiply(new BigDecimal(q)))
                * Long.signum(q) * Long.signum(t);
        Ratio left = Ratio.of(p, q);
        Ratio right = Ratio.of(s, t);
        assertEquals(expected, Integer.signum(left.compareTo(right)));
        assertEquals(expected == 0, left.equals(right));
        assertEquals(expected > 0, left.isAbove(right));
        assertEquals(expected < 0, left.isBelow(right));
    }

    @Property
    void compareToAgreesWithBigDecimalOnFractions(@ForAll("decimals") BigDecimal x, @ForAll("decimals") BigDecimal y) {
        assertEquals(Integer.signum(x.compareTo(y)), Integer.signum(Ratio.of(x).compareTo(Ratio.of(y))));
    }

    @Property
    void toDecimalIsTheHalfUpQuotientOfTheInputs(@ForAll long p, @ForAll("nonZeroLongs") long q,
            @ForAll @IntRange(max = 8) int scale) {
        assertEquals(new BigDecimal(p).divide(new BigDecimal(q), scale, RoundingMode.HALF_UP),
                Ratio.of(p, q).toDecimal(scale));
    }

    @Property
    void timesIsTheProductOfTheFractions(@ForAll int a, @ForAll("nonZeroInts") int b, @ForAll int c,
            @ForAll("nonZeroInts") int d) {
        assertEquals(Ratio.of((long) a * c, (long) b * d), Ratio.of(a, b).times(Ratio.of(c, d)));
    }

    @Provide
    Arbitrary<Ratio> ratios() {
        return Combinators.combine(Arbitraries.longs(), nonZeroLongs()).as(Ratio::of)
                .edgeCases(e -> e.add(Ratio.of(1, 3), Ratio.of(1, 128), Ratio.of(Long.MIN_VALUE, 3)));
    }

    @Provide
    Arbitrary<BigDecimal> decimals() {
        return Combinators.combine(Arbitraries.longs().between(-999_999_999_999_999L, 999_999_999_999_999L),
                Arbitraries.integers().between(0, 9)).as(BigDecimal::valueOf);
    }

    @Provide
    Arbitrary<BigDecimal> nonZeroDecimals() {
        return decimals().filter(d -> d.signum() != 0);
    }

    @Provide
    Arbitrary<Long> nonZeroLongs() {
        return Arbitraries.longs().filter(l -> l != 0);
    }

    @Provide
    Arbitrary<Integer> nonZeroInts() {
        return Arbitraries.integers().filter(i -> i != 0);
    }
}
