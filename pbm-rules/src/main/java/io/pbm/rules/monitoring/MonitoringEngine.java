package io.pbm.rules.monitoring;

import io.pbm.core.Ratio;
import io.pbm.core.budget.Amount;
import io.pbm.core.evaluation.EvaluationInput;
import io.pbm.core.goal.Goal;
import io.pbm.core.goal.Indicator;
import io.pbm.core.grade.Grade;
import io.pbm.core.monitoring.MonitoringSnapshot;
import io.pbm.core.monitoring.WarningLight;
import io.pbm.core.project.Project;
import io.pbm.rules.explain.Rejection;
import io.pbm.rules.explain.Message;
import io.pbm.rules.explain.Problem;
import io.pbm.rules.explain.RuleId;
import io.pbm.rules.explain.Trace;
import io.pbm.rules.explain.TraceStep;
import io.pbm.rules.explain.Warning;
import io.pbm.rules.policy.MonitoringPolicy;
import io.pbm.rules.policy.Policy;
import io.pbm.rules.scoring.UnknownNames;
import io.pbm.rules.policy.VetoPolicy;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.time.Month;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Monitors projects during the year under a policy (绩效监控, domain.md section 6):
 *
 * <ul>
 *   <li>R-MON-1: whether the month is a check month, and the report's due date (the 10th of the
 *       following month). Any month 1–12 may be monitored.
 *   <li>R-MON-2: the execution light — execution rate ÷ time share (month ÷ 12) against the policy's
 *       cut-offs (red below 60 %, green from 80 %), compared exactly: spent × 12 × 5 ≥ 4 × adjusted ×
 *       month is green — and each indicator's light ({@link IndicatorLight}, {@link LightBasis}).
 *   <li>R-MON-3: the latest cumulative execution floor at or before the month (off in both presets);
 *       below it, a warning.
 *   <li>R-MON-4: from the policy's reminder month (June) behind schedule — an execution light that is
 *       not green — a reminder; from its zero-spending month (October) nothing spent of a budget that
 *       is not zero — the key-attention list and a recall suggestion.
 *   <li>R-MON-5: as many consecutive unrectified failed rounds as the veto policy counts (2) — a
 *       warning; the veto itself (R-VETO-2) acts in evaluation.
 *   <li>R-MON-6: last year graded 中 or 差 (the policy's grade or worse) — extra scrutiny.
 *   <li>R-MON-7: spending and goal progress reported side by side ({@link MonitoringResult#summary()}).
 * </ul>
 *
 * <p>A project whose snapshot cannot be read against its goal — an actual in another unit than its
 * indicator's, a text where a number is due, an actual for an indicator the goal does not have — is
 * rejected with every problem, never only the first.
 *
 * <pre>{@code
 * MonitoringEngine engine = MonitoringEngine.of(Presets.MOF_2020);
 * MonitoringResult may = engine.monitor(project, Month.MAY).get();   // budget.spent and actuals to date
 * may.executionLight();                                              // Optional[RED]
 * may.summary();                                                     // spending and goals, one line
 * }</pre>
 *
 * <p>An engine is a function of (input, policy): immutable, thread-safe, and one instance serves any
 * number of threads.
 */
public final class MonitoringEngine {

    private static final BigDecimal MONTHS = BigDecimal.valueOf(12);
    private static final String NONE = "—";

    private final Policy policy;
    private final MonitoringPolicy rules;

    private MonitoringEngine(Policy policy) {
        this.policy = policy;
        this.rules = policy.monitoring();
    }

    /**
     * An engine for a policy.
     *
     * @param policy  the policy, not null
     * @return the engine
     */
    public static MonitoringEngine of(Policy policy) {
        return new MonitoringEngine(Objects.requireNonNull(policy, "policy is null"));
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
     * The snapshot of a project whose values are to date, as {@code pbm monitor --month M} reads pbm/1:
     * {@code budget.spent} is the amount spent to the end of the month, and the actuals of its
     * evaluation input (if any) are the indicators' actuals to date.
     *
     * @param project  the project, not null
     * @param month  the month at whose end the values hold, not null
     * @return the snapshot
     */
    public static MonitoringSnapshot snapshot(Project project, Month month) {
        Objects.requireNonNull(project, "project is null");
        Objects.requireNonNull(month, "month is null");
        return MonitoringSnapshot.builder()
                .month(month)
                .spentToDate(project.budget().spent())
                .putAllActualsToDate(project.evaluation().map(EvaluationInput::actuals).orElse(Map.of()))
                .build();
    }

    /**
     * The deadlines of a month under this engine's policy (R-MON-1).
     *
     * @param month  the month, not null
     * @return the deadlines
     */
    public ReportDue due(Month month) {
        return ReportDue.of(rules, month);
    }

    /**
     * Monitors a project whose {@code budget.spent} and evaluation actuals hold values to date
     * ({@link #snapshot(Project, Month)}).
     *
     * @param project  the project, not null
     * @param month  the month at whose end the values hold, not null
     * @return the result, or the rejection with every problem
     */
    public Validation<Rejection, MonitoringResult> monitor(Project project, Month month) {
        return monitor(project, snapshot(project, month));
    }

    /**
     * Monitors a project at the end of a month.
     *
     * @param project  the project — its goal, adjusted budget, history and findings — not null
     * @param snapshot  the spending and actuals to date, not null
     * @return the result, or the rejection with every problem
     */
    public Validation<Rejection, MonitoringResult> monitor(Project project, MonitoringSnapshot snapshot) {
        Objects.requireNonNull(project, "project is null");
        Objects.requireNonNull(snapshot, "snapshot is null");
        Goal goal = project.goal();
        List<Problem> problems = new ArrayList<>();
        UnknownNames.report(goal, snapshot.actualsToDate().keySet(), "actual.unknown", "/actuals", problems);
        List<IndicatorLight> indicators = new ArrayList<>(goal.indicators().size());
        for (int i = 0; i < goal.indicators().size(); i++) {
            Indicator indicator = goal.indicators().get(i);
            Validation<Problem, IndicatorLight> light = IndicatorLights.of(indicator,
                    snapshot.actualsToDate().get(indicator.name()), snapshot.monthNumber(), rules, "/indicators/" + i);
            if (light.isValid()) {
                indicators.add(light.get());
            } else {
                problems.add(light.getError());
            }
        }
        if (!problems.isEmpty()) {
            return Validation.invalid(new Rejection(project.id(), problems));
        }
        return Validation.valid(new Run(project, snapshot, indicators).result());
    }

    /**
     * Monitors projects whose {@code budget.spent} and evaluation actuals hold values to date, as
     * {@code pbm monitor --month M} does.
     *
     * @param projects  the projects, in input order, not null and without null elements
     * @param month  the month, not null
     * @return the results, the rejections and the summary; every project exactly once
     */
    public MonitoringBatch monitorAll(List<Project> projects, Month month) {
        Objects.requireNonNull(month, "month is null");
        return monitorAll(projects, month, project -> snapshot(project, month));
    }

    /**
     * Monitors projects at the end of one month, each with its snapshot. A project is rejected, with
     * all its problems, when it cannot be monitored, when its id repeats an earlier project's, or when
     * its snapshot is of another month.
     *
     * @param projects  the projects, in input order, not null and without null elements
     * @param month  the month of the batch, not null
     * @param snapshots  the snapshot of each project, never null, not null
     * @return the results, the rejections and the summary; every project exactly once
     */
    public MonitoringBatch monitorAll(List<Project> projects, Month month,
            Function<? super Project, MonitoringSnapshot> snapshots) {
        Objects.requireNonNull(projects, "projects is null");
        Objects.requireNonNull(month, "month is null");
        Objects.requireNonNull(snapshots, "snapshots is null");
        List<MonitoringResult> results = new ArrayList<>(projects.size());
        List<RejectedProject> rejected = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < projects.size(); i++) {
            Project project = Objects.requireNonNull(projects.get(i), "project " + i + " is null");
            List<Problem> problems = new ArrayList<>();
            Integer first = seen.putIfAbsent(project.id(), i);
            if (first != null) {
                problems.add(new Problem("monitoring.duplicateId", "/id",
                        Message.of("monitoring.duplicateId", project.id(), first)));
            }
            MonitoringSnapshot snapshot = Objects.requireNonNull(snapshots.apply(project),
                    "snapshot of project " + i + " is null");
            if (snapshot.month() != month) {
                problems.add(new Problem("monitoring.month", "",
                        Message.of("monitoring.month", snapshot.monthNumber(), month.getValue())));
            }
            Validation<Rejection, MonitoringResult> monitored = monitor(project, snapshot);
            if (monitored.isInvalid()) {
                problems.addAll(monitored.getError().problems());
            }
            if (problems.isEmpty()) {
                results.add(monitored.get());
            } else {
                rejected.add(new RejectedProject(i, new Rejection(project.id(), problems)));
            }
        }
        return new MonitoringBatch(policy.name(), policy.version(), month, results, rejected,
                MonitoringSummary.of(results, rejected.size()));
    }

    /** Actuals for indicators the goal does not have: the snapshot does not belong to this goal. */
    /** One monitoring of one project: the rules in order, each adding to the trace and the warnings. */
    private final class Run {

        private final Project project;
        private final MonitoringSnapshot snapshot;
        private final List<IndicatorLight> indicators;
        private final int month;
        private final Amount spent;
        private final Amount adjusted;
        private final Ratio timeShare;
        private final List<Warning> warnings = new ArrayList<>();
        private final List<TraceStep> trace = new ArrayList<>();
        private final MonitoringResult.Builder result = MonitoringResult.builder();
        private @Nullable Ratio rate;
        private @Nullable WarningLight light;

        Run(Project project, MonitoringSnapshot snapshot, List<IndicatorLight> indicators) {
            this.project = project;
            this.snapshot = snapshot;
            this.indicators = indicators;
            this.month = snapshot.monthNumber();
            this.spent = snapshot.spentToDate();
            this.adjusted = project.budget().adjusted();
            this.timeShare = Ratio.of(month, 12);
        }

        MonitoringResult result() {
            ReportDue due = ReportDue.of(rules, snapshot.month());
            step(RuleId.R_MON_1, due.checkMonth() ? "check" : NONE, due.checkMonth()
                    ? Message.of("R-MON-1.check", month, due.dueDate().getMonthValue(), due.dueDate().getDayOfMonth())
                    : Message.of("R-MON-1.notCheck", month, checkMonths(), due.nextCheckMonth().map(Month::getValue)
                            .orElse(null)));
            execution();
            floors();
            indicatorLights();
            reminder();
            zeroSpending();
            unrectifiedRounds();
            scrutiny();
            if (project.goal().isEmpty()) {
                warnings.add(new Warning(RuleId.R_MON_7, null, "/indicators", Message.of("R-MON-7.noGoal")));
            }
            step(RuleId.R_MON_7, light == null ? NONE : light.name(), MonitoringResult.summaryMessage(project.id(),
                    snapshot.month(), rate, timeShare, light, indicators));
            return result
                    .projectId(project.id()).name(project.name()).unit(project.unit()).year(project.year())
                    .policyName(policy.name()).policyVersion(policy.version())
                    .month(snapshot.month()).spentToDate(spent).adjusted(adjusted)
                    .executionRate(java.util.Optional.ofNullable(rate))
                    .timeShare(timeShare)
                    .executionLight(java.util.Optional.ofNullable(light))
                    .indicators(indicators)
                    .due(due)
                    .warnings(warnings)
                    .trace(Trace.of(trace))
                    .build();
        }

        /** R-MON-2: execution rate ÷ time share, compared exactly as spent × 12 against adjusted × month. */
        private void execution() {
            if (adjusted.isZero()) {
                Message message = Message.of("R-MON-2.zeroBudget", month, spent);
                warnings.add(new Warning(RuleId.R_MON_2, null, "/budget/adjusted", message));
                step(RuleId.R_MON_2, NONE, message);
                result.executionProgress(java.util.Optional.empty());
                return;
            }
            BigDecimal done = spent.yuan().multiply(MONTHS);
            BigDecimal due = adjusted.yuan().multiply(BigDecimal.valueOf(month));
            rate = Ratio.of(spent.yuan(), adjusted.yuan());
            Ratio progress = Ratio.of(done, due);
            light = Cutoffs.light(done, due, rules);
            result.executionProgress(progress);
            Message message = Message.of("R-MON-2.execution", month, spent, adjusted, rate.toPercentString(2),
                    timeShare.toPercentString(2), progress.toPercentString(2), light, rules.redBelow().toPercentString(0),
                    rules.greenFrom().toPercentString(0));
            step(RuleId.R_MON_2, light.name(), message);
            if (light != WarningLight.GREEN) {
                warnings.add(new Warning(RuleId.R_MON_2, light, "/budget/spent", message));
            }
        }

        /** R-MON-3: the latest floor at or before the month; below it, a warning. */
        private void floors() {
            Month floorMonth = null;
            for (Month candidate : rules.executionFloors().keySet()) {
                if (candidate.getValue() <= month) {
                    floorMonth = candidate;
                }
            }
            if (floorMonth == null || rate == null) {
                return;
            }
            Ratio floor = rules.executionFloors().get(floorMonth);
            boolean below = !Cutoffs.atLeast(spent.yuan(), adjusted.yuan(), floor);
            Message message = Message.of(below ? "R-MON-3.below" : "R-MON-3.met", month, rate.toPercentString(2),
                    floorMonth.getValue(), floor.toPercentString(2));
            step(RuleId.R_MON_3, below ? WarningLight.RED.name() : NONE, message);
            if (below) {
                warnings.add(new Warning(RuleId.R_MON_3, WarningLight.RED, "/budget/spent", message));
            }
        }

        /** R-MON-2 for each indicator: red and yellow lights warn, and so does an indicator not reported. */
        private void indicatorLights() {
            for (int i = 0; i < indicators.size(); i++) {
                IndicatorLight indicator = indicators.get(i);
                WarningLight shown = indicator.light().orElse(null);
                trace.add(new TraceStep(RuleId.R_MON_2, indicator.name(), shown == null ? NONE : shown.name(),
                        indicator.reason()));
                if (shown != WarningLight.GREEN) {
                    warnings.add(new Warning(RuleId.R_MON_2, shown, "/indicators/" + i, indicator.reason()));
                }
            }
        }

        /** R-MON-4: from the reminder month, an execution light that is not green calls for a reminder. */
        private void reminder() {
            if (month < rules.reminderFrom().getValue()) {
                result.reminder(false);
                return;
            }
            boolean behind = light != null && light != WarningLight.GREEN;
            result.reminder(behind);
            if (behind) {
                Message message = Message.of("R-MON-4.reminder", month, rate == null ? null : rate.toPercentString(2),
                        timeShare.toPercentString(2), light);
                step(RuleId.R_MON_4, "reminder", message);
                warnings.add(new Warning(RuleId.R_MON_4, light, "/budget/spent", message));
            } else {
                step(RuleId.R_MON_4, NONE, Message.of("R-MON-4.onSchedule", month, light));
            }
        }

        /** R-MON-4: from the zero-spending month, nothing spent of a budget → key attention, recall suggested. */
        private void zeroSpending() {
            boolean zero = month >= rules.zeroSpendingFrom().getValue() && !adjusted.isZero() && spent.isZero();
            result.keyAttention(zero).recallSuggested(zero);
            if (month < rules.zeroSpendingFrom().getValue()) {
                return;
            }
            if (zero) {
                Message message = Message.of("R-MON-4.zeroSpending", month, adjusted);
                step(RuleId.R_MON_4, "keyAttention", message);
                warnings.add(new Warning(RuleId.R_MON_4, WarningLight.RED, "/budget/spent", message));
            } else {
                step(RuleId.R_MON_4, NONE, adjusted.isZero() ? Message.of("R-MON-4.noBudget", month)
                        : Message.of("R-MON-4.spending", month, spent));
            }
        }

        /** R-MON-5: consecutive unrectified failed rounds reaching the veto policy's count → a warning. */
        private void unrectifiedRounds() {
            int rounds = project.evaluation().map(e -> e.findings().unrectifiedFailedMonitoringRounds()).orElse(0);
            if (rounds == 0) {
                return;
            }
            VetoPolicy vetoes = policy.vetoes();
            if (rounds < vetoes.unrectifiedRounds()) {
                step(RuleId.R_MON_5, NONE, Message.of("R-MON-5.below", rounds, vetoes.unrectifiedRounds()));
                return;
            }
            Message message = vetoes.unrectifiedMonitoring()
                    ? Message.of("R-MON-5.veto", rounds, vetoes.unrectifiedRounds(), vetoes.monitoringCap())
                    : Message.of("R-MON-5.vetoOff", rounds, vetoes.unrectifiedRounds());
            step(RuleId.R_MON_5, WarningLight.RED.name(), message);
            warnings.add(new Warning(RuleId.R_MON_5, WarningLight.RED, "/findings/unrectifiedFailedMonitoringRounds",
                    message));
        }

        /** R-MON-6: last year's 中 or 差 (the policy's grade or worse) → extra scrutiny this year. */
        private void scrutiny() {
            Grade previous = project.history().previousGrade().orElse(null);
            boolean scrutiny = previous != null && rules.needsScrutiny(previous);
            result.scrutiny(scrutiny);
            if (previous == null) {
                return;
            }
            Message message = Message.of(scrutiny ? "R-MON-6.scrutiny" : "R-MON-6.none", previous,
                    rules.scrutinyAtOrBelow());
            step(RuleId.R_MON_6, scrutiny ? "scrutiny" : NONE, message);
            if (scrutiny) {
                warnings.add(new Warning(RuleId.R_MON_6, null, "/history/previousGrade", message));
            }
        }

        private String checkMonths() {
            return rules.checkMonths().stream().map(m -> Integer.toString(m.getValue())).collect(Collectors.joining(", "));
        }

        private void step(RuleId rule, String outcome, Message message) {
            trace.add(new TraceStep(rule, "", outcome, message));
        }
    }
}
