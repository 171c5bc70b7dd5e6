package io.pbm.core.evaluation;

import java.util.Map;
import java.util.Optional;
import io.pbm.core.InvalidValueException;
import io.pbm.core.grade.Score;
import org.immutables.value.Value;

/**
 * What an evaluation of a project is given (domain.md section 2, "Evaluation"): its kind and who
 * carries it out, the actual of each indicator by name, the supervision findings that can trigger
 * vetoes, the reviewers' score of a central-transfer report (R-REVIEW-1), the items of a department
 * or finance evaluation (R-SCORE-FRAME), and, for a table check, the figures the table reports.
 *
 * <p>The results — scores, grade, the trail of rules — are computed by pbm-rules from this input, the
 * project and a policy.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class EvaluationInput {

    EvaluationInput() {}

    /**
     * A builder of evaluation inputs.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The kind of evaluation; a self-evaluation unless set.
     *
     * @return the kind
     */
    @Value.Default
    public EvaluationKind kind() {
        return EvaluationKind.SELF;
    }

    /**
     * Who carries it out; the unit unless set.
     *
     * @return the evaluator
     */
    @Value.Default
    public Evaluator evaluator() {
        return Evaluator.UNIT;
    }

    /**
     * The actual of each indicator, by indicator name.
     *
     * @return the actuals, in table order
     */
    public abstract Map<String, IndicatorActual> actuals();

    /**
     * Findings of audit and financial supervision; none unless set.
     *
     * @return the findings
     */
    @Value.Default
    public SupervisionFindings findings() {
        return SupervisionFindings.none();
    }

    /**
     * The reviewers' score of a central-transfer self-evaluation report (R-REVIEW-1: below 90 it is
     * returned).
     *
     * @return the score, if reviewed
     */
    public abstract Optional<Score> reportReviewScore();

    /**
     * The figures a filled-in table reports, for the table check.
     *
     * @return the figures, if any
     */
    public abstract Optional<ReportedFigures> reported();

    /**
     * The items of a department or finance evaluation (R-SCORE-FRAME), scored instead of the
     * project's indicators when the kind is not {@link EvaluationKind#SELF}.
     *
     * @return the items, in table order
     */
    public abstract java.util.List<FrameItem> frameItems();

    /**
     * The actual of an indicator.
     *
     * @param name  the indicator's name, not null
     * @return the actual, if reported
     */
    public Optional<IndicatorActual> actual(String name) {
        java.util.Objects.requireNonNull(name, "name is null");
        return Optional.ofNullable(actuals().get(name.strip()));
    }

    @Value.Check
    EvaluationInput normalise() {
        boolean stripped = true;
        for (String name : actuals().keySet()) {
            InvalidValueException.check(!name.isBlank(), "actual", "\"" + name + "\"", "an indicator name, not blank");
            stripped &= name.strip().equals(name);
        }
        if (stripped) {
            return this;
        }
        // Names are looked up stripped, as Indicator strips them: store them so.
        Map<String, IndicatorActual> actuals = new java.util.LinkedHashMap<>();
        actuals().forEach((name, actual) -> {
            InvalidValueException.check(actuals.put(name.strip(), actual) == null, "actual", name.strip(),
                    "one actual per indicator name");
        });
        Builder builder = new Builder();
        builder.from(this);
        builder.actuals(actuals);
        return builder.build();
    }

    /** The builder of {@link EvaluationInput}. */
    public static final class Builder extends ImmutableEvaluationInput.Builder {
        Builder() {}
    }
}
