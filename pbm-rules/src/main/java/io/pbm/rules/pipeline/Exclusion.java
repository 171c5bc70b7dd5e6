package io.pbm.rules.pipeline;

import io.pbm.core.InvalidValueException;
import io.pbm.core.budget.FundCategory;
import io.pbm.core.project.BudgetUnit;
import io.pbm.rules.explain.Message;
import io.pbm.rules.explain.RuleId;
import java.util.Locale;
import java.util.Objects;

/**
 * A project the policy leaves out of this evaluation (R-PLAN-4: its fund category is one of
 * {@link io.pbm.rules.policy.Policy#excludedFundCategories()}), with the rule and the reason. It is not
 * evaluated, vetoed or decided.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param index  the project's position in the input, from 0
 * @param projectId  the project's id
 * @param unit  the project's budget unit
 * @param fundCategory  the fund category that excluded it
 * @param rule  the rule, R-PLAN-4
 * @param message  the reason
 */
public record Exclusion(long index, String projectId, BudgetUnit unit, FundCategory fundCategory, RuleId rule,
        Message message) implements ProjectOutcome {

    /**
     * Creates an exclusion.
     *
     * @param index  0 or more
     * @param projectId  not null
     * @param unit  not null
     * @param fundCategory  not null
     * @param rule  not null
     * @param message  not null
     */
    public Exclusion {
        InvalidValueException.check(index >= 0, "index", index, "index >= 0");
        Objects.requireNonNull(projectId, "projectId is null");
        Objects.requireNonNull(unit, "unit is null");
        Objects.requireNonNull(fundCategory, "fundCategory is null");
        Objects.requireNonNull(rule, "rule is null");
        Objects.requireNonNull(message, "message is null");
    }

    @Override
    public OutcomeKind kind() {
        return OutcomeKind.EXCLUDED;
    }

    /**
     * The exclusion as one line.
     *
     * @param locale  the language, not null
     * @return the line
     */
    public String render(Locale locale) {
        return "[" + index + "] " + projectId + " " + rule.id() + ": " + message.render(locale);
    }

    @Override
    public String toString() {
        return render(Locale.SIMPLIFIED_CHINESE);
    }
}
