package io.pbm.rules.policy;

import io.pbm.core.InvalidValueException;
import io.pbm.core.budget.Amount;
import io.pbm.core.exante.ExAnteConclusion;
import io.pbm.core.grade.Score;
import java.util.SortedSet;
import org.immutables.value.Value;

/**
 * Ex-ante assessment (事前绩效评估, R-EXANTE-1…4) and the budgeting side of goal review (R-GOAL-5):
 * the points of each of the five dimensions, the cut-offs of the conclusion, which conclusions leave a
 * new project unbudgeted, and when a third party must (or may) re-assess a major project.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ExAntePolicy {

    ExAntePolicy() {}

    /**
     * A builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The points of each of the five dimensions (R-EXANTE-1): 20 on the common score sheet.
     *
     * @return the points
     */
    @Value.Default
    public Score dimensionPoints() {
        return Score.of(20);
    }

    /**
     * The total from which the conclusion is SUPPORT (R-EXANTE-2): 80.
     *
     * @return the score
     */
    @Value.Default
    public Score supportFrom() {
        return Score.of(80);
    }

    /**
     * The total from which the conclusion is PARTIAL_SUPPORT (R-EXANTE-2): 60; below, NO_SUPPORT.
     *
     * @return the score
     */
    @Value.Default
    public Score partialSupportFrom() {
        return Score.of(60);
    }

    /**
     * The conclusions that leave a new project unbudgeted (R-EXANTE-3): PARTIAL_SUPPORT and
     * NO_SUPPORT in both presets (seed 001 names only NO_SUPPORT).
     *
     * @return the conclusions
     */
    @Value.NaturalOrder
    public abstract SortedSet<ExAnteConclusion> notBudgeted();

    /**
     * Whether a new project without an assessment is unbudgeted (R-EXANTE-3).
     *
     * @return true in both presets
     */
    @Value.Default
    public boolean requireAssessment() {
        return true;
    }

    /**
     * The total budget from which a project is major and gets a third-party re-assessment (R-EXANTE-4):
     * 5,000,000 元 in MOF_2020 (illustrative), 1,000,000 元 in XINJIANG (seed 001).
     *
     * @return the threshold
     */
    public abstract Amount majorThreshold();

    /**
     * Whether the re-assessment is required (seed 001: 将引入) rather than recommended (seed 002: 可引入).
     *
     * @return true if required
     */
    public abstract boolean reassessmentRequired();

    /**
     * Whether a project that skipped last year's self-evaluation is unbudgeted (R-GOAL-5, seed 003).
     *
     * @return true in both presets
     */
    @Value.Default
    public boolean requireLastYearSelfEvaluation() {
        return true;
    }

    @Value.Check
    void check() {
        InvalidValueException.check(partialSupportFrom().isBelow(supportFrom()), "partialSupportFrom",
                partialSupportFrom(), "below supportFrom " + supportFrom());
        InvalidValueException.check(!majorThreshold().isNegative(), "majorThreshold", majorThreshold(),
                "majorThreshold >= 0.00");
    }

    @Override
    public String toString() {
        return "dimensions " + dimensionPoints() + ", support >= " + supportFrom() + ", partial >= " + partialSupportFrom()
                + ", not budgeted " + notBudgeted() + ", assessment required " + requireAssessment()
                + ", major >= " + majorThreshold() + (reassessmentRequired() ? " (re-assessment required)"
                : " (re-assessment recommended)") + ", last year's self-evaluation required "
                + requireLastYearSelfEvaluation();
    }

    /** The builder of {@link ExAntePolicy}. */
    public static final class Builder extends ImmutableExAntePolicy.Builder {
        Builder() {}
    }
}
