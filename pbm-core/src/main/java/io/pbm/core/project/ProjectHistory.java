package io.pbm.core.project;

import io.pbm.core.FiscalYear;
import io.pbm.core.grade.Grade;
import java.util.Optional;
import java.util.SortedSet;
import org.immutables.value.Value;

/**
 * What is known of a project's past: the years a department or finance evaluation covered it
 * (R-PLAN-1: every project at least once in 5 years), whether last year's self-evaluation was done
 * (R-GOAL-5: a project that skipped it is not budgeted), and last year's grade (R-MON-6: 中 or 差 gets
 * extra scrutiny in monitoring).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ProjectHistory {

    ProjectHistory() {}

    /**
     * A builder of histories.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A project with no recorded past.
     *
     * @return the empty history
     */
    public static ProjectHistory none() {
        return builder().build();
    }

    /**
     * The years a department or finance evaluation covered the project.
     *
     * @return the years, ascending
     */
    @Value.NaturalOrder
    public abstract SortedSet<FiscalYear> evaluatedYears();

    /**
     * Whether last year's self-evaluation was done; empty when the input does not say.
     *
     * @return true if done, false if skipped
     */
    public abstract Optional<Boolean> lastYearSelfEvaluated();

    /**
     * Last year's final grade.
     *
     * @return the grade, if known
     */
    public abstract Optional<Grade> previousGrade();

    /**
     * The most recent year a department or finance evaluation covered the project.
     *
     * @return the year, if ever
     */
    public Optional<FiscalYear> lastEvaluated() {
        return evaluatedYears().isEmpty() ? Optional.empty() : Optional.of(evaluatedYears().last());
    }

    /** The builder of {@link ProjectHistory}. */
    public static final class Builder extends ImmutableProjectHistory.Builder {
        Builder() {}
    }
}
