package io.pbm.rules.policy;

import io.pbm.core.InvalidValueException;
import io.pbm.core.Ratio;
import io.pbm.core.budget.FundCategory;
import io.pbm.core.evaluation.FrameSection;
import io.pbm.core.evaluation.QualitativeAchievement;
import io.pbm.core.goal.Level1;
import io.pbm.core.goal.Weight;
import io.pbm.core.grade.GradeScale;
import io.pbm.core.grade.Score;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import org.immutables.value.Value;

/**
 * A policy: every number and choice the rules of domain.md leave to a province or county, as one
 * immutable value with a name and a version. Results name the policy (and version) that produced
 * them.
 *
 * <p>The presets are {@link Presets#MOF_2020} and {@link Presets#XINJIANG} (domain.md section 11).
 * A policy prints readably ({@link #toString()}), lists how it differs from another
 * ({@link #differencesFrom}), and copies with one parameter changed — {@code withGradeScale(…)} and
 * the other {@code with…} methods mark the copy's version with the parameter changed
 * ({@code 2020.1+gradeScale}); {@link #toBuilder()} changes anything.
 *
 * <p>Refused at build time, because no engine could use the policy: an execution weight and level-1
 * split that do not add up to 100, qualitative ranges that do not cover [0, 1] in order, frame weights
 * that do not add up to 100 or give output and benefit less than the policy's floor (R-GOAL-8), a
 * score scale other than 0 to 2.
 *
 * <p>This class is immutable and thread-safe.
 */
// copy = false: the generated with-methods would override the ones below, which mark the version.
@Value.Immutable(copy = false)
public abstract class Policy {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    Policy() {}

