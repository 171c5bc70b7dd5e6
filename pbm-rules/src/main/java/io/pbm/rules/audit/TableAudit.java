package io.pbm.rules.audit;

import io.pbm.core.Ratio;
import io.pbm.core.budget.Amount;
import io.pbm.core.budget.Budget;
import io.pbm.core.evaluation.EvaluationInput;
import io.pbm.core.evaluation.IndicatorActual;
import io.pbm.core.evaluation.QualitativeAchievement;
import io.pbm.core.evaluation.ReportedFigures;
import io.pbm.core.goal.Goal;
import io.pbm.core.goal.Indicator;
import io.pbm.core.grade.Grade;
import io.pbm.core.grade.GradeBand;
import io.pbm.core.project.Project;
import io.pbm.rules.explain.Rejection;
import io.pbm.rules.explain.Message;
import io.pbm.rules.explain.Problem;
import io.pbm.rules.explain.RuleId;
import io.pbm.rules.explain.Trace;
import io.pbm.rules.explain.TraceStep;
import io.pbm.rules.policy.Policy;
import io.pbm.rules.policy.QualitativeRange;
import io.pbm.rules.scoring.Deviation;
import io.pbm.rules.scoring.ExecutionScore;
import io.pbm.rules.scoring.IndicatorScore;
import io.pbm.rules.scoring.IndicatorScoring;
import io.pbm.rules.scoring.UnknownNames;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Checks a filled-in self-evaluation table (自评审核, domain.md section 10): recomputes it under a
 * policy with the scoring rules of {@code io.pbm.rules.scoring} and compares the figures the table
 * reports ({@link ReportedFigures}) with pbm's.
 *
 * <ul>
 *   <li><b>R-AUDIT-1</b> an indicator's reported score ({@code /indicators/i}): outside [0, weight];
 *       above pbm's score (a missed indicator scored above the formula); or below it — met but scored
 *       below full weight, or missed and scored below the formula — which is an evaluator's deduction,
 *       allowed only with a stated reason (the indicator's explanation). A qualitative score must lie
 *       in its achievement's range (R-SCORE-QUAL), and a reported score must agree with the
 *       evaluator's score where both are given.
 *   <li><b>R-AUDIT-2</b> the reported execution score ({@code /budget/reportedExecutionScore}) differs
 *       from rate × weight (R-SCORE-EXEC).
 *   <li><b>R-AUDIT-3</b> the reported total ({@code /reportedTotal}) differs from the sum of the
 *       reported parts (when every part is reported), or from pbm's total: pbm's execution score
 *       plus each indicator's accepted score — the reported one where it stands (within the
 *       tolerance, or an allowed deduction), pbm's where it does not. When pbm's total is that very
 *       sum, the one finding is reported once.
 *   <li><b>R-AUDIT-4</b> the level-3 weights do not add up to 100 − execution weight (hard R-GOAL-3,
 *       {@code /indicators}); spending above the adjusted budget without {@code budget.explanation}
 *       ({@code /budget/spent}); or an all-zero budget row beside non-zero detail rows
 *       ({@code /budget/adjusted}) — pbm's reading: 全年预算数 is 0, and so is 年初预算数 if given,
 *       while 执行数 or 资金到位 is not. An explanation does not answer a missing budget row; the
 *       overspending check is then not repeated.
 *   <li><b>R-AUDIT-5</b> the reported grade ({@code /reportedGrade}) is not the grade of the reported
 *       total on the policy's scale (of pbm's total when no total is reported). Vetoes play no part:
 *       a self-evaluation table grades its own total.
 *   <li><b>R-AUDIT-6</b> a required deviation explanation is missing
 *       ({@code /indicators/i/explanation}, R-DEV-1): pbm's score is below the weight, or the
 *       |deviation| is strictly above the policy's threshold.
 * </ul>
 *
 * <p>Differences within the policy's {@code auditTolerance} (0.01 points) are rounding, not
 * discrepancies. A figure the table does not report is not compared. What would make
 * {@code evaluate} reject a project — weights that do not add up, a qualitative score outside its
 * range, an indicator whose actual (or achievement, or score) is missing or cannot be scored — is a
 * discrepancy here (R-AUDIT-1). A project is rejected, with every problem, only when its table
 * cannot be read as a table at all: no evaluation data, no indicators, or an actual or reported
 * score naming no indicator. Discrepancies never trigger vetoes.
 *
 * <p>An engine is a function of (input, policy): immutable, thread-safe, and one instance serves any
 * number of threads.
 */
