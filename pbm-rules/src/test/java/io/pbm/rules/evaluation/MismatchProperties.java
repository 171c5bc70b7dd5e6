package io.pbm.rules.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.pbm.core.Ratio;
import io.pbm.rules.policy.MismatchRule;
import java.math.BigDecimal;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/**
 * R-DEV-3's RED on longs decides exactly as the definition on exact ratios, for both rules, wherever the
 * figures fit a long — including a gap of exactly the threshold, which is not above it.
 */
class MismatchProperties {

    @Property(tries = 400)
    void redOnLongsIsRedOnRatios(@ForAll @LongRange(min = 0, max = 10_000) long earned,
            @ForAll @LongRange(min = 1, max = 10_000) long possible,
            @ForAll @LongRange(min = 0, max = 2_000_000_000_000L) long spent,
            @ForAll @LongRange(min = 1, max = 2_000_000_000_000L) long adjusted,
            @ForAll @LongRange(min = 0, max = 100) long threshold, @ForAll MismatchRule rule) {
        BigDecimal e = BigDecimal.valueOf(earned, 2);
        BigDecimal p = BigDecimal.valueOf(possible, 2);
        Ratio rate = Ratio.of(BigDecimal.valueOf(spent, 2), BigDecimal.valueOf(adjusted, 2));
        Ratio t = Ratio.of(BigDecimal.valueOf(threshold), BigDecimal.valueOf(100));
        Boolean fast = EvaluationEngine.redOnLongs(e, p, rate, t, rule);
        if (fast != null) {
            assertEquals(EvaluationEngine.redOnRatios(e, p, rate, t, rule), fast);
        }
    }

    @Example
    void aGapOfExactlyTheThresholdIsNotRed() {
        // c = 100 %, e = 95 %: (c − e) ÷ c = 5 %, not above 5 %; e = 94.99 % is.
        Ratio five = Ratio.of(BigDecimal.valueOf(5), BigDecimal.valueOf(100));
        BigDecimal ninety = new BigDecimal("90.00");
        assertEquals(false, EvaluationEngine.redOnLongs(ninety, ninety, Ratio.of(new BigDecimal("95"), new BigDecimal("100")),
                five, MismatchRule.RELATIVE));
        assertEquals(true, EvaluationEngine.redOnLongs(ninety, ninety,
                Ratio.of(new BigDecimal("9499"), new BigDecimal("10000")), five, MismatchRule.RELATIVE));
    }

    @Example
    void figuresBeyondALongAreLeftToTheRatios() {
        BigDecimal huge = new BigDecimal("1234567890123456789012.00");
        assertNull(EvaluationEngine.redOnLongs(huge, huge, Ratio.ONE, Ratio.ONE, MismatchRule.RELATIVE));
    }
}
