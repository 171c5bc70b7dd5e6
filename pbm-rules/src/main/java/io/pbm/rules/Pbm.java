package io.pbm.rules;

import io.pbm.core.project.Project;
import io.pbm.rules.pipeline.BatchResult;
import io.pbm.rules.pipeline.Pipeline;
import io.pbm.rules.pipeline.PolicyComparison;
import io.pbm.rules.pipeline.ProjectOutcome;
import io.pbm.rules.pipeline.Summary;
import io.pbm.rules.policy.Policy;
import io.pbm.rules.audit.AuditReport;
import io.pbm.rules.audit.TableAudit;
import io.pbm.rules.monitoring.MonitoringBatch;
import io.pbm.rules.monitoring.MonitoringEngine;
import io.pbm.rules.review.BudgetReview;
import io.pbm.rules.review.BudgetReviewReport;
import java.time.Month;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

/**
 * The one obvious way in to pbm-rules: evaluate projects after the year under a policy — exclusion
 * (R-PLAN-4), scoring and grading, vetoes (R-VETO-1…5, R-REVIEW-1) and next year's budget decision
 * (R-LINK-1…4) — for one project, a batch or a stream, and compare two policies on the same batch.
 *
 * <pre>{@code
 * Policy policy = Presets.MOF_2020;
 *
 * ProjectOutcome one = Pbm.evaluate(project, policy);
 * one.asResult().ifPresent(r -> System.out.println(r.explain()));      // why 中 and not 良
 *
 * BatchResult batch = Pbm.evaluateAll(projects, policy);
 * System.out.println(batch.summary().gradesLine(Locale.CHINA));       // 优 535 / 良 49 / 中 26 / 差 17
 *
 * Summary summary = Pbm.evaluateAll(millionProjects, policy, writer::write);   // streaming
 *
 * System.out.println(Pbm.compare(projects, Presets.MOF_2020, Presets.XINJIANG)); // what-if
 *
 * Pbm.review(projects, policy);              // before budgeting: goal tables and ex-ante
 * Pbm.monitor(projects, Month.MAY, policy);  // during the year
 * Pbm.audit(projects, policy);               // filled-in self-evaluation tables
 * }</pre>
 *
 * <p>The engines behind it stay usable on their own: {@link io.pbm.rules.evaluation.EvaluationEngine},
 * {@link io.pbm.rules.veto.Vetoes}, {@link io.pbm.rules.linkage.BudgetLinkage},
 * {@link io.pbm.rules.pipeline.Pipeline}.
 *
 * <p>This class has no state; its functions are pure and thread-safe.
 */
public final class Pbm {

    private Pbm() {}

    /**
     * Evaluates one project.
     *
     * @param project  the project, not null
     * @param policy  the policy, not null
     * @return its result, its exclusion or its rejection (with every problem), at index 0
     */
    public static ProjectOutcome evaluate(Project project, Policy policy) {
        return Pipeline.of(policy).evaluate(project);
    }

    /**
     * Evaluates a batch and keeps every outcome.
     *
     * @param projects  the projects, none null, not null
     * @param policy  the policy, not null
     * @return the results, exclusions and rejections in input order, and the summary
     */
    public static BatchResult evaluateAll(Iterable<? extends Project> projects, Policy policy) {
        return Pipeline.of(policy).evaluateAll(projects);
    }

    /**
     * Evaluates a batch on all available cores and keeps every outcome: the same outcomes, in input
     * order, and the same summary as {@link #evaluateAll(Iterable, Policy)}.
     *
     * @param projects  the projects, none null, not null
     * @param policy  the policy, not null
     * @return the results, exclusions and rejections in input order, and the summary
     */
    public static BatchResult evaluateAllParallel(Collection<? extends Project> projects, Policy policy) {
        return Pipeline.of(policy).evaluateAllParallel(projects);
    }

    /**
     * Evaluates a stream of projects: each outcome goes to the consumer in input order, and only the
     * summary is kept.
     *
     * @param projects  the projects, none null, not null; iterated once
     * @param policy  the policy, not null
     * @param consumer  receives each outcome, not null
     * @return the summary
     */
    public static Summary evaluateAll(Iterable<? extends Project> projects, Policy policy,
            Consumer<? super ProjectOutcome> consumer) {
        return Pipeline.of(policy).evaluateAll(projects, consumer);
    }

    /**
     * Evaluates a batch under two policies and compares them: the summaries side by side and every
     * project whose final grade, budget action or amount changes.
     *
     * @param projects  the projects, none null, not null; iterated once
     * @param first  the first policy, not null
     * @param second  the second policy, not null
     * @return the comparison
     */
    public static PolicyComparison compare(Iterable<? extends Project> projects, Policy first, Policy second) {
        return PolicyComparison.of(projects, first, second);
    }

    /**
     * Reviews goal tables and ex-ante assessments before budgeting (R-GOAL-1…8, R-EXANTE-1…4): which
     * projects may be funded, and why not the others.
     *
     * @param projects  the projects, none null, not null
     * @param policy  the policy, not null
     * @return each project's review, in input order, and the summary
     */
    public static BudgetReviewReport review(Iterable<? extends Project> projects, Policy policy) {
        return BudgetReview.of(policy).review(list(projects));
    }

    /**
     * Monitors projects at the end of a month (R-MON-1…7): spending and goal progress side by side;
     * {@code budget.spent} and the indicators' actuals hold the values to date.
     *
     * @param projects  the projects, none null, not null
     * @param month  the month, not null
     * @param policy  the policy, not null
     * @return each project's lights, the rejections, and the summary
     */
    public static MonitoringBatch monitor(Iterable<? extends Project> projects, Month month, Policy policy) {
        return MonitoringEngine.of(policy).monitorAll(list(projects), month);
    }

    /**
     * Checks filled-in self-evaluation tables against pbm's own figures (R-AUDIT-1…6).
     *
     * @param projects  the projects with their reported figures, none null, not null
     * @param policy  the policy, not null
     * @return each table's discrepancies, the rejections, and the summary
     */
    public static AuditReport audit(Iterable<? extends Project> projects, Policy policy) {
        return TableAudit.of(policy).auditAll(list(projects));
    }

    private static List<Project> list(Iterable<? extends Project> projects) {
        java.util.Objects.requireNonNull(projects, "projects is null");
        List<Project> list = new java.util.ArrayList<>();
        for (Project project : projects) {
            if (project == null) {
                throw new NullPointerException("projects[" + list.size() + "] is null");
            }
            list.add(project);
        }
        return list;
    }
}
