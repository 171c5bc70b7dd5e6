package io.pbm.core.budget;

import io.pbm.core.InvalidValueException;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A project's money for the year, in 元: 年初预算数 (initial), 全年预算数 (adjusted), funds received
 * (资金到位), 全年执行数 (spent), and next year's request, which a budget decision cuts or keeps.
 *
 * <p>Only the adjusted budget and the amount spent are required. No amount may be negative. Spent
 * above the adjusted budget is not refused: it is a finding of the table check (R-AUDIT-4), which an
 * {@link #explanation()} may answer.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Budget {

    Budget() {}

    /**
     * A builder of budgets.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A budget with only the adjusted amount and the amount spent.
     *
     * @param adjusted  全年预算数, not negative, not null
     * @param spent  全年执行数, not negative, not null
     * @return the budget
     */
    public static Budget of(Amount adjusted, Amount spent) {
        Objects.requireNonNull(adjusted, "adjusted is null");
        Objects.requireNonNull(spent, "spent is null");
        return builder().adjusted(adjusted).spent(spent).build();
    }

    /**
     * 年初预算数: the budget at the start of the year.
     *
     * @return the amount, if given
     */
    public abstract Optional<Amount> initial();

    /**
     * 全年预算数: the budget after adjustments — what the execution rate divides by (R-SCORE-EXEC).
     *
     * @return the amount
     */
    public abstract Amount adjusted();

    /**
     * Funds received (资金到位), which the department/finance frame divides by (R-SCORE-FRAME).
     *
     * @return the amount, if given
     */
    public abstract Optional<Amount> received();

    /**
     * 全年执行数: the amount spent (to date, in a monitoring snapshot).
     *
     * @return the amount
     */
    public abstract Amount spent();

    /**
     * Next year's request, which a budget decision cuts or keeps.
     *
     * @return the amount, if given
     */
    public abstract Optional<Amount> nextYearRequest();

    /**
     * An explanation of inconsistent amounts, such as spending above the budget (R-AUDIT-4).
     *
     * @return the text, if given
     */
    public abstract Optional<String> explanation();

    /**
     * What next year's decision starts from: the request if given, otherwise this year's adjusted
     * budget (domain.md section 8).
     *
     * @return the amount before the decision
     */
    public Amount nextYearBase() {
        return nextYearRequest().orElse(adjusted());
    }

    @Value.Check
    void check() {
        nonNegative("budget.initial", initial().orElse(Amount.ZERO));
        nonNegative("budget.adjusted", adjusted());
        nonNegative("budget.received", received().orElse(Amount.ZERO));
        nonNegative("budget.spent", spent());
        nonNegative("budget.nextYearRequest", nextYearRequest().orElse(Amount.ZERO));
    }

    private static void nonNegative(String field, Amount amount) {
        InvalidValueException.check(!amount.isNegative(), field, amount, field + " >= 0.00");
    }

    /** The builder of {@link Budget}. */
    public static final class Builder extends ImmutableBudget.Builder {
        Builder() {}
    }
}
