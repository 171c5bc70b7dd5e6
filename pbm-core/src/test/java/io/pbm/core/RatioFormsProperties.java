package io.pbm.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * A ratio is kept as two longs when its reduced terms fit and as BigIntegers otherwise (issue 7): the
 * two forms never show — every operation agrees with the BigInteger definition on both sides of the
 * edge, and a ratio reduced from large terms to small ones equals the one made small.
 */
class RatioFormsProperties {

    @Property
    void everyOperationAgreesWithTheBigIntegerDefinition(@ForAll("terms") BigInteger n, @ForAll("terms") BigInteger d,
            @ForAll("terms") BigInteger p, @ForAll("terms") BigInteger q, @ForAll @IntRange(max = 6) int decimals) {
        net.jqwik.api.Assume.that(d.signum() != 0 && q.signum() != 0);
        Ratio r = Ratio.parse(n + "/" + d.abs()).times(Ratio.of(d.signum(), 1));
        Ratio s = Ratio.parse(p + "/" + q.abs()).times(Ratio.of(q.signum(), 1));
        BigInteger gcd = n.gcd(d);
        BigInteger sign = BigInteger.valueOf(d.signum());
        assertEquals(n.signum() == 0 ? BigInteger.ZERO : n.divide(gcd).multiply(sign), r.numerator());
        assertEquals(n.signum() == 0 ? BigInteger.ONE : d.divide(gcd).abs(), r.denominator());
        assertEquals(n.signum() * d.signum(), r.signum());
        int expected = n.multiply(sign).multiply(q.abs()).compareTo(p.multiply(BigInteger.valueOf(q.signum())).multiply(d.abs()));
        assertEquals(Integer.signum(expected), Integer.signum(r.compareTo(s)), () -> r + " vs " + s);
        assertEquals(expected == 0, r.equals(s));
        assertEquals(r.abs().numerator(), r.numerator().abs());
        assertEquals(r.abs().denominator(), r.denominator());
        assertEquals(new BigDecimal(r.numerator()).divide(new BigDecimal(r.denominator()), decimals, RoundingMode.HALF_UP),
                r.toDecimal(decimals));
        assertEquals(new BigDecimal(r.numerator()).multiply(BigDecimal.valueOf(100))
                .divide(new BigDecimal(r.denominator()), decimals, RoundingMode.HALF_UP).toPlainString() + "%",
                r.toPercentString(decimals));
        Ratio product = r.times(s);
        assertEquals(Ratio.parse(r.numerator().multiply(s.numerator()) + "/" + r.denominator().multiply(s.denominator())),
                product);
        assertEquals(r, Ratio.parse(r.toString()));
    }

    @Provide
    Arbitrary<BigInteger> terms() {
        // Both sides of the two longs' edge (62 bits), and small figures.
        return Arbitraries.oneOf(Arbitraries.bigIntegers().between(BigInteger.valueOf(-1000), BigInteger.valueOf(1000)),
                Arbitraries.bigIntegers().between(BigInteger.ONE.shiftLeft(62).subtract(BigInteger.valueOf(50)),
                        BigInteger.ONE.shiftLeft(63).add(BigInteger.valueOf(50))),
                Arbitraries.bigIntegers().between(BigInteger.ONE.shiftLeft(63).negate().subtract(BigInteger.TEN),
                        BigInteger.ONE.shiftLeft(62).negate().add(BigInteger.TEN)),
                Arbitraries.bigIntegers().between(BigInteger.ONE.shiftLeft(80).negate(), BigInteger.ONE.shiftLeft(80)));
    }

    @Property
    void largeTermsReducedToSmallOnesEqualTheSmallRatio(@ForAll int a, @ForAll("positive") int b,
            @ForAll @IntRange(min = 40, max = 90) int shift) {
        BigInteger k = BigInteger.ONE.shiftLeft(shift).add(BigInteger.ONE);
        Ratio small = Ratio.of(a, b);
        Ratio fromLarge = Ratio.parse(BigInteger.valueOf(a).multiply(k) + "/" + BigInteger.valueOf(b).multiply(k));
        assertEquals(small, fromLarge);
        assertEquals(small.hashCode(), fromLarge.hashCode());
        assertEquals(0, small.compareTo(fromLarge));
        assertEquals(small.toString(), fromLarge.toString());
    }

    @Provide
    Arbitrary<Integer> positive() {
        return Arbitraries.integers().between(1, Integer.MAX_VALUE);
    }

    @Test
    void theEdgeOfTheLongForm() {
        Ratio largest = Ratio.of(Long.MAX_VALUE, 1);
        Ratio beyond = Ratio.parse(BigInteger.valueOf(Long.MAX_VALUE).add(BigInteger.ONE) + "/1");
        assertEquals(-1, largest.compareTo(beyond));
        assertEquals(1, beyond.compareTo(largest));
        assertNotEquals(largest, beyond);
        assertEquals(Ratio.of(Long.MIN_VALUE, 1), beyond.times(Ratio.of(-1, 1)));
        assertEquals(beyond, Ratio.of(Long.MIN_VALUE, -1));
        assertEquals(beyond, Ratio.of(Long.MIN_VALUE, 1).abs());
        assertEquals(Long.MAX_VALUE + "/1", largest.toString());
        assertSame(Ratio.ONE, Ratio.of(7, 7));
        assertSame(Ratio.ZERO, Ratio.of(0, -3));
        assertEquals(Ratio.of(3, 4), Ratio.of(-3, -4));
        assertEquals(Ratio.of(3, 4), Ratio.of(-3, 4).abs());
        assertEquals(1, Ratio.of(-1, Long.MAX_VALUE).compareTo(Ratio.of(-1, Long.MAX_VALUE - 1)));
        assertEquals(-1, Ratio.of(Long.MAX_VALUE, 2).compareTo(Ratio.of(Long.MAX_VALUE - 2, 1)));
    }
}
