package io.pbm.core.budget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.pbm.core.InvalidValueException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Amounts add, compare, print and round exactly (domain.md section 5: never double; section 8: HALF_UP to the fen). */
class AmountProperties {

    private static final BigDecimal LIMIT = new BigDecimal("1E+15");

    @Property
    void addingThenSubtractingGivesBackTheAmount(@ForAll("halfRange") BigDecimal a, @ForAll("halfRange") BigDecimal b) {
        Amount x = Amount.of(a);
        Amount y = Amount.of(b);
        assertEquals(x, x.plus(y).minus(y));
        assertEquals(Amount.of(a.add(b)), x.plus(y));
    }

    @Property
    void additionCommutes(@ForAll("halfRange") BigDecimal a, @ForAll("halfRange") BigDecimal b) {
        assertEquals(Amount.of(a).plus(Amount.of(b)), Amount.of(b).plus(Amount.of(a)));
    }

    @Property
    void additionIsRefusedExactlyWhenTheSumLeavesTheRange(@ForAll("fullRange") BigDecimal a,
            @ForAll("fullRange") BigDecimal b) {
        BigDecimal sum = a.add(b);
        if (sum.abs().compareTo(LIMIT) < 0) {
            assertEquals(sum, Amount.of(a).plus(Amount.of(b)).yuan());
        } else {
            assertThrows(InvalidValueException.class, () -> Amount.of(a).plus(Amount.of(b)));
        }
    }

    @Property
    void compareToAgreesWithTheDecimals(@ForAll("fullRange") BigDecimal a, @ForAll("fullRange") BigDecimal b) {
        Amount x = Amount.of(a);
        Amount y = Amount.of(b);
        assertEquals(Integer.signum(a.compareTo(b)), Integer.signum(x.compareTo(y)));
        assertEquals(a.compareTo(b) > 0, x.isGreaterThan(y));
        assertEquals(a.compareTo(b) == 0, x.equals(y));
    }

    @Property
    void equalsAndHashCodeIgnoreTheScaleWritten(@ForAll("fullRange") BigDecimal a,
            @ForAll @IntRange(min = 2, max = 6) int scale) {
        Amount x = Amount.of(a);
        Amount padded = Amount.of(a.setScale(scale));
        assertEquals(x, padded);
        assertEquals(x.hashCode(), padded.hashCode());
        assertEquals(2, padded.yuan().scale());
        if (a.stripTrailingZeros().scale() <= 0) {
            assertEquals(x, Amount.of(a.stripTrailingZeros()));
        }
    }

    @Property
    void parseReadsBackWhatToStringWrites(@ForAll("fullRange") BigDecimal a) {
        Amount x = Amount.of(a);
        assertEquals(x, Amount.parse(x.toString()));
        assertEquals(x, Amount.of(x.toString()));
    }

    @Property
    void parseReadsThousandsSeparatorsAndTheUnit(@ForAll("fullRange") BigDecimal a) {
        String grouped = String.format(Locale.ROOT, "%,.2f", a);
        assertEquals(Amount.of(a), Amount.parse(grouped + "元"), grouped);
    }

    @Property
    void parseOfTheExactWanIsTheAmount(@ForAll("fullRange") BigDecimal a) {
        Amount x = Amount.of(a);
        assertEquals(x, Amount.parse(x.toWan().toPlainString() + "万元"));
        assertEquals(x, Amount.ofWan(x.toWan()));
    }

    @Property
    void ofFenIsTheAmountInHundredths(@ForAll long fen) {
        BigDecimal yuan = BigDecimal.valueOf(fen, 2);
        if (yuan.abs().compareTo(LIMIT) < 0) {
            assertEquals(Amount.of(yuan), Amount.ofFen(fen));
        } else {
            assertThrows(InvalidValueException.class, () -> Amount.ofFen(fen));
        }
    }

    @Property
    void R_LINK_3_timesRoundsHalfUpToTheFenLikeBigDecimal(@ForAll("fullRange") BigDecimal a,
            @ForAll("factors") BigDecimal factor) {
        BigDecimal expected = a.multiply(factor).setScale(2, RoundingMode.HALF_UP);
        if (expected.abs().compareTo(LIMIT) < 0) {
            assertEquals(expected, Amount.of(a).times(factor).yuan());
        } else {
            assertThrows(InvalidValueException.class, () -> Amount.of(a).times(factor));
        }
    }

    @Property
    void R_LINK_3_aCutOfRatioRLeavesBeforeTimesOneMinusR(@ForAll("fullRange") BigDecimal before,
            @ForAll @IntRange(max = 100) int percent) {
        BigDecimal keep = BigDecimal.ONE.subtract(BigDecimal.valueOf(percent, 2));
        Amount after = Amount.of(before).times(keep);
        assertEquals(before.multiply(keep).setScale(2, RoundingMode.HALF_UP), after.yuan());
    }

    /** Amounts of at most 14 integer digits, whose sums stay in range. */
    @Provide
    Arbitrary<BigDecimal> halfRange() {
        return Arbitraries.longs().between(-9_999_999_999_999_99L, 9_999_999_999_999_99L)
                .map(fen -> BigDecimal.valueOf(fen, 2));
    }

    /** Any amount, up to 999,999,999,999,999.99 元 either way, in fen and in whole 元. */
    @Provide
    Arbitrary<BigDecimal> fullRange() {
        Arbitrary<BigDecimal> fen = Arbitraries.longs().between(-99_999_999_999_999_999L, 99_999_999_999_999_999L)
                .map(f -> BigDecimal.valueOf(f, 2));
        Arbitrary<BigDecimal> small = Arbitraries.longs().between(-100_000, 100_000).map(f -> BigDecimal.valueOf(f, 2));
        return Arbitraries.oneOf(fen, small);
    }

    /** Factors with scales from -5 to 25, from vanishing to huge, including ties at half a fen. */
    @Provide
    Arbitrary<BigDecimal> factors() {
        Arbitrary<BigDecimal> any = Combinators.combine(Arbitraries.longs(), Arbitraries.integers().between(-5, 25))
                .as(BigDecimal::valueOf);
        Arbitrary<BigDecimal> ratios = Arbitraries.integers().between(-10_000, 10_000).map(n -> BigDecimal.valueOf(n, 4));
        return Arbitraries.oneOf(any, ratios).edgeCases(e -> e.add(new BigDecimal("0.5"), new BigDecimal("0.9"),
                new BigDecimal("0.005"), BigDecimal.ZERO));
    }
}
