package io.pbm.core.project;

import io.pbm.core.FiscalYear;
import io.pbm.core.InvalidValueException;
import io.pbm.core.budget.Budget;
import io.pbm.core.budget.FundCategory;
import io.pbm.core.evaluation.EvaluationInput;
import io.pbm.core.exante.ExAnteAssessment;
import io.pbm.core.goal.Goal;
import io.pbm.core.goal.IndicatorFrame;
import io.pbm.core.goal.ParentTransfer;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A spending project (项目支出) of a budget unit for a fiscal year: its fund category, budget, flags,
 * goal and history, and — once the year is over — what its evaluation is given (domain.md section 2).
 *
 * <pre>{@code
 * Project project = Project.builder()
 *         .id("652826-2023-017").name("农产品园区排水管网工程")
 *         .unit(BudgetUnit.of("焉耆县住房和城乡建设局")).year(FiscalYear.of(2023))
 *         .fundCategory(FundCategory.GENERAL_PUBLIC)
 *         .budget(Budget.of(Amount.of("1930500.00"), Amount.of("1835000.00")))
 *         .goal(goal)
 *         .build();
 * }</pre>
 *
 * <p>Refused at build time: a blank or over-long id or name, a goal of the unit-wide frame. A project
 * without a goal has {@link Goal#none()} (R-GOAL-5 decides what that means for its budget).
 *
 * <p>This class is immutable and thread-safe. The builder throws {@link IllegalStateException} naming
 * a missing required attribute, {@link InvalidValueException} for a bad value.
 */
@Value.Immutable
public abstract class Project {

    /** The longest id accepted. */
    public static final int MAX_ID_LENGTH = 100;

    /** The longest name accepted. */
    public static final int MAX_NAME_LENGTH = 200;

    Project() {}

    /**
     * A builder of projects.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The project's id, unique within a batch, such as {@code 652826-2023-017}.
     *
     * @return the id, stripped
     */
    public abstract String id();

    /**
     * The project's name.
     *
     * @return the name, stripped
     */
    public abstract String name();

    /**
     * The budget unit that spends the money.
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
     * The fund category (R-PLAN-4 excludes by it).
     *
     * @return the category
     */
    public abstract FundCategory fundCategory();

    /**
     * The year's money.
     *
     * @return the budget
     */
    public abstract Budget budget();

    /**
     * The flags; none unless set.
     *
     * @return the flags
     */
    @Value.Default
    public ProjectFlags flags() {
        return ProjectFlags.none();
    }

    /**
     * The performance goal; {@link Goal#none()} unless set.
     *
     * @return the goal
     */
    @Value.Default
    public Goal goal() {
        return Goal.none();
    }

    /**
     * The project's past; empty unless set.
     *
     * @return the history
     */
    @Value.Default
    public ProjectHistory history() {
        return ProjectHistory.none();
    }

    /**
     * What the evaluation after the year is given.
     *
     * @return the input, if evaluated
     */
    public abstract Optional<EvaluationInput> evaluation();

    /**
     * The ex-ante assessment (R-EXANTE-1…4).
     *
     * @return the assessment, if made
     */
    public abstract Optional<ExAnteAssessment> exAnte();

    /**
     * The higher-level transfer the goal was split down from (R-GOAL-6).
     *
     * @return the transfer, if any
     */
    public abstract Optional<ParentTransfer> transfer();

    @Value.Check
    Project normalise() {
        String id = id().strip();
        String name = name().strip();
        InvalidValueException.check(!id.isEmpty() && id.length() <= MAX_ID_LENGTH, "project id", "\"" + id() + "\"",
                "an id of 1 to " + MAX_ID_LENGTH + " characters");
        InvalidValueException.check(!name.isEmpty() && name.length() <= MAX_NAME_LENGTH, "project name",
                "\"" + name() + "\"", "a name of 1 to " + MAX_NAME_LENGTH + " characters");
        InvalidValueException.check(goal().frame() == IndicatorFrame.PROJECT, "goal frame", goal().frame(),
                IndicatorFrame.PROJECT + " for a project");
        if (id.equals(id()) && name.equals(name())) {
            return this;
        }
        Builder builder = new Builder();
        builder.from(this);
        builder.id(id);
        builder.name(name);
        return builder.build();
    }

    /** The builder of {@link Project}. */
    public static final class Builder extends ImmutableProject.Builder {
        Builder() {}
    }
}
