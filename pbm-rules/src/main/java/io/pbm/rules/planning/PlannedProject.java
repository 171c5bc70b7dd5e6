package io.pbm.rules.planning;

import io.pbm.core.FiscalYear;
import io.pbm.core.budget.Amount;
import io.pbm.core.project.BudgetUnit;
import io.pbm.rules.explain.Message;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A project selected for an evaluation (R-PLAN-1, R-PLAN-2), with the reason that decided it.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param projectId  the project's id
 * @param name  the project's name
 * @param unit  its budget unit
 * @param budget  its adjusted budget (全年预算数), what the share and the money count
 * @param reason  why it was selected
 * @param lastEvaluated  the last year a department or finance evaluation covered it before the plan
 *     year, or null if never
 * @param message  the explanation, with the figures that decided
 */
public record PlannedProject(String projectId, String name, BudgetUnit unit, Amount budget, SelectionReason reason,
        @Nullable FiscalYear lastEvaluated, Message message) {

    /**
     * Creates a selected project.
     *
     * @param projectId  not null
     * @param name  not null
     * @param unit  not null
     * @param budget  not null
     * @param reason  not null
     * @param lastEvaluated  or null if never evaluated
     * @param message  not null
     */
    public PlannedProject {
        Objects.requireNonNull(projectId, "projectId is null");
        Objects.requireNonNull(name, "name is null");
        Objects.requireNonNull(unit, "unit is null");
        Objects.requireNonNull(budget, "budget is null");
        Objects.requireNonNull(reason, "reason is null");
        Objects.requireNonNull(message, "message is null");
    }

    /**
     * The last year a department or finance evaluation covered the project before the plan year.
     *
     * @return the year, empty if never
     */
    public Optional<FiscalYear> lastEvaluation() {
        return Optional.ofNullable(lastEvaluated);
    }

    /**
     * One line: id, budget, reason.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return projectId + " " + budget + " " + reason.name();
    }
}