public final class TableAudit {

    private static final ReportedFigures NOTHING_REPORTED = ReportedFigures.builder().build();

    private final Policy policy;

    private TableAudit(Policy policy) {
        this.policy = policy;
    }

    /**
     * A table check for a policy.
     *
     * @param policy  the policy, not null
     * @return the check
     */
    public static TableAudit of(Policy policy) {
        return new TableAudit(Objects.requireNonNull(policy, "policy is null"));
    }

    /**
     * The policy of this check.
     *
     * @return the policy
     */
    public Policy policy() {
        return policy;
    }

    /**
     * Checks the tables of a batch.
     *
     * @param projects  the projects, not null
     * @return a result or a rejection for every project, in input order, and the summary
     */
    public AuditReport auditAll(Collection<Project> projects) {
        Objects.requireNonNull(projects, "projects is null");
        List<AuditResult> results = new ArrayList<>(projects.size());
        List<Rejection> rejected = new ArrayList<>();
        for (Project project : projects) {
            audit(project).fold(rejected::add, results::add);
        }
        return new AuditReport(policy.name(), policy.version(), results, rejected,
                AuditSummary.of(results, rejected.size()));
    }

    /**
     * Checks one project's table.
     *
     * @param project  the project, with its evaluation input and reported figures, not null
     * @return the result, or the rejection with every problem when the table cannot be recomputed
     */
    public Validation<Rejection, AuditResult> audit(Project project) {
        Objects.requireNonNull(project, "project is null");
        EvaluationInput input = project.evaluation().orElse(null);
        if (input == null) {
            return Validation.invalid(new Rejection(project.id(), List.of(new Problem("evaluation.missing", "",
                    Message.of("evaluation.missing", project.id())))));
        }
        Check check = new Check(project, input);
        check.run();
        if (!check.problems.isEmpty()) {
            return Validation.invalid(new Rejection(project.id(), check.problems));
        }
        return Validation.valid(new AuditResult(project.id(), project.unit(), policy.name(), policy.version(),
                check.found, check.execution.points(), check.total, Trace.of(check.trace)));
    }

    /** One table being checked: what it reports, what pbm finds. */
    private final class Check {

        private final Project project;
        private final EvaluationInput input;
        private final ReportedFigures reported;
        private final BigDecimal tolerance = policy.auditTolerance().points();
        private final List<Problem> problems = new ArrayList<>();
        private final List<Discrepancy> found = new ArrayList<>();
        private final List<TraceStep> trace = new ArrayList<>();
        private final ExecutionScore execution;
        private @Nullable BigDecimal total;

        Check(Project project, EvaluationInput input) {
            this.project = project;
            this.input = input;
            this.reported = input.reported().orElse(NOTHING_REPORTED);
            this.execution = ExecutionScore.of(project.budget(), policy);
        }

        void run() {
            Goal goal = project.goal();
            if (goal.indicators().isEmpty()) {
                problems.add(Problem.of(RuleId.R_GOAL_4, "/indicators", Message.of("R-GOAL-4.empty")));
                return;
            }
            namesKnown(goal);
            amounts(project.budget());
            trace.add(execution.step());
            BigDecimal acceptedExecution = executionScore();
            BigDecimal sum = acceptedExecution;
            BigDecimal reportedSum = reported.executionScore().orElse(null);
            weights(goal);
            List<Indicator> indicators = goal.indicators();
            for (int i = 0; i < indicators.size(); i++) {
                Indicator indicator = indicators.get(i);
                BigDecimal score = indicator(i, indicator);
                sum = sum == null || score == null ? null : sum.add(score);
                BigDecimal reportedScore = reported.indicatorScores().get(indicator.name());
                reportedSum = reportedSum == null || reportedScore == null ? null : reportedSum.add(reportedScore);
            }
            if (!problems.isEmpty()) {
                return;
            }
            total = sum;
            if (total != null) {
                trace.add(new TraceStep(RuleId.R_AUDIT_3, "", total.toPlainString(),
                        Message.of("R-AUDIT-3.computed", acceptedExecution, indicators.size(), total)));
            }
            total(reportedSum);
            grade();
        }

