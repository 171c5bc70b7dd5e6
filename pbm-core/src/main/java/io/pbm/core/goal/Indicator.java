package io.pbm.core.goal;

import io.pbm.core.InvalidValueException;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A level-3 indicator (三级指标) of a goal: a name, its level-1 and level-2 categories, how the actual
 * is compared with the target, the target, the unit of measure and the weight in points.
 *
 * <p>Built with {@link #builder()}. The comparison may come from the target as forms write it
 * ({@code ≧735人次} is ≥ 735 in 人次), and a target that is text makes the indicator qualitative; a
 * number without any comparison is ambiguous and refused (json-contract.md). The level 1 follows from
 * the level 2 when not given.
 *
 * <p>Refused at build time, because the value would be unusable (R-GOAL-4): a blank name, a level 2
 * under the wrong level 1 (or missing under a project level 1, or present under a unit-wide
 * dimension), a quantitative indicator whose target is not a number, a target whose own comparison
 * contradicts the indicator's. A non-positive weight cannot even be a {@link Weight}. Whether the
 * indicator has a unit, and whether weights add up, are rules pbm-rules reports (R-GOAL-3, R-GOAL-4).
 *
 * <p>This class is immutable and thread-safe. The builder throws {@link IllegalStateException} naming
 * a missing required attribute, {@link InvalidValueException} for a bad value.
 */
@Value.Immutable
public abstract class Indicator {

    /** The longest name accepted. */
    public static final int MAX_NAME_LENGTH = 200;

    Indicator() {}

    /**
     * A builder of indicators.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The name, unique within its goal, such as {@code 新建排水管网长度}.
     *
     * @return the name, stripped
     */
    public abstract String name();

    /**
     * The level-1 category; follows from {@link #level2()} when not set.
     *
     * @return the level 1
     */
    @Value.Default
    public Level1 level1() {
        return level2().map(Level2::level1).orElseThrow(() ->
                new IllegalStateException("Cannot build Indicator " + name() + ", some of required attributes are not set [level1]"));
    }

    /**
     * The level-2 category: required under a project level 1, absent under a unit-wide dimension.
     *
     * @return the level 2
     */
    public abstract Optional<Level2> level2();

    /**
     * The target (年度指标值), as forms write it.
     *
     * @return the target
     */
    public abstract IndicatorValue target();

    /**
     * How the actual is compared with the target; taken from the target when not set — its symbol,
     * or qualitative for a text.
     *
     * @return the comparison
     */
    @Value.Default
    public Comparison comparison() {
        IndicatorValue target = target();
        if (target.isQualitative()) {
            return Comparison.QUALITATIVE;
        }
        return target.comparison().orElseThrow(() -> new InvalidValueException("comparison of " + name(), "none",
                "one of >=, >, <=, <, =, qualitative — given, or written with the target such as >=" + target));
    }

    /**
     * The unit of measure (计量单位); the target's when not set.
     *
     * @return the unit, {@link MeasureUnit#NONE} if none was written
     */
    @Value.Default
    public MeasureUnit unit() {
        return target().unit();
    }

    /**
     * The weight in points (分值).
     *
     * @return the weight
     */
    public abstract Weight weight();

    /**
     * Whether the indicator is quantitative.
     *
     * @return true unless the comparison is qualitative
     */
    public boolean isQuantitative() {
        return comparison().isQuantitative();
    }

    @Value.Check
    Indicator normalise() {
        String stripped = name().strip();
        InvalidValueException.check(!stripped.isEmpty() && stripped.length() <= MAX_NAME_LENGTH, "indicator name",
                "\"" + name() + "\"", "a name of 1 to " + MAX_NAME_LENGTH + " characters, not blank");
        checkCategories();
        checkTarget();
        return stripped.equals(name()) ? this : new Builder().from(this).name(stripped).build();
    }

    private void checkCategories() {
        Level1 level1 = level1();
        if (level1.frame() == IndicatorFrame.UNIT_WIDE) {
            InvalidValueException.check(level2().isEmpty(), "level2 of " + name(), level2().orElse(null),
                    "none under the unit-wide dimension " + level1);
            return;
        }
        Level2 level2 = level2().orElseThrow(() -> new InvalidValueException("level2 of " + name(), "none",
                "one of " + level1.level2s() + " under " + level1));
        InvalidValueException.check(level2.level1() == level1, "level2 of " + name(), level2,
                "one of " + level1.level2s() + " under " + level1);
    }

    private void checkTarget() {
        Comparison comparison = comparison();
        IndicatorValue target = target();
        if (comparison.isQuantitative()) {
            InvalidValueException.check(target.isQuantitative(), "target of " + name(), target,
                    "a number for a quantitative indicator (" + comparison.symbol() + ")");
        }
        // ≥ and > are scored alike (R-SCORE-GE), as are ≤ and < (R-SCORE-LE): forms mix them freely.
        target.comparison().ifPresent(written -> InvalidValueException.check(written == comparison
                || (written.isHigherBetter() && comparison.isHigherBetter())
                || (written.isLowerBetter() && comparison.isLowerBetter()),
                "target of " + name(), target, "a target whose comparison agrees with " + comparison.symbol()));
        InvalidValueException.check(target.unit().isNone() || target.unit().equals(unit()), "unit of " + name(), unit(),
                "the unit written with the target, " + target.unit());
    }

    /** The builder of {@link Indicator}: set the attributes, then {@code build()}. */
    public static final class Builder extends ImmutableIndicator.Builder {
        Builder() {}
    }
}