    /**
     * A builder of policies; every parameter must be set (start from a preset with
     * {@link #toBuilder()} to change only some).
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding this policy's parameters.
     *
     * @return a builder to change any of them
     */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.from(this);
        return builder;
    }

    /**
     * The policy's name, such as {@code MOF_2020}.
     *
     * @return the name
     */
    public abstract String name();

    /**
     * The policy's version.
     *
     * @return the version, such as {@code 2020.1}
     */
    public abstract String version();

    /**
     * What the policy is and where its figures come from.
     *
     * @return the description
     */
    @Value.Default
    public String description() {
        return "";
    }

    // ---- grading ----

    /**
     * The grade bands (R-GRADE-1/2/3).
     *
     * @return the scale
     */
    public abstract GradeScale gradeScale();

    /**
     * The decimals of computed scores: 2, or 0 for forms that show whole numbers (R-SCORE-ROUND).
     * Output still writes 2 decimals.
     *
     * @return 0 to 2
     */
    @Value.Default
    public int scoreScale() {
        return 2;
    }

    /**
     * The rounding of computed scores, HALF_UP in both presets (R-SCORE-ROUND).
     *
     * @return the rounding mode
     */
    @Value.Default
    public RoundingMode roundingMode() {
        return RoundingMode.HALF_UP;
    }

    // ---- the self-evaluation frame ----

    /**
     * The points of the execution rate (R-SCORE-EXEC): 10 in both presets, 20 on Hubei forms.
     *
     * @return the weight
     */
    public abstract Weight executionWeight();

    /**
     * The level-1 split of the remaining points (R-GOAL-3 soft): 产出 50, 效益 30, 满意度 10.
     *
     * @return the weight of each level 1
     */
    @Value.NaturalOrder
    public abstract SortedMap<Level1, Weight> levelOneWeights();

    /**
     * Whether satisfaction's points go to benefit when a goal has no satisfaction indicator (R-GOAL-3).
     *
     * @return true in both presets
     */
    @Value.Default
    public boolean satisfactionToBenefit() {
        return true;
    }

    /**
     * The formula of a lower-is-better indicator that missed its target (R-SCORE-LE).
     *
     * @return the formula
     */
    public abstract LowerIsBetterFormula lowerIsBetterFormula();

    /**
     * The share of the weight each qualitative level allows (R-SCORE-QUAL).
     *
     * @return a range for each level
     */
    @Value.NaturalOrder
    public abstract SortedMap<QualitativeAchievement, QualitativeRange> qualitativeRanges();

    /**
     * What over-achievement does to a score (R-SCORE-OVER).
     *
     * @return the rule
     */
    public abstract OverAchievementRule overAchievementRule();

    // ---- deviation ----

    /**
     * The |deviation| above which an explanation is required (R-DEV-1, strictly above): 0.2.
     *
     * @return the threshold
     */
    public abstract Ratio deviationThreshold();

    /**
     * The over-achievement flag of a higher-is-better indicator: actual ≥ this × target (R-DEV-2): 1.2.
     *
     * @return the factor
     */
    public abstract Ratio overAchievementHigh();

    /**
     * The over-achievement flag of a lower-is-better indicator: actual ≤ this × target (R-DEV-2): 0.8.
     *
     * @return the factor
     */
    public abstract Ratio overAchievementLow();

    /**
     * How completion and spending are compared (R-DEV-3).
     *
     * @return the rule
     */
    public abstract MismatchRule mismatchRule();

    /**
     * The threshold of {@link #mismatchRule()}: 0.05 relative in both presets.
     *
     * @return the threshold
     */
    public abstract Ratio mismatchThreshold();

    /**
     * The unspent share of the budget above which R-DEV-3 shows YELLOW: 0.2.
     *
     * @return the share
     */
    public abstract Ratio unspentThreshold();

    /**
     * The total below which R-DEV-4 reports where the points were lost: 70.
     *
     * @return the score
     */
    public abstract Score lowScoreThreshold();

    // ---- the department/finance frame ----

    /**
     * The weight of each part of the department/finance frame (R-SCORE-FRAME).
     *
     * @return the weights, adding up to 100
     */
    @Value.NaturalOrder
    public abstract SortedMap<FrameSection, Weight> frameWeights();

    /**
     * The least share of output and benefit in an evaluation frame (R-GOAL-8): 0.6.
     *
     * @return the share
     */
    public abstract Ratio minOutputBenefitShare();

    // ---- goal review ----

    /**
     * The least number of level-3 indicators (R-GOAL-1): 7 in XINJIANG, none in MOF_2020.
     *
     * @return the count, if the policy sets one
     */
    public abstract Optional<Integer> minIndicators();

    /**
     * The quantified share a goal must exceed, strictly (R-GOAL-2): 0.7 in XINJIANG.
     *
     * @return the share, if the policy sets one
     */
    public abstract Optional<Ratio> minQuantifiedShare();

    // ---- scope ----

    /**
     * Fund categories left out of self-evaluation (R-PLAN-4): CENTRAL_TRANSFER in XINJIANG.
     *
     * @return the categories
     */
    @Value.NaturalOrder
    public abstract SortedSet<FundCategory> excludedFundCategories();

    // ---- after scoring, and around the year ----

    /**
     * The vetoes (R-VETO-1…5) and the report review (R-REVIEW-1).
     *
     * @return the vetoes
     */
    @Value.Default
    public VetoPolicy vetoes() {
        return VetoPolicy.seeds();
    }

    /**
     * How results decide next year's budget (R-LINK-1…4).
     *
     * @return the linkage
     */
    public abstract LinkagePolicy linkage();

    /**
     * Ex-ante assessment and the budgeting side of goal review (R-EXANTE-1…4, R-GOAL-5).
     *
     * @return the ex-ante rules
     */
    public abstract ExAntePolicy exAnte();

    /**
     * Monitoring during the year (R-MON-1…7).
     *
     * @return the monitoring rules
     */
    public abstract MonitoringPolicy monitoring();

    /**
     * Planning of evaluations and spot checks (R-PLAN-1…3).
     *
     * @return the planning rules
     */
    public abstract PlanningPolicy planning();

    /**
     * The difference between a reported and a computed score that a table check tolerates as
     * rounding (R-AUDIT-1…3): 0.01.
     *
     * @return the tolerance in points
     */
    @Value.Default
    public Score auditTolerance() {
        return Score.of(new BigDecimal("0.01"));
    }

    // ---- derived ----

    /**
     * The points the level-3 indicators must add up to (R-GOAL-3 hard): 100 − execution weight.
     *
     * @return the points
     */
    public BigDecimal indicatorPoints() {
        return HUNDRED.subtract(executionWeight().points());
    }

    /**
     * Rounds a computed score once, to the policy's scale and rounding mode, and writes it with 2
     * decimals (R-SCORE-ROUND).
     *
     * @param numerator  the exact numerator of the score's one expression, not null
     * @param denominator  its exact denominator, not zero, not null
     * @return the score, rounded once
     */
    public BigDecimal roundScore(BigDecimal numerator, BigDecimal denominator) {
        return numerator.divide(denominator, scoreScale(), roundingMode()).setScale(2, RoundingMode.UNNECESSARY);
    }

    /**
     * Rounds a computed score once, like {@link #roundScore(BigDecimal, BigDecimal)}, never above the weight it is a
     * share of: with whole-number scores a fractional weight could otherwise be rounded past (99 × 10.7 ÷ 100 =
     * 10.593 would become 11 of 10.7, and a total could pass 100).
     *
     * @param numerator  the exact numerator of the score's one expression, not null
     * @param denominator  its exact denominator, not zero, not null
     * @param weight  the points the score is a share of, not null
     * @return the score, rounded once, at most {@code weight}
     */
    public BigDecimal roundScore(BigDecimal numerator, BigDecimal denominator, BigDecimal weight) {
        BigDecimal points = roundScore(numerator, denominator);
        return points.compareTo(weight) > 0 ? weight.setScale(2, RoundingMode.UNNECESSARY) : points;
    }

    // ---- copies with one parameter changed ----

    /**
     * A copy with other grade bands.
     *
     * @param scale  the scale, not null
     * @return the policy, version marked {@code +gradeScale}
     */
    public Policy withGradeScale(GradeScale scale) {
        return changed("gradeScale").gradeScale(Objects.requireNonNull(scale, "scale is null")).build();
    }

    /**
     * A copy with another execution weight; the level-1 split must still add up to 100 with it.
     *
     * @param weight  the weight, not null
     * @return the policy, version marked {@code +executionWeight}
     */
    public Policy withExecutionWeight(Weight weight) {
        return changed("executionWeight").executionWeight(Objects.requireNonNull(weight, "weight is null")).build();
    }

    /**
     * A copy with another lower-is-better formula.
     *
     * @param formula  the formula, not null
     * @return the policy, version marked {@code +lowerIsBetterFormula}
     */
    public Policy withLowerIsBetterFormula(LowerIsBetterFormula formula) {
        return changed("lowerIsBetterFormula")
                .lowerIsBetterFormula(Objects.requireNonNull(formula, "formula is null")).build();
    }

    /**
     * A copy with another deviation threshold.
     *
     * @param threshold  the threshold, not null
     * @return the policy, version marked {@code +deviationThreshold}
     */
    public Policy withDeviationThreshold(Ratio threshold) {
        return changed("deviationThreshold").deviationThreshold(Objects.requireNonNull(threshold, "threshold is null"))
                .build();
    }

    /**
     * A copy with another over-achievement rule.
     *
     * @param rule  the rule, not null
     * @return the policy, version marked {@code +overAchievementRule}
     */
    public Policy withOverAchievementRule(OverAchievementRule rule) {
        return changed("overAchievementRule").overAchievementRule(Objects.requireNonNull(rule, "rule is null")).build();
    }

    /**
     * A copy with another score scale.
     *
     * @param scale  0 to 2
     * @return the policy, version marked {@code +scoreScale}
     */
    public Policy withScoreScale(int scale) {
        return changed("scoreScale").scoreScale(scale).build();
    }

    /**
     * A copy with a qualitative level's range replaced.
     *
     * @param achievement  the level, not null
     * @param range  the range, not null
     * @return the policy, version marked {@code +qualitativeRanges}
     */
    public Policy withQualitativeRange(QualitativeAchievement achievement, QualitativeRange range) {
        Objects.requireNonNull(achievement, "achievement is null");
        Objects.requireNonNull(range, "range is null");
        Map<QualitativeAchievement, QualitativeRange> ranges = new LinkedHashMap<>(qualitativeRanges());
        ranges.put(achievement, range);
        return changed("qualitativeRanges").qualitativeRanges(ranges).build();
    }

    /**
     * A copy with other vetoes.
     *
     * @param vetoes  the vetoes, not null
     * @return the policy, version marked {@code +vetoes}
     */
    public Policy withVetoes(VetoPolicy vetoes) {
        return changed("vetoes").vetoes(Objects.requireNonNull(vetoes, "vetoes is null")).build();
    }

    /**
     * A copy with another budget linkage.
     *
     * @param linkage  the linkage, not null
     * @return the policy, version marked {@code +linkage}
     */
    public Policy withLinkage(LinkagePolicy linkage) {
        return changed("linkage").linkage(Objects.requireNonNull(linkage, "linkage is null")).build();
    }

    /**
     * A copy with another cut ratio (R-LINK-1…3) — the figure no source gives.
     *
     * @param ratio  the share a cut takes away, 0 to 1, not null
     * @return the policy, version marked {@code +cutRatio}
     */
    public Policy withCutRatio(Ratio ratio) {
        Objects.requireNonNull(ratio, "ratio is null");
        LinkagePolicy.Builder linkage = LinkagePolicy.builder();
        linkage.from(linkage());
        linkage.cutRatio(ratio);
        return changed("cutRatio").linkage(linkage.build()).build();
    }

    /**
     * A copy with other ex-ante rules.
     *
     * @param exAnte  the rules, not null
     * @return the policy, version marked {@code +exAnte}
     */
    public Policy withExAnte(ExAntePolicy exAnte) {
        return changed("exAnte").exAnte(Objects.requireNonNull(exAnte, "exAnte is null")).build();
    }

    /**
     * A copy with other monitoring rules.
     *
     * @param monitoring  the rules, not null
     * @return the policy, version marked {@code +monitoring}
     */
    public Policy withMonitoring(MonitoringPolicy monitoring) {
        return changed("monitoring").monitoring(Objects.requireNonNull(monitoring, "monitoring is null")).build();
    }

    /**
     * A copy with other planning rules.
     *
     * @param planning  the rules, not null
     * @return the policy, version marked {@code +planning}
     */
    public Policy withPlanning(PlanningPolicy planning) {
        return changed("planning").planning(Objects.requireNonNull(planning, "planning is null")).build();
    }

    private Builder changed(String parameter) {
        Builder builder = toBuilder();
        builder.version(version() + "+" + parameter);
        return builder;
    }

    // ---- printing and comparing ----

    /**
     * Every parameter by name, as text, in a fixed order — what {@link #toString()} prints and
     * {@link #differencesFrom} compares.
     *
     * @return the parameters
     */
    public Map<String, String> parameters() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("name", name());
        p.put("version", version());
        p.put("description", description());
        p.put("gradeScale", gradeScale().toString());
        p.put("scoreScale", Integer.toString(scoreScale()));
        p.put("roundingMode", roundingMode().name());
        p.put("executionWeight", executionWeight().toString());
        p.put("levelOneWeights", levelOneWeights().toString());
        p.put("satisfactionToBenefit", Boolean.toString(satisfactionToBenefit()));
        p.put("lowerIsBetterFormula", lowerIsBetterFormula().name());
        p.put("qualitativeRanges", qualitativeRanges().toString());
        p.put("overAchievementRule", overAchievementRule().name());
        p.put("deviationThreshold", deviationThreshold().toString());
        p.put("overAchievementHigh", overAchievementHigh().toString());
        p.put("overAchievementLow", overAchievementLow().toString());
        p.put("mismatchRule", mismatchRule().name());
        p.put("mismatchThreshold", mismatchThreshold().toString());
        p.put("unspentThreshold", unspentThreshold().toString());
        p.put("lowScoreThreshold", lowScoreThreshold().toString());
        p.put("frameWeights", frameWeights().toString());
        p.put("minOutputBenefitShare", minOutputBenefitShare().toString());
        p.put("minIndicators", minIndicators().map(String::valueOf).orElse("—"));
        p.put("minQuantifiedShare", minQuantifiedShare().map(String::valueOf).orElse("—"));
        p.put("excludedFundCategories", excludedFundCategories().toString());
        p.put("vetoes", vetoes().toString());
        p.put("linkage", linkage().toString());
        p.put("exAnte", exAnte().toString());
        p.put("monitoring", monitoring().toString());
        p.put("planning", planning().toString());
        p.put("auditTolerance", auditTolerance().toString());
        return p;
    }

    /**
     * The parameters in which this policy differs from another, in the order of {@link #parameters()}.
     *
     * @param other  the other policy, not null
     * @return the differences, empty when the two are equal in every parameter
     */
    public List<PolicyDifference> differencesFrom(Policy other) {
        Objects.requireNonNull(other, "other is null");
        Map<String, String> mine = parameters();
        Map<String, String> theirs = other.parameters();
        List<PolicyDifference> differences = new ArrayList<>();
        mine.forEach((parameter, value) -> {
            String otherValue = theirs.get(parameter);
            if (!value.equals(otherValue)) {
                differences.add(new PolicyDifference(parameter, value, otherValue));
            }
        });
        return differences;
    }

    /**
     * The policy, one parameter per line: {@code name = MOF_2020} …
     *
     * @return the text
     */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("Policy ").append(name()).append(' ').append(version()).append('\n');
        parameters().forEach((k, v) -> text.append("  ").append(k).append(" = ").append(v).append('\n'));
        return text.toString();
    }

    @Value.Check
    void check() {
        InvalidValueException.check(!name().isBlank(), "policy name", "\"" + name() + "\"", "a non-blank name");
        InvalidValueException.check(!version().isBlank(), "policy version", "\"" + version() + "\"", "a non-blank version");
        InvalidValueException.check(scoreScale() >= 0 && scoreScale() <= 2, "scoreScale", scoreScale(),
                "0 <= scoreScale <= 2");
        InvalidValueException.check(roundingMode() != RoundingMode.UNNECESSARY, "roundingMode", roundingMode(),
                "a rounding mode that rounds");
        BigDecimal split = executionWeight().points();
        for (Weight weight : levelOneWeights().values()) {
            split = split.add(weight.points());
        }
        InvalidValueException.check(split.compareTo(HUNDRED) == 0, "levelOneWeights", levelOneWeights()
                + " + execution " + executionWeight(), "level-1 weights and the execution weight adding up to 100");
        for (Level1 level1 : levelOneWeights().keySet()) {
            InvalidValueException.check(level1.frame() == io.pbm.core.goal.IndicatorFrame.PROJECT, "levelOneWeights",
                    level1, "level-1 categories of the project frame");
        }
        checkQualitativeRanges();
        BigDecimal frame = BigDecimal.ZERO;
        for (Weight weight : frameWeights().values()) {
            frame = frame.add(weight.points());
        }
        InvalidValueException.check(frameWeights().size() == FrameSection.values().length
                && frame.compareTo(HUNDRED) == 0, "frameWeights", frameWeights(),
                "a weight for each of DECISION, PROCESS, OUTPUT, BENEFIT adding up to 100");
        BigDecimal outputBenefit = frameWeights().get(FrameSection.OUTPUT).points()
                .add(frameWeights().get(FrameSection.BENEFIT).points());
        Ratio share = Ratio.of(outputBenefit, HUNDRED);
        InvalidValueException.check(!share.isBelow(minOutputBenefitShare()), "frameWeights", frameWeights(),
                "OUTPUT + BENEFIT at least " + minOutputBenefitShare() + " of the frame (R-GOAL-8)");
        InvalidValueException.check(deviationThreshold().signum() >= 0, "deviationThreshold", deviationThreshold(),
                "deviationThreshold >= 0");
        InvalidValueException.check(overAchievementHigh().isAbove(Ratio.ONE), "overAchievementHigh",
                overAchievementHigh(), "overAchievementHigh > 1");
        InvalidValueException.check(overAchievementLow().signum() > 0 && overAchievementLow().isBelow(Ratio.ONE),
                "overAchievementLow", overAchievementLow(), "0 < overAchievementLow < 1");
        InvalidValueException.check(mismatchThreshold().signum() >= 0 && !mismatchThreshold().isAbove(Ratio.ONE),
                "mismatchThreshold", mismatchThreshold(), "0 <= mismatchThreshold <= 1");
        InvalidValueException.check(unspentThreshold().signum() >= 0 && !unspentThreshold().isAbove(Ratio.ONE),
                "unspentThreshold", unspentThreshold(), "0 <= unspentThreshold <= 1");
        minIndicators().ifPresent(n -> InvalidValueException.check(n >= 1 && n <= 1000, "minIndicators", n,
                "1 <= minIndicators <= 1000"));
        minQuantifiedShare().ifPresent(s -> InvalidValueException.check(s.signum() >= 0 && s.isBelow(Ratio.ONE),
                "minQuantifiedShare", s, "0 <= minQuantifiedShare < 1"));
    }

    private void checkQualitativeRanges() {
        SortedMap<QualitativeAchievement, QualitativeRange> ranges = qualitativeRanges();
        String valid = "NOT_ACHIEVED [0, a), PARTLY_ACHIEVED [a, b), ACHIEVED [b, 1] — each level once, no gap";
        InvalidValueException.check(ranges.size() == QualitativeAchievement.values().length, "qualitativeRanges",
                ranges, valid);
        QualitativeRange not = ranges.get(QualitativeAchievement.NOT_ACHIEVED);
        QualitativeRange partly = ranges.get(QualitativeAchievement.PARTLY_ACHIEVED);
        QualitativeRange achieved = ranges.get(QualitativeAchievement.ACHIEVED);
        InvalidValueException.check(not.lower().signum() == 0 && not.upper().equals(partly.lower())
                && partly.upper().equals(achieved.lower()) && achieved.isTop(), "qualitativeRanges", ranges, valid);
    }

    /** The builder of {@link Policy}. */
    public static final class Builder extends ImmutablePolicy.Builder {
        Builder() {}
    }
}
