package io.pbm.rules.precision;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pbm.core.Ratio;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * R-SCORE-ROUND's fast path equals the decimal definition {@code a × b ÷ c} exactly on the edges of the
 * longs it computes on, where random figures rarely land: an operand of 19 digits (beyond a long), a
 * product just past {@code Long.MAX_VALUE}, and a half under each rounding mode the policy may name.
 */
class ScaledBoundaryTest {

    @ParameterizedTest(name = "{0} × {1} ÷ {2} to {3} decimals {4}")
    @CsvSource({
        // 19 digits: more than a long holds, in each place.
        "9999999999999999999, 1, 1, 0, HALF_UP",
        "1, 9999999999999999999, 1, 0, HALF_UP",
        "999999999999999999, 9, 9999999999999999999, 0, HALF_UP",
        "999999999999999999, 9, 9999999999999999999, 2, HALF_UP",
        // 18 digits each, a product between 2^63 and 2^64 whose low bits are even.
        "99999999999999999.9, 1.0, 1, 2, HALF_UP",
        "999999999999999999, 10, 1, 2, HALF_UP",
        "999999999999999999, 10, 3, 0, HALF_UP",
        // a half: only HALF_UP rounds it away from zero.
        "5, 1, 2, 0, HALF_UP",
        "5, 1, 2, 0, HALF_EVEN",
        "5, 1, 2, 0, HALF_DOWN",
        "5, 1, 2, 0, DOWN",
        "-5, 1, 2, 0, HALF_EVEN",
        "1, 0.005, 1, 2, HALF_EVEN",
        "1, 0.015, 1, 2, HALF_EVEN",
        // a third, at each scale.
        "1, 1, 3, 0, HALF_UP",
        "1, 1, 3, 1, HALF_UP",
        "1, 1, 3, 2, HALF_UP",
        "2, 1, 3, 1, HALF_UP",
        "-2, 1, 3, 1, HALF_UP",
        "2, 1, -3, 2, HALF_UP",
        "2, 1, 0.03, 1, HALF_UP",
        "2, 1, 0.0000000000000000003, 0, HALF_UP"})
    void quotientIsTheDecimalDefinitionOnTheEdges(String a, String b, String c, int scale, RoundingMode mode) {
        BigDecimal x = new BigDecimal(a);
        BigDecimal y = new BigDecimal(b);
        BigDecimal z = new BigDecimal(c);
        assertEquals(x.multiply(y).divide(z, scale, mode).setScale(2, RoundingMode.UNNECESSARY),
                Scaled.quotient(x, y, z, scale, mode));
    }

    @ParameterizedTest(name = "{0} ÷ {1} to {2} decimals")
    @CsvSource({
        "1, 8, 0", "1, 8, 1", "1, 8, 2", "1, 8, 3", "1, 8, 4", "1, 8, 5",
        "-1, 8, 1", "1, -8, 1", "-1, -8, 1", "1, 200000, 2", "1, 2000000, 4",
        "92233720368547758, 1, 0", "92233720368547759, 1, 0", "922337203685477, 1, 2", "922337203685478, 1, 2",
        "9223372036854775807, 9223372036854775807, 2", "0, 5, 2", "3, 3, 0"})
    void percentIsTheRatiosPercentStringOnTheEdges(long n, long d, int decimals) {
        Ratio ratio = Ratio.of(BigDecimal.valueOf(n), BigDecimal.valueOf(d));
        assertEquals(ratio.toPercentString(decimals), Scaled.percent(n, d, decimals));
        assertEquals(ratio.toPercentString(decimals), Scaled.percent(ratio, decimals));
    }
}