        private void namesKnown(Goal goal) {
            UnknownNames.report(goal, input.actuals().keySet(), "actual.unknown", "/actuals", problems);
            UnknownNames.report(goal, reported.indicatorScores().keySet(), "audit.unknownIndicator", "/reportedScores",
                    problems);
        }

        /** R-AUDIT-4 on the budget rows. */
        private void amounts(Budget budget) {
            Amount adjusted = budget.adjusted();
            boolean zeroRow = adjusted.isZero() && budget.initial().map(Amount::isZero).orElse(true);
            Amount detail = budget.spent().isZero() ? budget.received().orElse(Amount.ZERO) : budget.spent();
            if (zeroRow && !detail.isZero()) {
                found.add(new Discrepancy(RuleId.R_AUDIT_4, "/budget/adjusted", adjusted.toString(), detail.toString(),
                        Message.of("R-AUDIT-4.zeroRow", adjusted, budget.spent(), budget.received().orElse(null))));
            } else if (budget.spent().isGreaterThan(adjusted) && budget.explanation().isEmpty()) {
                found.add(new Discrepancy(RuleId.R_AUDIT_4, "/budget/spent", budget.spent().toString(),
                        adjusted.toString(), Message.of("R-AUDIT-4.overspent", budget.spent(), adjusted)));
            }
        }

        /** R-AUDIT-2; the execution score pbm accepts. */
        private BigDecimal executionScore() {
            BigDecimal computed = execution.points();
            BigDecimal given = reported.executionScore().orElse(null);
            if (given == null || within(given, computed)) {
                return given == null ? computed : given;
            }
            Budget budget = project.budget();
            found.add(new Discrepancy(RuleId.R_AUDIT_2, "/budget/reportedExecutionScore", given.toPlainString(),
                    computed.toPlainString(), Message.of("R-AUDIT-2.differs", given.toPlainString(), budget.spent(),
                            budget.adjusted(), execution.executionRate().map(r -> r.toPercentString(2)).orElse("—"),
                            policy.executionWeight(), computed)));
            return computed;
        }

        /** R-AUDIT-4 on the weights (hard R-GOAL-3). */
        private void weights(Goal goal) {
            BigDecimal sum = BigDecimal.ZERO;
            for (Indicator indicator : goal.indicators()) {
                sum = sum.add(indicator.weight().points());
            }
            BigDecimal points = policy.indicatorPoints();
            if (sum.compareTo(points) != 0) {
                found.add(new Discrepancy(RuleId.R_AUDIT_4, "/indicators", sum.toPlainString(), points.toPlainString(),
                        Message.of("R-AUDIT-4.weights", sum, points, policy.executionWeight(),
                                sum.add(policy.executionWeight().points()))));
            }
        }

        /** R-AUDIT-1 and R-AUDIT-6 on one indicator; the score pbm accepts, or null if open. */
        private @Nullable BigDecimal indicator(int i, Indicator indicator) {
            String path = "/indicators/" + i;
            IndicatorActual actual = input.actuals().get(indicator.name());
            BigDecimal given = reported.indicatorScores().get(indicator.name());
            if (actual == null) {
                return unverifiable(path, given, Message.of("actual.missing", indicator.name(), "—"));
            }
            if (indicator.isQuantitative()) {
                Validation<Problem, IndicatorScore> scored = IndicatorScoring.score(indicator, actual, policy, path);
                if (scored.isInvalid()) {
                    return unverifiable(scored.getError().path(), given, scored.getError().message());
                }
                trace.add(scored.get().step());
                BigDecimal computed = scored.get().points();
                explanation(path, indicator, actual, computed, deviation(indicator, scored.get()));
                return quantitative(path, indicator, actual, computed, given);
            }
            return qualitative(path, indicator, actual, given);
        }

