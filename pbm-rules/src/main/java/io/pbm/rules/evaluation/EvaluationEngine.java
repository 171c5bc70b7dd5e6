package io.pbm.rules.evaluation;

import io.pbm.core.Ratio;
import io.pbm.core.budget.Budget;
import io.pbm.core.evaluation.EvaluationInput;
import io.pbm.core.evaluation.EvaluationKind;
import io.pbm.core.evaluation.IndicatorActual;
import io.pbm.core.goal.Goal;
import io.pbm.core.goal.Indicator;
import io.pbm.core.grade.Grade;
import io.pbm.core.grade.GradeBand;
import io.pbm.core.grade.GradeScale;
import io.pbm.core.grade.Score;
import io.pbm.core.monitoring.WarningLight;
import io.pbm.core.project.Project;
import io.pbm.core.project.UnitWideSpending;
import io.pbm.rules.explain.Message;
import io.pbm.rules.explain.Problem;
import io.pbm.rules.explain.Rejection;
import io.pbm.rules.explain.RuleId;
import io.pbm.rules.explain.Trace;
import io.pbm.rules.explain.TraceStep;
import io.pbm.rules.explain.Warning;
import io.pbm.rules.policy.MismatchRule;
import io.pbm.rules.policy.Policy;
import io.pbm.rules.precision.Scaled;
import io.pbm.rules.precision.Shown;
import io.pbm.rules.review.GoalChecks;
import io.pbm.rules.scoring.Deviation;
import io.pbm.rules.scoring.ExecutionScore;
import io.pbm.rules.scoring.FrameScoring;
import io.pbm.rules.scoring.IndicatorFlag;
import io.pbm.rules.scoring.IndicatorResult;
import io.pbm.rules.scoring.IndicatorScore;
import io.pbm.rules.scoring.IndicatorScoring;
import io.pbm.rules.scoring.ScoreSheet;
import io.pbm.rules.scoring.UnknownNames;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Evaluates a project — or a unit's whole spending — under a policy: the goal checks that decide
 * whether it can be scored (hard R-GOAL-3, R-GOAL-4; soft R-GOAL-3, R-GOAL-1, R-GOAL-2 as warnings),
 * the execution score (R-SCORE-EXEC), each indicator's score (R-SCORE-GE/LE/EQ/QUAL/OVER), rounded
 * once (R-SCORE-ROUND), the deviation analysis (R-DEV-1…4), the total and its grade (R-GRADE-1…3).
 * A department or finance evaluation with frame items is scored in its four-part frame
 * (R-SCORE-FRAME); unit-wide spending under its six dimensions (R-SCORE-UNIT).
 *
 * <p>The result is valid, or a {@link Rejection} with every problem found — never only the first.
 * Vetoes and budget linkage act on the result afterwards.
 *
 * <p>An engine is a function of (input, policy): immutable, thread-safe, and one instance serves any
 * number of threads.
 */
public final class EvaluationEngine {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** The JSON pointers of the first indicators, made once rather than per indicator. */
    private static final String[] PATHS = new String[64];

    static {
        for (int i = 0; i < PATHS.length; i++) {
            PATHS[i] = "/indicators/" + i;
        }
    }

    /** Where an engine that defers its trace puts the steps it would have kept: nowhere. */
    private static final List<TraceStep> UNKEPT = new Unkept();

    private final Policy policy;
    /** The engine that makes a deferred trace's steps when they are read; null for an engine that keeps them. */
    private final @org.jspecify.annotations.Nullable EvaluationEngine replay;
    // The policy's thresholds as every message shows them, rendered once per engine, not per project.
    private final String deviationThreshold;
    private final String unspentThreshold;
    private final String mismatchThreshold;
    /** 1 − the unspent threshold: a rate of execution below it leaves more than the threshold unspent (R-DEV-3). */
    private final Ratio spentFloor;

