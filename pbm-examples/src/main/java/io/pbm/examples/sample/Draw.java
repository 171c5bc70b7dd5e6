package io.pbm.examples.sample;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The random draws of the generator, all from one {@link SplittableRandom} seeded by the caller, in
 * integers only: chances are per mille, shares per ten thousand, so no binary floating point ever
 * touches a figure.
 *
 * <p>Not thread-safe: each project is made with its own {@link #split()}.
 */
final class Draw {

    private final SplittableRandom random;

    Draw(SplittableRandom random) {
        this.random = random;
    }

    /** A draw of its own, independent of how many numbers this one gives afterwards. */
    Draw split() {
        return new Draw(random.split());
    }

    /** True with a chance of {@code perMille} in 1,000. */
    boolean chance(int perMille) {
        return random.nextInt(1000) < perMille;
    }

    /** A whole number from {@code low} to {@code high}, both included. */
    int between(int low, int high) {
        return low >= high ? low : low + random.nextInt(high - low + 1);
    }

    /** A whole number from 0 to {@code bound − 1}. */
    long below(long bound) {
        return random.nextLong(bound);
    }

    /** One of the elements, each as likely. */
    <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    /** An index, each as likely as its weight. */
    int weighted(int... weights) {
        int total = 0;
        for (int weight : weights) {
            total += weight;
        }
        int r = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return i;
            }
        }
        throw new IllegalStateException("unreachable");
    }

    /** A shuffled copy of {@code 0 … n − 1} (Fisher–Yates). */
    int[] permutation(int n) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        return order;
    }

    /**
     * A number from {@code low} to {@code high} spread evenly on a logarithmic scale — as budgets are:
     * as many projects of 5 to 10 万元 as of 500 to 1,000 — in steps of {@code step}. The scale is the
     * 1-2-5 ladder (1, 2, 5, 10, 20, 50 …): a rung is picked, then a point within it.
     */
    long logUniform(long low, long high, long step) {
        long rung = 1;
        while (rung * 10 <= low) {
            rung *= 10;
        }
        // The rungs of the ladder that overlap [low, high].
        long[] rungs = new long[64];
        int count = 0;
        for (long base = rung; base <= high && count < rungs.length; base *= 10) {
            for (long factor : new long[] {1, 2, 5}) {
                long from = base * factor;
                long to = factor == 5 ? base * 10 : base * (factor == 1 ? 2 : 5);
                if (to > low && from < high && count < rungs.length) {
                    rungs[count++] = from;
                }
            }
        }
        long from = Math.max(low, rungs[random.nextInt(count)]);
        long next = nextRung(from);
        long to = Math.min(high, next);
        long value = from + (to > from ? random.nextLong(to - from) : 0);
        return Math.max(step, value / step * step);
    }

    private static long nextRung(long value) {
        long base = 1;
        while (base * 10 <= value) {
            base *= 10;
        }
        long lead = value / base;
        return lead < 2 ? base * 2 : lead < 5 ? base * 5 : base * 10;
    }

    /** {@code value × numerator ÷ denominator}, rounded to {@code decimals} with {@code mode}. */
    static BigDecimal scale(BigDecimal value, long numerator, long denominator, int decimals, RoundingMode mode) {
        return value.multiply(BigDecimal.valueOf(numerator)).divide(BigDecimal.valueOf(denominator), decimals, mode);
    }
}
