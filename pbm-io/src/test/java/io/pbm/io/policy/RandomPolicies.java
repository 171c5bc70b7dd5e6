package io.pbm.io.policy;

import io.pbm.core.Ratio;
import io.pbm.core.budget.Amount;
import io.pbm.core.budget.BudgetAction;
import io.pbm.core.budget.FundCategory;
import io.pbm.core.evaluation.FrameSection;
import io.pbm.core.evaluation.QualitativeAchievement;
import io.pbm.core.exante.ExAnteConclusion;
import io.pbm.core.goal.Level1;
import io.pbm.core.goal.Weight;
import io.pbm.core.grade.Grade;
import io.pbm.core.grade.GradeScale;
import io.pbm.core.grade.Score;
import io.pbm.rules.policy.ExAntePolicy;
import io.pbm.rules.policy.LinkagePolicy;
import io.pbm.rules.policy.LowerIsBetterFormula;
import io.pbm.rules.policy.MismatchRule;
import io.pbm.rules.policy.MonitoringPolicy;
import io.pbm.rules.policy.OverAchievementRule;
import io.pbm.rules.policy.PlanningPolicy;
import io.pbm.rules.policy.Policy;
import io.pbm.rules.policy.Presets;
import io.pbm.rules.policy.QualitativeRange;
import io.pbm.rules.policy.VetoPolicy;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Month;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Policies with every parameter drawn at random from a seed — valid ones, as a policy's checks require. */
final class RandomPolicies {

    private final Random random;

    RandomPolicies(long seed) {
        this.random = new Random(seed);
    }

