package io.pbm.rules.review;

import io.pbm.core.project.Project;
import io.pbm.rules.exante.ExAnteResult;
import io.pbm.rules.exante.ExAnteReview;
import io.pbm.rules.policy.Policy;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The review before budgeting, as the pipeline and the {@code review} command run it: goal review
 * ({@link GoalReview}, R-GOAL-1…8, the children of a transfer against their parent) and the ex-ante
 * assessment ({@link ExAnteReview}, R-EXANTE-1…4) of each project of a batch, with the budgeting
 * decision of each — NOT_BUDGETED with the rule that decided (R-GOAL-5, R-EXANTE-3, R-EXANTE-4), or
 * fundable — and the summary of {@code pbm-review/1}.
 *
 * <pre>{@code
 * BudgetReviewReport report = BudgetReview.of(Presets.XINJIANG).review(projects);
 * for (ProjectReview review : report.results()) {
 *     review.decision().ifPresent(d -> System.out.println(review.projectId() + " " + d));
 * }
 * }</pre>
 *
 * <p>An engine is a function of (projects, policy): immutable, thread-safe, and one instance serves any
 * number of threads.
 */
public final class BudgetReview {

    private final Policy policy;
    private final GoalReview goals;
    private final ExAnteReview exAnte;

    private BudgetReview(Policy policy) {
        this.policy = policy;
        this.goals = GoalReview.of(policy);
        this.exAnte = ExAnteReview.of(policy);
    }

    /**
     * An engine for a policy.
     *
     * @param policy  the policy, not null
     * @return the engine
     */
    public static BudgetReview of(Policy policy) {
        return new BudgetReview(Objects.requireNonNull(policy, "policy is null"));
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
     * Reviews one project (a project split down from a transfer as its only child, R-GOAL-6).
     *
     * @param project  the project, not null
     * @return its review
     */
    public ProjectReview review(Project project) {
        return review(List.of(Objects.requireNonNull(project, "project is null"))).results().get(0);
    }

    /**
     * Reviews a batch.
     *
     * @param projects  the projects, none null, not null
     * @return a review per project in input order, and the summary
     */
    public BudgetReviewReport review(List<Project> projects) {
        List<ReviewResult> reviewed = goals.review(projects);
        List<ProjectReview> results = new ArrayList<>(projects.size());
        for (int i = 0; i < projects.size(); i++) {
            ExAnteResult assessed = exAnte.assess(projects.get(i));
            results.add(ProjectReview.builder()
                    .goal(reviewed.get(i))
                    .exAnte(assessed.applicable() ? Optional.of(assessed) : Optional.empty())
                    .build());
        }
        return BudgetReviewReport.builder()
                .policyName(policy.name())
                .policyVersion(policy.version())
                .results(results)
                .build();
    }
}
