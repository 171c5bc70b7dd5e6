package io.pbm.rules.exante;

import io.pbm.core.budget.BudgetAction;
import io.pbm.rules.explain.Message;
import io.pbm.rules.explain.RuleId;
import java.util.Locale;
import java.util.Objects;

/**
 * A decision taken before money is given — by goal review (R-GOAL-5) or by the ex-ante assessment
 * (R-EXANTE-3, R-EXANTE-4): the action (NOT_BUDGETED, 不安排预算), the rule that decided and why. A
 * project without such a decision is fundable as far as these rules go; what it gets is decided by
 * the budget, and after the year by result application (R-LINK-1…4).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param action  the action, NOT_BUDGETED for every rule of review and ex-ante
 * @param rule  the rule that decided
 * @param message  why, with the inputs the rule read
 */
public record BudgetingDecision(BudgetAction action, RuleId rule, Message message) {

    /**
     * Creates a decision.
     *
     * @param action  the action, not null
     * @param rule  the rule, not null
     * @param message  the message, not null
     */
    public BudgetingDecision {
        Objects.requireNonNull(action, "action is null");
        Objects.requireNonNull(rule, "rule is null");
        Objects.requireNonNull(message, "message is null");
    }

    /**
     * A project left without a budget (不安排预算) by a rule.
     *
     * @param rule  the rule, not null
     * @param message  why, not null
     * @return the decision, NOT_BUDGETED
     */
    public static BudgetingDecision notBudgeted(RuleId rule, Message message) {
        return new BudgetingDecision(BudgetAction.NOT_BUDGETED, rule, message);
    }

    /**
     * The decision as one line: {@code NOT_BUDGETED R-GOAL-5: …}.
     *
     * @param locale  the language, not null
     * @return the line
     */
    public String render(Locale locale) {
        return action + " " + rule.id() + ": " + message.render(locale);
    }

    @Override
    public String toString() {
        return render(Locale.SIMPLIFIED_CHINESE);
    }
}
