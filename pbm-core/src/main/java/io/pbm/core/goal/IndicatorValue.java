package io.pbm.core.goal;

import io.pbm.core.DecimalText;
import io.pbm.core.InvalidValueException;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A target (年度指标值) or an actual (实际完成值) as forms write it: an optional comparison, an exact
 * number and a unit of measure — {@code ≧735人次}, {@code ═100%}, {@code ＞95%}, {@code ≤3天},
 * {@code 20万元} — or, for a qualitative indicator, text such as {@code 有效} or {@code 显著提升}
 * (domain.md, "Targets and actuals as real forms write them").
 *
 * <p>{@link #parse} reads the comparison symbols {@code ≥ ≧ >= ＞ > ≤ ≦ <= ＜ < = ＝ ═}, the words
 * forms put in their place ({@code 不低于95%}, {@code 不超过3天}, {@code 95%以上}, {@code 3天以内}),
 * full-width digits, and thousands separators. {@code %} stays a number of percent: {@code 98%} is 98.
 * {@link #toString()} writes a canonical ASCII form that {@code parse} reads back: {@code >=735人次},
 * {@code =100%}, {@code 有效}.
 *
 * <p>A comparison without a number ({@code ≧人次}) is refused: it is neither a target nor a text.
 * Text that starts with a number but goes on as a sentence ({@code 12个月内完成验收，带动就业}) is read as
 * a qualitative text.
 *
 * <p>Equality: numbers compare by value ({@code 12} equals {@code 12.0}); the comparison, unit and text
 * must match.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class IndicatorValue {

    /** The longest text accepted. */
    public static final int MAX_LENGTH = 500;

    private static final String FORMS = "a number with an optional comparison and unit (≥95%, ≤3天, 20万元), "
            + "or a qualitative text (有效)";

    // Longest first, so that 大于等于 is not read as 大于.
    private static final String[][] PREFIX_WORDS = {
        {"大于或等于", ">="}, {"大于等于", ">="}, {"不低于", ">="}, {"不少于", ">="}, {"不小于", ">="},
        {"小于或等于", "<="}, {"小于等于", "<="}, {"不高于", "<="}, {"不超过", "<="}, {"不多于", "<="},
        {"不大于", "<="}, {"大于", ">"}, {"高于", ">"}, {"多于", ">"}, {"超过", ">"},
        {"小于", "<"}, {"低于", "<"}, {"少于", "<"}, {"等于", "="},
    };
    private static final String[] PREFIX_SYMBOLS = {">=", "<=", "==", "＞＝", "＜＝", "≥", "≧", "≤", "≦", ">", "＞", "<",
        "＜", "=", "＝", "═"};
    private static final String[][] SUFFIX_WORDS = {
        {"及以上", ">="}, {"以上", ">="}, {"及以下", "<="}, {"以下", "<="}, {"以内", "<="},
    };

    private final @Nullable Comparison comparison;
    private final @Nullable BigDecimal number;
    private final MeasureUnit unit;
    private final @Nullable String text;

    private IndicatorValue(@Nullable Comparison comparison, @Nullable BigDecimal number, MeasureUnit unit,
            @Nullable String text) {
        this.comparison = comparison;
        this.number = number;
        this.unit = unit;
        this.text = text;
    }

    /**
     * Obtains a number without comparison or unit.
     *
     * @param number  the number, at most 15 integer digits and 6 decimals, not null
     * @return the value
     * @throws InvalidValueException if the number is outside the decimal grammar
     */
    public static IndicatorValue of(BigDecimal number) {
        return of(null, number, MeasureUnit.NONE);
    }

    /**
     * Obtains a number with a unit, such as 12 公里.
     *
     * @param number  the number, not null
     * @param unit  the unit of measure, not null
     * @return the value
     * @throws InvalidValueException if the number is outside the decimal grammar
     */
    public static IndicatorValue of(BigDecimal number, MeasureUnit unit) {
        return of(null, number, unit);
    }

    /**
     * Obtains a number with a comparison and a unit, such as ≥ 735 人次.
     *
     * @param comparison  the comparison, null for none; never {@link Comparison#QUALITATIVE}
     * @param number  the number, not null
     * @param unit  the unit of measure, not null
     * @return the value
     * @throws InvalidValueException if the number is outside the decimal grammar, or the comparison is
     *     qualitative
     */
    public static IndicatorValue of(@Nullable Comparison comparison, BigDecimal number, MeasureUnit unit) {
        Objects.requireNonNull(number, "number is null");
        Objects.requireNonNull(unit, "unit is null");
        InvalidValueException.check(comparison != Comparison.QUALITATIVE, "comparison", comparison,
                "one of >=, >, <=, <, = for a number");
        DecimalText.check("number", number, DecimalText.MAX_DECIMALS);
        return new IndicatorValue(comparison, normalise(number), unit, null);
    }

    /**
     * Obtains the text of a qualitative target or actual, such as {@code 明显提升}.
     *
     * Unlike {@link #parse}, the text is taken as it is: the target {@code 2023年底前完工} of a
     * qualitative indicator stays a text.
     *
     * @param text  the text, not blank, at most 500 characters, not null
     * @return the value
     * @throws InvalidValueException if the text is blank or too long
     */
    public static IndicatorValue text(String text) {
        Objects.requireNonNull(text, "text is null");
        String stripped = text.strip();
        InvalidValueException.check(!stripped.isEmpty() && stripped.length() <= MAX_LENGTH, "text",
                DecimalText.abbreviate(text), "a text of 1 to " + MAX_LENGTH + " characters");
        return new IndicatorValue(null, null, MeasureUnit.NONE, stripped);
    }

    /**
     * Reads a target or actual as forms write it, or as {@link #toString()} writes it.
     *
     * @param text  the text, not null
     * @return the value
     * @throws InvalidValueException if the text is blank, too long, a comparison without a number, or a
     *     number outside the decimal grammar
     */
    public static IndicatorValue parse(CharSequence text) {
        if (text == null) {
            throw new NullPointerException("text is null");
        }
        InvalidValueException.check(text.length() <= MAX_LENGTH, "indicator value", DecimalText.abbreviate(text),
                "at most " + MAX_LENGTH + " characters");
        // NFKC turns full-width digits, ％, ＞ and ＝ into ASCII; ≧ ≦ ═ are handled below. A text is kept
        // as written (its full-width punctuation too), as text(...) keeps it.
        String written = text.toString().strip();
        String original = Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
        InvalidValueException.check(!original.isEmpty(), "indicator value", "\"" + text + "\"", FORMS);

        String rest = original;
        Comparison comparison = null;
        boolean symbol = false;
        for (String prefix : PREFIX_SYMBOLS) {
            if (rest.startsWith(prefix)) {
                comparison = Comparison.fromSymbol(prefix);
                rest = rest.substring(prefix.length()).strip();
                symbol = true;
                break;
            }
        }
        if (comparison == null) {
            for (String[] word : PREFIX_WORDS) {
                if (rest.startsWith(word[0]) && startsWithNumber(rest.substring(word[0].length()).strip())) {
                    comparison = Comparison.fromSymbol(word[1]);
                    rest = rest.substring(word[0].length()).strip();
                    break;
                }
            }
        }
        if (!startsWithNumber(rest)) {
            InvalidValueException.check(!symbol, "indicator value", original, FORMS + "; a comparison needs a number");
            return new IndicatorValue(null, null, MeasureUnit.NONE, written);
        }
        int end = numberEnd(rest);
        String digits = rest.substring(0, end);
        String unitText = rest.substring(end).strip();
        // 1e999999999 is a number outside the grammar, not a number in the unit e999999999.
        InvalidValueException.check(!unitText.matches("[eE][+-]?\\d.*"), "indicator value", original,
                DecimalText.grammar(DecimalText.MAX_DECIMALS));
        for (String[] word : SUFFIX_WORDS) {
            if (unitText.endsWith(word[0])) {
                Comparison suffix = Comparison.fromSymbol(word[1]);
                InvalidValueException.check(comparison == null || comparison == suffix, "indicator value", original,
                        FORMS + "; the comparison before and after the number disagree");
                comparison = suffix;
                unitText = unitText.substring(0, unitText.length() - word[0].length()).strip();
                break;
            }
        }
        if (!MeasureUnit.isValid(unitText)) {
            // A sentence that happens to start with a number (12个月内完成验收，带动就业) is a text, unless a
            // comparison said a number was meant.
            InvalidValueException.check(comparison == null, "indicator value", original,
                    FORMS + "; the unit is not a unit of measure");
            return new IndicatorValue(null, null, MeasureUnit.NONE, written);
        }
        BigDecimal number = DecimalText.parse("indicator value", groupless(digits, original), DecimalText.MAX_DECIMALS);
        return new IndicatorValue(comparison, normalise(number), MeasureUnit.of(unitText), null);
    }

    private static boolean startsWithNumber(String s) {
        int i = s.startsWith("-") ? 1 : 0;
        return i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9';
    }

    private static int numberEnd(String s) {
        int i = s.startsWith("-") ? 1 : 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            boolean digit = c >= '0' && c <= '9';
            boolean inner = (c == '.' || c == ',') && i + 1 < s.length() && s.charAt(i + 1) >= '0' && s.charAt(i + 1) <= '9';
            if (!digit && !inner) {
                break;
            }
            i++;
        }
        return i;
    }

    private static String groupless(String digits, String original) {
        if (digits.indexOf(',') < 0) {
            return digits;
        }
        InvalidValueException.check(digits.matches("-?\\d{1,3}(,\\d{3})+(\\.\\d+)?"), "indicator value", original,
                "thousands separators only between groups of three digits");
        return digits.replace(",", "");
    }

    private static BigDecimal normalise(BigDecimal number) {
        BigDecimal stripped = number.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /**
     * The comparison written with the value, if any ({@code ≥} in {@code ≥95%}).
     *
     * @return the comparison
     */
    public Optional<Comparison> comparison() {
        return Optional.ofNullable(comparison);
    }

    /**
     * The number, if the value is quantitative.
     *
     * @return the exact number, without trailing zeros
     */
    public Optional<BigDecimal> number() {
        return Optional.ofNullable(number);
    }

    /**
     * The unit of measure written with the number.
     *
     * @return the unit, {@link MeasureUnit#NONE} for none or for a text
     */
    public MeasureUnit unit() {
        return unit;
    }

    /**
     * The text of a qualitative value.
     *
     * @return the text, empty for a number
     */
    public Optional<String> text() {
        return Optional.ofNullable(text);
    }

    /**
     * Whether the value is a number.
     *
     * @return true for a number
     */
    public boolean isQuantitative() {
        return number != null;
    }

    /**
     * Whether the value is a text.
     *
     * @return true for a qualitative text
     */
    public boolean isQualitative() {
        return number == null;
    }

    /**
     * A copy with another comparison.
     *
     * @param comparison  the comparison, null for none
     * @return the value
     * @throws InvalidValueException if this value is a text
     */
    public IndicatorValue withComparison(@Nullable Comparison comparison) {
        InvalidValueException.check(number != null, "comparison", comparison, "a comparison only for a number");
        return of(comparison, number, unit);
    }

    @Override
    public boolean equals(Object obj) {
        return this == obj
                || obj instanceof IndicatorValue other
                        && comparison == other.comparison
                        && Objects.equals(number, other.number)
                        && unit.equals(other.unit)
                        && Objects.equals(text, other.text);
    }

    @Override
    public int hashCode() {
        return Objects.hash(comparison, number, unit, text);
    }

    /**
     * The canonical form: ASCII comparison, plain number, unit — {@code >=735人次}, {@code =100%},
     * {@code 12公里} — or the text. {@link #parse} reads it back.
     *
     * @return the text
     */
    @Override
    public String toString() {
        if (number == null) {
            return Objects.requireNonNull(text);
        }
        return (comparison == null ? "" : comparison.symbol()) + number.toPlainString() + unit.symbol();
    }
}
