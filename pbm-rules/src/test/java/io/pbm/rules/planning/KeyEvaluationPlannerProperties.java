package io.pbm.rules.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pbm.core.budget.Amount;
import io.pbm.core.project.Project;
import io.pbm.rules.policy.Presets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

/** R-PLAN-2: the selection is impossible exactly when the whole batch cannot meet the count or the money. */
class KeyEvaluationPlannerProperties {

    @Provide
    Arbitrary<List<Project>> projects() {
        return Combinators.combine(Arbitraries.longs().between(0, 10_000_000L), Arbitraries.of(true, false))
                .as((fen, key) -> new Object[] {fen, key}).list().ofMaxSize(15).map(specs -> {
                    List<Project> list = new ArrayList<>();
                    for (int i = 0; i < specs.size(); i++) {
                        list.add(Projects.project("P" + i, Projects.UNIT, Amount.ofFen((Long) specs.get(i)[0]).toString(),
                                (Boolean) specs.get(i)[1], false));
                    }
                    return list;
                });
    }

    @Property
    void R_PLAN_2_impossibleOnlyWhenTheBatchFallsShort(@ForAll("projects") List<Project> projects,
            @ForAll AdministrativeLevel level, @ForAll @LongRange(min = 0, max = 50_000_000L) long previousFen) {
        Amount previous = Amount.ofFen(previousFen);
        KeyEvaluationPlan plan = KeyEvaluationPlanner.of(Presets.XINJIANG).select(projects, level, previous);
        Amount all = Amount.ZERO;
        for (Project project : projects) {
            all = all.plus(project.budget().adjusted());
        }
        int minimum = level == AdministrativeLevel.PREFECTURE ? 10 : 5;
        boolean feasible = projects.size() >= minimum && all.compareTo(previous) >= 0;
        assertEquals(feasible, plan.possible());
        if (!feasible) {
            assertEquals(projects.size(), plan.selected().size());
        } else {
            assertTrue(plan.selected().size() >= minimum);
            assertTrue(plan.selectedAmount().compareTo(previous) >= 0);
            // Key projects are never passed over for others.
            boolean othersStarted = false;
            for (PlannedProject selected : plan.selected()) {
                othersStarted |= selected.reason() != SelectionReason.KEY;
                assertTrue(!othersStarted || selected.reason() != SelectionReason.KEY);
            }
        }
    }
}
