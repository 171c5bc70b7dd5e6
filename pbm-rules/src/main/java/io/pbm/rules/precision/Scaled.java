package io.pbm.rules.precision;

import io.pbm.core.Ratio;
import io.pbm.rules.policy.Policy;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * Exact decimal arithmetic on scaled {@code long}s (R-SCORE-ROUND), for the engines' hot paths.
 *
 * <p>Each function returns exactly what its decimal definition returns — the definition is named in
 * its Javadoc, and {@code ScaledProperties} compares the two over random inputs, rounding included —
 * and computes it on {@code long}s when every unscaled operand and intermediate product fits, which is
 * what budgets, weights and targets do. Anything else (a 19-digit figure, a scale of 30, a rounding
 * mode other than HALF_UP) takes the decimal definition: the fast path never trades an exact result
 * for speed.
 *
 * <p>This class has no state; its functions are pure and thread-safe.
 */
public final class Scaled {

    private static final long[] POWERS = new long[19];
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    static {
        POWERS[0] = 1;
        for (int i = 1; i < POWERS.length; i++) {
            POWERS[i] = POWERS[i - 1] * 10;
        }
    }

    private Scaled() {}

    /**
     * {@code a × b ÷ c} rounded once to {@code scale} decimals with {@code mode}, written with 2
     * decimals: exactly {@code a.multiply(b).divide(c, scale, mode).setScale(2, UNNECESSARY)}.
     *
     * @param a  a factor, not null
     * @param b  a factor, not null
     * @param c  the divisor, not zero, not null
     * @param scale  the decimals kept, 0 to 2
     * @param mode  the rounding mode, not null
     * @return the quotient, with scale 2
     * @throws ArithmeticException if {@code c} is zero
     */
    public static BigDecimal quotient(BigDecimal a, BigDecimal b, BigDecimal c, int scale, RoundingMode mode) {
        if (mode == RoundingMode.HALF_UP && scale >= 0 && scale <= 2 && c.signum() != 0
                && a.precision() < 19 && b.precision() < 19 && c.precision() < 19) {
            long ua = unscaled(a);
            long ub = unscaled(b);
            long uc = unscaled(c);
            long numerator = ua * ub;
            if (Math.multiplyHigh(ua, ub) == (numerator >> 63)) {
                // a × b ÷ c × 10^scale in unscaled terms: move the powers of ten to whichever side keeps them whole.
                int shift = scale + c.scale() - a.scale() - b.scale();
                long denominator = uc;
                boolean fits;
                if (shift >= 0) {
                    fits = shift < POWERS.length && fits(numerator, POWERS[shift]);
                    numerator = fits ? numerator * POWERS[shift] : 0;
                } else {
                    fits = -shift < POWERS.length && fits(denominator, POWERS[-shift]);
                    denominator = fits ? denominator * POWERS[-shift] : 1;
                }
                long rounded = fits ? halfUp(numerator, denominator) : 0;
                if (fits && fits(rounded, POWERS[2 - scale])) {
                    return BigDecimal.valueOf(rounded * POWERS[2 - scale], 2);
                }
            }
        }
        return a.multiply(b).divide(c, scale, mode).setScale(2, RoundingMode.UNNECESSARY);
    }

    /**
     * A score of one expression {@code a × b ÷ c}, rounded once under the policy and never above the
     * weight it is a share of: exactly {@code policy.roundScore(a.multiply(b), c, weight)}
     * (R-SCORE-ROUND).
     *
     * @param policy  the policy (score scale and rounding mode), not null
     * @param a  a factor, not null
     * @param b  a factor, not null
     * @param c  the divisor, not zero, not null
     * @param weight  the points the score is a share of, not null
     * @return the score, with scale 2
     */
    public static BigDecimal score(Policy policy, BigDecimal a, BigDecimal b, BigDecimal c, BigDecimal weight) {
        BigDecimal points = quotient(a, b, c, policy.scoreScale(), policy.roundingMode());
        return points.compareTo(weight) > 0 ? weight.setScale(2, RoundingMode.UNNECESSARY) : points;
    }

    /**
     * A ratio as a percentage with {@code decimals} decimals, rounded HALF_UP, followed by {@code %}:
     * exactly {@link Ratio#toPercentString(int)}.
     *
     * @param ratio  the ratio, not null
     * @param decimals  the decimals, 0 to 32
     * @return the text, such as {@code 95.83%}
     */
    public static String percent(Ratio ratio, int decimals) {
        BigInteger n = ratio.numerator();
        BigInteger d = ratio.denominator();
        if (n.bitLength() < 63 && d.bitLength() < 63) {
            String text = percentOnLongs(n.longValue(), d.longValue(), decimals);
            if (text != null) {
                return text;
            }
        }
        return ratio.toPercentString(decimals);
    }

    /**
     * {@code n ÷ d} as a percentage with {@code decimals} decimals, rounded HALF_UP, followed by {@code %}:
     * exactly {@code Ratio.of(n, d).toPercentString(decimals)}.
     *
     * @param n  the numerator
     * @param d  the denominator, not 0
     * @param decimals  the decimals, 0 to 32
     * @return the text, such as {@code 95.83%}
     */
    public static String percent(long n, long d, int decimals) {
        String text = percentOnLongs(n, d, decimals);
        return text != null ? text : Ratio.of(BigDecimal.valueOf(n), BigDecimal.valueOf(d)).toPercentString(decimals);
    }

    private static String percentOnLongs(long n, long d, int decimals) {
        if (decimals < 0 || decimals > 4 || d == 0 || !fits(n, POWERS[decimals + 2])) {
            return null;
        }
        return text(halfUp(n * POWERS[decimals + 2], d), decimals) + "%";
    }

    /** What {@code BigDecimal.valueOf(unscaled, decimals).toPlainString()} writes. */
    private static String text(long unscaled, int decimals) {
        if (decimals == 0) {
            return Long.toString(unscaled);
        }
        String digits = Long.toString(Math.abs(unscaled));
        StringBuilder text = new StringBuilder(digits.length() + decimals + 3);
        if (unscaled < 0) {
            text.append('-');
        }
        if (digits.length() <= decimals) {
            text.append("0.");
            for (int i = digits.length(); i < decimals; i++) {
                text.append('0');
            }
            return text.append(digits).toString();
        }
        int point = digits.length() - decimals;
        return text.append(digits, 0, point).append('.').append(digits, point, digits.length()).toString();
    }

    /** n ÷ d rounded HALF_UP (away from zero at a half), d ≠ 0, without overflow. */
    static long halfUp(long n, long d) {
        long q = n / d;
        long r = n % d;
        if (r == 0) {
            return q;
        }
        // |r| ≥ |d| − |r| is |2r| ≥ |d|, compared without doubling r.
        long absR = Math.abs(r);
        long absD = Math.abs(d);
        if (absR >= absD - absR) {
            return (n < 0) == (d < 0) ? q + 1 : q - 1;
        }
        return q;
    }

    private static boolean fits(long value, long factor) {
        return Math.multiplyHigh(value, factor) == ((value * factor) >> 63);
    }

    private static long unscaled(BigDecimal value) {
        return value.scale() == 0 ? value.longValue() : value.unscaledValue().longValue();
    }
}
