package io.pbm.rules.planning;

import static io.pbm.rules.planning.Projects.UNIT;
import static io.pbm.rules.planning.Projects.plain;
import static io.pbm.rules.planning.Projects.project;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pbm.core.FiscalYear;
import io.pbm.core.InvalidValueException;
import io.pbm.core.Ratio;
import io.pbm.core.budget.Amount;
import io.pbm.core.project.BudgetUnit;
import io.pbm.core.project.Project;
import io.pbm.rules.policy.Presets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Worked examples of R-PLAN-1: department evaluation of at least 20 % of a unit's budget, every project in 5 years. */
class DepartmentPlannerTest {

    private static final FiscalYear Y2024 = FiscalYear.of(2024);

    private final DepartmentPlanner planner = DepartmentPlanner.of(Presets.XINJIANG);

    private DepartmentPlan only(List<Project> projects) {
        YearPlan plan = planner.plan(projects, Y2024);
        assertEquals(1, plan.units().size());
        return plan.units().get(0);
    }

    @Test
    void R_PLAN_1_keyAndOneTimeProjectsNeverEvaluatedComeFirstThenTheLongestWait() {
        DepartmentPlan plan = only(List.of(
                project("A", UNIT, "1000000.00", true, false),
                plain("B", "3000000.00", 2022),
                project("C", UNIT, "500000.00", false, true),
                plain("D", "2000000.00", 2021),
                plain("E", "3500000.00")));
        // 20 % of 10,000,000 is 2,000,000: A (key) and C (one-time) give 1,500,000; E, never evaluated, completes it.
        assertEquals(List.of("A", "C", "E"), plan.selectedIds());
        assertEquals(List.of(SelectionReason.KEY, SelectionReason.ONE_TIME, SelectionReason.NEVER_EVALUATED),
                plan.selected().stream().map(PlannedProject::reason).toList());
        assertEquals(Amount.of("5000000.00"), plan.selectedAmount());
        assertEquals(Amount.of("10000000.00"), plan.total());
        assertEquals(Ratio.of(1, 2), plan.share().orElseThrow());
        assertTrue(plan.reached());
        assertEquals(5, plan.projects());
    }

    @Test
    void R_PLAN_1_evaluatedProjectsByOldestEvaluationThenLargestBudget() {
        DepartmentPlan plan = only(List.of(
                plain("B", "300.00", 2022),
                plain("D", "100.00", 2021),
                plain("F", "150.00", 2021),
                plain("G", "450.00", 2023)));
        // Total 1000, 20 % is 200: 2021 comes first, and within 2021 the larger budget: F (150), then D (100).
        assertEquals(List.of("F", "D"), plan.selectedIds());
        assertEquals(SelectionReason.BUDGET, plan.selected().get(0).reason());
        assertEquals(FiscalYear.of(2021), plan.selected().get(0).lastEvaluation().orElseThrow());
    }

    @Test
    void R_PLAN_1_overdueProjectIsSelectedWhateverTheShare() {
        DepartmentPlan plan = only(List.of(
                plain("OLD", "100.00", 2017, 2019),
                project("KEY", UNIT, "5000.00", true, false),
                plain("RECENT", "1000.00", 2020)));
        // Evaluated last in 2019, cycle 5: due in 2024. 2020 is not due before 2025.
        assertEquals(List.of("OLD", "KEY"), plan.selectedIds());
        assertEquals(SelectionReason.OVERDUE, plan.selected().get(0).reason());
        assertTrue(plan.selected().get(0).message().render(Locale.ENGLISH).contains("last evaluated in 2019"),
                plan.selected().get(0).message().render(Locale.ENGLISH));
    }

    @Test
    void R_PLAN_1_overdueProjectsAloneMayExceedTheShare() {
        DepartmentPlan plan = only(List.of(plain("OLD", "900.00", 2018), plain("NEW", "100.00")));
        assertEquals(List.of("OLD"), plan.selectedIds());
        assertEquals(Ratio.of(9, 10), plan.share().orElseThrow());
    }

    @Test
    void R_PLAN_1_shareIsComparedExactlyAtTheFen() {
        // 5 × 200.01 = 1000.05 = the total: exactly 20 %, reached.
        DepartmentPlan exact = only(List.of(plain("X", "800.04", 2023), plain("Y", "200.01", 2022)));
        assertEquals(List.of("Y"), exact.selectedIds());
        assertTrue(exact.reached());
        // One fen less is below 20 %, so X is needed too.
        DepartmentPlan below = only(List.of(plain("X", "800.05", 2023), plain("Y", "200.00", 2022)));
        assertEquals(List.of("Y", "X"), below.selectedIds());
    }

