package io.pbm.core.goal;

import io.pbm.core.InvalidValueException;
import io.pbm.core.Labelled;
import java.util.Objects;

/**
 * How an indicator's actual is compared with its target: ≥ &gt; ≤ &lt; = or qualitative.
 * {@code ≥}/{@code >} are higher-is-better (R-SCORE-GE), {@code ≤}/{@code <} lower-is-better
 * (R-SCORE-LE), {@code =} equal (R-SCORE-EQ), qualitative is judged by the evaluator (R-SCORE-QUAL).
 *
 * <p>{@link #symbol()} is the ASCII symbol of the JSON contract ({@code ">="}); {@link #parse} also
 * reads the symbols forms use ({@code ≥ ≧ ＞ ≤ ≦ ＜ ＝ ═}).
 */
public enum Comparison implements Labelled {
    /** ≥: higher is better, meeting the target counts. */
    AT_LEAST(">=", "≥", "at least"),
    /** &gt;: higher is better, scored as ≥ (R-SCORE-GE). */
    MORE_THAN(">", ">", "more than"),
    /** ≤: lower is better, meeting the target counts. */
    AT_MOST("<=", "≤", "at most"),
    /** &lt;: lower is better, scored as ≤ (R-SCORE-LE). */
    LESS_THAN("<", "<", "less than"),
    /** =: equal; above a positive target counts as met (R-SCORE-EQ). */
    EQUAL("=", "=", "equal"),
    /** 定性: a qualitative indicator, judged by the evaluator (R-SCORE-QUAL). */
    QUALITATIVE("qualitative", "定性", "qualitative");

    private final String symbol;
    private final String label;
    private final String englishLabel;

    Comparison(String symbol, String label, String englishLabel) {
        this.symbol = symbol;
        this.label = label;
        this.englishLabel = englishLabel;
    }

    /**
     * The symbol of the JSON contract: {@code >=}, {@code >}, {@code <=}, {@code <}, {@code =} or
     * {@code qualitative}.
     *
     * @return the symbol
     */
    public String symbol() {
        return symbol;
    }

    /**
     * The symbol as Chinese forms print it ({@code ≥}), or {@code 定性}.
     *
     * @return the label
     */
    @Override
    public String label() {
        return label;
    }

    @Override
    public String englishLabel() {
        return englishLabel;
    }

    /**
     * Whether a higher actual is better (≥ and &gt;).
     *
     * @return true for ≥ and &gt;
     */
    public boolean isHigherBetter() {
        return this == AT_LEAST || this == MORE_THAN;
    }

    /**
     * Whether a lower actual is better (≤ and &lt;).
     *
     * @return true for ≤ and &lt;
     */
    public boolean isLowerBetter() {
        return this == AT_MOST || this == LESS_THAN;
    }

    /**
     * Whether the indicator is quantitative (everything but {@link #QUALITATIVE}).
     *
     * @return true if the target is a number
     */
    public boolean isQuantitative() {
        return this != QUALITATIVE;
    }

    /**
     * Reads a comparison: an ASCII symbol of the contract, a form's symbol (full-width and the
     * ≧ ≦ ═ variants), a constant name, or {@code 定性}.
     *
     * @param text  the text, not null
     * @return the comparison
     * @throws InvalidValueException if the text is no comparison
     */
    public static Comparison parse(String text) {
        Objects.requireNonNull(text, "comparison is null");
        Comparison symbolic = fromSymbol(text.strip());
        return symbolic != null ? symbolic : Labelled.parse(Comparison.class, "comparison", text);
    }

    /**
     * The comparison a symbol stands for, in any of the spellings forms use, or null.
     *
     * @param s  the symbol, stripped
     * @return the comparison, or null if the text is no symbol
     */
    static Comparison fromSymbol(String s) {
        switch (s) {
            case ">=": case "≥": case "≧": case "＞＝": case "＞=":
                return AT_LEAST;
            case ">": case "＞":
                return MORE_THAN;
            case "<=": case "≤": case "≦": case "＜＝": case "＜=":
                return AT_MOST;
            case "<": case "＜":
                return LESS_THAN;
            case "=": case "＝": case "═": case "==":
                return EQUAL;
            case "qualitative": case "定性":
                return QUALITATIVE;
            default:
                return null;
        }
    }
}
