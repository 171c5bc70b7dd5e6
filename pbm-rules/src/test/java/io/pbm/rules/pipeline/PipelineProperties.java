package io.pbm.rules.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pbm.core.project.Project;
import io.pbm.rules.Generated;
import io.pbm.rules.policy.Policy;
import io.pbm.rules.policy.Presets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Invariants of the pipeline over generated batches: nothing is lost (every input is exactly one of
 * result, exclusion, rejection, in input order), streaming and batch agree, summaries add up in parts,
 * results are deterministic, vetoes never raise a grade and no decision raises a budget.
 */
class PipelineProperties {

    @Property(tries = 60)
    void everyInputIsExactlyOneOutcomeInInputOrder(@ForAll long seed, @ForAll @IntRange(min = 0, max = 40) int size,
            @ForAll("policies") Policy policy) {
        List<Project> input = Generated.projects(seed, size);
        BatchResult batch = Pipeline.of(policy).evaluateAll(input);
        Summary summary = batch.summary();
        assertEquals(size, summary.projects());
        assertEquals(summary.projects(), summary.evaluated() + summary.excluded() + summary.rejected());
        assertEquals(size, batch.results().size() + batch.excluded().size() + batch.rejected().size());
        List<ProjectOutcome> outcomes = batch.outcomes();
        assertEquals(LongStream.range(0, size).boxed().toList(), outcomes.stream().map(ProjectOutcome::index).toList());
        assertEquals(input.stream().map(Project::id).toList(), outcomes.stream().map(ProjectOutcome::projectId).toList());
        assertSorted(batch.results().stream().map(ProjectOutcome::index).toList());
        assertSorted(batch.excluded().stream().map(ProjectOutcome::index).toList());
        assertSorted(batch.rejected().stream().map(ProjectOutcome::index).toList());
        for (ProjectOutcome outcome : outcomes) {
            int kinds = (outcome.asResult().isPresent() ? 1 : 0) + (outcome.asExclusion().isPresent() ? 1 : 0)
                    + (outcome.asRejected().isPresent() ? 1 : 0);
            assertEquals(1, kinds, outcome::toString);
        }
    }

    @Property(tries = 40)
    void streamingAndBatchAgree(@ForAll long seed, @ForAll @IntRange(min = 0, max = 40) int size,
            @ForAll("policies") Policy policy) {
        Pipeline pipeline = Pipeline.of(policy);
        BatchResult batch = pipeline.evaluateAll(Generated.projects(seed, size));
        List<ProjectOutcome> streamed = new ArrayList<>();
        Summary summary = pipeline.evaluateAll(Generated.stream(seed, size), streamed::add);
        assertEquals(batch.outcomes(), streamed);
        assertEquals(batch.summary(), summary);
    }

    @Property(tries = 40)
    void parallelAndSequentialAgree(@ForAll long seed, @ForAll @IntRange(min = 0, max = 60) int size,
            @ForAll @IntRange(min = 0, max = 60) int repeatAt, @ForAll("policies") Policy policy) {
        List<Project> input = new ArrayList<>(Generated.projects(seed, size));
        if (size > 0) {
            // A repeated id: the later one is rejected however the batch is split.
            input.add(Math.min(repeatAt, size), input.get(size - 1));
        }
        Pipeline pipeline = Pipeline.of(policy);
        BatchResult sequential = pipeline.evaluateAll(input);
        BatchResult parallel = pipeline.evaluateAllParallel(input);
        assertEquals(sequential.outcomes(), parallel.outcomes());
        assertEquals(sequential.summary(), parallel.summary());
        assertEquals(sequential, parallel);
    }

    @Property(tries = 40)
    void summariesAddUpInParts(@ForAll long seed, @ForAll @IntRange(min = 0, max = 40) int size,
            @ForAll @IntRange(min = 0, max = 40) int cut, @ForAll("policies") Policy policy) {
        List<ProjectOutcome> outcomes = Pipeline.of(policy).evaluateAll(Generated.projects(seed, size)).outcomes();
        int split = Math.min(cut, size);
        SummaryBuilder whole = SummaryBuilder.of(policy);
        SummaryBuilder head = SummaryBuilder.of(policy);
        SummaryBuilder tail = SummaryBuilder.of(policy);
        for (int i = 0; i < outcomes.size(); i++) {
            whole.add(outcomes.get(i));
            (i < split ? head : tail).add(outcomes.get(i));
        }
        assertEquals(whole.build(), head.add(tail).build());
    }

    @Property(tries = 30)
    void theSameBatchGivesEqualResults(@ForAll long seed, @ForAll @IntRange(min = 0, max = 30) int size,
            @ForAll("policies") Policy policy) {
        assertEquals(Pipeline.of(policy).evaluateAll(Generated.projects(seed, size)),
                Pipeline.of(policy).evaluateAll(Generated.projects(seed, size)));
    }

    @Property(tries = 40)
    void vetoesNeverRaiseAGradeAndNoDecisionRaisesABudget(@ForAll long seed,
            @ForAll @IntRange(min = 0, max = 40) int size, @ForAll("policies") Policy policy) {
        BatchResult batch = Pipeline.of(policy).evaluateAll(Generated.projects(seed, size));
        for (ProjectResult result : batch.results()) {
            assertFalse(result.grade().isBetterThan(result.rawGrade()), result::toString);
            assertFalse(result.budgetDecision().after().isGreaterThan(result.budgetDecision().before()));
            assertFalse(result.budgetDecision().after().isNegative());
        }
        assertFalse(batch.summary().budgetAfter().isGreaterThan(batch.summary().budgetBefore()));
    }

    @Provide
    Arbitrary<Policy> policies() {
        return Arbitraries.of(Presets.MOF_2020, Presets.XINJIANG);
    }

    private static void assertSorted(List<Long> indexes) {
        for (int i = 1; i < indexes.size(); i++) {
            assertTrue(indexes.get(i - 1) < indexes.get(i), indexes::toString);
        }
    }
}
