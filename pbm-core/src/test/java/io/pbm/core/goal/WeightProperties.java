package io.pbm.core.goal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.pbm.core.InvalidValueException;
import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Weights over their whole range (R-GOAL-4). */
class WeightProperties {

    @Property
    void everyWeightHasScale2AndParseReadsItBack(@ForAll("cents") int cents, @ForAll @IntRange(max = 4) int padding) {
        BigDecimal points = BigDecimal.valueOf(cents, 2);
        Weight weight = Weight.of(points.setScale(2 + padding));
        assertEquals(2, weight.points().scale());
        assertEquals(0, points.compareTo(weight.points()));
        assertEquals(weight, Weight.of(points));
        assertEquals(weight, Weight.parse(weight.toString()));
    }

    @Property
    void equalsAgreesWithCompareTo(@ForAll("cents") int a, @ForAll("cents") int b) {
        Weight x = Weight.of(BigDecimal.valueOf(a, 2));
        Weight y = Weight.of(BigDecimal.valueOf(b, 2));
        assertEquals(x.compareTo(y) == 0, x.equals(y));
        assertEquals(Integer.signum(Integer.compare(a, b)), Integer.signum(x.compareTo(y)));
    }

    @Property
    void R_GOAL_4_nonPositiveWeightsAreRefused(@ForAll @IntRange(min = -1_000_000, max = 0) int cents) {
        assertThrows(InvalidValueException.class, () -> Weight.of(BigDecimal.valueOf(cents, 2)));
    }

    @Property
    void weightsAboveHundredAreRefused(@ForAll @IntRange(min = 10_001, max = 100_000_000) int cents) {
        assertThrows(InvalidValueException.class, () -> Weight.of(BigDecimal.valueOf(cents, 2)));
    }

    @Provide
    Arbitrary<Integer> cents() {
        return Arbitraries.integers().between(1, 10_000);
    }
}