    private EvaluationEngine(Policy policy, boolean deferred) {
        this.policy = policy;
        this.replay = deferred ? new EvaluationEngine(policy, false) : null;
        this.deviationThreshold = policy.deviationThreshold().toPercentString(0);
        this.unspentThreshold = policy.unspentThreshold().toPercentString(0);
        Ratio unspent = policy.unspentThreshold();
        this.spentFloor = Ratio.of(new BigDecimal(unspent.denominator().subtract(unspent.numerator())),
                new BigDecimal(unspent.denominator()));
        this.mismatchThreshold = policy.mismatchThreshold().toPercentString(0);
    }

    /**
     * An engine for a policy.
     *
     * @param policy  the policy, not null
     * @return the engine
     */
    public static EvaluationEngine of(Policy policy) {
        return new EvaluationEngine(Objects.requireNonNull(policy, "policy is null"), false);
    }

    /**
     * An engine of the same policy whose results keep their trace as the function that makes it: the
     * steps are made again from the evaluated input each time {@link EvaluationResult#trace()} is read,
     * equal to this engine's, and not held meanwhile. Every other part of a result is the same. For
     * results kept by the thousand and read rarely, such as a province's batch; the input must not
     * change afterwards (pbm-core's values never do).
     *
     * @return the engine
     */
    public EvaluationEngine withDeferredTrace() {
        return replay != null ? this : new EvaluationEngine(policy, true);
    }

    /**
     * The policy of this engine.
     *
     * @return the policy
     */
    public Policy policy() {
        return policy;
    }

    /**
     * Evaluates a project.
     *
     * @param project  the project, with its evaluation input, not null
     * @return the result, or the rejection with every problem
     */
    public Validation<Rejection, EvaluationResult> evaluate(Project project) {
        Objects.requireNonNull(project, "project is null");
        Subject subject = new Subject(project.id(), project.name(), project.goal(), project.budget(),
                project.evaluation().orElse(null));
        EvaluationResult.Builder result = EvaluationResult.builder()
                .id(project.id()).name(project.name()).unit(project.unit()).year(project.year());
        return evaluate(subject, result, project);
    }

    /**
     * Evaluates a unit's whole spending (R-SCORE-UNIT): the execution rate of the unit's budget plus its
     * indicators under the six unit-wide dimensions, graded on the same scale.
     *
     * @param spending  the unit-wide record, with its evaluation input, not null
     * @return the result, or the rejection with every problem
     */
    public Validation<Rejection, EvaluationResult> evaluate(UnitWideSpending spending) {
        Objects.requireNonNull(spending, "spending is null");
        Subject subject = new Subject(spending.id(), spending.unit().name(), spending.goal(), spending.budget(),
                spending.evaluation().orElse(null));
        EvaluationResult.Builder result = EvaluationResult.builder()
                .id(spending.id()).name(spending.unit().name()).unit(spending.unit()).year(spending.year());
        return evaluate(subject, result, spending);
    }

    private record Subject(String id, String name, Goal goal, Budget budget, EvaluationInput evaluation) {}

