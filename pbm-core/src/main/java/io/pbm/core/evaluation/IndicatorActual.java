package io.pbm.core.evaluation;

import io.pbm.core.InvalidValueException;
import io.pbm.core.goal.IndicatorValue;
import io.pbm.core.grade.Score;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What was achieved on one indicator: the actual (实际完成值) of a quantitative indicator, or the
 * achievement level and the evaluator's score of a qualitative one (R-SCORE-QUAL), and the deviation
 * explanation (偏差原因分析及改进措施, R-DEV-1).
 *
 * <p>Nothing is required: an indicator not reported yet has neither actual nor achievement (in
 * monitoring it gets no light and a warning, R-MON-2; in an evaluation pbm-rules rejects it with its
 * location). An actual written with a comparison ({@code ≥90%}) is a bound, which the scoring rules
 * read as domain.md says. A blank explanation counts as none.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class IndicatorActual {

    /** The longest explanation accepted. */
    public static final int MAX_EXPLANATION_LENGTH = 5_000;

    IndicatorActual() {}

    /**
     * A builder of actuals.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The actual of a quantitative indicator.
     *
     * @param actual  the value, not null
     * @return the actual, without explanation
     */
    public static IndicatorActual of(IndicatorValue actual) {
        return builder().actual(actual).build();
    }

    /**
     * The achievement and score of a qualitative indicator.
     *
     * @param achievement  the level, not null
     * @param score  the evaluator's score, not null
     * @return the actual, without explanation
     */
    public static IndicatorActual of(QualitativeAchievement achievement, Score score) {
        return builder().achievement(achievement).score(score).build();
    }

    /**
     * The actual value (实际完成值) of a quantitative indicator.
     *
     * @return the value, if reported
     */
    public abstract Optional<IndicatorValue> actual();

    /**
     * The achievement level of a qualitative indicator.
     *
     * @return the level, if judged
     */
    public abstract Optional<QualitativeAchievement> achievement();

    /**
     * The evaluator's score of a qualitative indicator, which must lie in the achievement's range
     * (R-SCORE-QUAL, checked by pbm-rules against the indicator's weight).
     *
     * @return the score, if given
     */
    public abstract Optional<Score> score();

    /**
     * The deviation explanation (偏差原因分析及改进措施).
     *
     * @return the text, if written and not blank
     */
    public abstract Optional<String> explanation();

    /**
     * Whether anything was reported.
     *
     * @return false when neither an actual nor an achievement is known
     */
    public boolean isReported() {
        return actual().isPresent() || achievement().isPresent();
    }

    @Value.Check
    IndicatorActual normalise() {
        if (explanation().isPresent()) {
            String text = explanation().get();
            InvalidValueException.check(text.length() <= MAX_EXPLANATION_LENGTH, "explanation",
                    io.pbm.core.DecimalText.abbreviate(text), "at most " + MAX_EXPLANATION_LENGTH + " characters");
            if (text.isBlank() || !text.strip().equals(text)) {
                Builder builder = new Builder();
                builder.from(this);
                builder.explanation(text.isBlank() ? Optional.empty() : Optional.of(text.strip()));
                return builder.build();
            }
        }
        return this;
    }

    /** The builder of {@link IndicatorActual}. */
    public static final class Builder extends ImmutableIndicatorActual.Builder {
        Builder() {}
    }
}
