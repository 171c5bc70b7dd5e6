package io.pbm.examples.bench.drools;

import io.pbm.core.grade.Grade;
import java.math.BigDecimal;

/**
 * One grade band of the policy's scale (R-GRADE-3): lower bound inclusive, upper exclusive except for the
 * top band, which includes its upper bound.
 */
public final class BandFact {

    private final Grade grade;
    private final BigDecimal lower;
    private final BigDecimal upper;
    private final boolean top;

    /**
     * Creates a band fact.
     *
     * @param grade  the grade, not null
     * @param lower  the lower bound, inclusive, not null
     * @param upper  the upper bound, not null
     * @param top  whether the upper bound is inclusive
     */
    public BandFact(Grade grade, BigDecimal lower, BigDecimal upper, boolean top) {
        this.grade = grade;
        this.lower = lower;
        this.upper = upper;
        this.top = top;
    }

    /** @return the grade */
    public Grade getGrade() {
        return grade;
    }

    /** @return the lower bound, inclusive */
    public BigDecimal getLower() {
        return lower;
    }

    /** @return the upper bound */
    public BigDecimal getUpper() {
        return upper;
    }

    /** @return whether the upper bound is inclusive */
    public boolean isTop() {
        return top;
    }
}