    @Test
    void R_PLAN_1_aUnitWithNoBudgetReachesTheShareWithNothing() {
        DepartmentPlan plan = only(List.of(plain("Z1", "0.00", 2022), plain("Z2", "0.00")));
        assertTrue(plan.selected().isEmpty());
        assertTrue(plan.reached());
        assertTrue(plan.share().isEmpty());
    }

    @Test
    void R_PLAN_1_unitsArePlannedSeparatelyInOrderOfName() {
        YearPlan plan = planner.plan(List.of(
                project("B1", "乙局", "100.00", false, false),
                project("A1", "甲局", "100.00", false, false, 2022),
                project("A2", "甲局", "400.00", false, false, 2023),
                project("B2", "乙局", "900.00", false, false, 2023)), Y2024);
        assertEquals(List.of(BudgetUnit.of("乙局"), BudgetUnit.of("甲局")),
                plan.units().stream().map(DepartmentPlan::unit).toList());
        assertEquals(List.of("B1", "B2"), plan.unit(BudgetUnit.of("乙局")).orElseThrow().selectedIds());
        assertEquals(List.of("A1"), plan.unit(BudgetUnit.of("甲局")).orElseThrow().selectedIds());
        PlanSummary summary = plan.summary();
        assertEquals(2, summary.units());
        assertEquals(4, summary.projects());
        assertEquals(3, summary.selected());
        assertEquals(Amount.of("1500.00"), summary.total());
        assertEquals(Amount.of("1100.00"), summary.selectedAmount());
        assertEquals(2, summary.unitsReached());
        assertTrue(plan.allReached());
    }

    @Test
    void R_PLAN_1_evaluationsInOrAfterThePlanYearAreNotBeforeIt() {
        DepartmentPlan plan = only(List.of(project("K", UNIT, "100.00", true, false, 2024), plain("P", "900.00", 2023)));
        assertEquals(SelectionReason.KEY, plan.selected().get(0).reason());
        assertTrue(plan.selected().get(0).lastEvaluation().isEmpty());
    }

    @Test
    void R_PLAN_1_cyclePlanCoversEveryProjectOnceInFiveYears() {
        List<Project> projects = List.of(plain("P1", "100.00"), plain("P2", "100.00"), plain("P3", "100.00"),
                plain("P4", "100.00"), plain("P5", "100.00"));
        CyclePlan cycle = planner.cyclePlan(projects, Y2024);
        assertEquals(5, cycle.years().size());
        assertEquals(FiscalYear.of(2028), cycle.last());
        // Equal budgets: one project a year reaches exactly 20 %, by id.
        assertEquals(Map.of("P1", FiscalYear.of(2024), "P2", FiscalYear.of(2025), "P3", FiscalYear.of(2026),
                "P4", FiscalYear.of(2027), "P5", FiscalYear.of(2028)), cycle.coverage());
        assertTrue(cycle.allReached());
        // In the last year the one project not yet covered is due.
        assertEquals(SelectionReason.OVERDUE, cycle.years().get(4).units().get(0).selected().get(0).reason());
    }

    @Test
    void R_PLAN_1_cyclePlanMeetsEachProjectsOwnDeadline() {
        List<Project> projects = List.of(plain("NEVER", "5000.00"), plain("P2020", "1.00", 2020));
        CyclePlan cycle = planner.cyclePlan(projects, Y2024);
        // 2024: NEVER, the longest wait, reaches the share alone. P2020 is due in 2025, small as it is.
        assertEquals(List.of("NEVER"), cycle.years().get(0).units().get(0).selectedIds());
        assertEquals(FiscalYear.of(2025), cycle.yearOf("P2020").orElseThrow());
        assertEquals(SelectionReason.OVERDUE, cycle.years().get(1).units().get(0).selected().get(0).reason());
        assertTrue(cycle.allReached());
    }

    @Test
    void R_PLAN_1_repeatedIdsAreRefused() {
        assertThrows(InvalidValueException.class,
                () -> planner.plan(List.of(plain("P", "1.00"), plain("P", "2.00")), Y2024));
    }

    @Test
    void R_PLAN_1_planExplainsItselfInBothLanguages() {
        DepartmentPlan plan = only(List.of(plain("P", "100.00"), plain("Q", "400.00", 2023)));
        assertEquals(UNIT + " 2024: 1 of 2 projects selected for department evaluation, 100.00 of 500.00 (20.00%),"
                + " reaching the required 20%", plan.message().render(Locale.ENGLISH));
        assertTrue(plan.message().render(Locale.SIMPLIFIED_CHINESE).contains("达到规定的20%"));
        for (PlannedProject selected : plan.selected()) {
            assertFalse(selected.message().render(Locale.ENGLISH).startsWith(selected.message().key()));
            assertFalse(selected.message().render(Locale.CHINESE).startsWith(selected.message().key()));
        }
    }
}
