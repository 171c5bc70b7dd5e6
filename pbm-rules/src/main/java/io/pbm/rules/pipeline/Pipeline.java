package io.pbm.rules.pipeline;

import io.pbm.core.InvalidValueException;
import io.pbm.core.project.Project;
import io.pbm.core.project.ProjectIds;
import io.pbm.core.project.UnitWideSpending;
import io.pbm.rules.evaluation.EvaluationEngine;
import io.pbm.rules.evaluation.EvaluationResult;
import io.pbm.rules.explain.Rejection;
import io.pbm.rules.explain.Message;
import io.pbm.rules.explain.Problem;
import io.pbm.rules.explain.RuleId;
import io.pbm.rules.linkage.BudgetDecision;
import io.pbm.rules.linkage.BudgetLinkage;
import io.pbm.rules.policy.Policy;
import io.pbm.rules.veto.VetoOutcome;
import io.pbm.rules.veto.Vetoes;
import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/**
 * The whole evaluation of a project after the year, under one policy:
 *
 * <ol>
 *   <li>exclusion (R-PLAN-4): a project whose fund category the policy excludes is an {@link Exclusion},
 *       not evaluated;
 *   <li>{@link EvaluationEngine}: score, deviation, raw grade — or a {@link RejectedProject} with every
 *       problem;
 *   <li>{@link Vetoes} (R-VETO-1…5, R-REVIEW-1): the final grade;
 *   <li>{@link BudgetLinkage} (R-LINK-1…4): next year's budget decision.
 * </ol>
 *
 * <p>For one project ({@link #evaluate(Project)}), a batch ({@link #evaluateAll(Iterable)}, every
 * outcome in memory; {@link #evaluateAllParallel(Collection)} on all cores) or a stream ({@link #evaluateAll(Iterable, Consumer)}: each outcome is handed to a
 * consumer in input order and only the summary is kept, so a million projects never sit in memory).
 * Every input is exactly one outcome, carrying its index in the input.
 *
 * <pre>{@code
 * Pipeline pipeline = Pipeline.of(Presets.MOF_2020);
 * BatchResult batch = pipeline.evaluateAll(projects);
 * Summary summary = pipeline.evaluateAll(projects, outcome -> writer.write(outcome));
 * }</pre>
 *
 * <p>A pipeline is a function of (input, policy): immutable, thread-safe, and one instance serves any
 * number of threads.
 */
public final class Pipeline {

    private final Policy policy;
    private final EvaluationEngine engine;
    /** The engine of the batches kept in memory: their results make their trails again when read. */
    private final EvaluationEngine kept;

    private Pipeline(Policy policy) {
        this.policy = policy;
        this.engine = EvaluationEngine.of(policy);
        this.kept = engine.withDeferredTrace();
    }

    /**
     * A pipeline for a policy.
     *
     * @param policy  the policy, not null
     * @return the pipeline
     */
    public static Pipeline of(Policy policy) {
        return new Pipeline(Objects.requireNonNull(policy, "policy is null"));
    }

    /**
     * The policy of this pipeline.
     *
     * @return the policy
     */
    public Policy policy() {
        return policy;
    }

    /**
     * Runs one project through the pipeline, as the first of its input.
     *
     * @param project  the project, not null
     * @return its result, exclusion or rejection, with index 0
     */
    public ProjectOutcome evaluate(Project project) {
        return evaluate(project, 0);
    }

    /**
     * Runs one project through the pipeline.
     *
     * @param project  the project, not null
     * @param index  its position in the input, 0 or more
     * @return its result, exclusion or rejection
     */
    public ProjectOutcome evaluate(Project project, long index) {
        Objects.requireNonNull(project, "project is null");
        InvalidValueException.check(index >= 0, "index", index, "index >= 0");
        return evaluate(project, index, engine);
    }

    private ProjectOutcome evaluate(Project project, long index, EvaluationEngine engine) {
        if (policy.excludedFundCategories().contains(project.fundCategory())) {
            return new Exclusion(index, project.id(), project.unit(), project.fundCategory(), RuleId.R_PLAN_4,
                    Message.of("R-PLAN-4.excluded", project.fundCategory(), policy.name()));
        }
        Validation<Rejection, EvaluationResult> evaluated = engine.evaluate(project);
        if (evaluated.isInvalid()) {
            return new RejectedProject(index, evaluated.getError());
        }
        EvaluationResult result = evaluated.get();
        VetoOutcome vetoes = Vetoes.apply(project, result, policy);
        BudgetDecision decision = BudgetLinkage.decide(project, result, vetoes, policy);
        return new ProjectResult(index, result, project, vetoes, decision);
    }

    /**
     * Evaluates a unit's whole spending (R-SCORE-UNIT): scored and graded like a project, without
     * exclusion, vetoes or a budget decision, which apply to projects only.
     *
     * @param unit  the unit-wide record, not null
     * @param index  its position among the input's units, 0 or more
     * @return its result, or its rejection with every problem
     */
    public UnitOutcome evaluateUnit(UnitWideSpending unit, long index) {
        Objects.requireNonNull(unit, "unit is null");
        InvalidValueException.check(index >= 0, "index", index, "index >= 0");
        Validation<Rejection, EvaluationResult> evaluated = engine.evaluate(unit);
        return evaluated.isInvalid() ? new RejectedUnit(index, evaluated.getError())
                : new UnitResult(index, evaluated.get());
    }

