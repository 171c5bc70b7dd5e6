package io.pbm.core.grade;

import io.pbm.core.InvalidValueException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A grade scale: the four bands 差, 中, 良, 优 covering [0, 100] with no gap and no overlap, each grade
 * once, in order of merit (R-GRADE-3). Grading is monotone: a higher score never gets a lower grade.
 *
 * <p>The scales of the sources are constants: {@link #NATIONAL} (R-GRADE-1: 优 ≥ 90, 良 ≥ 80,
 * 中 ≥ 60) and {@link #XINJIANG} (R-GRADE-2: 中 starts at 70). "What if 中 started at 70?" is
 * {@code NATIONAL.withLowerBound(Grade.FAIR, Score.of(70))}.
 *
 * <p>{@link #toString()} writes the bands best first ({@code 优 [90.00, 100.00] 良 [80.00, 90.00) …});
 * {@link #parse} reads that back.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class GradeScale {

    /** R-GRADE-1 (national, 财预〔2020〕10号): 优 [90, 100], 良 [80, 90), 中 [60, 80), 差 [0, 60). */
    public static final GradeScale NATIONAL = ofLowerBounds(Score.of(60), Score.of(80), Score.of(90));

    /** R-GRADE-2 (seed 001, Xinjiang county): 优 [90, 100], 良 [80, 90), 中 [70, 80), 差 [0, 70). */
    public static final GradeScale XINJIANG = ofLowerBounds(Score.of(70), Score.of(80), Score.of(90));

    private static final Pattern BAND = Pattern.compile("([^\\s\\[]+)\\s*\\[\\s*([0-9.]+)\\s*,\\s*([0-9.]+)\\s*([)\\]])");

    private final List<GradeBand> bands;

    private GradeScale(List<GradeBand> bands) {
        this.bands = bands;
    }

    /**
     * Obtains a scale from its bands, in any order.
     *
     * @param bands  one band for each grade, covering [0, 100] without gap or overlap, not null
     * @return the scale
     * @throws InvalidValueException if a grade is missing or repeated, the bands leave a gap or
     *     overlap, or they do not start at 0 and end at 100
     */
    public static GradeScale of(List<GradeBand> bands) {
        Objects.requireNonNull(bands, "bands is null");
        List<GradeBand> sorted = new ArrayList<>(bands.size());
        for (GradeBand band : bands) {
            sorted.add(Objects.requireNonNull(band, "band is null"));
        }
        sorted.sort(Comparator.comparing(GradeBand::lower));
        String range = "one band for each of 差, 中, 良, 优 in that order, covering 0–100 without gap or overlap";
        InvalidValueException.check(sorted.size() == Grade.values().length, "grade scale", describe(sorted), range);
        for (int i = 0; i < sorted.size(); i++) {
            GradeBand band = sorted.get(i);
            InvalidValueException.check(band.grade() == Grade.values()[i], "grade scale", describe(sorted),
                    range + "; found " + band.grade().label() + " where " + Grade.values()[i].label() + " belongs");
            if (i > 0) {
                Score end = sorted.get(i - 1).upper();
                InvalidValueException.check(end.compareTo(band.lower()) >= 0, "grade scale", describe(sorted),
                        range + "; gap between " + end + " and " + band.lower());
                InvalidValueException.check(end.compareTo(band.lower()) <= 0, "grade scale", describe(sorted),
                        range + "; overlap between " + band.lower() + " and " + end);
            }
        }
        InvalidValueException.check(sorted.get(0).lower().equals(Score.ZERO), "grade scale", describe(sorted),
                range + "; the lowest band starts at 0");
        InvalidValueException.check(sorted.get(sorted.size() - 1).upper().equals(Score.FULL), "grade scale",
                describe(sorted), range + "; the highest band ends at 100");
        return new GradeScale(List.copyOf(sorted));
    }

    /**
     * Obtains a scale from its bands.
     *
     * @param bands  one band for each grade, not null
     * @return the scale
     * @throws InvalidValueException as {@link #of(List)}
     */
    public static GradeScale of(GradeBand... bands) {
        Objects.requireNonNull(bands, "bands is null");
        return of(Arrays.asList(bands));
    }

    /**
     * Obtains a scale from the lower bounds of 中, 良 and 优; 差 starts at 0 and 优 ends at 100.
     *
     * @param fair  where 中 starts, not null
     * @param good  where 良 starts, above {@code fair}, not null
     * @param excellent  where 优 starts, above {@code good}, below 100, not null
     * @return the scale
     * @throws InvalidValueException if the bounds do not rise
     */
    public static GradeScale ofLowerBounds(Score fair, Score good, Score excellent) {
        Objects.requireNonNull(fair, "fair is null");
        Objects.requireNonNull(good, "good is null");
        Objects.requireNonNull(excellent, "excellent is null");
        return of(GradeBand.of(Grade.POOR, Score.ZERO, fair), GradeBand.of(Grade.FAIR, fair, good),
                GradeBand.of(Grade.GOOD, good, excellent), GradeBand.of(Grade.EXCELLENT, excellent, Score.FULL));
    }

    /**
     * Reads a scale as {@link #toString()} writes it, bands in any order:
     * {@code 优 [90, 100] 良 [80, 90) 中 [60, 80) 差 [0, 60)}. Grades may be written by label or name;
     * a band closes with {@code ]} when it ends at 100 and with {@code )} otherwise.
     *
     * @param text  the text, not null
     * @return the scale
     * @throws InvalidValueException if the text is not a valid scale
     */
    public static GradeScale parse(CharSequence text) {
        Objects.requireNonNull(text, "text is null");
        InvalidValueException.check(text.length() <= 400, "grade scale", io.pbm.core.DecimalText.abbreviate(text),
                "at most 400 characters");
        Matcher matcher = BAND.matcher(text);
        List<GradeBand> bands = new ArrayList<>();
        int end = 0;
        while (matcher.find()) {
            InvalidValueException.check(text.subSequence(end, matcher.start()).toString().isBlank(), "grade scale",
                    text, "bands written as 优 [90, 100] 良 [80, 90) 中 [60, 80) 差 [0, 60)");
            GradeBand band = GradeBand.of(Grade.parse(matcher.group(1)), Score.parse(matcher.group(2)),
                    Score.parse(matcher.group(3)));
            // The bracket must say what the band means: only a band ending at 100 includes its end.
            InvalidValueException.check(matcher.group(4).equals(band.isTop() ? "]" : ")"), "grade scale", text,
                    "bands written as 优 [90, 100] 良 [80, 90) 中 [60, 80) 差 [0, 60): ']' after 100, ')' after any other bound");
            bands.add(band);
            end = matcher.end();
        }
        InvalidValueException.check(text.subSequence(end, text.length()).toString().isBlank(), "grade scale", text,
                "bands written as 优 [90, 100] 良 [80, 90) 中 [60, 80) 差 [0, 60)");
        return of(bands);
    }

    /**
     * The grade of a score (R-GRADE-1/2/3).
     *
     * @param score  the score, not null
     * @return the grade of the one band that holds the score
     */
    public Grade grade(Score score) {
        Objects.requireNonNull(score, "score is null");
        for (int i = bands.size() - 1; i >= 0; i--) {
            if (bands.get(i).lower().compareTo(score) <= 0) {
                return bands.get(i).grade();
            }
        }
        throw new AssertionError("a scale starts at 0");
    }

    /**
     * The band of a grade.
     *
     * @param grade  the grade, not null
     * @return the band
     */
    public GradeBand band(Grade grade) {
        Objects.requireNonNull(grade, "grade is null");
        return bands.get(grade.ordinal());
    }

    /**
     * The bands, from 差 to 优.
     *
     * @return the bands, unmodifiable
     */
    public List<GradeBand> bands() {
        return bands;
    }

    /**
     * A copy with one grade starting at another score; the band below ends there. 差's lower bound
     * stays 0.
     *
     * @param grade  中, 良 or 优, not null
     * @param lower  the new lower bound, not null
     * @return the scale
     * @throws InvalidValueException if the grade is 差 or the bounds would no longer rise
     */
    public GradeScale withLowerBound(Grade grade, Score lower) {
        Objects.requireNonNull(grade, "grade is null");
        Objects.requireNonNull(lower, "lower is null");
        InvalidValueException.check(grade != Grade.POOR, "grade", grade, "中, 良 or 优: 差 always starts at 0");
        Score[] bounds = {band(Grade.FAIR).lower(), band(Grade.GOOD).lower(), band(Grade.EXCELLENT).lower()};
        bounds[grade.ordinal() - 1] = lower;
        return ofLowerBounds(bounds[0], bounds[1], bounds[2]);
    }

    @Override
    public boolean equals(Object obj) {
        return this == obj || obj instanceof GradeScale other && bands.equals(other.bands);
    }

    @Override
    public int hashCode() {
        return bands.hashCode();
    }

    /**
     * The bands best first: {@code 优 [90.00, 100.00] 良 [80.00, 90.00) 中 [60.00, 80.00) 差 [0.00, 60.00)}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        for (int i = bands.size() - 1; i >= 0; i--) {
            text.append(i < bands.size() - 1 ? " " : "").append(bands.get(i));
        }
        return text.toString();
    }

    private static String describe(List<GradeBand> bands) {
        return bands.toString();
    }
}
