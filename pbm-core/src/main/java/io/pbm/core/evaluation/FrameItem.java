package io.pbm.core.evaluation;

import io.pbm.core.InvalidValueException;
import io.pbm.core.goal.IndicatorValue;
import io.pbm.core.goal.Weight;
import io.pbm.core.grade.Score;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An item of a department or finance evaluation (R-SCORE-FRAME), such as 资金到位率 under 过程. It is
 * scored one of three ways: the evaluator's {@link #score()}, a {@link #formula()} of the frame, or a
 * {@link #target()} and {@link #actual()} compared like a level-3 indicator.
 *
 * <p>Refused at build time: a blank name, none or more than one way of scoring, a formula that needs
 * a target and actual without them, a score above the weight.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class FrameItem {

    FrameItem() {}

    /**
     * A builder of frame items.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The part of the frame.
     *
     * @return the section
     */
    public abstract FrameSection section();

    /**
     * The item's name, such as {@code 资金到位率}.
     *
     * @return the name
     */
    public abstract String name();

    /**
     * The weight in points.
     *
     * @return the weight
     */
    public abstract Weight weight();

    /**
     * The evaluator's score.
     *
     * @return the score, if scored by hand
     */
    public abstract Optional<Score> score();

    /**
     * The formula.
     *
     * @return the formula, if scored by one
     */
    public abstract Optional<FrameFormula> formula();

    /**
     * The planned value (of output, of cost, or a target with its comparison).
     *
     * @return the target, if any
     */
    public abstract Optional<IndicatorValue> target();

    /**
     * The achieved value.
     *
     * @return the actual, if any
     */
    public abstract Optional<IndicatorValue> actual();

    @Value.Check
    void check() {
        InvalidValueException.check(!name().isBlank(), "frame item name", "\"" + name() + "\"", "a non-blank name");
        int ways = (score().isPresent() ? 1 : 0) + (formula().isPresent() ? 1 : 0)
                + (formula().isEmpty() && target().isPresent() ? 1 : 0);
        InvalidValueException.check(ways == 1, "scoring of " + name(), ways + " ways",
                "exactly one of: a score, a formula, or a target with an actual");
        score().ifPresent(s -> InvalidValueException.check(s.points().compareTo(weight().points()) <= 0,
                "score of " + name(), s, "0 <= score <= weight " + weight()));
        formula().filter(FrameFormula::needsTargetAndActual).ifPresent(f -> InvalidValueException.check(
                target().flatMap(IndicatorValue::number).isPresent() && actual().flatMap(IndicatorValue::number).isPresent(),
                "target and actual of " + name(), target().map(String::valueOf).orElse("none"),
                "numbers for the formula " + f.label()));
    }

    /** The builder of {@link FrameItem}. */
    public static final class Builder extends ImmutableFrameItem.Builder {
        Builder() {}
    }
}
