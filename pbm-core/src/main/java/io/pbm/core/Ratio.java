package io.pbm.core;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An exact ratio: execution rate, quantified share, deviation, time share. It is held as a reduced
 * fraction, so {@code 1/3} stays exact and thresholds compare exactly (R-SCORE-ROUND: "every
 * threshold compared on exact values, never on a rounded ratio").
 *
 * <p>A ratio is a fraction, not a percentage: {@code 0.9505} is 95.05 % (json-contract.md writes
 * ratios as fractions; prose says percentages). {@link #toString()} writes a terminating ratio as a
 * plain decimal ({@code 0.9505}) and any other as {@code n/d} ({@code 1/3}); {@link #parse} reads both
 * and a percentage ({@code 95.05%}). Ratios are shown rounded HALF_UP to 4 decimals
 * ({@link #toDecimal(int)}).
 *
 * <p>Equality: the fraction is reduced and its denominator positive, so {@code equals} agrees with
 * {@code compareTo}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Ratio implements Comparable<Ratio> {

    /** Zero. */
    public static final Ratio ZERO = new Ratio(0, 1);

    /** One (100 %). */
    public static final Ratio ONE = new Ratio(1, 1);

    private static final BigInteger TWO = BigInteger.valueOf(2);
    private static final BigInteger FIVE = BigInteger.valueOf(5);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** The most digits either side of a fraction may have when read or built from decimals. */
    private static final int MAX_DIGITS = 100;

    // A ratio whose reduced terms are both longs above Long.MIN_VALUE (nearly every one an evaluation
    // makes) is kept as two longs, with null BigIntegers; any other only as its BigIntegers. One form per value, so
    // equality compares fields: a province's batch holds a deviation per indicator, 40 bytes not 150.
    private final long n;
    private final long d;
    private final @Nullable BigInteger bigN;
    private final @Nullable BigInteger bigD;

    private Ratio(long numerator, long denominator) {
        this.n = numerator;
        this.d = denominator;
        this.bigN = null;
        this.bigD = null;
    }

    private Ratio(BigInteger numerator, BigInteger denominator) {
        this.n = 0;
        this.d = 0;
        this.bigN = numerator;
        this.bigD = denominator;
    }

    private boolean small() {
        return bigN == null;
    }

    /**
     * Obtains the exact ratio of two decimals.
     *
     * @param numerator  the numerator, not null
     * @param denominator  the denominator, not zero, not null
     * @return the ratio numerator ÷ denominator
     * @throws InvalidValueException if the denominator is zero, or either side, brought to the scale
     *     of the other, would have more than {@value #MAX_DIGITS} digits (such as {@code 1E+999999999})
     */
    public static Ratio of(BigDecimal numerator, BigDecimal denominator) {
        Objects.requireNonNull(numerator, "numerator is null");
        Objects.requireNonNull(denominator, "denominator is null");
        InvalidValueException.check(denominator.signum() != 0, "denominator", denominator, "denominator != 0");
        if (numerator.signum() == 0) {
            return ZERO;
        }
        // Bring both to one scale, so the quotient of their unscaled values is the ratio — after
        // checking, without building them, that neither grows beyond what parse reads back.
        int scale = Math.max(numerator.scale(), denominator.scale());
        checkAlignedDigits("numerator", numerator, scale);
        checkAlignedDigits("denominator", denominator, scale);
        return reduced(numerator.setScale(scale).unscaledValue(), denominator.setScale(scale).unscaledValue());
    }

    private static void checkAlignedDigits(String field, BigDecimal value, int scale) {
        long digits = (long) value.precision() + scale - value.scale();
        if (digits > MAX_DIGITS) {
            // Written only when the check fails: evaluations make ratios by the million.
            throw new InvalidValueException(field, DecimalText.abbreviate(value.toString()),
                    "at most " + MAX_DIGITS + " digits once numerator and denominator have one scale");
        }
    }

    /**
     * Obtains the exact ratio of two whole numbers, such as 8 quantified indicators of 11.
     *
     * @param numerator  the numerator
     * @param denominator  the denominator, not zero
     * @return the ratio
     * @throws InvalidValueException if the denominator is zero
     */
    public static Ratio of(long numerator, long denominator) {
        InvalidValueException.check(denominator != 0, "denominator", denominator, "denominator != 0");
        if (numerator != Long.MIN_VALUE && denominator != Long.MIN_VALUE) {
            return reducedOnLongs(numerator, denominator);
        }
        return reduced(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
    }

    /**
     * Obtains a ratio written as a fraction, such as {@code 0.9505}.
     *
     * @param fraction  the fraction, not null
     * @return the ratio
     */
    public static Ratio of(BigDecimal fraction) {
        Objects.requireNonNull(fraction, "fraction is null");
        return of(fraction, BigDecimal.ONE);
    }

    /**
     * Obtains a ratio written as a percentage, such as {@code 95.05} for 95.05 %.
     *
     * @param percent  the percentage, not null
     * @return the ratio
     */
    public static Ratio ofPercent(BigDecimal percent) {
        Objects.requireNonNull(percent, "percent is null");
        return of(percent, HUNDRED);
    }

    /**
     * Reads a ratio as {@link #toString()} writes it — a plain decimal ({@code 0.9505}) or a
     * fraction ({@code 1/3}) — or as a percentage ({@code 95.05%}).
     *
     * @param text  the text, not null
     * @return the ratio
     * @throws InvalidValueException if the text is none of these
     */
    public static Ratio parse(CharSequence text) {
        if (text == null) {
            throw new NullPointerException("text is null");
        }
        String s = text.toString().strip();
        try {
            if (s.endsWith("%")) {
                return ofPercent(DecimalText.parse("ratio", s.substring(0, s.length() - 1).strip(), DecimalText.MAX_DECIMALS));
            }
            if (s.indexOf('/') >= 0) {
                // Checked on the characters before any number is built; 100 digits a side is ample.
                if (s.length() > 203 || !s.matches("-?\\d{1,100}/\\d{1,100}")) {
                    throw new InvalidValueException("ratio", DecimalText.abbreviate(s), "n/d");
                }
                int slash = s.indexOf('/');
                BigInteger d = new BigInteger(s.substring(slash + 1));
                InvalidValueException.check(d.signum() != 0, "denominator", d, "denominator != 0");
                return reduced(new BigInteger(s.substring(0, slash)), d);
            }
            return of(DecimalText.parse("ratio", s, DecimalText.MAX_DECIMALS));
        } catch (InvalidValueException e) {
            throw new InvalidValueException("ratio", DecimalText.abbreviate(text),
                    "a fraction such as 0.9505 or 1/3, or a percentage such as 95.05%");
        }
    }

    private static Ratio reduced(BigInteger numerator, BigInteger denominator) {
        // Evaluations build ratios by the million from small decimals: a long gcd reduces them to the
        // same fraction as BigInteger's, without its MutableBigInteger work (RatioProperties).
        if (fitsLongs(numerator, denominator)) {
            return reducedOnLongs(numerator.longValue(), denominator.longValue());
        }
        if (denominator.signum() < 0) {
            numerator = numerator.negate();
            denominator = denominator.negate();
        }
        BigInteger gcd = numerator.gcd(denominator);
        if (!gcd.equals(BigInteger.ONE) && gcd.signum() != 0) {
            numerator = numerator.divide(gcd);
            denominator = denominator.divide(gcd);
        }
        return fitsLongs(numerator, denominator)
                ? reducedOnLongs(numerator.longValue(), denominator.longValue()) : new Ratio(numerator, denominator);
    }

    /** Whether both terms are longs other than Long.MIN_VALUE, whose negation would not be one. */
    private static boolean fitsLongs(BigInteger numerator, BigInteger denominator) {
        return numerator.bitLength() < 64 && denominator.bitLength() < 64
                && numerator.longValue() != Long.MIN_VALUE && denominator.longValue() != Long.MIN_VALUE;
    }

    /** Both sides are above Long.MIN_VALUE, so negating them cannot overflow. */
    static Ratio reducedOnLongs(long numerator, long denominator) {
        if (numerator == 0) {
            return ZERO;
        }
        if (denominator < 0) {
            numerator = -numerator;
            denominator = -denominator;
        }
        long gcd = gcd(Math.abs(numerator), denominator);
        if (gcd != 1) {
            numerator /= gcd;
            denominator /= gcd;
        }
        return numerator == 1 && denominator == 1 ? ONE : new Ratio(numerator, denominator);
    }

    /** Euclid's gcd of two positive longs. */
    private static long gcd(long a, long b) {
        while (b != 0) {
            long r = a % b;
            a = b;
            b = r;
        }
        return a;
    }

    /**
     * The numerator of the reduced fraction.
     *
     * @return the numerator
     */
    public BigInteger numerator() {
        return bigN != null ? bigN : BigInteger.valueOf(n);
    }

    /**
     * The denominator of the reduced fraction, always positive.
     *
     * @return the denominator
     */
    public BigInteger denominator() {
        return bigD != null ? bigD : BigInteger.valueOf(d);
    }

    /**
     * The ratio rounded HALF_UP to a number of decimals, as pbm shows ratios (4).
     *
     * @param scale  the decimals, 0 or more
     * @return the rounded fraction
     */
    public BigDecimal toDecimal(int scale) {
        InvalidValueException.check(scale >= 0 && scale <= 34, "scale", scale, "0 <= scale <= 34");
        return new BigDecimal(numerator()).divide(new BigDecimal(denominator()), scale, RoundingMode.HALF_UP);
    }

    /**
     * The ratio as a percentage rounded HALF_UP, such as {@code 95.05%}.
     *
     * @param decimals  the decimals of the percentage, 0 or more
     * @return the text
     */
    public String toPercentString(int decimals) {
        InvalidValueException.check(decimals >= 0 && decimals <= 32, "decimals", decimals, "0 <= decimals <= 32");
        return new BigDecimal(numerator()).multiply(HUNDRED)
                .divide(new BigDecimal(denominator()), decimals, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    /**
     * The sign of the ratio.
     *
     * @return -1, 0 or 1
     */
    public int signum() {
        return small() ? Long.signum(n) : bigN.signum();
    }

    /**
     * The absolute value.
     *
     * @return this ratio without its sign
     */
    public Ratio abs() {
        if (signum() >= 0) {
            return this;
        }
        // A small numerator is above Long.MIN_VALUE, so its negation fits.
        return small() ? new Ratio(-n, d) : new Ratio(bigN.negate(), bigD);
    }

    /**
     * The ratio times a number, exact.
     *
     * @param factor  the factor, not null
     * @return the product
     */
    public Ratio times(Ratio factor) {
        Objects.requireNonNull(factor, "factor is null");
        return reduced(numerator().multiply(factor.numerator()), denominator().multiply(factor.denominator()));
    }

    /**
     * The smaller of this ratio and another, such as min(execution rate, 1) (R-SCORE-EXEC).
     *
     * @param other  the other ratio, not null
     * @return the smaller
     */
    public Ratio min(Ratio other) {
        return compareTo(other) <= 0 ? this : other;
    }

    /**
     * Whether this ratio is above another, compared exactly.
     *
     * @param other  the other ratio, not null
     * @return true if greater
     */
    public boolean isAbove(Ratio other) {
        return compareTo(other) > 0;
    }

    /**
     * Whether this ratio is below another, compared exactly.
     *
     * @param other  the other ratio, not null
     * @return true if smaller
     */
    public boolean isBelow(Ratio other) {
        return compareTo(other) < 0;
    }

    /** Compares exactly, by cross-multiplying (both denominators are positive). */
    @Override
    public int compareTo(Ratio other) {
        Objects.requireNonNull(other, "other is null");
        if (small() && other.small()) {
            // Both products exact in 128 bits: the same comparison without two BigInteger products.
            long leftHigh = Math.multiplyHigh(n, other.d);
            long rightHigh = Math.multiplyHigh(other.n, d);
            return leftHigh != rightHigh ? Long.compare(leftHigh, rightHigh)
                    : Long.compareUnsigned(n * other.d, other.n * d);
        }
        return numerator().multiply(other.denominator()).compareTo(other.numerator().multiply(denominator()));
    }

    @Override
    public boolean equals(Object obj) {
        return this == obj
                || obj instanceof Ratio other && n == other.n && d == other.d && Objects.equals(bigN, other.bigN)
                        && Objects.equals(bigD, other.bigD);
    }

    @Override
    public int hashCode() {
        return 31 * numerator().hashCode() + denominator().hashCode();
    }

    /**
     * The ratio as a plain decimal when it terminates ({@code 0.9505}), otherwise as a reduced
     * fraction ({@code 1/3}); {@link #parse} reads either back.
     *
     * @return the text
     */
    @Override
    public String toString() {
        BigInteger numerator = numerator();
        BigInteger denominator = denominator();
        BigInteger d = denominator;
        int twos = 0;
        while (d.mod(TWO).signum() == 0) {
            d = d.divide(TWO);
            twos++;
        }
        int fives = 0;
        while (d.mod(FIVE).signum() == 0) {
            d = d.divide(FIVE);
            fives++;
        }
        int decimals = Math.max(twos, fives);
        if (d.equals(BigInteger.ONE) && decimals <= DecimalText.MAX_DECIMALS) {
            String plain = new BigDecimal(numerator).divide(new BigDecimal(denominator), decimals, RoundingMode.UNNECESSARY)
                    .toPlainString();
            // Only what parse reads back is written as a decimal; anything else as a fraction.
            if (DecimalText.matches(plain, DecimalText.MAX_DECIMALS)) {
                return plain;
            }
        }
        return numerator + "/" + denominator;
    }
}
