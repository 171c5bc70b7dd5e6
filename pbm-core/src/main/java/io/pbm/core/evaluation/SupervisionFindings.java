package io.pbm.core.evaluation;

import io.pbm.core.InvalidValueException;
import org.immutables.value.Value;

/**
 * Problems found by audit or financial supervision (审计、财会监督发现的问题) — the inputs of the vetoes
 * (R-VETO-1…4) and of R-LINK-4. Not to be confused with the discrepancies of a table check
 * ({@link TableDiscrepancy}), which never trigger vetoes.
 *
 * <p>Everything is false or zero unless set; {@link #none()} is a clean record.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class SupervisionFindings {

    SupervisionFindings() {}

    /**
     * A builder of findings.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * No findings.
     *
     * @return a clean record
     */
    public static SupervisionFindings none() {
        return builder().build();
    }

    /**
     * Audit or financial supervision found problems (R-VETO-1: at most 中).
     *
     * @return true if found
     */
    @Value.Default
    public boolean auditProblems() {
        return false;
    }

    /**
     * Major problems in the use of funds (R-VETO-3: 差).
     *
     * @return true if found
     */
    @Value.Default
    public boolean majorMisuse() {
        return false;
    }

    /**
     * A spot check found the self-reported core indicators untrue (R-VETO-4: one-vote veto).
     *
     * @return true if the authenticity check failed
     */
    @Value.Default
    public boolean authenticityFailed() {
        return false;
    }

    /**
     * Consecutive failed monitoring reviews not rectified (R-MON-5, R-VETO-2: two or more → at most 中).
     *
     * @return the count, 0 or more
     */
    @Value.Default
    public int unrectifiedFailedMonitoringRounds() {
        return 0;
    }

    /**
     * Problems found and not rectified (R-LINK-4: suspend).
     *
     * @return true if any remain
     */
    @Value.Default
    public boolean unrectifiedProblems() {
        return false;
    }

    /**
     * Whether any finding is recorded.
     *
     * @return false for a clean record
     */
    public boolean any() {
        return auditProblems() || majorMisuse() || authenticityFailed() || unrectifiedFailedMonitoringRounds() > 0
                || unrectifiedProblems();
    }

    @Value.Check
    void check() {
        InvalidValueException.check(unrectifiedFailedMonitoringRounds() >= 0, "unrectifiedFailedMonitoringRounds",
                unrectifiedFailedMonitoringRounds(), "unrectifiedFailedMonitoringRounds >= 0");
    }

    /** The builder of {@link SupervisionFindings}. */
    public static final class Builder extends ImmutableSupervisionFindings.Builder {
        Builder() {}
    }
}
