package io.pbm.rules.linkage;

import io.pbm.core.InvalidValueException;
import io.pbm.core.budget.Amount;
import io.pbm.core.budget.BudgetAction;
import io.pbm.core.project.BudgetUnit;
import io.pbm.rules.explain.Message;
import io.pbm.rules.explain.RuleId;
import io.pbm.rules.explain.TraceStep;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Next year's budget decision of one project (domain.md section 8): the action, the amount before
 * (next year's request, or this year's adjusted budget) and after, the rule that decided, the reason,
 * and every linkage rule that fired — the strongest action wins.
 *
 * <p>Refused at construction: an amount after above the amount before or below zero, or an action
 * that leaves nothing ({@link BudgetAction#leavesNothing()}) with an amount after other than 0.00.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param projectId  the project's id
 * @param unit  the project's budget unit
 * @param action  the action that won
 * @param before  the amount before the decision
 * @param after  the amount after: before for PRIORITY and KEEP, before × (1 − r) for CUT, 0.00 otherwise
 * @param rule  the rule that decided
 * @param message  the reason
 * @param steps  every linkage rule that fired, in the order they were considered
 */
public record BudgetDecision(String projectId, BudgetUnit unit, BudgetAction action, Amount before, Amount after,
        RuleId rule, Message message, List<TraceStep> steps) {

    /**
     * Creates a decision.
     *
     * @param projectId  not null
     * @param unit  not null
     * @param action  not null
     * @param before  not negative, not null
     * @param after  between 0.00 and before, 0.00 for an action that leaves nothing, not null
     * @param rule  not null
     * @param message  not null
     * @param steps  not null
     * @throws InvalidValueException if the amounts do not fit the action
     */
    public BudgetDecision {
        Objects.requireNonNull(projectId, "projectId is null");
        Objects.requireNonNull(unit, "unit is null");
        Objects.requireNonNull(action, "action is null");
        Objects.requireNonNull(before, "before is null");
        Objects.requireNonNull(after, "after is null");
        Objects.requireNonNull(rule, "rule is null");
        Objects.requireNonNull(message, "message is null");
        steps = List.copyOf(Objects.requireNonNull(steps, "steps is null"));
        InvalidValueException.check(!before.isNegative(), "before", before, "before >= 0.00");
        // The valid ranges are written only when a check fails: decisions are made by the million.
        if (after.isNegative() || after.isGreaterThan(before)) {
            throw new InvalidValueException("after", after.toString(), "0.00 <= after <= before " + before);
        }
        if (action.leavesNothing() && !after.isZero()) {
            throw new InvalidValueException("after", after.toString(), "0.00 after " + action.name());
        }
    }

    /**
     * The amount the decision takes away: before − after.
     *
     * @return the cut, 0.00 or more
     */
    public Amount reduction() {
        return before.minus(after);
    }

    /**
     * The decision as one line: {@code CUT 1930500.00 → 1737450.00 (R-LINK-3): …}.
     *
     * @param locale  the language, not null
     * @return the line
     */
    public String render(Locale locale) {
        boolean english = "en".equals(Objects.requireNonNull(locale, "locale is null").getLanguage());
        return (english ? action.englishLabel() : action.label()) + " " + before + " → " + after + " (" + rule.id()
                + "): " + message.render(locale);
    }

    /**
     * One line: id, action, amounts, rule.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return projectId + " " + action + " " + before + " → " + after + " (" + rule.id() + ")";
    }
}
