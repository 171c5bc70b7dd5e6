package io.pbm.io.written;

import io.pbm.core.goal.Indicator;
import io.pbm.core.goal.IndicatorFrame;
import io.pbm.core.goal.IndicatorValue;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * What recurs from record to record of one document — the targets and actuals a province writes again
 * and again ({@code 100%}, {@code ≥95%}, {@code 明显改善}), and whole goal indicators copied from a
 * catalogue — parsed and built once (issue 7). Only what was built without a problem is kept, and the
 * values are immutable, so a record read with this gets exactly the values and the problems it gets
 * without it.
 *
 * <p>Memory is bounded: each table keeps at most {@link #CAPACITY} entries and starts afresh when full,
 * so a hostile document of all-different texts costs a full parse each time, never more memory.
 *
 * <p>Not thread-safe: one per reader.
 */
public final class Recurring {

    /** The most entries each table keeps before it starts afresh. */
    static final int CAPACITY = 4096;

    private final Map<String, IndicatorValue> values = new HashMap<>();
    private final Map<IndicatorKey, Indicator> indicators = new HashMap<>();

    /** Creates empty tables. */
    public Recurring() {
        // The tables fill as records are read.
    }

    /** A goal indicator as written, all of what its building depends on. */
    record IndicatorKey(IndicatorFrame frame, @Nullable String name, @Nullable String level1,
            @Nullable String level2, @Nullable String comparison, @Nullable String unit,
            @Nullable String number, @Nullable String text, @Nullable String weight) {

        static IndicatorKey of(WrittenIndicator w, IndicatorFrame frame) {
            WrittenValue target = w.target();
            return new IndicatorKey(frame, w.name(), w.level1(), w.level2(), w.comparison(), w.unit(),
                    target == null ? null : target.number(), target == null ? null : target.text(), w.weight());
        }
    }

    /**
     * A target or actual, parsed as {@link IndicatorValue#parse} parses it.
     *
     * @param text  the characters written
     * @return the value
     * @throws io.pbm.core.InvalidValueException as {@link IndicatorValue#parse} throws it (nothing is kept)
     */
    IndicatorValue value(String text) {
        IndicatorValue known = values.get(text);
        if (known != null) {
            return known;
        }
        IndicatorValue parsed = IndicatorValue.parse(text);
        keep(values, text, parsed);
        return parsed;
    }

    /** The indicator built before from the same written indicator, or null. */
    @Nullable Indicator indicator(IndicatorKey key) {
        return indicators.get(key);
    }

    /**
     * Builds an indicator, keeping it for the next record that writes the same, when it was built.
     *
     * @param key  the written indicator
     * @param build  builds it, null when it has problems
     * @return what {@code build} gave
     */
    @Nullable Indicator indicator(IndicatorKey key, Supplier<@Nullable Indicator> build) {
        Indicator built = build.get();
        if (built != null) {
            keep(indicators, key, built);
        }
        return built;
    }

    /** How many entries the tables hold, for the test that they stay bounded. */
    int size() {
        return values.size() + indicators.size();
    }

    private static <K, V> void keep(Map<K, V> table, K key, V value) {
        if (table.size() >= CAPACITY) {
            table.clear();
        }
        table.put(key, value);
    }
}
