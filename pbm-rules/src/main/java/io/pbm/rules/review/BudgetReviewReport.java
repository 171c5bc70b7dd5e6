package io.pbm.rules.review;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What the {@code review} command reports for a batch (json-contract.md, {@code pbm-review/1}): the
 * policy, a {@link ProjectReview} per project in input order, and the summary.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class BudgetReviewReport {

    BudgetReviewReport() {}

    /**
     * A builder, for engines.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The name of the policy that produced the report.
     *
     * @return such as {@code XINJIANG}
     */
    public abstract String policyName();

    /**
     * The version of the policy that produced the report.
     *
     * @return the version
     */
    public abstract String policyVersion();

    /**
     * A review per project, in input order.
     *
     * @return the reviews
     */
    public abstract List<ProjectReview> results();

    /**
     * The summary of the reviewed projects, none rejected.
     *
     * @return the summary
     */
    public ReviewSummary summary() {
        return summary(0);
    }

    /**
     * The summary, counting the projects a reader could not build as rejected.
     *
     * @param rejected  the projects not readable, 0 or more
     * @return the summary
     */
    public ReviewSummary summary(int rejected) {
        return ReviewSummary.of(results(), rejected);
    }

    /**
     * The review of a project.
     *
     * @param projectId  the project's id, not null
     * @return the first review of that id, if any
     */
    public Optional<ProjectReview> result(String projectId) {
        Objects.requireNonNull(projectId, "projectId is null");
        return results().stream().filter(r -> r.projectId().equals(projectId)).findFirst();
    }

    /** The builder of {@link BudgetReviewReport}. */
    public static final class Builder extends ImmutableBudgetReviewReport.Builder {
        Builder() {}
    }
}
