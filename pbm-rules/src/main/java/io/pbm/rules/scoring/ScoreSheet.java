package io.pbm.rules.scoring;

import java.util.List;
import java.util.Objects;

/**
 * The parts of a total before it is added up: the execution score and the result of each indicator
 * (or frame item).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param execution  the execution score
 * @param indicators  the indicator results, in table order
 */
public record ScoreSheet(ExecutionScore execution, List<IndicatorResult> indicators) {

    /**
     * Creates a score sheet.
     *
     * @param execution  not null
     * @param indicators  not null
     */
    public ScoreSheet {
        Objects.requireNonNull(execution, "execution is null");
        indicators = List.copyOf(Objects.requireNonNull(indicators, "indicators is null"));
    }
}
