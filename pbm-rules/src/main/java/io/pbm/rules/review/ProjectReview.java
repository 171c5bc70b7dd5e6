package io.pbm.rules.review;

import io.pbm.core.budget.BudgetAction;
import io.pbm.rules.exante.BudgetingDecision;
import io.pbm.rules.exante.ExAnteResult;
import io.pbm.rules.explain.Problem;
import io.pbm.rules.explain.Warning;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One project's review before budgeting, as the {@code review} command reports it: the goal review
 * (R-GOAL-1…8), the ex-ante assessment when it concerns the project (R-EXANTE-1…4: a new project, or one
 * that carries an assessment), and the budgeting decision — NOT_BUDGETED with the rule that decided, or
 * fundable.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ProjectReview {

    ProjectReview() {}

    /**
     * A builder, for engines.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The goal review.
     *
     * @return the result
     */
    public abstract ReviewResult goal();

    /**
     * The ex-ante assessment, when it concerns the project ({@link ExAnteResult#applicable()}).
     *
     * @return the result, if relevant
     */
    public abstract Optional<ExAnteResult> exAnte();

    /**
     * The id of the reviewed project.
     *
     * @return the id
     */
    public String projectId() {
        return goal().projectId();
    }

    /**
     * Whether the project passed review: its goal and its ex-ante assessment have no problem.
     *
     * @return true if passed
     */
    public boolean passed() {
        return goal().passed() && exAnte().map(ExAnteResult::passed).orElse(true);
    }

    /**
     * The problems of goal review, then of the ex-ante assessment.
     *
     * @return the problems
     */
    public List<Problem> problems() {
        List<Problem> problems = new ArrayList<>(goal().problems());
        exAnte().ifPresent(e -> problems.addAll(e.problems()));
        return List.copyOf(problems);
    }

    /**
     * The warnings of goal review, then of the ex-ante assessment.
     *
     * @return the warnings
     */
    public List<Warning> warnings() {
        List<Warning> warnings = new ArrayList<>(goal().warnings());
        exAnte().ifPresent(e -> warnings.addAll(e.warnings()));
        return List.copyOf(warnings);
    }

    /**
     * Every budgeting decision taken: goal review's (R-GOAL-5), then ex-ante's (R-EXANTE-3/4).
     *
     * @return the decisions, empty when the project is fundable
     */
    public List<BudgetingDecision> decisions() {
        List<BudgetingDecision> decisions = new ArrayList<>(2);
        goal().budgetDecision().ifPresent(decisions::add);
        exAnte().flatMap(ExAnteResult::budgetDecision).ifPresent(decisions::add);
        return List.copyOf(decisions);
    }

    /**
     * The budgeting decision: the strongest action taken, the first rule taking it (R-GOAL-5 before
     * R-EXANTE-3/4).
     *
     * @return NOT_BUDGETED with its rule, or empty when fundable
     */
    public Optional<BudgetingDecision> decision() {
        BudgetingDecision strongest = null;
        for (BudgetingDecision decision : decisions()) {
            if (strongest == null || decision.action().compareTo(strongest.action()) > 0) {
                strongest = decision;
            }
        }
        return Optional.ofNullable(strongest);
    }

    /**
     * The action of the budgeting decision.
     *
     * @return NOT_BUDGETED, or empty when fundable
     */
    public Optional<BudgetAction> budgetAction() {
        return decision().map(BudgetingDecision::action);
    }

    /**
     * Whether review and ex-ante leave the project fundable.
     *
     * @return true without a budgeting decision
     */
    public boolean fundable() {
        return decisions().isEmpty();
    }

    @Value.Check
    void check() {
        exAnte().ifPresent(e -> io.pbm.core.InvalidValueException.check(e.projectId().equals(goal().projectId()),
                "exAnte.projectId", e.projectId(), "the goal review's project " + goal().projectId()));
    }

    /**
     * One line: id, passed or failed, the decision.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return projectId() + (passed() ? " passed" : " failed")
                + decision().map(d -> " " + d.action() + " " + d.rule()).orElse(" fundable");
    }

    /** The builder of {@link ProjectReview}. */
    public static final class Builder extends ImmutableProjectReview.Builder {
        Builder() {}
    }
}