    private Validation<Rejection, EvaluationResult> evaluate(Subject subject, EvaluationResult.Builder result,
            Object evaluated) {
        List<Problem> problems = new ArrayList<>();
        List<Warning> warnings = new ArrayList<>();
        List<TraceStep> trace = replay == null ? new ArrayList<>() : UNKEPT;
        EvaluationInput input = subject.evaluation();
        if (input == null) {
            return Validation.invalid(new Rejection(subject.id(), List.of(new Problem("evaluation.missing", "",
                    Message.of("evaluation.missing", subject.id())))));
        }
        result.kind(input.kind()).policyName(policy.name()).policyVersion(policy.version());
        if (input.kind() != EvaluationKind.SELF && input.frameItems().isEmpty()) {
            // A department or finance evaluation without its own items is read on the project's table.
            warnings.add(new Warning(RuleId.R_SCORE_FRAME, null, "/frameItems",
                    Message.of("R-SCORE-FRAME.selfFrame", input.kind())));
        }
        ScoreSheet scores = input.kind() != EvaluationKind.SELF && !input.frameItems().isEmpty()
                ? FrameScoring.score(subject.budget(), input.frameItems(), policy, problems, warnings, trace)
                : selfEvaluation(subject, input, problems, warnings, trace);
        if (!problems.isEmpty()) {
            return Validation.invalid(new Rejection(subject.id(), problems));
        }
        // Weights are checked to add up to 100, so the sum of scores within their weights is at most 100:
        // added up in hundredths, each part having 2 decimals.
        Score score = Score.of(BigDecimal.valueOf(Score.of(scores.execution().points()).hundredths()
                + earned(scores.indicators()), 2));
        if (trace != UNKEPT) {
            trace.add(new TraceStep(RuleId.R_SCORE_ROUND, "", Shown.of(score),
                    Message.of("R-SCORE-ROUND.total", scores.execution().points(), scores.indicators().size(), score)));
        }
        lowScore(score, scores, warnings, trace);
        GradeScale scale = policy.gradeScale();
        Grade grade = scale.grade(score);
        GradeBand band = scale.band(grade);
        if (trace != UNKEPT) {
            trace.add(gradeStep(score, grade, band, scale));
        }
        boolean complete = true;
        for (IndicatorResult indicator : scores.indicators()) {
            complete &= !indicator.explanationMissing();
        }
        return Validation.valid(result
                .executionRate(java.util.Optional.ofNullable(scores.execution().rate()))
                .executionScore(Score.of(scores.execution().points()))
                .indicators(scores.indicators())
                .score(score)
                .rawGrade(grade)
                .band(band)
                .complete(complete)
                .warnings(warnings)
                .trace(trace == UNKEPT ? Trace.deferred(new Replay(replay, evaluated)) : Trace.of(trace))
                .build());
    }

    /** A deferred trace's source: the evaluation made again by the engine that keeps its steps. */
    private static final class Replay implements java.util.function.Supplier<List<TraceStep>> {
        private final EvaluationEngine engine;
        private final Object evaluated;

        Replay(EvaluationEngine engine, Object evaluated) {
            this.engine = engine;
            this.evaluated = evaluated;
        }

        @Override
        public List<TraceStep> get() {
            Validation<Rejection, EvaluationResult> again = evaluated instanceof Project project
                    ? engine.evaluate(project) : engine.evaluate((UnitWideSpending) evaluated);
            return again.get().trace().steps();
        }
    }

    /** A list that keeps nothing added to it, for the steps of an engine that defers its trace. */
    private static final class Unkept extends java.util.AbstractList<TraceStep> {
        @Override
        public boolean add(TraceStep step) {
            return true;
        }

        @Override
        public TraceStep get(int index) {
            throw new IndexOutOfBoundsException(index);
        }

        @Override
        public int size() {
            return 0;
        }
    }

    private ScoreSheet selfEvaluation(Subject subject, EvaluationInput input, List<Problem> problems,
            List<Warning> warnings, List<TraceStep> trace) {
        Goal goal = subject.goal();
        BigDecimal weights = checkGoal(goal, problems, warnings);
        UnknownNames.report(goal, input.actuals().keySet(), "actual.unknown", "/actuals", problems);
        ExecutionScore execution = ExecutionScore.of(subject.budget(), policy, trace != UNKEPT);
        trace.add(execution.step());
        if (execution.rate() == null) {
            warnings.add(new Warning(RuleId.R_SCORE_EXEC, null, "/budget/adjusted",
                    Message.of("R-SCORE-EXEC.zeroBudget", subject.budget().spent(), policy.executionWeight())));
        }
        List<IndicatorResult> indicators = new ArrayList<>(goal.indicators().size());
        List<Indicator> list = goal.indicators();
        for (int i = 0; i < list.size(); i++) {
            Indicator indicator = list.get(i);
            String path = i < PATHS.length ? PATHS[i] : "/indicators/" + i;
            IndicatorActual actual = input.actuals().get(indicator.name());
            if (actual == null) {
                problems.add(Problem.of(IndicatorScoring.ruleOf(indicator.comparison()), path,
                        Message.of("actual.missing", indicator.name(), "—")));
                continue;
            }
            Validation<Problem, IndicatorScore> scored = IndicatorScoring.score(indicator, actual, policy, path, trace != UNKEPT);
            if (scored.isInvalid()) {
                problems.add(scored.getError());
                continue;
            }
            indicators.add(deviation(indicator, actual, scored.get(), path, warnings, trace));
        }
        if (problems.isEmpty()) {
            mismatch(execution, indicators, weights, warnings, trace);
        }
        return new ScoreSheet(execution, indicators);
    }

