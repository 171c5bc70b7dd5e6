package io.pbm.rules.monitoring;

import java.time.Month;
import java.util.List;
import java.util.Objects;

/**
 * The monitoring of many projects at the end of one month (pbm-monitor/1): the results in input order,
 * the projects that cannot be monitored with all their problems, and the summary. Nothing is lost:
 * every input project appears exactly once, in {@link #results()} or {@link #rejected()}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param policyName  the name of the policy
 * @param policyVersion  its version
 * @param month  the month monitored
 * @param results  the projects monitored, in input order
 * @param rejected  the projects rejected, in input order
 * @param summary  the counts
 */
public record MonitoringBatch(String policyName, String policyVersion, Month month, List<MonitoringResult> results,
        List<RejectedProject> rejected, MonitoringSummary summary) {

    /**
     * Creates a batch.
     *
     * @param policyName  not null
     * @param policyVersion  not null
     * @param month  not null
     * @param results  not null
     * @param rejected  not null
     * @param summary  not null, agreeing with the results and rejections
     */
    public MonitoringBatch {
        Objects.requireNonNull(policyName, "policyName is null");
        Objects.requireNonNull(policyVersion, "policyVersion is null");
        Objects.requireNonNull(month, "month is null");
        results = List.copyOf(results);
        rejected = List.copyOf(rejected);
        Objects.requireNonNull(summary, "summary is null");
        if (summary.monitored() != results.size() || summary.rejected() != rejected.size()) {
            throw new io.pbm.core.InvalidValueException("summary", String.valueOf(summary),
                    "counts of the results and rejections");
        }
    }

    /**
     * The month as a number, 1 to 12, as pbm-monitor/1 writes it.
     *
     * @return the month number
     */
    public int monthNumber() {
        return month.getValue();
    }
}
