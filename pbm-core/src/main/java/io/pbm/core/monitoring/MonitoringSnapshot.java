package io.pbm.core.monitoring;

import io.pbm.core.budget.Amount;
import io.pbm.core.evaluation.IndicatorActual;
import java.time.Month;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A project's progress at the end of a month (绩效监控, R-MON-1…7): the amount spent to date and the
 * actual of each indicator to date. The monitoring rules compare both with the time share of the year
 * (month ÷ 12) — spending and goals tracked together, never one for the other (R-MON-7, 双监控).
 *
 * <p>Any month may be monitored; the policy's check dates (end of May and August in both presets)
 * set deadlines, not what may be asked (R-MON-1).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class MonitoringSnapshot {

    MonitoringSnapshot() {}

    /**
     * A builder of snapshots.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The month at whose end the snapshot is taken.
     *
     * @return the month
     */
    public abstract Month month();

    /**
     * The amount spent from the start of the year to the end of the month.
     *
     * @return the amount, not negative
     */
    public abstract Amount spentToDate();

    /**
     * The actual of each indicator to date, by indicator name; an indicator not yet reported is absent
     * or has no actual.
     *
     * @return the actuals, in table order
     */
    public abstract Map<String, IndicatorActual> actualsToDate();

    /**
     * The month as a number, 1 to 12.
     *
     * @return the month number
     */
    public int monthNumber() {
        return month().getValue();
    }

    /**
     * The actual of an indicator to date.
     *
     * @param name  the indicator's name, not null
     * @return the actual, if reported
     */
    public Optional<IndicatorActual> actual(String name) {
        java.util.Objects.requireNonNull(name, "name is null");
        return Optional.ofNullable(actualsToDate().get(name.strip()));
    }

    @Value.Check
    void check() {
        io.pbm.core.InvalidValueException.check(!spentToDate().isNegative(), "spentToDate", spentToDate(),
                "spentToDate >= 0.00");
    }

    /** The builder of {@link MonitoringSnapshot}. */
    public static final class Builder extends ImmutableMonitoringSnapshot.Builder {
        Builder() {}
    }
}