    /**
     * Runs a batch through the pipeline and keeps every outcome. Each result's trail is made again from
     * its project when read ({@link EvaluationEngine#withDeferredTrace()}): equal to the trail
     * {@link #evaluate(Project, long)} gives, without a batch holding trails nobody reads.
     *
     * @param projects  the projects, none null, not null
     * @return the results, exclusions and rejections in input order, and the summary
     */
    public BatchResult evaluateAll(Iterable<? extends Project> projects) {
        Objects.requireNonNull(projects, "projects is null");
        Sorted sorted = new Sorted();
        Summary summary = evaluateAll(projects, sorted, kept);
        return sorted.batch(summary);
    }

    /**
     * Runs a stream of projects through the pipeline: each outcome goes to the consumer, in input order,
     * and only the summary is kept.
     *
     * @param projects  the projects, none null, not null; iterated once
     * @param consumer  receives each outcome, not null
     * @return the summary
     */
    public Summary evaluateAll(Iterable<? extends Project> projects, Consumer<? super ProjectOutcome> consumer) {
        Objects.requireNonNull(projects, "projects is null");
        Objects.requireNonNull(consumer, "consumer is null");
        return evaluateAll(projects, consumer, engine);
    }

    private Summary evaluateAll(Iterable<? extends Project> projects, Consumer<? super ProjectOutcome> consumer,
            EvaluationEngine engine) {
        SummaryBuilder summary = SummaryBuilder.of(policy);
        ProjectIds ids = new ProjectIds();
        long index = 0;
        for (Project project : projects) {
            if (project == null) {
                throw new NullPointerException("projects[" + index + "] is null");
            }
            // A repeated id would make unit totals and the what-if ambiguous: the later one is rejected.
            ProjectOutcome outcome = ids.add(project.id()) ? evaluate(project, index++, engine) : duplicate(project, index++);
            summary.add(outcome);
            consumer.accept(outcome);
        }
        return summary.build();
    }

    /**
     * Runs a batch through the pipeline on all available cores (the common fork-join pool) and keeps
     * every outcome: the same outcomes, in input order, and the same summary as
     * {@link #evaluateAll(Iterable)} — each project is evaluated independently, and the summary's sums
     * are exact, so the order in which the parts are added does not matter.
     *
     * @param projects  the projects, none null, not null
     * @return the results, exclusions and rejections in input order, and the summary
     */
    public BatchResult evaluateAllParallel(Collection<? extends Project> projects) {
        Objects.requireNonNull(projects, "projects is null");
        Project[] batch = projects.toArray(new Project[0]);
        // Duplicates are found in input order first, so that the later of two equal ids is rejected
        // however the batch is split.
        boolean[] repeated = new boolean[batch.length];
        ProjectIds ids = new ProjectIds();
        for (int i = 0; i < batch.length; i++) {
            if (batch[i] == null) {
                throw new NullPointerException("projects[" + i + "] is null");
            }
            repeated[i] = !ids.add(batch[i].id());
        }
        ProjectOutcome[] outcomes = new ProjectOutcome[batch.length];
        int chunks = Math.max(1, Math.min(batch.length, ForkJoinPool.getCommonPoolParallelism() * 8));
        SummaryBuilder summary = IntStream.range(0, chunks).parallel().mapToObj(chunk -> {
            SummaryBuilder part = SummaryBuilder.of(policy);
            for (int i = (int) ((long) batch.length * chunk / chunks), end = (int) ((long) batch.length * (chunk + 1) / chunks);
                    i < end; i++) {
                outcomes[i] = repeated[i] ? duplicate(batch[i], i) : evaluate(batch[i], i, kept);
                part.add(outcomes[i]);
            }
            return part;
        }).reduce(SummaryBuilder::add).orElseGet(() -> SummaryBuilder.of(policy));
        Sorted sorted = new Sorted();
        for (ProjectOutcome outcome : outcomes) {
            sorted.accept(outcome);
        }
        return sorted.batch(summary.build());
    }

    /** Outcomes sorted by kind, each list in input order. */
    private static final class Sorted implements Consumer<ProjectOutcome> {
        private final List<ProjectResult> results = new ArrayList<>();
        private final List<Exclusion> excluded = new ArrayList<>();
        private final List<RejectedProject> rejected = new ArrayList<>();

        @Override
        public void accept(ProjectOutcome outcome) {
            if (outcome instanceof ProjectResult result) {
                results.add(result);
            } else if (outcome instanceof Exclusion exclusion) {
                excluded.add(exclusion);
            } else {
                rejected.add((RejectedProject) outcome);
            }
        }

        BatchResult batch(Summary summary) {
            return new BatchResult(results, excluded, rejected, summary);
        }
    }

    private static RejectedProject duplicate(Project project, long index) {
        return new RejectedProject(index, new Rejection(project.id(), List.of(new Problem("id.duplicate", "/id",
                Message.of("id.duplicate", project.id())))));
    }

    @Override
    public String toString() {
        return "Pipeline[" + policy.name() + " " + policy.version() + "]";
    }
}
