package io.pbm.rules.review;

import io.pbm.core.Ratio;
import io.pbm.core.evaluation.EvaluationInput;
import io.pbm.core.evaluation.FrameItem;
import io.pbm.core.evaluation.FrameSection;
import io.pbm.core.goal.Goal;
import io.pbm.core.project.Project;
import io.pbm.rules.exante.BudgetingDecision;
import io.pbm.rules.explain.Message;
import io.pbm.rules.explain.Problem;
import io.pbm.rules.explain.RuleId;
import io.pbm.rules.explain.Trace;
import io.pbm.rules.explain.TraceStep;
import io.pbm.rules.explain.Warning;
import io.pbm.rules.policy.Policy;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Reviews goal tables before budgeting (domain.md section 3) — no actuals needed:
 *
 * <ul>
 *   <li><b>R-GOAL-1…4</b> on each goal table ({@link GoalChecks}, {@link GoalChecks.Stage#REVIEW}):
 *       too few indicators or too few quantified fail the goal here, where {@code evaluate} only warns.
 *   <li><b>R-GOAL-5</b>: a project with no goal ({@link Goal#isEmpty()}), whose goal fails review, or —
 *       when the policy's {@code exAnte().requireLastYearSelfEvaluation()} — that skipped last year's
 *       self-evaluation ({@code history.lastYearSelfEvaluated} false) is NOT_BUDGETED
 *       ({@link ReviewResult#budgetDecision()}). A new project has no last year to skip: for it a false
 *       flag decides nothing.
 *   <li><b>R-GOAL-6</b>, across a batch: the projects that name the same transfer id are its children,
 *       checked against the parent's targets by indicator name — a count or an amount (any unit but
 *       {@code %}): the children's targets add up to at least the parent's; a rate ({@code %}): each
 *       child's target is at least as demanding (≥: child ≥ parent; ≤: child ≤ parent). pbm reads "at
 *       least as demanding" for a lower-is-better count or amount too: the children's limits add up to
 *       at most the parent's. A child that fails gets a problem at the indicator's target; a child without
 *       the parent's rate, in another unit, or compared the other way gets one too. Children without a
 *       goal count for nothing and are already NOT_BUDGETED by R-GOAL-5, so they get no R-GOAL-6 problem.
 *       Reviewing one project alone compares it, as the only child, with its parent.
 *   <li><b>R-GOAL-7</b>: the goal's version is reported ({@link ReviewResult#goalVersion()}); a revised
 *       goal (version &gt; 1) is reviewed like any other.
 *   <li><b>R-GOAL-8</b>: when the project's evaluation input has department/finance frame items, output
 *       and benefit must weigh at least the policy's {@code minOutputBenefitShare} of them — a warning,
 *       as in scoring (the frame is not the goal table being budgeted).
 * </ul>
 *
 * <p>Which findings fail a goal and which only warn is listed on {@link ReviewResult}.
 *
 * <p>An engine is a function of (projects, policy): immutable, thread-safe, and one instance serves any
 * number of threads.
 */
public final class GoalReview {

    private final Policy policy;

    private GoalReview(Policy policy) {
        this.policy = policy;
    }

    /**
     * An engine for a policy.
     *
     * @param policy  the policy, not null
     * @return the engine
     */
    public static GoalReview of(Policy policy) {
        return new GoalReview(Objects.requireNonNull(policy, "policy is null"));
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
     * Reviews one project's goal; a project split down from a transfer is compared with its parent as the
     * only child (R-GOAL-6).
     *
     * @param project  the project, not null
     * @return the result
     */
    public ReviewResult review(Project project) {
        return review(List.of(Objects.requireNonNull(project, "project is null"))).get(0);
    }

    /**
     * Reviews a batch of projects, the children of each transfer against their parent (R-GOAL-6).
     *
     * @param projects  the projects, none null, not null
     * @return a result per project, in the order given
     */
    public List<ReviewResult> review(List<Project> projects) {
        Objects.requireNonNull(projects, "projects is null");
        List<Draft> drafts = new ArrayList<>(projects.size());
        for (int i = 0; i < projects.size(); i++) {
            drafts.add(check(Objects.requireNonNull(projects.get(i), "projects[" + i + "] is null")));
        }
        TransferMatch.check(drafts);
        List<ReviewResult> results = new ArrayList<>(drafts.size());
        for (Draft draft : drafts) {
            results.add(finish(draft));
        }
        return List.copyOf(results);
    }

    /** What the review of one project has found so far; R-GOAL-6 adds to it across the batch. */
    static final class Draft {
        final Project project;
        final List<Problem> problems = new ArrayList<>();
        final List<Warning> warnings = new ArrayList<>();
        final List<TraceStep> trace = new ArrayList<>();
        GoalChecks.Tally tally = new GoalChecks.Tally(0, 0, BigDecimal.ZERO);

        Draft(Project project) {
            this.project = project;
        }

        boolean hasGoal() {
            return !project.goal().isEmpty();
        }

        void problem(String path, Message message) {
            problems.add(Problem.of(RuleId.R_GOAL_6, path, message));
        }

        void step(String subject, String outcome, Message message) {
            trace.add(new TraceStep(RuleId.R_GOAL_6, subject, outcome, message));
        }
    }

    private Draft check(Project project) {
        Draft draft = new Draft(project);
        Goal goal = project.goal();
        draft.trace.add(new TraceStep(RuleId.R_GOAL_7, "", String.valueOf(goal.version()),
                Message.of(goal.version() > 1 ? "R-GOAL-7.revised" : "R-GOAL-7.first", goal.version())));
        if (goal.isEmpty()) {
            draft.problems.add(Problem.of(RuleId.R_GOAL_5, "/indicators", Message.of("R-GOAL-5.noGoal")));
        } else {
            draft.tally = GoalChecks.check(goal, policy, GoalChecks.Stage.REVIEW, draft.problems, draft.warnings);
            tableSteps(draft);
        }
        frame(project, draft);
        lastYear(project, draft);
        return draft;
    }

    /** The trace of R-GOAL-3, R-GOAL-1 and R-GOAL-2, whether they held or not. */
    private void tableSteps(Draft draft) {
        GoalChecks.Tally tally = draft.tally;
        draft.trace.add(new TraceStep(RuleId.R_GOAL_3, "", tally.weights().toPlainString(), Message.of(
                "R-GOAL-3.sum", tally.weights(), policy.indicatorPoints(), policy.executionWeight())));
        policy.minIndicators().ifPresent(min -> draft.trace.add(new TraceStep(RuleId.R_GOAL_1, "",
                String.valueOf(tally.indicators()), Message.of("R-GOAL-1.count", tally.indicators(), min))));
        Ratio share = tally.quantifiedShare().orElseThrow();
        policy.minQuantifiedShare().ifPresent(min -> draft.trace.add(new TraceStep(RuleId.R_GOAL_2, "",
                share.toDecimal(4).toPlainString(), Message.of("R-GOAL-2.count", tally.quantified(),
                        tally.indicators(), share.toPercentString(2), min.toPercentString(0)))));
    }

    /** R-GOAL-8 on the department/finance frame items, if the project has any. */
    private void frame(Project project, Draft draft) {
        List<FrameItem> items = project.evaluation().map(EvaluationInput::frameItems).orElse(List.of());
        if (items.isEmpty()) {
            return;
        }
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal outputBenefit = BigDecimal.ZERO;
        for (FrameItem item : items) {
            total = total.add(item.weight().points());
            if (item.section() == FrameSection.OUTPUT || item.section() == FrameSection.BENEFIT) {
                outputBenefit = outputBenefit.add(item.weight().points());
            }
        }
        // Weights are positive, so the total is too; the share is compared exactly.
        Ratio share = Ratio.of(outputBenefit, total);
        Message message = Message.of("R-GOAL-8.frame", outputBenefit, total, share.toPercentString(2),
                policy.minOutputBenefitShare().toPercentString(0));
        draft.trace.add(new TraceStep(RuleId.R_GOAL_8, "", share.toDecimal(4).toPlainString(), message));
        if (share.isBelow(policy.minOutputBenefitShare())) {
            draft.warnings.add(new Warning(RuleId.R_GOAL_8, null, "/frameItems", message));
        }
    }

    /** R-GOAL-5 (seed 003): a project that skipped last year's self-evaluation is not budgeted. */
    private void lastYear(Project project, Draft draft) {
        boolean skipped = project.history().lastYearSelfEvaluated().equals(Optional.of(Boolean.FALSE));
        if (!skipped || !policy.exAnte().requireLastYearSelfEvaluation()) {
            return;
        }
        int year = project.year().value() - 1;
        if (project.flags().isNew()) {
            draft.trace.add(new TraceStep(RuleId.R_GOAL_5, "", "—", Message.of("R-GOAL-5.newProject", year)));
        } else {
            draft.problems.add(Problem.of(RuleId.R_GOAL_5, "/history/lastYearSelfEvaluated",
                    Message.of("R-GOAL-5.skipped", year)));
        }
    }

    /** R-GOAL-5: a review with problems leaves the project NOT_BUDGETED. */
    private ReviewResult finish(Draft draft) {
        BudgetingDecision decision = null;
        if (draft.problems.isEmpty()) {
            draft.trace.add(new TraceStep(RuleId.R_GOAL_5, "", "passed", Message.of("R-GOAL-5.passed")));
        } else {
            Set<String> rules = new LinkedHashSet<>();
            Message reason = null;
            for (Problem problem : draft.problems) {
                rules.add(problem.code());
                if (reason == null && problem.code().equals(RuleId.R_GOAL_5.id())) {
                    reason = problem.message();
                }
            }
            Message message = reason != null ? reason : Message.of("R-GOAL-5.failed", String.join(", ", rules));
            decision = BudgetingDecision.notBudgeted(RuleId.R_GOAL_5, message);
            draft.trace.add(new TraceStep(RuleId.R_GOAL_5, "", decision.action().name(), message));
        }
        Project project = draft.project;
        return ReviewResult.builder()
                .projectId(project.id())
                .policyName(policy.name())
                .policyVersion(policy.version())
                .goalVersion(project.goal().version())
                .indicatorCount(draft.tally.indicators())
                .quantifiedCount(draft.tally.quantified())
                .problems(draft.problems)
                .warnings(draft.warnings)
                .budgetDecision(Optional.ofNullable(decision))
                .trace(Trace.of(draft.trace))
                .build();
    }
}
