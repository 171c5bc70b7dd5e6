package io.pbm.rules.explain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The ordered trail of rules that produced a result. From it alone a reader can answer "why 良 and
 * not 优?": every indicator's score, the execution score, the total and each grade decision appear
 * with the rule that made them.
 *
 * <p>A trace is kept either as its steps or, for results held by the thousand, as a pure function that
 * makes them again each time they are read ({@link #deferred}): a province's batch then holds no
 * trail nobody reads, and a trail that is read is the same every time.
 *
 * <p>This class is immutable and thread-safe (a deferred trace if its source is).
 */
public final class Trace {

    private static final Trace EMPTY = new Trace(List.of(), null);

    private final List<TraceStep> steps;
    private final @Nullable Supplier<? extends List<TraceStep>> source;

    private Trace(List<TraceStep> steps, @Nullable Supplier<? extends List<TraceStep>> source) {
        this.steps = steps;
        this.source = source;
    }

    /**
     * The empty trace.
     *
     * @return a trace with no steps
     */
    public static Trace empty() {
        return EMPTY;
    }

    /**
     * A trace of the given steps.
     *
     * @param steps  the steps in order, not null
     * @return the trace
     */
    public static Trace of(List<TraceStep> steps) {
        Objects.requireNonNull(steps, "steps is null");
        return new Trace(List.copyOf(steps), null);
    }

    /**
     * A trace whose steps are made when read, every time they are read — for results kept by the
     * thousand, whose trails are read rarely. The source must be a pure function: each call gives
     * equal steps, and it may be called from any thread.
     *
     * @param source  makes the steps in order, not null; never returns null
     * @return the trace
     */
    public static Trace deferred(Supplier<? extends List<TraceStep>> source) {
        return new Trace(List.of(), Objects.requireNonNull(source, "source is null"));
    }

    /**
     * The steps in the order they were applied.
     *
     * @return the steps, unmodifiable
     */
    public List<TraceStep> steps() {
        return source == null ? steps : List.copyOf(source.get());
    }

    /**
     * The steps of one rule.
     *
     * @param rule  the rule, not null
     * @return the steps, in order
     */
    public List<TraceStep> of(RuleId rule) {
        Objects.requireNonNull(rule, "rule is null");
        List<TraceStep> found = new ArrayList<>();
        for (TraceStep step : steps()) {
            if (step.rule() == rule) {
                found.add(step);
            }
        }
        return Collections.unmodifiableList(found);
    }

    /**
     * The steps about one subject, such as an indicator.
     *
     * @param subject  the subject, not null
     * @return the steps, in order
     */
    public List<TraceStep> about(String subject) {
        Objects.requireNonNull(subject, "subject is null");
        List<TraceStep> found = new ArrayList<>();
        for (TraceStep step : steps()) {
            if (step.subject().equals(subject)) {
                found.add(step);
            }
        }
        return Collections.unmodifiableList(found);
    }

    /**
     * A trace with more steps after these.
     *
     * @param more  the steps to add, not null
     * @return the longer trace
     */
    public Trace plus(List<TraceStep> more) {
        Objects.requireNonNull(more, "more is null");
        List<TraceStep> before = steps();
        List<TraceStep> all = new ArrayList<>(before.size() + more.size());
        all.addAll(before);
        all.addAll(more);
        return new Trace(Collections.unmodifiableList(all), null);
    }

    /**
     * The trace, one step per line.
     *
     * @param locale  the language, not null
     * @return the text
     */
    public String render(Locale locale) {
        Objects.requireNonNull(locale, "locale is null");
        StringBuilder text = new StringBuilder();
        for (TraceStep step : steps()) {
            text.append(step.render(locale)).append('\n');
        }
        return text.toString();
    }

    @Override
    public boolean equals(Object obj) {
        return this == obj || obj instanceof Trace other && steps().equals(other.steps());
    }

    @Override
    public int hashCode() {
        return steps().hashCode();
    }

    @Override
    public String toString() {
        return render(Locale.SIMPLIFIED_CHINESE);
    }
}
