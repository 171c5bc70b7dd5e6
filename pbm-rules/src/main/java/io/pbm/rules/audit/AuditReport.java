package io.pbm.rules.audit;

import io.pbm.rules.explain.Rejection;
import java.util.List;
import java.util.Objects;

/**
 * The table checks of a batch (json-contract.md {@code pbm-audit/1}): a result for every project
 * that could be checked and a rejection for every one that could not, each in input order, and the
 * summary.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param policyName  the policy that checked them
 * @param policyVersion  its version
 * @param results  the checked tables, in input order
 * @param rejected  the projects that could not be checked, with every problem, in input order
 * @param summary  the totals
 */
public record AuditReport(String policyName, String policyVersion, List<AuditResult> results,
        List<Rejection> rejected, AuditSummary summary) {

    /**
     * Creates a report.
     *
     * @param policyName  not null
     * @param policyVersion  not null
     * @param results  not null
     * @param rejected  not null
     * @param summary  not null
     */
    public AuditReport {
        Objects.requireNonNull(policyName, "policyName is null");
        Objects.requireNonNull(policyVersion, "policyVersion is null");
        results = List.copyOf(Objects.requireNonNull(results, "results is null"));
        rejected = List.copyOf(Objects.requireNonNull(rejected, "rejected is null"));
        Objects.requireNonNull(summary, "summary is null");
    }
}
