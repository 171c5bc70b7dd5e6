package io.pbm.rules.evaluation;

import io.pbm.core.FiscalYear;
import io.pbm.core.Ratio;
import io.pbm.core.evaluation.EvaluationKind;
import io.pbm.core.grade.Grade;
import io.pbm.core.grade.GradeBand;
import io.pbm.core.grade.Score;
import io.pbm.core.project.BudgetUnit;
import io.pbm.rules.explain.Trace;
import io.pbm.rules.scoring.IndicatorResult;
import io.pbm.rules.explain.Warning;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The result of evaluating one project (or one unit's whole spending) under a policy: the execution
 * score, each indicator's score, deviation and flags, the total, the raw grade of the total, the
 * warnings, whether the evaluation is complete, and the trace of every rule applied. Vetoes and the
 * budget decision act on it afterwards, keeping the raw grade visible beside the final one.
 *
 * <p>From the result alone a reader can answer "why 良 and not 优?": {@link #explain(Locale)}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class EvaluationResult {

    EvaluationResult() {}

    /**
     * A builder of results, for engines.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The id of the evaluated project or unit-wide record.
     *
     * @return the id
     */
    public abstract String id();

    /**
     * The name of the project, or of the unit for unit-wide spending.
     *
     * @return the name
     */
    public abstract String name();

    /**
     * The budget unit.
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
     * The kind of evaluation.
     *
     * @return the kind
     */
    public abstract EvaluationKind kind();

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
     * Spent ÷ adjusted budget, exact; empty for a zero budget.
     *
     * @return the execution rate
     */
    public abstract Optional<Ratio> executionRate();

    /**
     * The execution-rate score (R-SCORE-EXEC); zero in the department/finance frame, where spending
     * is scored by its items.
     *
     * @return the score
     */
    public abstract Score executionScore();

    /**
     * The result of each indicator (or frame item), in table order.
     *
     * @return the results
     */
    public abstract List<IndicatorResult> indicators();

    /**
     * The total: the sum of the rounded parts (R-SCORE-ROUND).
     *
     * @return the score
     */
    public abstract Score score();

    /**
     * The grade the total earns on the policy's scale (R-GRADE-1/2/3).
     *
     * @return the raw grade
     */
    public abstract Grade rawGrade();

    /**
     * The band of the raw grade, for explanations.
     *
     * @return the band
     */
    public abstract GradeBand band();

    /**
     * Whether every required deviation explanation is given (R-DEV-1).
     *
     * @return false if one is missing
     */
    public abstract boolean complete();

    /**
     * What the reader should know that changes no score.
     *
     * @return the warnings
     */
    public abstract List<Warning> warnings();

    /**
     * Every rule applied, in order.
     *
     * @return the trace
     */
    public abstract Trace trace();

    /**
     * The result of an indicator.
     *
     * @param name  the indicator's name, not null
     * @return the result, if the goal has that indicator
     */
    public Optional<IndicatorResult> indicator(String name) {
        java.util.Objects.requireNonNull(name, "name is null");
        return indicators().stream().filter(i -> i.name().equals(name)).findFirst();
    }

    /**
     * A readable explanation: the scores, the total, why the grade is what it is, the warnings and the
     * trace.
     *
     * @param locale  Chinese unless the language is {@code en}, not null
     * @return the text
     */
    public String explain(Locale locale) {
        return Explanation.of(this, locale);
    }

    /**
     * The explanation in Chinese.
     *
     * @return the text
     */
    public String explain() {
        return explain(Locale.SIMPLIFIED_CHINESE);
    }

    /**
     * One line: id, total, grade.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return id() + " " + score() + " " + rawGrade().label() + " [" + policyName() + " " + policyVersion() + "]";
    }

    /** The builder of {@link EvaluationResult}. */
    public static final class Builder extends ImmutableEvaluationResult.Builder {
        Builder() {}
    }
}
