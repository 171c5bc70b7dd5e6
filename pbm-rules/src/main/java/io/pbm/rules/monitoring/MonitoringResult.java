package io.pbm.rules.monitoring;

import io.pbm.core.FiscalYear;
import io.pbm.core.Ratio;
import io.pbm.core.budget.Amount;
import io.pbm.core.monitoring.WarningLight;
import io.pbm.core.project.BudgetUnit;
import io.pbm.rules.explain.Message;
import io.pbm.rules.explain.Trace;
import io.pbm.rules.explain.Warning;
import java.time.Month;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A project's monitoring at the end of a month (绩效监控, R-MON-1…7): spending — the execution rate
 * against the time share of the year and its light (R-MON-2), the cumulative floors (R-MON-3) — and goal
 * progress — each indicator's light (R-MON-2) — side by side, never one standing in for the other
 * (R-MON-7, 双监控); the flags of R-MON-4 (reminder, key attention, recall suggested) and R-MON-6
 * (scrutiny); the report deadlines (R-MON-1); the warnings, and the trace of every rule applied.
 *
 * <p>{@link #summary()} shows spending and goal progress on one line.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class MonitoringResult {

    MonitoringResult() {}

    /**
     * A builder of results, for engines.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The id of the monitored project.
     *
     * @return the id
     */
    public abstract String projectId();

    /**
     * The project's name.
     *
     * @return the name
     */
    public abstract String name();

    /**
     * The budget unit that spends the money.
     *
     * @return the unit
     */
    public abstract BudgetUnit unit();

    /**
     * The fiscal year.
     *
     * @return the year
     */
    public abstract FiscalYear year();

    /**
     * The name of the policy that produced the result.
     *
     * @return such as {@code MOF_2020}
     */
    public abstract String policyName();

    /**
     * The version of the policy that produced the result.
     *
     * @return the version
     */
    public abstract String policyVersion();

    /**
     * The month at whose end the project is monitored.
     *
     * @return the month
     */
    public abstract Month month();

    /**
     * The amount spent to the end of the month.
     *
     * @return the amount
     */
    public abstract Amount spentToDate();

    /**
     * The adjusted budget (全年预算数) the execution rate divides by.
     *
     * @return the amount
     */
    public abstract Amount adjusted();

    /**
     * Spent to date ÷ adjusted budget, exact (R-MON-2).
     *
     * @return the execution rate, empty for a zero budget
     */
    public abstract Optional<Ratio> executionRate();

    /**
     * The elapsed share of the year, month ÷ 12, exact (R-MON-2): 5/12 at the end of May.
     *
     * @return the time share
     */
    public abstract Ratio timeShare();

    /**
     * Execution rate ÷ time share, exact: what the cut-offs of the execution light compare (R-MON-2).
     *
     * @return the ratio, empty for a zero budget
     */
    public abstract Optional<Ratio> executionProgress();

    /**
     * The light of spending (R-MON-2): red below 60 % of the time share, yellow below 80 %, green from
     * 80 % (the policy's cut-offs), compared exactly.
     *
     * @return the light, empty for a zero budget
     */
    public abstract Optional<WarningLight> executionLight();

    /**
     * The light of each indicator, in the order of the goal (R-MON-2).
     *
     * @return the lights
     */
    public abstract List<IndicatorLight> indicators();

    /**
     * What a reader should act on: red and yellow lights, floors missed, reminders, the key-attention
     * list, unrectified rounds, scrutiny, indicators not reported yet.
     *
     * @return the warnings
     */
    public abstract List<Warning> warnings();

    /**
     * Extra scrutiny this year because of last year's grade (R-MON-6, 中 or 差 in both presets). Shows
     * in monitoring results only, never in evaluations.
     *
     * @return true if the project gets extra scrutiny
     */
    public abstract boolean scrutiny();

    /**
     * On the key-attention list (R-MON-4, 未破零): at or after the policy's month (October) and nothing
     * spent of a budget that is not zero.
     *
     * @return true if on the list
     */
    public abstract boolean keyAttention();

    /**
     * Funds suggested for recall (收回统筹) if they cannot be paid by the year's end (R-MON-4): the
     * projects on the key-attention list. A suggestion for the finance bureau, not a decision.
     *
     * @return true if suggested
     */
    public abstract boolean recallSuggested();

    /**
     * A reminder to speed up (R-MON-4): at or after the policy's month (June) and behind schedule — an
     * execution light that is not green.
     *
     * @return true if a reminder is due
     */
    public abstract boolean reminder();

    /**
     * Whether the month is a check month and when its report is due (R-MON-1).
     *
     * @return the deadlines
     */
    public abstract ReportDue due();

    /**
     * Every rule applied, in order.
     *
     * @return the trace
     */
    public abstract Trace trace();

    /**
     * The month as a number, 1 to 12, as pbm-monitor/1 writes it.
     *
     * @return the month number
     */
    public int monthNumber() {
        return month().getValue();
    }

    /**
     * The light of an indicator.
     *
     * @param name  the indicator's name, not null
     * @return the light, if the goal has that indicator
     */
    public Optional<IndicatorLight> indicator(String name) {
        Objects.requireNonNull(name, "name is null");
        String wanted = name.strip();
        return indicators().stream().filter(i -> i.name().equals(wanted)).findFirst();
    }

    /**
     * Goal progress in brief: how many indicators show each light (R-MON-7). Red, yellow and green are
     * always present; indicators not reported yet are counted by {@link #unlitIndicators()}.
     *
     * @return the counts by light, unmodifiable
     */
    public Map<WarningLight, Integer> indicatorLights() {
        return counts(indicators());
    }

    /**
     * How many indicators have no light yet, because nothing is reported.
     *
     * @return the count
     */
    public int unlitIndicators() {
        return unlit(indicators());
    }

    /**
     * Spending and goal progress on one line (R-MON-7): execution rate, time share and light beside the
     * count of indicators by light.
     *
     * @param locale  Chinese unless the language is {@code en}, not null
     * @return the line
     */
    public String summary(Locale locale) {
        Objects.requireNonNull(locale, "locale is null");
        return summaryMessage().render(locale);
    }

    /**
     * The summary in Chinese.
     *
     * @return the line
     */
    public String summary() {
        return summary(Locale.SIMPLIFIED_CHINESE);
    }

    /**
     * The summary as a message, rendered when asked (R-MON-7).
     *
     * @return the message
     */
    public Message summaryMessage() {
        return summaryMessage(projectId(), month(), executionRate().orElse(null), timeShare(),
                executionLight().orElse(null), indicators());
    }

    /** The R-MON-7 line, also the last step of the trace. */
    static Message summaryMessage(String projectId, Month month, @Nullable Ratio rate, Ratio timeShare,
            @Nullable WarningLight light, List<IndicatorLight> indicators) {
        Map<WarningLight, Integer> lights = counts(indicators);
        return Message.of("R-MON-7.summary", projectId, month.getValue(), rate == null ? null : rate.toPercentString(2),
                timeShare.toPercentString(2), light, lights.get(WarningLight.GREEN), lights.get(WarningLight.YELLOW),
                lights.get(WarningLight.RED), unlit(indicators));
    }

    private static Map<WarningLight, Integer> counts(List<IndicatorLight> indicators) {
        Map<WarningLight, Integer> counts = MonitoringSummary.noLights();
        for (IndicatorLight indicator : indicators) {
            indicator.light().ifPresent(light -> counts.merge(light, 1, Integer::sum));
        }
        return Collections.unmodifiableMap(counts);
    }

    private static int unlit(List<IndicatorLight> indicators) {
        int unlit = 0;
        for (IndicatorLight indicator : indicators) {
            unlit += indicator.light().isEmpty() ? 1 : 0;
        }
        return unlit;
    }

    /**
     * The summary in Chinese, with the policy.
     *
     * @return the line
     */
    @Override
    public String toString() {
        return summary() + " [" + policyName() + " " + policyVersion() + "]";
    }

    /** The builder of {@link MonitoringResult}. */
    public static final class Builder extends ImmutableMonitoringResult.Builder {
        Builder() {}
    }
}
