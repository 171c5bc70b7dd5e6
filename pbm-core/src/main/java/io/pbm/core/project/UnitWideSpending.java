package io.pbm.core.project;

import io.pbm.core.FiscalYear;
import io.pbm.core.InvalidValueException;
import io.pbm.core.budget.Budget;
import io.pbm.core.evaluation.EvaluationInput;
import io.pbm.core.goal.Goal;
import io.pbm.core.goal.IndicatorFrame;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A unit's whole spending for a year (部门整体支出), evaluated as a whole rather than by project
 * (R-SCORE-UNIT): the unit's budget, and a goal under the six unit-wide dimensions — running cost
 * 运行成本, management efficiency 管理效率, duty performance 履职效能, social effect 社会效应,
 * sustainable capacity 可持续发展能力, service-recipient satisfaction 服务对象满意度.
 *
 * <p>Refused at build time: a blank id, a goal of the project frame.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class UnitWideSpending {

    UnitWideSpending() {}

    /**
     * A builder of unit-wide spending.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The id of the evaluated record, unique within a batch.
     *
     * @return the id
     */
    public abstract String id();

    /**
     * The unit.
     *
     * @return the unit
     */
    public abstract BudgetUnit unit();

    /**
     * The fiscal year.
     *
     * @return the year
     */
    public abstract FiscalYear year();

    /**
     * The unit's whole budget for the year.
     *
     * @return the budget
     */
    public abstract Budget budget();

    /**
     * The unit-wide goal.
     *
     * @return the goal, of the {@link IndicatorFrame#UNIT_WIDE} frame
     */
    public abstract Goal goal();

    /**
     * What the evaluation is given.
     *
     * @return the input, if evaluated
     */
    public abstract Optional<EvaluationInput> evaluation();

    @Value.Check
    UnitWideSpending normalise() {
        String id = id().strip();
        InvalidValueException.check(!id.isEmpty() && id.length() <= Project.MAX_ID_LENGTH, "unit-wide id",
                "\"" + id() + "\"", "an id of 1 to " + Project.MAX_ID_LENGTH + " characters");
        InvalidValueException.check(goal().frame() == IndicatorFrame.UNIT_WIDE, "goal frame", goal().frame(),
                IndicatorFrame.UNIT_WIDE + " for unit-wide spending");
        if (id.equals(id())) {
            return this;
        }
        Builder builder = new Builder();
        builder.from(this);
        builder.id(id);
        return builder.build();
    }

    /** The builder of {@link UnitWideSpending}. */
    public static final class Builder extends ImmutableUnitWideSpending.Builder {
        Builder() {}
    }
}
