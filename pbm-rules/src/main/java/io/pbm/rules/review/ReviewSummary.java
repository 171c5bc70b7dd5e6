package io.pbm.rules.review;

import io.pbm.core.InvalidValueException;
import java.util.List;
import java.util.Objects;

/**
 * The summary of a review, as {@code pbm-review/1} writes it: projects, passed, failed, rejected — plus
 * how many were left NOT_BUDGETED (R-GOAL-5, R-EXANTE-3/4). Nothing is lost: {@code projects} =
 * {@code passed} + {@code failed} + {@code rejected}, where rejected projects are those a reader could
 * not build at all (reading happens in pbm-io; the engines only see projects that exist).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param projects  every project of the input
 * @param passed  reviewed without a problem
 * @param failed  reviewed with at least one problem
 * @param rejected  not readable, so not reviewed
 * @param notBudgeted  reviewed and left NOT_BUDGETED
 */
public record ReviewSummary(int projects, int passed, int failed, int rejected, int notBudgeted) {

    /**
     * Creates a summary.
     *
     * @param projects  passed + failed + rejected
     * @param passed  0 or more
     * @param failed  0 or more
     * @param rejected  0 or more
     * @param notBudgeted  0 to passed + failed
     */
    public ReviewSummary {
        InvalidValueException.check(passed >= 0 && failed >= 0 && rejected >= 0, "summary", passed + "/" + failed
                + "/" + rejected, "passed, failed and rejected >= 0");
        InvalidValueException.check(projects == passed + failed + rejected, "projects", projects,
                "passed + failed + rejected = " + (passed + failed + rejected));
        InvalidValueException.check(notBudgeted >= 0 && notBudgeted <= passed + failed, "notBudgeted", notBudgeted,
                "0 <= notBudgeted <= reviewed " + (passed + failed));
    }

    /**
     * Summarises reviewed projects and the number a reader could not build.
     *
     * @param reviews  the reviews, not null
     * @param rejected  the projects not readable, 0 or more
     * @return the summary
     */
    public static ReviewSummary of(List<ProjectReview> reviews, int rejected) {
        Objects.requireNonNull(reviews, "reviews is null");
        int passed = 0;
        int notBudgeted = 0;
        for (ProjectReview review : reviews) {
            passed += review.passed() ? 1 : 0;
            notBudgeted += review.fundable() ? 0 : 1;
        }
        int failed = reviews.size() - passed;
        return new ReviewSummary(reviews.size() + rejected, passed, failed, rejected, notBudgeted);
    }

    /**
     * This summary and another added up — what a streaming writer keeps as reviews arrive.
     *
     * @param other  the other summary, not null
     * @return the sum
     */
    public ReviewSummary plus(ReviewSummary other) {
        Objects.requireNonNull(other, "other is null");
        return new ReviewSummary(projects + other.projects, passed + other.passed, failed + other.failed,
                rejected + other.rejected, notBudgeted + other.notBudgeted);
    }
}
