package io.pbm.examples.bench.drools;

import io.pbm.core.budget.FundCategory;
import io.pbm.core.grade.Grade;
import io.pbm.rules.policy.LinkagePolicy;
import io.pbm.rules.policy.LowerIsBetterFormula;
import io.pbm.rules.policy.OverAchievementRule;
import io.pbm.rules.policy.Policy;
import io.pbm.rules.policy.VetoPolicy;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The parameters of a pbm {@link Policy} that the rules of the Drools peer read, as one fact: every
 * number in the DRL comes from here (or from the band and grade-action facts), none is written into a
 * rule. The peer expresses the policies whose over-achievement rule is {@code FLAG_ONLY} (both presets):
 * it refuses one that deducts (R-SCORE-OVER), which its rules do not model.
 */
public final class PolicyFact {

    private final BigDecimal executionWeight;
    private final int scoreScale;
    private final RoundingMode roundingMode;
    private final boolean linear;
    private final Set<FundCategory> excludedCategories;
    private final VetoPolicy vetoes;
    private final @Nullable BigDecimal cutBelowScore;
    private final BigDecimal cutNumerator;
    private final BigDecimal cutDenominator;
    private final boolean suspendUnrectified;
    private final boolean recallOnVeto;

    /**
     * The fact of a policy.
     *
     * @param policy  the policy, with the over-achievement rule {@code FLAG_ONLY}, not null
     * @throws IllegalArgumentException if the policy deducts for over-achievement
     */
    public PolicyFact(Policy policy) {
        Objects.requireNonNull(policy, "policy is null");
        if (policy.overAchievementRule() != OverAchievementRule.FLAG_ONLY) {
            throw new IllegalArgumentException("The Drools peer models R-SCORE-OVER as FLAG_ONLY only, not "
                    + policy.overAchievementRule());
        }
        LinkagePolicy linkage = policy.linkage();
        this.executionWeight = policy.executionWeight().points();
        this.scoreScale = policy.scoreScale();
        this.roundingMode = policy.roundingMode();
        this.linear = policy.lowerIsBetterFormula() == LowerIsBetterFormula.LINEAR;
        this.excludedCategories = policy.excludedFundCategories().isEmpty() ? EnumSet.noneOf(FundCategory.class)
                : EnumSet.copyOf(policy.excludedFundCategories());
        this.vetoes = policy.vetoes();
        this.cutBelowScore = linkage.cutBelowScore().map(score -> score.points()).orElse(null);
        this.cutNumerator = new BigDecimal(linkage.cutRatio().numerator());
        this.cutDenominator = new BigDecimal(linkage.cutRatio().denominator());
        this.suspendUnrectified = linkage.suspendUnrectified();
        this.recallOnVeto = linkage.recallOnVeto();
    }

    /** @return the execution-rate weight (R-SCORE-EXEC) */
    public BigDecimal getExecutionWeight() {
        return executionWeight;
    }

    /** @return the decimals of a score (R-SCORE-ROUND) */
    public int getScoreScale() {
        return scoreScale;
    }

    /** @return the rounding of a score (R-SCORE-ROUND) */
    public RoundingMode getRoundingMode() {
        return roundingMode;
    }

    /** @return whether lower-is-better is scored by the linear formula (R-SCORE-LE), else target ÷ actual */
    public boolean isLinear() {
        return linear;
    }

    /** @return the fund categories left out of evaluation (R-PLAN-4) */
    public Set<FundCategory> getExcludedCategories() {
        return excludedCategories;
    }

    /** @return whether audit problems cap the grade (R-VETO-1) */
    public boolean isAuditProblems() {
        return vetoes.auditProblems();
    }

    /** @return the cap of R-VETO-1 */
    public Grade getAuditCap() {
        return vetoes.auditCap();
    }

    /** @return whether unrectified monitoring failures cap the grade (R-VETO-2) */
    public boolean isUnrectifiedMonitoring() {
        return vetoes.unrectifiedMonitoring();
    }

    /** @return the consecutive failed rounds that trigger R-VETO-2 */
    public int getUnrectifiedRounds() {
        return vetoes.unrectifiedRounds();
    }

    /** @return the cap of R-VETO-2 */
    public Grade getMonitoringCap() {
        return vetoes.monitoringCap();
    }

    /** @return whether major misuse sets the grade (R-VETO-3) */
    public boolean isMajorMisuse() {
        return vetoes.majorMisuse();
    }

    /** @return the grade of R-VETO-3 */
    public Grade getMisuseGrade() {
        return vetoes.misuseGrade();
    }

    /** @return whether a failed authenticity check is a one-vote veto (R-VETO-4) */
    public boolean isAuthenticity() {
        return vetoes.authenticity();
    }

    /** @return the grade of R-VETO-4 */
    public Grade getAuthenticityGrade() {
        return vetoes.authenticityGrade();
    }

    /** @return the score below which the budget is cut (R-LINK-1), or null */
    public @Nullable BigDecimal getCutBelowScore() {
        return cutBelowScore;
    }

    /** @return the numerator of the cut ratio */
    public BigDecimal getCutNumerator() {
        return cutNumerator;
    }

    /** @return the denominator of the cut ratio */
    public BigDecimal getCutDenominator() {
        return cutDenominator;
    }

    /** @return whether unrectified problems suspend the budget (R-LINK-4) */
    public boolean isSuspendUnrectified() {
        return suspendUnrectified;
    }

    /** @return whether a one-vote veto recalls the funds (R-VETO-4) */
    public boolean isRecallOnVeto() {
        return recallOnVeto;
    }
}