        private BigDecimal quantitative(String path, Indicator indicator, IndicatorActual actual, BigDecimal computed,
                @Nullable BigDecimal given) {
            BigDecimal weight = indicator.weight().points();
            if (given == null || within(given, computed)) {
                return given == null ? computed : given;
            }
            String key;
            if (outside(given, weight)) {
                key = "R-AUDIT-1.outside";
            } else if (given.compareTo(computed) > 0) {
                key = "R-AUDIT-1.above";
            } else if (actual.explanation().isPresent()) {
                // An evaluator's deduction with a stated reason stands.
                trace.add(new TraceStep(RuleId.R_AUDIT_1, indicator.name(), given.toPlainString(),
                        Message.of("R-AUDIT-1.deduction", indicator.name(), given.toPlainString(), computed)));
                return given;
            } else {
                key = computed.compareTo(weight) == 0 ? "R-AUDIT-1.metBelowFull" : "R-AUDIT-1.belowFormula";
            }
            found.add(new Discrepancy(RuleId.R_AUDIT_1, path, given.toPlainString(), computed.toPlainString(),
                    Message.of(key, indicator.name(), given.toPlainString(), computed, indicator.weight())));
            return computed;
        }

        /**
         * A qualitative indicator: the score the table shows (the reported one, else the evaluator's,
         * else the policy's default point) must lie in the achievement's range, and a reported score
         * must agree with the evaluator's where both are given.
         */
        private @Nullable BigDecimal qualitative(String path, Indicator indicator, IndicatorActual actual,
                @Nullable BigDecimal given) {
            if (actual.achievement().isEmpty()) {
                return unverifiable(path + "/achievement", given,
                        Message.of("R-SCORE-QUAL.noAchievement", indicator.name()));
            }
            QualitativeAchievement achievement = actual.achievement().get();
            QualitativeRange range = policy.qualitativeRanges().get(achievement);
            BigDecimal weight = indicator.weight().points();
            BigDecimal evaluator = actual.score().map(s -> s.points()).orElse(null);
            BigDecimal shown = given != null ? given : evaluator;
            if (shown == null) {
                if (range.defaultShare().isEmpty()) {
                    return unverifiable(path + "/score", null, Message.of("R-SCORE-QUAL.noScore",
                            indicator.name(), achievement, range.describe(weight)));
                }
                Ratio share = range.defaultShare().get();
                shown = policy.roundScore(new BigDecimal(share.numerator()).multiply(weight),
                        new BigDecimal(share.denominator()), weight);
            }
            String text = shown.toPlainString();
            explanation(path, indicator, actual, shown, null);
            if (given != null && evaluator != null && !within(given, evaluator)) {
                found.add(new Discrepancy(RuleId.R_AUDIT_1, path, text, evaluator.toPlainString(),
                        Message.of("R-AUDIT-1.evaluator", indicator.name(), text, evaluator)));
            }
            if (!range.allows(shown, weight)) {
                found.add(new Discrepancy(RuleId.R_AUDIT_1, path, text, range.describe(weight), outside(shown, weight)
                        ? Message.of("R-AUDIT-1.outside", indicator.name(), text, range.describe(weight),
                                indicator.weight())
                        : Message.of("R-AUDIT-1.range", indicator.name(), text, achievement, range.describe(weight))));
                return null;
            }
            trace.add(new TraceStep(RuleId.R_SCORE_QUAL, indicator.name(), text,
                    Message.of("R-SCORE-QUAL.accepted", text, achievement, range.describe(weight))));
            return shown;
        }

