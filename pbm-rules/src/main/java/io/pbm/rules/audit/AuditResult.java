package io.pbm.rules.audit;

import io.pbm.core.evaluation.TableDiscrepancy;
import io.pbm.core.project.BudgetUnit;
import io.pbm.rules.explain.RuleId;
import io.pbm.rules.explain.Trace;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The table check of one project (R-AUDIT-1…6, json-contract.md {@code pbm-audit/1}): the
 * discrepancies in table order — budget rows, indicators, total, grade — and pbm's own figures. A
 * table is clean when it has none. Discrepancies never trigger vetoes.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param projectId  the project's id
 * @param unit  its budget unit
 * @param policyName  the policy that checked it
 * @param policyVersion  the policy's version
 * @param discrepancies  every discrepancy found, in table order
 * @param executionScore  pbm's execution score (R-SCORE-EXEC)
 * @param total  pbm's total — its execution score plus each indicator's accepted score (the reported
 *     score where it stands, pbm's where it does not) — or null when a qualitative score outside its
 *     range leaves it open
 * @param trace  how pbm reached its figures, and the evaluators' deductions it accepted
 */
public record AuditResult(String projectId, BudgetUnit unit, String policyName, String policyVersion,
        List<Discrepancy> discrepancies, BigDecimal executionScore, @Nullable BigDecimal total, Trace trace) {

    /**
     * Creates a result.
     *
     * @param projectId  not null
     * @param unit  not null
     * @param policyName  not null
     * @param policyVersion  not null
     * @param discrepancies  not null
     * @param executionScore  not null
     * @param total  or null
     * @param trace  not null
     */
    public AuditResult {
        Objects.requireNonNull(projectId, "projectId is null");
        Objects.requireNonNull(unit, "unit is null");
        Objects.requireNonNull(policyName, "policyName is null");
        Objects.requireNonNull(policyVersion, "policyVersion is null");
        discrepancies = List.copyOf(Objects.requireNonNull(discrepancies, "discrepancies is null"));
        Objects.requireNonNull(executionScore, "executionScore is null");
        Objects.requireNonNull(trace, "trace is null");
    }

    /**
     * Whether the table has no discrepancy.
     *
     * @return true if clean
     */
    public boolean clean() {
        return discrepancies.isEmpty();
    }

    /**
     * The discrepancies of one rule.
     *
     * @param rule  the rule, not null
     * @return the discrepancies, in table order
     */
    public List<Discrepancy> discrepancies(RuleId rule) {
        Objects.requireNonNull(rule, "rule is null");
        return discrepancies.stream().filter(d -> d.rule() == rule).toList();
    }

    /**
     * The discrepancies as pbm-core's plain records.
     *
     * @return the core values, in table order
     */
    public List<TableDiscrepancy> tableDiscrepancies() {
        return discrepancies.stream().map(Discrepancy::toTableDiscrepancy).toList();
    }

    /**
     * pbm's total.
     *
     * @return the total, empty when a qualitative score outside its range leaves it open
     */
    public Optional<BigDecimal> computedTotal() {
        return Optional.ofNullable(total);
    }

    /**
     * The result, one discrepancy per line.
     *
     * @param locale  the language, not null
     * @return the text
     */
    public String render(Locale locale) {
        Objects.requireNonNull(locale, "locale is null");
        StringBuilder text = new StringBuilder(projectId).append(clean() ? ": clean\n" : ":\n");
        for (Discrepancy discrepancy : discrepancies) {
            text.append("  ").append(discrepancy.render(locale)).append('\n');
        }
        return text.toString();
    }

    @Override
    public String toString() {
        return render(Locale.SIMPLIFIED_CHINESE);
    }
}