    Policy next() {
        Policy.Builder b = (random.nextBoolean() ? Presets.MOF_2020 : Presets.XINJIANG).toBuilder();
        b.name(text()).version(text()).description(random.nextBoolean() ? "" : text());
        int fair = 1 + random.nextInt(60);
        int good = fair + 1 + random.nextInt(20);
        int excellent = good + 1 + random.nextInt(99 - good);
        b.gradeScale(GradeScale.ofLowerBounds(score(fair), score(good), Score.of(new BigDecimal(excellent + ".5"))));
        b.scoreScale(random.nextInt(3));
        b.roundingMode(pick(List.of(RoundingMode.HALF_UP, RoundingMode.HALF_EVEN, RoundingMode.DOWN, RoundingMode.FLOOR)));
        int execution = 5 + random.nextInt(20);
        int benefit = 1 + random.nextInt(30);
        int satisfaction = random.nextInt(11);
        Map<Level1, Weight> split = new LinkedHashMap<>();
        split.put(Level1.OUTPUT, Weight.of(100 - execution - benefit - satisfaction));
        split.put(Level1.BENEFIT, Weight.of(benefit));
        if (satisfaction > 0) {
            split.put(Level1.SATISFACTION, Weight.of(satisfaction));
        }
        b.executionWeight(Weight.of(execution)).levelOneWeights(split);
        b.satisfactionToBenefit(random.nextBoolean());
        b.lowerIsBetterFormula(pick(List.of(LowerIsBetterFormula.values())));
        Ratio a = Ratio.of(1 + random.nextInt(4), 7);
        Ratio c = Ratio.of(5 + random.nextInt(2), 7);
        b.qualitativeRanges(Map.of(
                QualitativeAchievement.NOT_ACHIEVED, new QualitativeRange(Ratio.ZERO, a, random.nextBoolean() ? null : Ratio.ZERO),
                QualitativeAchievement.PARTLY_ACHIEVED, new QualitativeRange(a, c, random.nextBoolean() ? null : a),
                QualitativeAchievement.ACHIEVED, new QualitativeRange(c, Ratio.ONE, random.nextBoolean() ? null : Ratio.ONE)));
        b.overAchievementRule(pick(List.of(OverAchievementRule.values())));
        b.deviationThreshold(fraction());
        b.overAchievementHigh(Ratio.ONE.times(Ratio.of(7 + random.nextInt(5), 6)));
        b.overAchievementLow(Ratio.of(1 + random.nextInt(5), 6));
        b.mismatchRule(pick(List.of(MismatchRule.values())));
        b.mismatchThreshold(fraction());
        b.unspentThreshold(fraction());
        b.lowScoreThreshold(score(random.nextInt(101)));
        int decision = 1 + random.nextInt(20);
        int process = 1 + random.nextInt(20);
        int output = 1 + random.nextInt(100 - decision - process - 1);
        b.frameWeights(Map.of(FrameSection.DECISION, Weight.of(decision), FrameSection.PROCESS, Weight.of(process),
                FrameSection.OUTPUT, Weight.of(output), FrameSection.BENEFIT,
                Weight.of(100 - decision - process - output)));
        b.minOutputBenefitShare(Ratio.of(random.nextInt(50), 100));
        b.minIndicators(random.nextBoolean() ? java.util.Optional.empty() : java.util.Optional.of(1 + random.nextInt(20)));
        b.minQuantifiedShare(random.nextBoolean() ? java.util.Optional.empty() : java.util.Optional.of(Ratio.of(random.nextInt(10), 10)));
        b.excludedFundCategories(subset(FundCategory.values()));
        b.vetoes(VetoPolicy.builder().auditProblems(random.nextBoolean()).auditCap(pick(List.of(Grade.values())))
                .unrectifiedMonitoring(random.nextBoolean()).unrectifiedRounds(1 + random.nextInt(12))
                .monitoringCap(pick(List.of(Grade.values()))).majorMisuse(random.nextBoolean())
                .misuseGrade(pick(List.of(Grade.values()))).authenticity(random.nextBoolean())
                .reportReviewMinimum(score(random.nextInt(101))).build());
        Map<Grade, BudgetAction> actions = new LinkedHashMap<>();
        for (Grade grade : Grade.values()) {
            if (random.nextInt(4) > 0) {
                actions.put(grade, pick(List.of(BudgetAction.PRIORITY, BudgetAction.KEEP, BudgetAction.CUT,
                        BudgetAction.SUSPEND, BudgetAction.CANCEL)));
            }
        }
        b.linkage(LinkagePolicy.builder().gradeActions(actions)
                .cutBelowScore(random.nextBoolean() ? java.util.Optional.empty() : java.util.Optional.of(score(random.nextInt(101))))
                .cutRatio(fraction()).suspendUnrectified(random.nextBoolean()).recallOnVeto(random.nextBoolean()).build());
        int partial = random.nextInt(90);
        b.exAnte(ExAntePolicy.builder().dimensionPoints(score(random.nextInt(40))).supportFrom(score(partial + 1 + random.nextInt(10)))
                .partialSupportFrom(score(partial)).notBudgeted(subset(ExAnteConclusion.values()))
                .requireAssessment(random.nextBoolean()).majorThreshold(Amount.ofFen(random.nextInt(1_000_000_000)))
                .reassessmentRequired(random.nextBoolean()).requireLastYearSelfEvaluation(random.nextBoolean()).build());
        Map<Month, Ratio> floors = new LinkedHashMap<>();
        for (Month month : subset(Month.values())) {
            floors.put(month, fraction());
        }
        b.monitoring(MonitoringPolicy.builder().checkMonths(subset(Month.values())).reportDueDay(1 + random.nextInt(28))
                .redBelow(Ratio.of(random.nextInt(5), 10)).greenFrom(Ratio.of(5 + random.nextInt(6), 10))
                .executionFloors(floors).reminderFrom(pick(List.of(Month.values())))
                .zeroSpendingFrom(pick(List.of(Month.values()))).build());
        b.planning(PlanningPolicy.builder().departmentShare(Ratio.of(1 + random.nextInt(10), 10))
                .cycleYears(1 + random.nextInt(20))
                .financeMinimumPrefecture(random.nextBoolean() ? java.util.Optional.empty() : java.util.Optional.of(1 + random.nextInt(30)))
                .financeMinimumCounty(random.nextBoolean() ? java.util.Optional.empty() : java.util.Optional.of(1 + random.nextInt(30)))
                .spotCheckShare(Ratio.of(1 + random.nextInt(3), 3)).build());
        b.auditTolerance(Score.of(new BigDecimal(random.nextInt(100)).movePointLeft(2)));
        return b.build();
    }

    private String text() {
        String[] parts = {"县", "MOF", "\"引号\"", "\\", "\n", "2024.1", "é", "🙂", " "};
        StringBuilder text = new StringBuilder("p");
        for (int i = random.nextInt(5); i > 0; i--) {
            text.append(parts[random.nextInt(parts.length)]);
        }
        return text.toString();
    }

    private Score score(int points) {
        return Score.of(new BigDecimal(points).add(new BigDecimal(random.nextInt(2) == 0 ? "0" : "0.25")).min(BigDecimal.valueOf(100)));
    }

    /** A ratio in [0, 1], terminating or not (1/3 writes as a fraction). */
    private Ratio fraction() {
        int d = 1 + random.nextInt(12);
        return Ratio.of(random.nextInt(d + 1), d);
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private <E extends Enum<E>> List<E> subset(E[] values) {
        List<E> subset = new ArrayList<>();
        for (E value : values) {
            if (random.nextInt(3) == 0) {
                subset.add(value);
            }
        }
        return subset;
    }

}
