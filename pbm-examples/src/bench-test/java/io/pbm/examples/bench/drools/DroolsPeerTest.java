package io.pbm.examples.bench.drools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pbm.core.project.Project;
import io.pbm.examples.sample.SampleGenerator;
import io.pbm.examples.sample.SampleProfile;
import io.pbm.rules.pipeline.BatchResult;
import io.pbm.rules.pipeline.Exclusion;
import io.pbm.rules.pipeline.Pipeline;
import io.pbm.rules.pipeline.ProjectOutcome;
import io.pbm.rules.pipeline.ProjectResult;
import io.pbm.rules.policy.Policy;
import io.pbm.rules.policy.Presets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The Drools peer of {@code ProvinceBenchmark.drools} computes what pbm computes (issue 7): on a large
 * sample of the province profile (20,000 projects; the benchmark's 67,280 would add minutes to a
 * bench build for no more branches), every project's total (R-SCORE-ROUND), raw grade (R-GRADE-2), final
 * grade (R-VETO-1…5), budget action and amount (R-LINK-1…4) equal pbm's pipeline's under XINJIANG, and
 * the projects XINJIANG excludes (R-PLAN-4) get no outcome.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DroolsPeerTest {

    private static final Policy POLICY = Presets.XINJIANG;

    private List<Project> projects;
    private BatchResult pbm;
    private List<ProjectFact> drools;

    @BeforeAll
    void evaluateTheProvinceBatchBothWays() {
        projects = SampleGenerator.generate(20_000, 1_000, 2019, SampleProfile.PROVINCE);
        pbm = Pipeline.of(POLICY).evaluateAll(projects);
        DroolsPeer peer = DroolsPeer.of(POLICY);
        drools = peer.run(peer.facts(projects));
    }

    @Test
    void theBatchHasNoRejectionsSoEveryProjectIsCompared() {
        assertTrue(pbm.rejected().isEmpty(), () -> pbm.rejected().size() + " rejected");
        assertEquals(projects.size(), drools.size());
    }

    @Test
    void everyTotalAndGradeEqualsPbms() {
        List<ProjectOutcome> outcomes = pbm.outcomes();
        int compared = 0;
        for (int i = 0; i < outcomes.size(); i++) {
            ProjectFact peer = drools.get(i);
            if (outcomes.get(i) instanceof ProjectResult result) {
                String id = result.projectId();
                assertEquals(id, peer.getId());
                assertEquals(result.score().points(), peer.getTotal().setScale(2), () -> "R-SCORE-ROUND total of " + id);
                assertEquals(result.rawGrade(), peer.getRawGrade(), () -> "R-GRADE-2 raw grade of " + id);
                assertEquals(result.grade(), peer.getFinalGrade(), () -> "R-VETO-5 final grade of " + id);
                compared++;
            }
        }
        assertEquals(pbm.results().size(), compared);
    }

    @Test
    void everyBudgetDecisionEqualsPbms() {
        for (ProjectOutcome outcome : pbm.outcomes()) {
            if (outcome instanceof ProjectResult result) {
                ProjectFact peer = drools.get((int) result.index());
                String id = result.projectId();
                assertEquals(result.budgetDecision().action(), peer.getAction(), () -> "R-LINK action of " + id);
                assertEquals(result.budgetDecision().after().yuan(), peer.getAfter().setScale(2),
                        () -> "R-LINK amount after of " + id);
            }
        }
    }

    @Test
    void excludedProjectsGetNoOutcome() {
        assertTrue(!pbm.excluded().isEmpty(), "the province batch has central transfers (R-PLAN-4)");
        for (Exclusion exclusion : pbm.excluded()) {
            ProjectFact peer = drools.get((int) exclusion.index());
            assertNull(peer.getTotal(), () -> "R-PLAN-4 excluded " + peer.getId());
        }
    }

    @Test
    void theBatchExercisesTheVetoesAndEveryGrade() {
        // Agreement would prove little if the batch never reached a veto or a band.
        assertTrue(pbm.results().stream().anyMatch(result -> result.vetoOutcome().vetoed()), "some veto fires");
        assertEquals(4, pbm.results().stream().map(ProjectResult::rawGrade).distinct().count(), "every grade");
    }
}