    /** The goal-table rules (R-GOAL-1…4), R-GOAL-1 and R-GOAL-2 as warnings after the year (domain.md section 11). */
    private BigDecimal checkGoal(Goal goal, List<Problem> problems, List<Warning> warnings) {
        if (goal.isEmpty()) {
            problems.add(Problem.of(RuleId.R_GOAL_4, "/indicators", Message.of("R-GOAL-4.empty")));
            return BigDecimal.ZERO;
        }
        return GoalChecks.check(goal, policy, GoalChecks.Stage.EVALUATION, problems, warnings).weights();
    }

    private IndicatorResult deviation(Indicator indicator, IndicatorActual actual, IndicatorScore scored, String path,
            List<Warning> warnings, List<TraceStep> trace) {
        trace.add(scored.step());
        BigDecimal weight = indicator.weight().points();
        boolean belowWeight = scored.points().compareTo(weight) < 0;
        // Most indicators have no flag: the set is made only for one that has.
        Set<IndicatorFlag> flags = Set.of();
        if (scored.metByBound()) {
            flags = EnumSet.of(IndicatorFlag.MET_BY_BOUND);
        }
        if (scored.defaultScore()) {
            flags = flags.isEmpty() ? EnumSet.of(IndicatorFlag.DEFAULT_SCORE) : flags;
            flags.add(IndicatorFlag.DEFAULT_SCORE);
        }
        BigDecimal number = scored.actual();
        Ratio deviation = Deviation.of(indicator, number);
        if (number != null && IndicatorScoring.overAchieved(indicator, number, policy)) {
            flags = flags.isEmpty() ? EnumSet.of(IndicatorFlag.OVER_ACHIEVED) : flags;
            flags.add(IndicatorFlag.OVER_ACHIEVED);
            if (trace != UNKEPT) {
                trace.add(new TraceStep(RuleId.R_DEV_2, indicator.name(), WarningLight.BLUE.name(),
                        Message.of("R-DEV-2.flag", number, indicator.target())));
            }
        }
        boolean required = Deviation.explanationRequired(scored.points(), weight, deviation, policy);
        boolean explained = actual.explanation().isPresent();
        Score points = Score.of(scored.points());
        if (trace != UNKEPT) {
            CharSequence shown = deviation == null ? "—" : Shown.percent(deviation, 2);
            String key = !required ? "R-DEV-1.none" : belowWeight
                    ? explained ? "R-DEV-1.shortfall" : "R-DEV-1.shortfall.missing"
                    : explained ? "R-DEV-1.beyond" : "R-DEV-1.beyond.missing";
            trace.add(new TraceStep(RuleId.R_DEV_1, indicator.name(), shown, Message.of(key,
                    shown, points, indicator.weight(), deviationThreshold)));
        }
        if (required && !explained) {
            warnings.add(new Warning(RuleId.R_DEV_1, null, path + "/explanation",
                    Message.of("R-DEV-1.warning", indicator.name())));
        }
        return new IndicatorResult(indicator.name(), indicator.level1(), indicator.weight(),
                points, deviation, required, explained, flags);
    }

