package io.pbm.rules.policy;

import io.pbm.core.InvalidValueException;
import io.pbm.core.Ratio;
import io.pbm.core.goal.Level2;
import io.pbm.core.grade.Grade;
import java.time.Month;
import java.util.EnumSet;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import org.immutables.value.Value;

/**
 * Monitoring during the year (绩效监控, R-MON-1…7): the check dates, the cut-offs of the lights
 * (R-MON-2: below 60 % of the time share red, below 80 % yellow, otherwise green), the cumulative
 * execution floors of R-MON-3 (off in both presets), the months of the R-MON-4 reminders, which
 * indicators accumulate over the year (R-MON-2) and which of last year's grades get extra scrutiny
 * (R-MON-6).
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

    /**
     * The level-2 categories whose higher-is-better indicators accumulate over the year — a count or
     * an amount — and so get a progress light against the time share rather than a direct comparison
     * with the target (R-MON-2, practice: "level 2 QUANTITY or COST, unit not %"). An indicator in %
     * is a rate and never accumulates. Both presets: {@link Level2#QUANTITY} and {@link Level2#COST}.
     *
     * @return the categories
     */
    @Value.Default
    public Set<Level2> accumulatingCategories() {
        return EnumSet.of(Level2.QUANTITY, Level2.COST);
    }

    /**
     * The best of last year's grades that still gets extra scrutiny this year (R-MON-6, seed 002:
     * projects graded 中 or 差): {@link Grade#FAIR} in both presets.
     *
     * @return the grade; it and every worse grade get scrutiny
     */
    @Value.Default
    public Grade scrutinyAtOrBelow() {
        return Grade.FAIR;
    }

    /**
     * Whether last year's grade calls for extra scrutiny (R-MON-6).
     *
     * @param previousGrade  last year's final grade, not null
     * @return true if it is {@link #scrutinyAtOrBelow()} or worse
     */
    public boolean needsScrutiny(Grade previousGrade) {
        java.util.Objects.requireNonNull(previousGrade, "previousGrade is null");
        return !previousGrade.isBetterThan(scrutinyAtOrBelow());
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
                + ", reminder from " + reminderFrom() + ", zero spending from " + zeroSpendingFrom()
                + ", accumulating " + new java.util.TreeSet<>(accumulatingCategories()) + ", scrutiny at or below " + scrutinyAtOrBelow();
    }

    /** The builder of {@link MonitoringPolicy}. */
    public static final class Builder extends ImmutableMonitoringPolicy.Builder {
        Builder() {}
    }
}
