package io.pbm.rules.policy;

import io.pbm.core.InvalidValueException;
import io.pbm.core.Ratio;
import java.time.Month;
import java.util.SortedMap;
import java.util.SortedSet;
import org.immutables.value.Value;

/**
 * Monitoring during the year (绩效监控, R-MON-1…7): the check dates, the cut-offs of the lights
 * (R-MON-2: below 60 % of the time share red, below 80 % yellow, otherwise green), the cumulative
 * execution floors of R-MON-3 (off in both presets), and the months of the R-MON-4 reminders.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class MonitoringPolicy {

    MonitoringPolicy() {}

    /**
     * A builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The months at whose end monitoring is due (R-MON-1): May and August in both presets.
     *
     * @return the months
     */
    @Value.NaturalOrder
    public abstract SortedSet<Month> checkMonths();

    /**
     * The day of the following month by which a report is due (R-MON-1): 10.
     *
     * @return the day
     */
    @Value.Default
    public int reportDueDay() {
        return 10;
    }

    /**
     * Below this share of the time share a light is red (R-MON-2): 0.6.
     *
     * @return the share
     */
    @Value.Default
    public Ratio redBelow() {
        return Ratio.of(3, 5);
    }

    /**
     * From this share of the time share a light is green, between the two yellow (R-MON-2): 0.8.
     *
     * @return the share
     */
    @Value.Default
    public Ratio greenFrom() {
        return Ratio.of(4, 5);
    }

    /**
     * Cumulative execution floors by month (R-MON-3, Sichuan practice: 25 % by April, 40 % by June,
     * 60 % by August, 80 % by October); empty — off — in both presets.
     *
     * @return the floors
     */
    @Value.NaturalOrder
    public abstract SortedMap<Month, Ratio> executionFloors();

    /**
     * The month from whose end a project behind schedule gets a reminder (R-MON-4): June.
     *
     * @return the month
     */
    @Value.Default
    public Month reminderFrom() {
        return Month.JUNE;
    }

    /**
     * The month from whose end a project with nothing spent is put on the key-attention list and
     * its funds suggested for recall (R-MON-4): October.
     *
     * @return the month
     */
    @Value.Default
    public Month zeroSpendingFrom() {
        return Month.OCTOBER;
    }

    @Value.Check
    void check() {
        InvalidValueException.check(reportDueDay() >= 1 && reportDueDay() <= 28, "reportDueDay", reportDueDay(),
                "1 <= reportDueDay <= 28");
        InvalidValueException.check(redBelow().signum() >= 0 && redBelow().isBelow(greenFrom())
                && !greenFrom().isAbove(Ratio.ONE), "redBelow", redBelow() + " / " + greenFrom(),
                "0 <= redBelow < greenFrom <= 1");
        executionFloors().forEach((month, floor) -> InvalidValueException.check(floor.signum() >= 0
                && !floor.isAbove(Ratio.ONE), "executionFloors", month + "=" + floor, "0 <= floor <= 1"));
    }

    @Override
    public String toString() {
        return "check months " + checkMonths() + " (due day " + reportDueDay() + "), red < " + redBelow() + ", green >= "
                + greenFrom() + ", floors " + (executionFloors().isEmpty() ? "off" : executionFloors().toString())
                + ", reminder from " + reminderFrom() + ", zero spending from " + zeroSpendingFrom();
    }

    /** The builder of {@link MonitoringPolicy}. */
    public static final class Builder extends ImmutableMonitoringPolicy.Builder {
        Builder() {}
    }
}
