package io.pbm.rules.audit;

import io.pbm.core.InvalidValueException;
import io.pbm.rules.explain.RuleId;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The totals of a batch of table checks, as {@code pbm-audit/1} writes them: projects, clean ones,
 * ones with discrepancies, rejected ones, and the number of discrepancies of each rule.
 *
 * <p>Nothing is lost: {@code projects = clean + withDiscrepancies + rejected}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param projects  the number of projects checked
 * @param clean  the number of clean tables
 * @param withDiscrepancies  the number of tables with at least one discrepancy
 * @param rejected  the number of projects that could not be checked
 * @param discrepancies  the number of discrepancies of each rule that found any, in rule order
 */
public record AuditSummary(int projects, int clean, int withDiscrepancies, int rejected,
        Map<RuleId, Integer> discrepancies) {

    /**
     * Creates a summary.
     *
     * @param projects  clean + withDiscrepancies + rejected
     * @param clean  0 or more
     * @param withDiscrepancies  0 or more
     * @param rejected  0 or more
     * @param discrepancies  not null
     */
    public AuditSummary {
        InvalidValueException.check(clean >= 0 && withDiscrepancies >= 0 && rejected >= 0
                && projects == clean + withDiscrepancies + rejected, "projects", projects,
                "clean + withDiscrepancies + rejected = " + clean + " + " + withDiscrepancies + " + " + rejected);
        Objects.requireNonNull(discrepancies, "discrepancies is null");
        discrepancies = discrepancies.isEmpty() ? Map.of()
                : Collections.unmodifiableMap(new EnumMap<>(discrepancies));
    }

    /**
     * The summary of some results.
     *
     * @param results  the checked tables, not null
     * @param rejected  the number of projects that could not be checked
     * @return the totals
     */
    public static AuditSummary of(List<AuditResult> results, int rejected) {
        Objects.requireNonNull(results, "results is null");
        Map<RuleId, Integer> counts = new EnumMap<>(RuleId.class);
        int clean = 0;
        for (AuditResult result : results) {
            clean += result.clean() ? 1 : 0;
            for (Discrepancy discrepancy : result.discrepancies()) {
                counts.merge(discrepancy.rule(), 1, Integer::sum);
            }
        }
        return new AuditSummary(results.size() + rejected, clean, results.size() - clean, rejected, counts);
    }

    /**
     * This summary and another added up — what a streaming writer keeps as results arrive.
     *
     * @param other  the other summary, not null
     * @return the sum
     */
    public AuditSummary plus(AuditSummary other) {
        Objects.requireNonNull(other, "other is null");
        Map<RuleId, Integer> sum = new EnumMap<>(RuleId.class);
        sum.putAll(discrepancies);
        other.discrepancies.forEach((rule, count) -> sum.merge(rule, count, Integer::sum));
        return new AuditSummary(projects + other.projects, clean + other.clean,
                withDiscrepancies + other.withDiscrepancies, rejected + other.rejected, sum);
    }
}
