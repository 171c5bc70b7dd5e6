package io.pbm.examples.floor;

import io.pbm.core.budget.BudgetAction;
import io.pbm.core.budget.FundCategory;
import io.pbm.core.evaluation.EvaluationInput;
import io.pbm.core.evaluation.EvaluationKind;
import io.pbm.core.evaluation.IndicatorActual;
import io.pbm.core.evaluation.SupervisionFindings;
import io.pbm.core.goal.Comparison;
import io.pbm.core.goal.Indicator;
import io.pbm.core.goal.IndicatorValue;
import io.pbm.core.grade.Grade;
import io.pbm.core.project.BudgetUnit;
import io.pbm.core.project.Project;
import io.pbm.examples.sample.SampleGenerator;
import io.pbm.examples.sample.SampleProfile;
import io.pbm.rules.policy.LinkagePolicy;
import io.pbm.rules.policy.LowerIsBetterFormula;
import io.pbm.rules.policy.OverAchievementRule;
import io.pbm.rules.policy.Policy;
import io.pbm.rules.policy.VetoPolicy;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The floor: the pipeline's outputs for a batch, computed by one loop over primitive arrays of scaled
 * {@code long}s — what a hand-written program for exactly this batch and policy would do, with no
 * objects, no explanation and no checks beyond the weights (R-GOAL-3 hard).
 *
 * <p>{@link #of(Policy)} reads the policy into tables once; {@link #columns(List)} turns projects into
 * arrays once (outside any measurement); {@link #run(Columns)} is the loop. It covers what the sample
 * batches hold — self-evaluations of level-3 indicators under a policy with 2-decimal HALF_UP scores,
 * full marks for over-achievement and the linear ≤ formula — and refuses anything else at
 * {@link #columns(List)}, so that it never computes something other than pbm silently.
 *
 * <p>This class is immutable and thread-safe; {@link Columns} and {@link Outcomes} are arrays, not to
 * be changed.
 */
public final class ProvinceFloor {

    /** The province batch: as many projects as Xinjiang self-evaluated for 2019 (domain.md section 12). */
    public static final int PROVINCE_PROJECTS = 67_280;

    /** The province batch's budget units. */
    public static final int PROVINCE_UNITS = 3_000;

    /** The province batch's seed. */
    public static final long PROVINCE_SEED = 2019;

    private static final int GE = 0;
    private static final int LE = 1;
    private static final int EQ = 2;
    private static final int QUAL = 3;
    private static final int AUDIT = 1;
    private static final int MISUSE = 2;
    private static final int AUTHENTICITY = 4;
    private static final int UNRECTIFIED = 8;
    private static final int GRADES = Grade.values().length;

    private final long executionWeight;
    private final long[] lowerBounds = new long[GRADES];
    private final boolean[] excluded = new boolean[FundCategory.values().length];
    private final boolean audit;
    private final int auditCap;
    private final boolean monitoring;
    private final int rounds;
    private final int monitoringCap;
    private final boolean misuse;
    private final int misuseGrade;
    private final boolean authenticity;
    private final int authenticityGrade;
    private final long reviewMinimum;
    private final long cutBelow;
    private final int[] gradeAction = new int[GRADES];
    private final long keptNumerator;
    private final long cutDenominator;
    private final boolean suspend;
    private final boolean recall;

    private ProvinceFloor(Policy policy) {
        if (policy.scoreScale() != 2 || policy.roundingMode() != RoundingMode.HALF_UP
                || policy.overAchievementRule() != OverAchievementRule.FLAG_ONLY
                || policy.lowerIsBetterFormula() != LowerIsBetterFormula.LINEAR) {
            throw new IllegalArgumentException("The floor covers 2-decimal HALF_UP scores, full marks and the linear ≤ formula: "
                    + policy.name());
        }
        executionWeight = cents(policy.executionWeight().points());
        for (Grade grade : Grade.values()) {
            lowerBounds[grade.ordinal()] = cents(policy.gradeScale().band(grade).lower().points());
        }
        policy.excludedFundCategories().forEach(category -> excluded[category.ordinal()] = true);
        VetoPolicy vetoes = policy.vetoes();
        audit = vetoes.auditProblems();
        auditCap = vetoes.auditCap().ordinal();
        monitoring = vetoes.unrectifiedMonitoring();
        rounds = vetoes.unrectifiedRounds();
        monitoringCap = vetoes.monitoringCap().ordinal();
        misuse = vetoes.majorMisuse();
        misuseGrade = vetoes.misuseGrade().ordinal();
        authenticity = vetoes.authenticity();
        authenticityGrade = vetoes.authenticityGrade().ordinal();
        reviewMinimum = cents(vetoes.reportReviewMinimum().points());
        LinkagePolicy linkage = policy.linkage();
        cutBelow = linkage.cutBelowScore().map(score -> cents(score.points())).orElse(-1L);
        for (Grade grade : Grade.values()) {
            BudgetAction action = linkage.gradeActions().get(grade);
            gradeAction[grade.ordinal()] = action == null ? -1 : action.ordinal();
        }
        cutDenominator = linkage.cutRatio().denominator().longValueExact();
        keptNumerator = cutDenominator - linkage.cutRatio().numerator().longValueExact();
        suspend = linkage.suspendUnrectified();
        recall = linkage.recallOnVeto();
    }

    /**
     * The floor of a policy.
     *
     * @param policy  the policy, not null
     * @return the floor
     * @throws IllegalArgumentException if the policy scores in a way the floor does not cover
     */
    public static ProvinceFloor of(Policy policy) {
        return new ProvinceFloor(Objects.requireNonNull(policy, "policy is null"));
    }

    /**
     * The province batch of the benchmark: {@value #PROVINCE_PROJECTS} projects of the province sample
     * profile, about 9 indicators each, without data-entry mistakes.
     *
     * @return the projects
     */
    public static List<Project> provinceBatch() {
        return SampleGenerator.generate(PROVINCE_PROJECTS, PROVINCE_UNITS, PROVINCE_SEED, SampleProfile.PROVINCE);
    }

    /**
     * A batch as arrays: amounts in fen, weights and scores in hundredths of a point, each indicator's
     * target and actual as unscaled numbers of a common scale.
     *
     * @param n  projects
     * @param category  fund category ordinal
     * @param adjusted  adjusted budget, fen
     * @param spent  spent, fen
     * @param before  next year's base, fen
     * @param findings  supervision findings, as bits
     * @param monitoringRounds  unrectified failed monitoring rounds
     * @param review  report review score, hundredths, or -1
     * @param unit  the budget unit's index in {@code units}
     * @param units  the budget units
     * @param first  the index of each project's first indicator; {@code first[n]} is the count
     * @param kind  the indicator's comparison: ≥, ≤, =, qualitative
     * @param bound  whether the actual is a bound meeting the target
     * @param target  the target, unscaled
     * @param actual  the actual (unscaled, same scale as the target) or the qualitative score (hundredths)
     * @param weight  the weight, hundredths
     */
    public record Columns(int n, byte[] category, long[] adjusted, long[] spent, long[] before, byte[] findings,
            int[] monitoringRounds, long[] review, int[] unit, BudgetUnit[] units, int[] first, byte[] kind,
            boolean[] bound, long[] target, long[] actual, long[] weight) {}

    /**
     * What the floor computes.
     *
     * @param points  each indicator's score, hundredths
     * @param total  each project's total, hundredths (-1 if excluded or rejected)
     * @param rawGrade  each project's grade by score, ordinal (-1 if excluded or rejected)
     * @param grade  each project's final grade, ordinal (-1 if excluded or rejected)
     * @param action  each project's budget action, ordinal (-1 if excluded or rejected)
     * @param after  each project's budget after, fen
     * @param counts  evaluated, excluded, rejected, reports returned
     * @param grades  projects by final grade
     * @param vetoes  R-VETO-1…4 fired
     * @param actions  projects by budget action
     * @param sums  scores (hundredths), spent, adjusted, before, after (fen) over evaluated projects
     * @param unitBefore  next year's base by unit, fen
     * @param unitAfter  budget after by unit, fen
     */
    public record Outcomes(long[] points, long[] total, byte[] rawGrade, byte[] grade, byte[] action, long[] after,
            long[] counts, long[] grades, long[] vetoes, long[] actions, long[] sums, long[] unitBefore,
            long[] unitAfter) {}

    /**
     * Turns projects into arrays.
     *
     * @param projects  the projects, not null
     * @return the columns
     * @throws IllegalArgumentException for a project the floor does not cover
     */
    public Columns columns(List<Project> projects) {
        int n = projects.size();
        int indicators = 0;
        for (Project project : projects) {
            indicators += project.goal().indicators().size();
        }
        byte[] category = new byte[n];
        long[] adjusted = new long[n];
        long[] spent = new long[n];
        long[] before = new long[n];
        byte[] findings = new byte[n];
        int[] monitoringRounds = new int[n];
        long[] review = new long[n];
        int[] unit = new int[n];
        Map<BudgetUnit, Integer> unitIndex = new HashMap<>();
        int[] first = new int[n + 1];
        byte[] kind = new byte[indicators];
        boolean[] bound = new boolean[indicators];
        long[] target = new long[indicators];
        long[] actual = new long[indicators];
        long[] weight = new long[indicators];
        int k = 0;
        for (int p = 0; p < n; p++) {
            Project project = projects.get(p);
            EvaluationInput input = project.evaluation().orElseThrow(() -> refuse(project, "no evaluation"));
            if (input.kind() != EvaluationKind.SELF) {
                throw refuse(project, "not a self-evaluation");
            }
            category[p] = (byte) project.fundCategory().ordinal();
            adjusted[p] = cents(project.budget().adjusted().yuan());
            spent[p] = cents(project.budget().spent().yuan());
            before[p] = cents(project.budget().nextYearBase().yuan());
            SupervisionFindings found = input.findings();
            findings[p] = (byte) ((found.auditProblems() ? AUDIT : 0) | (found.majorMisuse() ? MISUSE : 0)
                    | (found.authenticityFailed() ? AUTHENTICITY : 0) | (found.unrectifiedProblems() ? UNRECTIFIED : 0));
            monitoringRounds[p] = found.unrectifiedFailedMonitoringRounds();
            review[p] = input.reportReviewScore().map(score -> cents(score.points())).orElse(-1L);
            unit[p] = unitIndex.computeIfAbsent(project.unit(), u -> unitIndex.size());
            first[p] = k;
            for (Indicator indicator : project.goal().indicators()) {
                IndicatorActual reported = input.actuals().get(indicator.name());
                if (reported == null) {
                    throw refuse(project, "no actual for " + indicator.name());
                }
                weight[k] = cents(indicator.weight().points());
                if (!indicator.isQuantitative()) {
                    kind[k] = QUAL;
                    actual[k] = cents(reported.score().orElseThrow(() -> refuse(project, "no score")).points());
                } else {
                    IndicatorValue value = reported.actual().orElseThrow(() -> refuse(project, "no actual"));
                    BigDecimal t = indicator.target().number().orElseThrow();
                    BigDecimal a = value.number().orElseThrow(() -> refuse(project, "a qualitative actual"));
                    if (!value.unit().isNone() && !indicator.unit().isNone() && !value.unit().equals(indicator.unit())) {
                        throw refuse(project, "another unit");
                    }
                    Comparison comparison = indicator.comparison();
                    kind[k] = (byte) (comparison.isHigherBetter() ? GE : comparison.isLowerBetter() ? LE : EQ);
                    int scale = Math.max(0, Math.max(t.scale(), a.scale()));
                    target[k] = t.setScale(scale).unscaledValue().longValueExact();
                    actual[k] = a.setScale(scale).unscaledValue().longValueExact();
                    // The loop multiplies a number by a weight (at most 10,000 hundredths) and doubles a target.
                    if (Math.abs(target[k]) > Long.MAX_VALUE / 40_000 || Math.abs(actual[k]) > Long.MAX_VALUE / 40_000) {
                        throw refuse(project, "a number beyond the floor's range");
                    }
                    bound[k] = value.comparison().isPresent() && boundMeets(value.comparison().get(), comparison, a, t);
                }
                k++;
            }
        }
        first[n] = k;
        BudgetUnit[] units = new BudgetUnit[unitIndex.size()];
        unitIndex.forEach((u, i) -> units[i] = u);
        return new Columns(n, category, adjusted, spent, before, findings, monitoringRounds, review, unit, units, first,
                kind, bound, target, actual, weight);
    }

    /**
     * The loop.
     *
     * @param c  the batch, not null
     * @return the outcomes
     */
    public Outcomes run(Columns c) {
        int n = c.n();
        long[] points = new long[c.first()[n]];
        long[] total = new long[n];
        byte[] rawGrade = new byte[n];
        byte[] grade = new byte[n];
        byte[] action = new byte[n];
        long[] after = new long[n];
        long[] counts = new long[4];
        long[] grades = new long[GRADES];
        long[] vetoes = new long[4];
        long[] actions = new long[BudgetAction.values().length];
        long[] sums = new long[5];
        long[] unitBefore = new long[c.units().length];
        long[] unitAfter = new long[c.units().length];
        long possible = 10_000 - executionWeight;
        for (int p = 0; p < n; p++) {
            total[p] = -1;
            rawGrade[p] = -1;
            grade[p] = -1;
            action[p] = -1;
            if (excluded[c.category()[p]]) {
                counts[1]++;
                continue;
            }
            long adjusted = c.adjusted()[p];
            long spent = c.spent()[p];
            long sum = adjusted == 0 ? 0 : spent >= adjusted ? executionWeight : halfUp(spent * executionWeight, adjusted);
            long weights = 0;
            for (int k = c.first()[p], end = c.first()[p + 1]; k < end; k++) {
                long w = c.weight()[k];
                weights += w;
                long score = c.kind()[k] == QUAL ? c.actual()[k] : c.bound()[k] ? w
                        : score(c.kind()[k], c.target()[k], c.actual()[k], w);
                points[k] = score;
                sum += score;
            }
            if (weights != possible || c.first()[p] == c.first()[p + 1]) {
                counts[2]++;
                continue;
            }
            counts[0]++;
            total[p] = sum;
            int raw = 0;
            while (raw + 1 < GRADES && sum >= lowerBounds[raw + 1]) {
                raw++;
            }
            int found = c.findings()[p];
            int g = raw;
            if (audit && (found & AUDIT) != 0) {
                g = Math.min(g, auditCap);
                vetoes[0]++;
            }
            if (monitoring && c.monitoringRounds()[p] >= rounds) {
                g = Math.min(g, monitoringCap);
                vetoes[1]++;
            }
            if (misuse && (found & MISUSE) != 0) {
                g = Math.min(g, misuseGrade);
                vetoes[2]++;
            }
            boolean oneVote = authenticity && (found & AUTHENTICITY) != 0;
            if (oneVote) {
                g = Math.min(g, authenticityGrade);
                vetoes[3]++;
            }
            if (c.category()[p] == FundCategory.CENTRAL_TRANSFER.ordinal() && c.review()[p] >= 0
                    && c.review()[p] < reviewMinimum) {
                counts[3]++;
            }
            int a = -1;
            if (cutBelow >= 0 && sum < cutBelow) {
                a = BudgetAction.CUT.ordinal();
            }
            a = Math.max(a, gradeAction[g]);
            if (suspend && (found & UNRECTIFIED) != 0) {
                a = Math.max(a, BudgetAction.SUSPEND.ordinal());
            }
            if (recall && oneVote) {
                a = Math.max(a, BudgetAction.RECALL.ordinal());
            }
            if (a < 0) {
                a = BudgetAction.KEEP.ordinal();
            }
            long before = c.before()[p];
            long left = a >= BudgetAction.SUSPEND.ordinal() ? 0
                    : a == BudgetAction.CUT.ordinal() ? halfUp(before * keptNumerator, cutDenominator) : before;
            rawGrade[p] = (byte) raw;
            grade[p] = (byte) g;
            action[p] = (byte) a;
            after[p] = left;
            grades[g]++;
            actions[a]++;
            sums[0] += sum;
            sums[1] += spent;
            sums[2] += adjusted;
            sums[3] += before;
            sums[4] += left;
            unitBefore[c.unit()[p]] += before;
            unitAfter[c.unit()[p]] += left;
        }
        return new Outcomes(points, total, rawGrade, grade, action, after, counts, grades, vetoes, actions, sums,
                unitBefore, unitAfter);
    }

    /** R-SCORE-GE, -LE, -EQ on unscaled numbers of one scale; the result in hundredths. */
    private static long score(int kind, long target, long actual, long weight) {
        if (kind == LE) {
            if (target == 0) {
                return actual <= 0 ? weight : 0;
            }
            if (target < 0 || actual <= target) {
                return actual <= target ? weight : 0;
            }
            return actual >= 2 * target ? 0 : halfUp(weight * (2 * target - actual), target);
        }
        if (kind == EQ && target == 0) {
            return actual <= 0 ? weight : 0;
        }
        long a = Math.max(actual, 0);
        if (a >= target) {
            return weight;
        }
        return a <= 0 || target <= 0 ? 0 : halfUp(a * weight, target);
    }

    /** n ÷ d rounded HALF_UP, for n ≥ 0 and d > 0. */
    private static long halfUp(long n, long d) {
        long q = n / d;
        return 2 * (n - q * d) >= d ? q + 1 : q;
    }

    private static boolean boundMeets(Comparison bound, Comparison wanted, BigDecimal actual, BigDecimal target) {
        if (wanted == Comparison.EQUAL && target.signum() == 0) {
            return bound.isLowerBetter() && actual.signum() <= 0;
        }
        if (wanted.isHigherBetter() || wanted == Comparison.EQUAL) {
            return bound.isHigherBetter() && actual.compareTo(target) >= 0;
        }
        return bound.isLowerBetter() && actual.compareTo(target) <= 0;
    }

    private static long cents(BigDecimal value) {
        return value.setScale(2, RoundingMode.UNNECESSARY).unscaledValue().longValueExact();
    }

    private static IllegalArgumentException refuse(Project project, String why) {
        return new IllegalArgumentException("The floor does not cover project " + project.id() + ": " + why);
    }

}