    /**
     * R-DEV-3. {@code possible} is the sum of every indicator's weight, as the goal checks added it up;
     * every indicator is scored when this runs.
     */
    private void mismatch(ExecutionScore execution, List<IndicatorResult> indicators, BigDecimal possible,
            List<Warning> warnings, List<TraceStep> trace) {
        BigDecimal earned = BigDecimal.valueOf(earned(indicators), 2);
        Ratio rate = execution.rate();
        // (adjusted − spent) ÷ adjusted > t ⇔ rate < 1 − t, the adjusted budget being positive when there is a rate.
        if (rate == null || rate.isBelow(spentFloor)) {
            // YELLOW: more than the threshold of the budget unspent, or no budget at all.
            warnings.add(new Warning(RuleId.R_DEV_3, WarningLight.YELLOW, "/budget",
                    Message.of(rate == null ? "R-DEV-3.noBudget" : "R-DEV-3.unspent",
                            rate == null ? "—" : Scaled.percent(rate, 2), unspentThreshold)));
        }
        if (rate == null || possible.signum() == 0) {
            return;
        }
        Ratio threshold = policy.mismatchThreshold();
        Boolean fast = redOnLongs(earned, possible, rate, threshold, policy.mismatchRule());
        boolean red = fast != null ? fast : redOnRatios(earned, possible, rate, threshold, policy.mismatchRule());
        if (trace == UNKEPT && !red) {
            // Nothing shows the two rates.
            return;
        }
        CharSequence completionShown;
        CharSequence spendingShown;
        if (fast != null) {
            completionShown = Shown.percent(earned.unscaledValue().longValue(), possible.unscaledValue().longValue(), 2);
            spendingShown = rate.compareTo(Ratio.ONE) >= 0 ? Shown.percent(1, 1, 2)
                    : Shown.percent(rate.numerator().longValue(), rate.denominator().longValue(), 2);
        } else {
            completionShown = Shown.percent(Ratio.of(earned, possible), 2);
            spendingShown = Shown.percent(rate.min(Ratio.ONE), 2);
        }
        if (trace != UNKEPT) {
            trace.add(new TraceStep(RuleId.R_DEV_3, "", red ? WarningLight.RED.name() : "—", Message.of("R-DEV-3.compare",
                    completionShown, spendingShown, policy.mismatchRule(), mismatchThreshold)));
        }
        if (red) {
            warnings.add(new Warning(RuleId.R_DEV_3, WarningLight.RED, "", Message.of("R-DEV-3.ahead",
                    completionShown, spendingShown)));
        }
    }

    /** The points the indicators earned, in hundredths. */
    private static long earned(List<IndicatorResult> indicators) {
        long earned = 0;
        for (IndicatorResult indicator : indicators) {
            earned += indicator.score().hundredths();
        }
        return earned;
    }

    /**
     * R-DEV-3's RED on longs, the same comparison as the ratios' with c = E ÷ P and e = s ÷ a multiplied
     * through by P × a × td (all positive): RELATIVE (c − e) ÷ c > tn ÷ td ⇔ td × (E × a − s × P) >
     * tn × E × a; ABSOLUTE |c − e| > tn ÷ td ⇔ td × |E × a − s × P| > tn × P × a. Null when a figure
     * does not fit a long or the sums are not of one scale: the ratios decide then.
     */
    static @org.jspecify.annotations.Nullable Boolean redOnLongs(BigDecimal earned, BigDecimal possible, Ratio rate,
            Ratio threshold, MismatchRule rule) {
        if (earned.scale() != possible.scale() || earned.precision() > 18 || possible.precision() > 18
                || rate.numerator().bitLength() > 62 || rate.denominator().bitLength() > 62
                || threshold.numerator().bitLength() > 62 || threshold.denominator().bitLength() > 62) {
            return null;
        }
        long e = earned.unscaledValue().longValue();
        long p = possible.unscaledValue().longValue();
        boolean full = rate.compareTo(Ratio.ONE) >= 0;
        long s = full ? 1 : rate.numerator().longValue();
        long a = full ? 1 : rate.denominator().longValue();
        long tn = threshold.numerator().longValue();
        long td = threshold.denominator().longValue();
        try {
            long gap = Math.subtractExact(Math.multiplyExact(e, a), Math.multiplyExact(s, p));
            if (rule == MismatchRule.RELATIVE) {
                return e > 0 && Math.multiplyExact(td, gap) > Math.multiplyExact(Math.multiplyExact(tn, e), a);
            }
            return Math.multiplyExact(td, Math.absExact(gap)) > Math.multiplyExact(Math.multiplyExact(tn, p), a);
        } catch (ArithmeticException beyondALong) {
            return null;
        }
    }

