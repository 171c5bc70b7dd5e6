package io.pbm.rules.policy;

import io.pbm.core.InvalidValueException;
import io.pbm.core.Ratio;
import io.pbm.core.budget.Amount;
import io.pbm.core.budget.BudgetAction;
import io.pbm.core.budget.FundCategory;
import io.pbm.core.exante.ExAnteConclusion;
import io.pbm.core.grade.Grade;
import io.pbm.core.evaluation.FrameSection;
import io.pbm.core.evaluation.QualitativeAchievement;
import io.pbm.core.goal.Level1;
import io.pbm.core.goal.Weight;
import io.pbm.core.grade.GradeScale;
import io.pbm.core.grade.Score;
import java.time.Month;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The policies pbm ships (domain.md section 11). Each is data: a {@link Policy} value that can be
 * printed, compared, copied with a change and serialised.
 *
 * <ul>
 *   <li>{@link #MOF_2020}: the national rules of 财预〔2020〕10号 — R-GRADE-1 bands, execution weight 10,
 *       output 50 / benefit 30 / satisfaction 10, the linear lower-is-better formula of practice.
 *   <li>{@link #XINJIANG}: a composite of three Xinjiang prefectures' documents (the seeds) — goal
 *       rules from 巴州 (焉耆, seed 000: at least 7 indicators, quantified share above 70 %), grade
 *       bands from 塔城 (沙湾, seed 001: R-GRADE-2), vetoes and linkage from 克州 (seed 002); central
 *       transfers left out of self-evaluation (seed 001).
 * </ul>
 *
 * <p>The department/finance frame weights (决策 20, 过程 20, 产出 30, 效益 30) are illustrative: the
 * sources fix only that output and benefit weigh at least 60 % (R-GOAL-8). <strong>No source gives a
 * budget cut ratio</strong>: both presets carry an illustrative 10 % (domain.md section 8). MOF_2020's
 * major-project threshold for a third-party re-assessment (5,000,000 元) is illustrative too; XINJIANG's
 * 1,000,000 元 is seed 001's.
 *
 * <p>Under XINJIANG, central transfers are excluded from self-evaluation (R-PLAN-4) before any veto
 * runs, so R-REVIEW-1 — the review of a central transfer's self-evaluation report — never fires in a
 * XINJIANG evaluation; it acts under MOF_2020, which evaluates them.
 *
 * <p>Budget linkage: MOF_2020 — 优 PRIORITY, 良 KEEP, 中 CUT, 差 CANCEL (R-LINK-3); XINJIANG — a score
 * below 80 (R-LINK-1) or 中/差 (R-LINK-2) CUT, 优 PRIORITY, otherwise KEEP.
 */
public final class Presets {

    private static final Map<QualitativeAchievement, QualitativeRange> QUALITATIVE = Map.of(
            QualitativeAchievement.ACHIEVED, QualitativeRange.of(Ratio.of(4, 5), Ratio.ONE),
            QualitativeAchievement.PARTLY_ACHIEVED, QualitativeRange.of(Ratio.of(3, 5), Ratio.of(4, 5)),
            QualitativeAchievement.NOT_ACHIEVED, QualitativeRange.of(Ratio.ZERO, Ratio.of(3, 5)));

    /** The national preset, 财预〔2020〕10号 with the formulas of practice. */
    public static final Policy MOF_2020 = Policy.builder()
            .name("MOF_2020")
            .version("2020.1")
            .description("财预〔2020〕10号《项目支出绩效评价管理办法》: R-GRADE-1 bands, execution 10, "
                    + "output 50 / benefit 30 / satisfaction 10, linear lower-is-better formula (practice)")
            .gradeScale(GradeScale.NATIONAL)
            .executionWeight(Weight.of(10))
            .putLevelOneWeights(Level1.OUTPUT, Weight.of(50))
            .putLevelOneWeights(Level1.BENEFIT, Weight.of(30))
            .putLevelOneWeights(Level1.SATISFACTION, Weight.of(10))
            .lowerIsBetterFormula(LowerIsBetterFormula.LINEAR)
            .qualitativeRanges(QUALITATIVE)
            .overAchievementRule(OverAchievementRule.FLAG_ONLY)
            .deviationThreshold(Ratio.of(1, 5))
            .overAchievementHigh(Ratio.of(6, 5))
            .overAchievementLow(Ratio.of(4, 5))
            .mismatchRule(MismatchRule.RELATIVE)
            .mismatchThreshold(Ratio.of(1, 20))
            .unspentThreshold(Ratio.of(1, 5))
            .lowScoreThreshold(Score.of(70))
            .putFrameWeights(FrameSection.DECISION, Weight.of(20))
            .putFrameWeights(FrameSection.PROCESS, Weight.of(20))
            .putFrameWeights(FrameSection.OUTPUT, Weight.of(30))
            .putFrameWeights(FrameSection.BENEFIT, Weight.of(30))
            .minOutputBenefitShare(Ratio.of(3, 5))
            .linkage(LinkagePolicy.builder()
                    .putGradeActions(Grade.EXCELLENT, BudgetAction.PRIORITY)
                    .putGradeActions(Grade.GOOD, BudgetAction.KEEP)
                    .putGradeActions(Grade.FAIR, BudgetAction.CUT)
                    .putGradeActions(Grade.POOR, BudgetAction.CANCEL)
                    .cutRatio(Ratio.of(1, 10))
                    .build())
            .exAnte(ExAntePolicy.builder()
                    .addNotBudgeted(ExAnteConclusion.PARTIAL_SUPPORT, ExAnteConclusion.NO_SUPPORT)
                    .majorThreshold(Amount.of(5_000_000))
                    .reassessmentRequired(false)
                    .build())
            .monitoring(MonitoringPolicy.builder().addCheckMonths(Month.MAY, Month.AUGUST).build())
            .planning(PlanningPolicy.builder().build())
            .build();

    /** The Xinjiang preset, from the seeds. */
    public static final Policy XINJIANG = MOF_2020.toBuilder()
            .name("XINJIANG")
            .version("2023.1")
            .description("新疆: goal rules of 焉耆 (seed 000: >= 7 indicators, quantified share > 70 %), "
                    + "R-GRADE-2 bands of 沙湾 (seed 001), vetoes and linkage of 克州 (seed 002); "
                    + "central transfers excluded from self-evaluation (seed 001)")
            .gradeScale(GradeScale.XINJIANG)
            .minIndicators(7)
            .minQuantifiedShare(Ratio.of(7, 10))
            .addExcludedFundCategories(FundCategory.CENTRAL_TRANSFER)
            .linkage(LinkagePolicy.builder()
                    .putGradeActions(Grade.EXCELLENT, BudgetAction.PRIORITY)
                    .putGradeActions(Grade.GOOD, BudgetAction.KEEP)
                    .putGradeActions(Grade.FAIR, BudgetAction.CUT)
                    .putGradeActions(Grade.POOR, BudgetAction.CUT)
                    .cutBelowScore(Score.of(80))
                    .cutRatio(Ratio.of(1, 10))
                    .build())
            .exAnte(ExAntePolicy.builder()
                    .addNotBudgeted(ExAnteConclusion.PARTIAL_SUPPORT, ExAnteConclusion.NO_SUPPORT)
                    .majorThreshold(Amount.of(1_000_000))
                    .reassessmentRequired(true)
                    .build())
            .planning(PlanningPolicy.builder().financeMinimumPrefecture(10).financeMinimumCounty(5).build())
            .build();

    private static final List<Policy> ALL = List.of(MOF_2020, XINJIANG);

    private Presets() {}

    /**
     * The presets.
     *
     * @return MOF_2020 and XINJIANG
     */
    public static List<Policy> all() {
        return ALL;
    }

    /**
     * A preset by name, as the command line writes it: {@code mof-2020}, {@code MOF_2020},
     * {@code xinjiang}.
     *
     * @param name  the name, not null
     * @return the preset
     * @throws InvalidValueException if no preset has that name
     */
    public static Policy named(String name) {
        Objects.requireNonNull(name, "name is null");
        String wanted = name.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (Policy policy : ALL) {
            if (policy.name().equals(wanted)) {
                return policy;
            }
        }
        throw new InvalidValueException("policy", name, "mof-2020 or xinjiang");
    }
}
