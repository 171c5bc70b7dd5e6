package io.pbm.rules.pipeline;

import java.util.Optional;

/**
 * What the pipeline made of one input project: a {@link ProjectResult}, an {@link Exclusion} or a
 * {@link RejectedProject} — exactly one, each carrying the project's index in the input.
 *
 * <pre>{@code
 * ProjectOutcome outcome = Pbm.evaluate(project, Presets.MOF_2020);
 * outcome.asResult().ifPresent(r -> System.out.println(r.grade() + " " + r.budgetDecision()));
 * }</pre>
 *
 * <p>Implementations are immutable and thread-safe.
 */
public sealed interface ProjectOutcome permits ProjectResult, Exclusion, RejectedProject {

    /**
     * The position of the project in the input, from 0.
     *
     * @return the index
     */
    long index();

    /**
     * The project's id.
     *
     * @return the id
     */
    String projectId();

    /**
     * Which of the three outcomes this is.
     *
     * @return the kind
     */
    OutcomeKind kind();

    /**
     * The result, if the project was evaluated.
     *
     * @return the result
     */
    default Optional<ProjectResult> asResult() {
        return this instanceof ProjectResult result ? Optional.of(result) : Optional.empty();
    }

    /**
     * The exclusion, if the policy left the project out.
     *
     * @return the exclusion
     */
    default Optional<Exclusion> asExclusion() {
        return this instanceof Exclusion exclusion ? Optional.of(exclusion) : Optional.empty();
    }

    /**
     * The rejection, if the project cannot be evaluated.
     *
     * @return the rejection
     */
    default Optional<RejectedProject> asRejected() {
        return this instanceof RejectedProject rejected ? Optional.of(rejected) : Optional.empty();
    }
}
