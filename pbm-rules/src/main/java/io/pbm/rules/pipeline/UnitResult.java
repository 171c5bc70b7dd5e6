package io.pbm.rules.pipeline;

import io.pbm.core.InvalidValueException;
import io.pbm.core.grade.Grade;
import io.pbm.core.grade.Score;
import io.pbm.core.project.BudgetUnit;
import io.pbm.rules.evaluation.EvaluationResult;
import io.pbm.rules.explain.Trace;
import java.util.Objects;

/**
 * A unit's whole spending, scored and graded on the projects' scale (R-SCORE-UNIT). No veto and no
 * budget decision apply to a unit-wide evaluation, so its grade is the grade its score earns.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param index  the record's position among the input's units, from 0
 * @param evaluation  the engine's result, with indicators and trace
 */
public record UnitResult(long index, EvaluationResult evaluation) implements UnitOutcome {

    /**
     * Creates a unit result.
     *
     * @param index  0 or more
     * @param evaluation  not null
     */
    public UnitResult {
        InvalidValueException.check(index >= 0, "index", index, "index >= 0");
        Objects.requireNonNull(evaluation, "evaluation is null");
    }

    @Override
    public String unitId() {
        return evaluation.id();
    }

    /**
     * The budget unit evaluated.
     *
     * @return the unit
     */
    public BudgetUnit unit() {
        return evaluation.unit();
    }

    /**
     * The total score.
     *
     * @return the score
     */
    public Score score() {
        return evaluation.score();
    }

    /**
     * The grade the score earns (R-SCORE-UNIT: the same scale as projects).
     *
     * @return the grade
     */
    public Grade grade() {
        return evaluation.rawGrade();
    }

    /**
     * The steps of the evaluation, each with its rule.
     *
     * @return the trace
     */
    public Trace trace() {
        return evaluation.trace();
    }
}
