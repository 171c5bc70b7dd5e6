package io.pbm.examples.bench.drools;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A level-3 indicator as the Drools peer sees it: a plain bean with its project, direction, target,
 * actual and weight, or the evaluator's score of a qualitative indicator. The rules read it; they never
 * change it.
 */
public final class IndicatorFact {

    private final ProjectFact project;
    private final Direction direction;
    private final @Nullable BigDecimal target;
    private final @Nullable BigDecimal actual;
    private final BigDecimal weight;
    private final @Nullable BigDecimal score;

    /**
     * Creates an indicator fact.
     *
     * @param project  its project, not null
     * @param direction  how it is scored, not null
     * @param target  the target number, null for a qualitative indicator
     * @param actual  the actual number, null for a qualitative indicator
     * @param weight  its weight in points, not null
     * @param score  the evaluator's score of a qualitative indicator, else null
     */
    public IndicatorFact(ProjectFact project, Direction direction, @Nullable BigDecimal target,
            @Nullable BigDecimal actual, BigDecimal weight, @Nullable BigDecimal score) {
        this.project = project;
        this.direction = direction;
        this.target = target;
        this.actual = actual;
        this.weight = weight;
        this.score = score;
    }

    /** @return the project */
    public ProjectFact getProject() {
        return project;
    }

    /** @return how it is scored */
    public Direction getDirection() {
        return direction;
    }

    /** @return the target number, or null */
    public @Nullable BigDecimal getTarget() {
        return target;
    }

    /** @return the actual number, or null */
    public @Nullable BigDecimal getActual() {
        return actual;
    }

    /** @return the weight in points */
    public BigDecimal getWeight() {
        return weight;
    }

    /** @return the evaluator's qualitative score, or null */
    public @Nullable BigDecimal getScore() {
        return score;
    }
}
