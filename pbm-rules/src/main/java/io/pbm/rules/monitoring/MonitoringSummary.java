package io.pbm.rules.monitoring;

import io.pbm.core.monitoring.WarningLight;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The summary of a batch of monitoring results (pbm-monitor/1 {@code summary}): how many projects came
 * in, were monitored and rejected — every input exactly once, so {@code projects = monitored + rejected}
 * — how many execution lights of each colour (R-MON-2), how many projects had no execution light (a
 * zero budget), and how many are on the key-attention list, due a reminder (R-MON-4) or under extra
 * scrutiny (R-MON-6).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param projects  the projects given
 * @param monitored  the projects monitored
 * @param rejected  the projects rejected
 * @param lights  the execution lights: RED, YELLOW and GREEN, always all three
 * @param unlit  monitored projects without an execution light (zero budget)
 * @param keyAttention  projects on the key-attention list, their funds suggested for recall
 * @param reminders  projects due a reminder
 * @param scrutiny  projects under extra scrutiny
 */
public record MonitoringSummary(int projects, int monitored, int rejected, Map<WarningLight, Integer> lights, int unlit,
        int keyAttention, int reminders, int scrutiny) {

    /**
     * Creates a summary.
     *
     * @param projects  monitored + rejected
     * @param monitored  0 or more
     * @param rejected  0 or more
     * @param lights  not null
     * @param unlit  0 or more
     * @param keyAttention  0 or more
     * @param reminders  0 or more
     * @param scrutiny  0 or more
     */
    public MonitoringSummary {
        Objects.requireNonNull(lights, "lights is null");
        Map<WarningLight, Integer> copy = noLights();
        copy.putAll(lights);
        lights = Collections.unmodifiableMap(copy);
        if (monitored < 0 || rejected < 0 || projects != monitored + rejected) {
            throw new io.pbm.core.InvalidValueException("projects", projects + " = " + monitored + " + " + rejected,
                    "projects = monitored + rejected");
        }
    }

    /**
     * The summary of a batch's results.
     *
     * @param results  the projects monitored, not null
     * @param rejected  how many were rejected, 0 or more
     * @return the summary
     */
    public static MonitoringSummary of(List<MonitoringResult> results, int rejected) {
        Objects.requireNonNull(results, "results is null");
        Map<WarningLight, Integer> lights = noLights();
        int unlit = 0;
        int keyAttention = 0;
        int reminders = 0;
        int scrutiny = 0;
        for (MonitoringResult result : results) {
            if (result.executionLight().isPresent()) {
                lights.merge(result.executionLight().get(), 1, Integer::sum);
            } else {
                unlit++;
            }
            keyAttention += result.keyAttention() ? 1 : 0;
            reminders += result.reminder() ? 1 : 0;
            scrutiny += result.scrutiny() ? 1 : 0;
        }
        return new MonitoringSummary(results.size() + rejected, results.size(), rejected, lights, unlit, keyAttention,
                reminders, scrutiny);
    }

    /** Red, yellow and green, each counted 0: the lights monitoring shows. */
    static Map<WarningLight, Integer> noLights() {
        Map<WarningLight, Integer> counts = new EnumMap<>(WarningLight.class);
        counts.put(WarningLight.RED, 0);
        counts.put(WarningLight.YELLOW, 0);
        counts.put(WarningLight.GREEN, 0);
        return counts;
    }

    /**
     * The number of execution lights of a colour.
     *
     * @param light  the colour, not null
     * @return the count, 0 for a colour the execution light never shows (blue)
     */
    public int count(WarningLight light) {
        Objects.requireNonNull(light, "light is null");
        return lights.getOrDefault(light, 0);
    }

    /**
     * This summary and another added up — what a streaming writer keeps as results arrive.
     *
     * @param other  the other summary, not null
     * @return the sum
     */
    public MonitoringSummary plus(MonitoringSummary other) {
        Objects.requireNonNull(other, "other is null");
        Map<WarningLight, Integer> sum = noLights();
        lights.forEach((light, count) -> sum.merge(light, count, Integer::sum));
        other.lights.forEach((light, count) -> sum.merge(light, count, Integer::sum));
        return new MonitoringSummary(projects + other.projects, monitored + other.monitored, rejected + other.rejected,
                sum, unlit + other.unlit, keyAttention + other.keyAttention, reminders + other.reminders,
                scrutiny + other.scrutiny);
    }
}