    /** R-DEV-3's RED on exact ratios, the definition: c = earned ÷ possible, e = min(rate, 1). */
    static boolean redOnRatios(BigDecimal earned, BigDecimal possible, Ratio rate, Ratio threshold, MismatchRule rule) {
        Ratio completion = Ratio.of(earned, possible);
        Ratio spending = rate.min(Ratio.ONE);
        if (rule == MismatchRule.RELATIVE) {
            // (c − e) ÷ c > t  ⇔  c − e > t × c  (c > 0)
            return completion.signum() > 0 && difference(completion, spending).isAbove(threshold.times(completion));
        }
        Ratio gap = difference(completion, spending);
        return (gap.signum() < 0 ? difference(spending, completion) : gap).isAbove(threshold);
    }

    private static Ratio difference(Ratio a, Ratio b) {
        return Ratio.of(new BigDecimal(a.numerator().multiply(b.denominator()).subtract(b.numerator().multiply(a.denominator()))),
                new BigDecimal(a.denominator().multiply(b.denominator())));
    }

    private void lowScore(Score score, ScoreSheet scores, List<Warning> warnings, List<TraceStep> trace) {
        if (!score.isBelow(policy.lowScoreThreshold())) {
            return;
        }
        List<String> losses = new ArrayList<>();
        List<Object[]> parts = new ArrayList<>();
        BigDecimal executionLost = policy.executionWeight().points().subtract(scores.execution().points());
        if (!isFrame(scores) && executionLost.signum() > 0) {
            parts.add(new Object[] {RuleId.R_SCORE_EXEC, executionLost});
        }
        for (IndicatorResult indicator : scores.indicators()) {
            if (indicator.pointsLost().signum() > 0) {
                parts.add(new Object[] {indicator.name(), indicator.pointsLost()});
            }
        }
        parts.sort((a, b) -> ((BigDecimal) b[1]).compareTo((BigDecimal) a[1]));
        for (Object[] part : parts) {
            losses.add(part[0] + " −" + ((BigDecimal) part[1]).setScale(2).toPlainString());
        }
        // The message joins the parts in its own language; the outcome is language-neutral.
        List<String> lost = List.copyOf(losses);
        warnings.add(new Warning(RuleId.R_DEV_4, WarningLight.RED, "", Message.of("R-DEV-4.low", score,
                policy.lowScoreThreshold(), lost)));
        trace.add(new TraceStep(RuleId.R_DEV_4, "", String.join("; ", losses), Message.of("R-DEV-4.low", score,
                policy.lowScoreThreshold(), lost)));
    }

    private static boolean isFrame(ScoreSheet scores) {
        return scores.execution().step().rule() == RuleId.R_SCORE_FRAME;
    }

    private static TraceStep gradeStep(Score score, Grade grade, GradeBand band, GradeScale scale) {
        RuleId rule = scale.equals(GradeScale.NATIONAL) ? RuleId.R_GRADE_1
                : scale.equals(GradeScale.XINJIANG) ? RuleId.R_GRADE_2 : RuleId.R_GRADE_3;
        if (grade == Grade.EXCELLENT) {
            return new TraceStep(rule, "", grade.name(), Message.of("R-GRADE.top", score, band));
        }
        GradeBand next = scale.band(Grade.values()[grade.ordinal() + 1]);
        BigDecimal gap = next.lower().points().subtract(score.points());
        return new TraceStep(rule, "", grade.name(), Message.of("R-GRADE.band", score, band, next.grade(),
                next.lower(), Shown.plain(gap.setScale(2))));
    }
}
