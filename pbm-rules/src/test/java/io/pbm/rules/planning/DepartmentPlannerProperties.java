package io.pbm.rules.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pbm.core.FiscalYear;
import io.pbm.core.budget.Amount;
import io.pbm.core.project.Project;
import io.pbm.rules.policy.Presets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Invariants of R-PLAN-1 over random units: random budgets (zero included), flags and past evaluations. */
class DepartmentPlannerProperties {

    private static final FiscalYear Y2024 = FiscalYear.of(2024);

    private final DepartmentPlanner planner = DepartmentPlanner.of(Presets.XINJIANG);

    @Provide
    Arbitrary<List<Project>> projects() {
        Arbitrary<Long> fen = Arbitraries.oneOf(Arbitraries.just(0L), Arbitraries.longs().between(0, 100_000_000_000L));
        Arbitrary<int[]> years = Arbitraries.integers().between(2012, 2023).set().ofMaxSize(3)
                .map(s -> s.stream().mapToInt(Integer::intValue).toArray());
        // Ids are given after generation, so that they are unique.
        return Combinators.combine(Arbitraries.integers().between(0, 2), fen, Arbitraries.integers().between(0, 3), years)
                .as(Spec::new).list().ofMinSize(1).ofMaxSize(25)
                .map(specs -> {
                    List<Project> list = new ArrayList<>();
                    for (int i = 0; i < specs.size(); i++) {
                        Spec spec = specs.get(i);
                        list.add(Projects.project("P" + i, "单位" + spec.unit(), Amount.ofFen(spec.fen()).toString(),
                                (spec.flags() & 1) != 0, (spec.flags() & 2) != 0, spec.years()));
                    }
                    return list;
                });
    }

    private record Spec(int unit, long fen, int flags, int[] years) {}

    @Property
    void R_PLAN_1_everyUnitReachesTheShare(@ForAll("projects") List<Project> projects) {
        YearPlan plan = planner.plan(projects, Y2024);
        for (DepartmentPlan unit : plan.units()) {
            // 5 × selected ≥ total, exactly.
            assertTrue(unit.selectedAmount().yuan().multiply(java.math.BigDecimal.valueOf(5))
                    .compareTo(unit.total().yuan()) >= 0, unit.toString());
            assertTrue(unit.reached());
        }
        assertEquals(projects.size(), plan.summary().projects());
    }

    @Property
    void R_PLAN_1_everyOverdueProjectIsSelected(@ForAll("projects") List<Project> projects) {
        Set<String> selected = new HashSet<>();
        planner.plan(projects, Y2024).units().forEach(u -> selected.addAll(u.selectedIds()));
        for (Project project : projects) {
            boolean overdue = project.history().lastEvaluated().map(y -> y.value() <= 2019).orElse(false);
            if (overdue) {
                assertTrue(selected.contains(project.id()), project.id());
            }
        }
    }

    @Property
    void R_PLAN_1_leavingOutTheLastProjectAddedFallsBelowTheShare(@ForAll("projects") List<Project> projects) {
        for (DepartmentPlan unit : planner.plan(projects, Y2024).units()) {
            List<PlannedProject> selected = unit.selected();
            if (selected.isEmpty() || selected.get(selected.size() - 1).reason() == SelectionReason.OVERDUE) {
                continue;
            }
            Amount without = unit.selectedAmount().minus(selected.get(selected.size() - 1).budget());
            assertFalse(without.yuan().multiply(java.math.BigDecimal.valueOf(5)).compareTo(unit.total().yuan()) >= 0,
                    unit.toString());
        }
    }

    @Property
    void R_PLAN_1_thePlanDoesNotDependOnInputOrder(@ForAll("projects") List<Project> projects, @ForAll Random random) {
        List<Project> shuffled = new ArrayList<>(projects);
        Collections.shuffle(shuffled, random);
        assertEquals(planner.plan(projects, Y2024), planner.plan(shuffled, Y2024));
    }

    @Property
    void R_PLAN_1_theCycleCoversEveryProjectAndEveryYearReachesTheShare(@ForAll("projects") List<Project> projects) {
        CyclePlan cycle = planner.cyclePlan(projects, Y2024);
        assertEquals(5, cycle.years().size());
        assertTrue(cycle.allReached());
        for (Project project : projects) {
            FiscalYear year = cycle.yearOf(project.id()).orElseThrow();
            assertFalse(year.isBefore(Y2024) || cycle.last().isBefore(year), project.id() + " " + year);
            // Each project's own deadline: its last evaluation plus the cycle.
            project.history().lastEvaluated().ifPresent(last ->
                    assertTrue(year.value() <= Math.max(2024, last.value() + 5), project.id() + " " + year));
        }
    }
}
