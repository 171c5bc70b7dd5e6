package io.pbm.rules.monitoring;

import io.pbm.rules.policy.MonitoringPolicy;
import java.time.Month;
import java.time.MonthDay;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The deadlines of monitoring at the end of a month (R-MON-1): whether the month is one of the
 * policy's check months (end of May and end of August in both presets), the date a report on the month
 * is due — the policy's day (the 10th) of the following month — and the check month the month's
 * progress counts toward.
 *
 * <p>Any month 1–12 may be monitored: check months set deadlines, not what may be asked. A report on a
 * month that is not a check month is not required; its due date is given for reference.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param month  the month monitored
 * @param checkMonth  whether it is a check month, with a report required
 * @param dueDate  the 10th (the policy's day) of the following month
 * @param dueNextYear  whether the due date falls in the following year (monitoring December)
 * @param nextCheck  the first check month at or after the month; null after the last
 */
public record ReportDue(Month month, boolean checkMonth, MonthDay dueDate, boolean dueNextYear,
        @Nullable Month nextCheck) {

    /**
     * Creates deadlines.
     *
     * @param month  not null
     * @param checkMonth  whether a check month
     * @param dueDate  not null
     * @param dueNextYear  whether in the following year
     * @param nextCheck  or null
     */
    public ReportDue {
        Objects.requireNonNull(month, "month is null");
        Objects.requireNonNull(dueDate, "dueDate is null");
    }

    /**
     * The deadlines of a month under a policy.
     *
     * @param policy  the monitoring policy, not null
     * @param month  the month monitored, not null
     * @return the deadlines
     */
    public static ReportDue of(MonitoringPolicy policy, Month month) {
        Objects.requireNonNull(policy, "policy is null");
        Objects.requireNonNull(month, "month is null");
        Month following = month.plus(1);
        java.util.SortedSet<Month> ahead = policy.checkMonths().tailSet(month);
        return new ReportDue(month, policy.checkMonths().contains(month), MonthDay.of(following, policy.reportDueDay()),
                month == Month.DECEMBER, ahead.isEmpty() ? null : ahead.first());
    }

    /**
     * The first check month at or after the month monitored.
     *
     * @return the month, empty after the last check month of the year
     */
    public Optional<Month> nextCheckMonth() {
        return Optional.ofNullable(nextCheck);
    }
}
