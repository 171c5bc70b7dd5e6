package io.pbm.rules.precision;

import io.pbm.core.Ratio;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A figure as a trace or message shows it, kept as the figure and written to text only when read: an
 * evaluation of a province records millions of steps whose text nobody may ever ask for. The text is
 * exactly what the eager form wrote ({@link Scaled#percent}, {@link BigDecimal#toPlainString()},
 * {@link String#valueOf(Object)}), so rendered traces and messages are byte-identical.
 *
 * <p>Two shown figures are equal when their texts are. This class is immutable and thread-safe if the
 * figure is.
 */
public abstract sealed class Shown implements CharSequence {

    private Shown() {
    }

    /**
     * A ratio as {@link Scaled#percent(Ratio, int)} writes it.
     *
     * @param ratio  the ratio, not null
     * @param decimals  the decimals, 0 to 32
     * @return the figure
     */
    public static Shown percent(Ratio ratio, int decimals) {
        return new Percent(Objects.requireNonNull(ratio, "ratio is null"), decimals);
    }

    /**
     * {@code n ÷ d} as {@link Scaled#percent(long, long, int)} writes it.
     *
     * @param n  the numerator
     * @param d  the denominator, not 0
     * @param decimals  the decimals, 0 to 32
     * @return the figure
     */
    public static Shown percent(long n, long d, int decimals) {
        return new LongPercent(n, d, decimals);
    }

    /**
     * A decimal as {@link BigDecimal#toPlainString()} writes it.
     *
     * @param value  the decimal, not null
     * @return the figure
     */
    public static Shown plain(BigDecimal value) {
        return new Plain(Objects.requireNonNull(value, "value is null"));
    }

    /**
     * A value as {@link String#valueOf(Object)} writes it.
     *
     * @param value  the value, not null
     * @return the figure
     */
    public static Shown of(Object value) {
        return new Text(Objects.requireNonNull(value, "value is null"));
    }

    @Override
    public abstract String toString();

    @Override
    public int length() {
        return toString().length();
    }

    @Override
    public char charAt(int index) {
        return toString().charAt(index);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return toString().subSequence(start, end);
    }

    @Override
    public boolean equals(Object obj) {
        return this == obj || obj instanceof Shown other && toString().equals(other.toString());
    }

    @Override
    public int hashCode() {
        return toString().hashCode();
    }

    private static final class Percent extends Shown {
        private final Ratio ratio;
        private final int decimals;

        Percent(Ratio ratio, int decimals) {
            this.ratio = ratio;
            this.decimals = decimals;
        }

        @Override
        public String toString() {
            return Scaled.percent(ratio, decimals);
        }
    }

    private static final class LongPercent extends Shown {
        private final long n;
        private final long d;
        private final int decimals;

        LongPercent(long n, long d, int decimals) {
            this.n = n;
            this.d = d;
            this.decimals = decimals;
        }

        @Override
        public String toString() {
            return Scaled.percent(n, d, decimals);
        }
    }

    private static final class Plain extends Shown {
        private final BigDecimal value;

        Plain(BigDecimal value) {
            this.value = value;
        }

        @Override
        public String toString() {
            return value.toPlainString();
        }
    }

    private static final class Text extends Shown {
        private final Object value;

        Text(Object value) {
            this.value = value;
        }

        @Override
        public String toString() {
            return String.valueOf(value);
        }
    }
}