        /**
         * An indicator pbm cannot score from the table (no actual, an actual in another unit, no
         * achievement): in a table check that is a finding (R-AUDIT-1), not a rejection — only a value
         * that cannot be read at all rejects (json-contract.md). The reported score, if any, stands in
         * the sums, so R-AUDIT-3 and R-AUDIT-5 still check the rest of the table.
         */
        private @Nullable BigDecimal unverifiable(String path, @Nullable BigDecimal given, Message why) {
            found.add(new Discrepancy(RuleId.R_AUDIT_1, path, given == null ? "—" : given.toPlainString(), "—",
                    Message.of("R-AUDIT-1.unverifiable", why)));
            return given;
        }

        /** The signed deviation (R-DEV-1), a shortfall negative; null for a target of 0. */
        private @Nullable Ratio deviation(Indicator indicator, IndicatorScore scored) {
            return Deviation.of(indicator, scored.actual());
        }

        /**
         * R-AUDIT-6: a required deviation explanation is missing — the score is below the weight, or
         * the |deviation| is strictly above the policy's threshold (R-DEV-1).
         */
        private void explanation(String path, Indicator indicator, IndicatorActual actual, BigDecimal score,
                @Nullable Ratio deviation) {
            boolean below = score.compareTo(indicator.weight().points()) < 0;
            if (!Deviation.explanationRequired(score, indicator.weight().points(), deviation, policy)
                    || actual.explanation().isPresent()) {
                return;
            }
            Message message = below
                    ? Message.of("R-AUDIT-6.shortfall", indicator.name(), score.toPlainString(), indicator.weight())
                    : Message.of("R-AUDIT-6.beyond", indicator.name(), Objects.requireNonNull(deviation).toPercentString(2),
                            policy.deviationThreshold().toPercentString(0));
            found.add(new Discrepancy(RuleId.R_AUDIT_6, path + "/explanation", "", "required", message));
        }

        /** R-AUDIT-3. */
        private void total(@Nullable BigDecimal reportedSum) {
            BigDecimal given = reported.total().orElse(null);
            if (given == null) {
                return;
            }
            boolean notTheSum = reportedSum != null && !within(given, reportedSum);
            if (notTheSum) {
                found.add(new Discrepancy(RuleId.R_AUDIT_3, "/reportedTotal", given.toPlainString(),
                        reportedSum.toPlainString(), Message.of("R-AUDIT-3.sum", given.toPlainString(),
                                reportedSum.toPlainString())));
            }
            // pbm's total is a finding of its own unless it is the sum just reported.
            if (total != null && !within(given, total) && !(notTheSum && within(reportedSum, total))) {
                found.add(new Discrepancy(RuleId.R_AUDIT_3, "/reportedTotal", given.toPlainString(),
                        total.toPlainString(), Message.of("R-AUDIT-3.total", given.toPlainString(), total)));
            }
        }

        /** R-AUDIT-5. */
        private void grade() {
            Grade given = reported.grade().orElse(null);
            BigDecimal basis = reported.total().orElse(total);
            if (given == null || basis == null) {
                return;
            }
            Grade computed = gradeOf(basis);
            if (computed != given) {
                GradeBand band = policy.gradeScale().band(computed);
                found.add(new Discrepancy(RuleId.R_AUDIT_5, "/reportedGrade", given.name(), computed.name(),
                        Message.of("R-AUDIT-5.grade", given, basis.toPlainString(), computed, band)));
            }
        }

        private boolean within(BigDecimal a, BigDecimal b) {
            return a.subtract(b).abs().compareTo(tolerance) <= 0;
        }
    }

    /** The grade of any number on the policy's scale: below 0 is 差, above 100 is 优. */
    private Grade gradeOf(BigDecimal points) {
        Grade grade = Grade.POOR;
        for (GradeBand band : policy.gradeScale().bands()) {
            if (band.lower().points().compareTo(points) <= 0) {
                grade = band.grade();
            }
        }
        return grade;
    }

    private static boolean outside(BigDecimal score, BigDecimal weight) {
        return score.signum() < 0 || score.compareTo(weight) > 0;
    }

}
