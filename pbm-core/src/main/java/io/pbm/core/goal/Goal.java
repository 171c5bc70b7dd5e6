package io.pbm.core.goal;

import io.pbm.core.InvalidValueException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A performance goal (绩效目标): the overall goal text and the level-3 indicators, all of one frame —
 * a project's goal or a unit's whole spending (domain.md section 2).
 *
 * <p>Goals are versioned (R-GOAL-7): an approved goal changes only at a monitoring check date, and the
 * change is a new value with the next {@link #version()} ({@link #revise()}), never an edit.
 *
 * <p>Refused at build time: two indicators with the same name, an indicator of another frame. Not
 * refused, because pbm-rules reports them with their location: weights that do not add up (R-GOAL-3),
 * too few indicators (R-GOAL-1), too few quantified (R-GOAL-2). A goal with no indicators stands for
 * "no goal" (R-GOAL-5).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Goal {

    /** The longest overall text accepted. */
    public static final int MAX_TEXT_LENGTH = 5_000;

    Goal() {}

    /**
     * A builder of goals.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The empty goal of a project that has none (R-GOAL-5).
     *
     * @return a goal with no indicators
     */
    public static Goal none() {
        return builder().build();
    }

    /**
     * The overall goal text (年度总体目标).
     *
     * @return the text, if written
     */
    public abstract Optional<String> text();

    /**
     * The frame: unless set, that of the indicators (a unit-wide goal has unit-wide level 1s), and a
     * project goal when there are none.
     *
     * @return the frame
     */
    @Value.Default
    public IndicatorFrame frame() {
        return indicators().isEmpty() ? IndicatorFrame.PROJECT : indicators().get(0).level1().frame();
    }

    /**
     * The version of the goal, from 1 (R-GOAL-7).
     *
     * @return the version
     */
    @Value.Default
    public int version() {
        return 1;
    }

    /**
     * The level-3 indicators, in the order of the table.
     *
     * @return the indicators
     */
    public abstract List<Indicator> indicators();

    /**
     * Whether the goal has no indicators — no goal at all, for R-GOAL-5.
     *
     * @return true if there is nothing to evaluate
     */
    public boolean isEmpty() {
        return indicators().isEmpty();
    }

    /**
     * The indicator with a name.
     *
     * @param name  the name, not null
     * @return the indicator, if the goal has it
     */
    public Optional<Indicator> indicator(String name) {
        java.util.Objects.requireNonNull(name, "name is null");
        String wanted = name.strip();
        return indicators().stream().filter(i -> i.name().equals(wanted)).findFirst();
    }

    /**
     * A builder of the next version of this goal, holding its current content (R-GOAL-7).
     *
     * @return a builder for version {@code version() + 1}
     */
    public Builder revise() {
        Builder builder = new Builder();
        builder.from(this);
        builder.version(version() + 1);
        return builder;
    }

    @Value.Check
    void check() {
        InvalidValueException.check(version() >= 1, "goal version", version(), "version >= 1");
        text().ifPresent(t -> InvalidValueException.check(t.length() <= MAX_TEXT_LENGTH, "goal text",
                io.pbm.core.DecimalText.abbreviate(t), "at most " + MAX_TEXT_LENGTH + " characters"));
        Set<String> names = new HashSet<>();
        for (Indicator indicator : indicators()) {
            InvalidValueException.check(names.add(indicator.name()), "indicator name", indicator.name(),
                    "a name used once within a goal");
            InvalidValueException.check(indicator.level1().frame() == frame(), "level1 of " + indicator.name(),
                    indicator.level1(), "a level 1 of the " + frame() + " frame");
        }
    }

    /** The builder of {@link Goal}. */
    public static final class Builder extends ImmutableGoal.Builder {
        Builder() {}
    }
}
