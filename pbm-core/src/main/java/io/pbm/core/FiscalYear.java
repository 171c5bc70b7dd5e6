package io.pbm.core;

/**
 * A fiscal year (预算年度). China's fiscal year is the calendar year, so a fiscal year is a year
 * number; the range 1949–2100 catches typing slips such as {@code 20233}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param value  the year, 1949 to 2100
 */
public record FiscalYear(int value) implements Comparable<FiscalYear> {

    /** The earliest year accepted. */
    public static final int MIN = 1949;

    /** The latest year accepted. */
    public static final int MAX = 2100;

    /**
     * Creates a fiscal year.
     *
     * @param value  the year, 1949 to 2100
     * @throws InvalidValueException if out of range
     */
    public FiscalYear {
        InvalidValueException.check(value >= MIN && value <= MAX, "year", value, MIN + " <= year <= " + MAX);
    }

    /**
     * Obtains a fiscal year.
     *
     * @param value  the year, 1949 to 2100
     * @return the fiscal year
     * @throws InvalidValueException if out of range
     */
    public static FiscalYear of(int value) {
        return new FiscalYear(value);
    }

    /**
     * Reads a year as {@link #toString()} writes it ({@code 2023}), or as forms write it
     * ({@code 2023年}, {@code 2023年度}).
     *
     * @param text  the text, not null
     * @return the fiscal year
     * @throws InvalidValueException if the text is not a year in range
     */
    public static FiscalYear parse(CharSequence text) {
        if (text == null) {
            throw new NullPointerException("text is null");
        }
        String s = text.toString().strip();
        if (s.endsWith("年度")) {
            s = s.substring(0, s.length() - 2);
        } else if (s.endsWith("年")) {
            s = s.substring(0, s.length() - 1);
        }
        if (!s.matches("\\d{4}")) {
            throw new InvalidValueException("year", DecimalText.abbreviate(text), MIN + " <= year <= " + MAX);
        }
        return new FiscalYear(Integer.parseInt(s));
    }

    /**
     * The year after this one.
     *
     * @return the next fiscal year
     * @throws InvalidValueException if beyond the range
     */
    public FiscalYear next() {
        return new FiscalYear(value + 1);
    }

    /**
     * The year before this one.
     *
     * @return the previous fiscal year
     * @throws InvalidValueException if before the range
     */
    public FiscalYear previous() {
        return new FiscalYear(value - 1);
    }

    /**
     * Adds years, which may be negative.
     *
     * @param years  the years to add
     * @return the fiscal year
     * @throws InvalidValueException if the result is out of range
     */
    public FiscalYear plusYears(int years) {
        long year = (long) value + years;
        InvalidValueException.check(year >= MIN && year <= MAX, "year", year, MIN + " <= year <= " + MAX);
        return new FiscalYear((int) year);
    }

    /**
     * Whether this year comes before another.
     *
     * @param other  the other year, not null
     * @return true if earlier
     */
    public boolean isBefore(FiscalYear other) {
        return compareTo(other) < 0;
    }

    @Override
    public int compareTo(FiscalYear other) {
        java.util.Objects.requireNonNull(other, "other is null");
        return Integer.compare(value, other.value);
    }

    /**
     * The year as four digits, such as {@code 2023}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return Integer.toString(value);
    }
}
