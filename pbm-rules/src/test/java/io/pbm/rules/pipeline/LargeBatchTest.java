package io.pbm.rules.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pbm.core.grade.Grade;
import io.pbm.core.project.Project;
import io.pbm.rules.Generated;
import io.pbm.rules.Pbm;
import io.pbm.rules.policy.Presets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * Thousands of generated projects through the pipeline, streaming, the what-if, and several threads
 * sharing one pipeline. No timing is asserted: only that nothing is lost and everything agrees.
 */
class LargeBatchTest {

    private static final int PROJECTS = 5_000;
    private static final long SEED = 2023;

    @Test
    void aCountyStreamsThroughThePipelineWithNothingLostAndInOrder() {
        AtomicLong next = new AtomicLong();
        AtomicLong evaluated = new AtomicLong();
        Summary summary = Pbm.evaluateAll(Generated.stream(SEED, PROJECTS), Presets.XINJIANG, outcome -> {
            assertEquals(next.getAndIncrement(), outcome.index());
            if (outcome.kind() == OutcomeKind.EVALUATED) {
                evaluated.incrementAndGet();
            }
        });
        assertEquals(PROJECTS, next.get());
        assertEquals(PROJECTS, summary.projects());
        assertEquals(PROJECTS, summary.evaluated() + summary.excluded() + summary.rejected());
        assertEquals(evaluated.get(), summary.evaluated());
        assertEquals(summary.evaluated(), summary.grades().values().stream().mapToLong(Long::longValue).sum());
        assertTrue(summary.excluded() > 0 && summary.rejected() > 0, summary::toString);
        assertFalse(summary.vetoes().isEmpty());
        assertEquals(summary.evaluated(), summary.units().values().stream().mapToLong(t -> t.projects()).sum());
        assertFalse(summary.budgetAfter().isGreaterThan(summary.budgetBefore()));
    }

    @Test
    void theWhatIfOfACountyListsEveryCentralTransferXinjiangLeavesOut() {
        PolicyComparison comparison = Pbm.compare(Generated.stream(SEED, PROJECTS), Presets.MOF_2020, Presets.XINJIANG);
        assertEquals(PROJECTS, comparison.first().projects());
        assertEquals(PROJECTS, comparison.second().projects());
        assertEquals(0, comparison.first().excluded());
        long nowExcluded = comparison.changes().stream().filter(c -> c.toKind() == OutcomeKind.EXCLUDED).count();
        assertEquals(comparison.second().excluded(), nowExcluded);
        // R-GRADE-2 puts [60, 70) in 差 where R-GRADE-1 has 中: some grades fall, none rises by the bands alone.
        assertTrue(comparison.changes().stream().anyMatch(c -> c.fromGrade().equals(java.util.Optional.of(Grade.FAIR))
                && c.toGrade().equals(java.util.Optional.of(Grade.POOR))));
    }

    @Test
    void severalThreadsSharingOnePipelineGetTheSameResults() throws Exception {
        List<Project> projects = Generated.projects(SEED, 300);
        Pipeline pipeline = Pipeline.of(Presets.MOF_2020);
        BatchResult expected = pipeline.evaluateAll(projects);
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<BatchResult>> runs = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                runs.add(threads.submit(() -> pipeline.evaluateAll(projects)));
            }
            for (Future<BatchResult> run : runs) {
                assertEquals(expected, run.get());
            }
        } finally {
            threads.shutdownNow();
        }
    }
}
