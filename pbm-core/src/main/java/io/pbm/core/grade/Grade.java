package io.pbm.core.grade;

import io.pbm.core.Labelled;
import java.util.List;

/**
 * The grade of an evaluation (评价等级): 优 / 良 / 中 / 差 (R-GRADE-1, R-GRADE-2).
 *
 * <p>The constants are declared from worst to best, so the natural order is merit:
 * {@code POOR < FAIR < GOOD < EXCELLENT}, and "a veto caps the grade at 中" is
 * {@code grade.atMost(FAIR)} (R-VETO-5: vetoes only ever lower a grade). Forms and reports list grades
 * best first: {@link #bestFirst()}.
 */
public enum Grade implements Labelled {
    /** 差: below the 中 band. */
    POOR("差", "poor"),
    /** 中. */
    FAIR("中", "fair"),
    /** 良. */
    GOOD("良", "good"),
    /** 优: the top band, which includes 100. */
    EXCELLENT("优", "excellent");

    private static final List<Grade> BEST_FIRST = List.of(EXCELLENT, GOOD, FAIR, POOR);

    private final String label;
    private final String englishLabel;

    Grade(String label, String englishLabel) {
        this.label = label;
        this.englishLabel = englishLabel;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public String englishLabel() {
        return englishLabel;
    }

    /**
     * The grades best first — 优, 良, 中, 差 — as forms and reports list them.
     *
     * @return the grades, unmodifiable
     */
    public static List<Grade> bestFirst() {
        return BEST_FIRST;
    }

    /**
     * Whether this grade is better than another.
     *
     * @param other  the other grade, not null
     * @return true if better
     */
    public boolean isBetterThan(Grade other) {
        java.util.Objects.requireNonNull(other, "other is null");
        return compareTo(other) > 0;
    }

    /**
     * This grade, lowered to a cap if it is better than the cap — how a veto acts.
     *
     * @param cap  the best grade allowed, not null
     * @return the worse of this grade and the cap
     */
    public Grade atMost(Grade cap) {
        java.util.Objects.requireNonNull(cap, "cap is null");
        return compareTo(cap) <= 0 ? this : cap;
    }

    /**
     * Reads a grade from its name ({@code GOOD}), Chinese label ({@code 良}) or English label.
     *
     * @param text  the text, not null
     * @return the grade
     * @throws io.pbm.core.InvalidValueException if no grade matches
     */
    public static Grade parse(String text) {
        return Labelled.parse(Grade.class, "grade", text);
    }
}
