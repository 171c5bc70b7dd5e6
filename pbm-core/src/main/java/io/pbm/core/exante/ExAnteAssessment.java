package io.pbm.core.exante;

import io.pbm.core.InvalidValueException;
import io.pbm.core.grade.Score;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * An ex-ante assessment (事前绩效评估) of a new project: the scores of its five dimensions
 * (R-EXANTE-1) — necessity 立项必要性, economy 投入经济性, goal soundness 绩效目标合理性, feasibility
 * 实施方案可行性, funding compliance 筹资合规性 — and whether a third party re-assessed it
 * (R-EXANTE-4). A common score sheet gives each dimension 20 points; the points per dimension and the
 * conclusion's cut-offs (R-EXANTE-2) are policy, applied by pbm-rules.
 *
 * <p>Refused at build time: a total above 100.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ExAnteAssessment {

    ExAnteAssessment() {}

    /**
     * A builder of assessments.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * 立项必要性: why the project is needed.
     *
     * @return the score
     */
    public abstract Score necessity();

    /**
     * 投入经济性: whether the inputs are economical.
     *
     * @return the score
     */
    public abstract Score economy();

    /**
     * 绩效目标合理性: whether the goal is sound.
     *
     * @return the score
     */
    public abstract Score goalSoundness();

    /**
     * 实施方案可行性: whether the plan is feasible.
     *
     * @return the score
     */
    public abstract Score feasibility();

    /**
     * 筹资合规性: whether the funding complies.
     *
     * @return the score
     */
    public abstract Score fundingCompliance();

    /**
     * Whether a third party re-assessed the project (R-EXANTE-4).
     *
     * @return true if re-assessed
     */
    @Value.Default
    public boolean thirdPartyReassessed() {
        return false;
    }

    /**
     * The total of the five dimensions, exact.
     *
     * @return the total, 0 to 100
     */
    public Score total() {
        return Score.of(sum());
    }

    private BigDecimal sum() {
        return necessity().points().add(economy().points()).add(goalSoundness().points()).add(feasibility().points())
                .add(fundingCompliance().points());
    }

    @Value.Check
    void check() {
        InvalidValueException.check(sum().compareTo(BigDecimal.valueOf(100)) <= 0, "ex-ante total", sum(),
                "the five dimension scores add up to at most 100");
    }

    /** The builder of {@link ExAnteAssessment}. */
    public static final class Builder extends ImmutableExAnteAssessment.Builder {
        Builder() {}
    }
}
