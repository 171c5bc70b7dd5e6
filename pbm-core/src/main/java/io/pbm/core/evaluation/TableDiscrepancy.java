package io.pbm.core.evaluation;

import java.util.Objects;

/**
 * A discrepancy found by checking a filled-in self-evaluation table (自评审核, R-AUDIT-1…6): the rule,
 * where in the table, what the table reports and what pbm computes. Discrepancies never trigger
 * vetoes — unlike {@link SupervisionFindings}, which come from auditors.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param rule  the rule ID, such as {@code R-AUDIT-1}
 * @param location  where in the input: a JSON pointer or a cell such as {@code 自评表!H12}
 * @param reported  the figure as the table reports it
 * @param computed  the figure as pbm computes it
 */
public record TableDiscrepancy(String rule, String location, String reported, String computed) {

    /**
     * Creates a discrepancy.
     *
     * @param rule  the rule ID, not null
     * @param location  the location, not null
     * @param reported  the reported figure, not null
     * @param computed  the computed figure, not null
     */
    public TableDiscrepancy {
        Objects.requireNonNull(rule, "rule is null");
        Objects.requireNonNull(location, "location is null");
        Objects.requireNonNull(reported, "reported is null");
        Objects.requireNonNull(computed, "computed is null");
    }
}
