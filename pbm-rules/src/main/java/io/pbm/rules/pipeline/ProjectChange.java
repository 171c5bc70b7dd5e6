package io.pbm.rules.pipeline;

import io.pbm.core.InvalidValueException;
import io.pbm.core.budget.Amount;
import io.pbm.core.budget.BudgetAction;
import io.pbm.core.grade.Grade;
import io.pbm.core.project.BudgetUnit;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A project whose outcome differs between two policies (a {@link PolicyComparison}): its final grade,
 * its budget action or the amount left after the decision — or it is evaluated under one and excluded
 * or rejected under the other. "From" is the outcome under the first policy, "to" under the second.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param index  the project's position in the input
 * @param projectId  the project's id
 * @param unit  the project's budget unit
 * @param from  the outcome under the first policy
 * @param to  the outcome under the second policy
 */
public record ProjectChange(long index, String projectId, BudgetUnit unit, ProjectOutcome from, ProjectOutcome to) {

    /**
     * Creates a change.
     *
     * @param index  0 or more
     * @param projectId  not null
     * @param unit  not null
     * @param from  the outcome of the project at the index, not null
     * @param to  the outcome of the project at the index, not null
     * @throws InvalidValueException if an outcome is of another index
     */
    public ProjectChange {
        Objects.requireNonNull(projectId, "projectId is null");
        Objects.requireNonNull(unit, "unit is null");
        Objects.requireNonNull(from, "from is null");
        Objects.requireNonNull(to, "to is null");
        InvalidValueException.check(from.index() == index && to.index() == index, "index",
                from.index() + " / " + to.index(), "the index " + index + " of both outcomes");
    }

    /**
     * Whether two outcomes of one project differ in kind, final grade, budget action or amount after.
     *
     * @param from  the outcome under the first policy, not null
     * @param to  the outcome under the second policy, not null
     * @return true if they differ in any of these
     */
    public static boolean differ(ProjectOutcome from, ProjectOutcome to) {
        return from.kind() != to.kind() || !grade(from).equals(grade(to)) || !action(from).equals(action(to))
                || !amount(from).equals(amount(to));
    }

    /**
     * What the project was under the first policy: evaluated, excluded or rejected.
     *
     * @return the kind
     */
    public OutcomeKind fromKind() {
        return from.kind();
    }

    /**
     * What the project was under the second policy.
     *
     * @return the kind
     */
    public OutcomeKind toKind() {
        return to.kind();
    }

    /**
     * The final grade under the first policy.
     *
     * @return the grade, empty if not evaluated
     */
    public Optional<Grade> fromGrade() {
        return grade(from);
    }

    /**
     * The final grade under the second policy.
     *
     * @return the grade, empty if not evaluated
     */
    public Optional<Grade> toGrade() {
        return grade(to);
    }

    /**
     * The budget action under the first policy.
     *
     * @return the action, empty if not evaluated
     */
    public Optional<BudgetAction> fromAction() {
        return action(from);
    }

    /**
     * The budget action under the second policy.
     *
     * @return the action, empty if not evaluated
     */
    public Optional<BudgetAction> toAction() {
        return action(to);
    }

    /**
     * Next year's amount after the decision under the first policy.
     *
     * @return the amount, empty if not evaluated
     */
    public Optional<Amount> fromAmount() {
        return amount(from);
    }

    /**
     * Next year's amount after the decision under the second policy.
     *
     * @return the amount, empty if not evaluated
     */
    public Optional<Amount> toAmount() {
        return amount(to);
    }

    private static Optional<Grade> grade(ProjectOutcome outcome) {
        return outcome.asResult().map(ProjectResult::grade);
    }

    private static Optional<BudgetAction> action(ProjectOutcome outcome) {
        return outcome.asResult().map(r -> r.budgetDecision().action());
    }

    private static Optional<Amount> amount(ProjectOutcome outcome) {
        return outcome.asResult().map(r -> r.budgetDecision().after());
    }

    /**
     * The change as one line: {@code [0] 652826-2023-017 焉耆县住房和城乡建设局: 良 → 中, 保持 → 调减,
     * 1930500.00 → 1737450.00}; a project not evaluated under a policy shows what it was instead.
     *
     * @param locale  the language, not null
     * @return the line
     */
    public String render(Locale locale) {
        Objects.requireNonNull(locale, "locale is null");
        String fromGrade = grade(from).map(g -> Text.label(g, locale)).orElse(Text.label(from.kind(), locale));
        String toGrade = grade(to).map(g -> Text.label(g, locale)).orElse(Text.label(to.kind(), locale));
        String fromAction = action(from).map(a -> Text.label(a, locale)).orElse("—");
        String toAction = action(to).map(a -> Text.label(a, locale)).orElse("—");
        String fromAmount = amount(from).map(Amount::toString).orElse("—");
        String toAmount = amount(to).map(Amount::toString).orElse("—");
        return "[" + index + "] " + projectId + " " + unit + ": " + fromGrade + " → " + toGrade + ", " + fromAction
                + " → " + toAction + ", " + fromAmount + " → " + toAmount;
    }

    @Override
    public String toString() {
        return render(Locale.SIMPLIFIED_CHINESE);
    }
}
