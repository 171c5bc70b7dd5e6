package io.pbm.rules.planning;

import static io.pbm.rules.planning.Projects.UNIT;
import static io.pbm.rules.planning.Projects.plain;
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
import io.pbm.rules.explain.Message;
import io.pbm.rules.policy.Presets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The values of planning (R-PLAN-1…3) at their edges: what their constructors refuse, a share or an
 * amount reached exactly, a plan that falls short, and the one-line texts; and the cycle plan's ends.
 */
class PlanningValuesTest {

    private static final FiscalYear Y2024 = FiscalYear.of(2024);
    private static final String HASH = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

    private static PlannedProject planned(String id, String budget) {
        return new PlannedProject(id, "项目" + id, BudgetUnit.of(UNIT), Amount.of(budget), SelectionReason.BUDGET, null,
                Message.of("R-PLAN-1.cycleEnd", id, Y2024, 5));
    }

    private static DepartmentPlan department(int projects, String total, PlannedProject... selected) {
        return new DepartmentPlan(BudgetUnit.of(UNIT), Y2024, projects, Amount.of(total), List.of(selected),
                Ratio.of(1, 5));
    }

    @Test
    void R_PLAN_1_aCycleMayEndIn2100ButNotAfter() {
        DepartmentPlanner planner = DepartmentPlanner.of(Presets.XINJIANG);
        CyclePlan last = planner.cyclePlan(List.of(plain("P", "100.00")), FiscalYear.of(2096));
        assertEquals(FiscalYear.of(2100), last.last());
        assertThrows(InvalidValueException.class, () -> planner.cyclePlan(List.of(plain("P", "100.00")),
                FiscalYear.of(2097)));
    }

    @Test
    void R_PLAN_1_theLastYearOfACycleAddsOnlyTheProjectsNotYetCovered() {
        List<Project> projects = List.of(plain("P1", "100.00"), plain("P2", "100.00"), plain("P3", "100.00"),
                plain("P4", "100.00"), plain("P5", "100.00"));
        CyclePlan cycle = DepartmentPlanner.of(Presets.XINJIANG).cyclePlan(projects, Y2024);
        assertEquals(List.of(List.of("P1"), List.of("P2"), List.of("P3"), List.of("P4"), List.of("P5")),
                cycle.years().stream().map(y -> y.units().get(0).selectedIds()).toList());
    }

    @Test
    void R_PLAN_1_aProjectEvaluatedRecentlyButNotYetInTheCycleIsDueAtItsEndNotOverdue() {
        List<Project> projects = List.of(plain("N1", "1000.00"), plain("N2", "1000.00"), plain("N3", "1000.00"),
                plain("N4", "1000.00"), plain("R", "1.00", 2026));
        CyclePlan cycle = DepartmentPlanner.of(Presets.XINJIANG).cyclePlan(projects, Y2024);
        DepartmentPlan end = cycle.years().get(4).units().get(0);
        PlannedProject recent = end.selected().get(0);
        assertEquals("R", recent.projectId());
        assertEquals(SelectionReason.OVERDUE, recent.reason());
        assertEquals(Message.of("R-PLAN-1.cycleEnd", "R", FiscalYear.of(2028), 5), recent.message());
    }

    @Test
    void R_PLAN_1_aDepartmentPlanBelowItsShareIsNotReached() {
        DepartmentPlan below = department(3, "1000.00", planned("A", "199.99"));
        assertFalse(below.reached());
        assertEquals("R-PLAN-1.notReached", below.message().key());
        assertEquals(UNIT + " 2024: 1/3 projects, 199.99 of 1000.00 (below " + Ratio.of(1, 5) + ")", below.toString());
        DepartmentPlan exact = department(3, "1000.00", planned("A", "200.00"));
        assertTrue(exact.reached());
        assertEquals(UNIT + " 2024: 1/3 projects, 200.00 of 1000.00 (reached " + Ratio.of(1, 5) + ")", exact.toString());
    }

    @Test
    void R_PLAN_1_aDepartmentPlanCannotSelectMoreProjectsThanItHas() {
        assertEquals(1, department(1, "100.00", planned("A", "100.00")).projects());
        assertThrows(InvalidValueException.class, () -> department(1, "100.00", planned("A", "50.00"),
                planned("B", "50.00")));
    }

    @Test
    void R_PLAN_1_aYearOrCycleWithAUnitBelowItsShareIsNotAllReached() {
        DepartmentPlan below = department(3, "1000.00", planned("A", "100.00"));
        DepartmentPlan reached = department(1, "100.00", planned("B", "100.00"));
        YearPlan year = YearPlan.of(Y2024, List.of(reached, below));
        assertFalse(year.allReached());
        assertEquals(1, year.summary().unitsReached());
        assertFalse(new CyclePlan(Y2024, List.of(YearPlan.of(Y2024, List.of(reached)), year), Map.of()).allReached());
        assertTrue(new CyclePlan(Y2024, List.of(YearPlan.of(Y2024, List.of(reached))), Map.of()).allReached());
    }

    @Test
    void aPlanSummaryRefusesReachedUnitsOrSelectionsItCannotHave() {
        Amount total = Amount.of("100.00");
        assertEquals(2, new PlanSummary(2, 3, 3, total, total, 2).unitsReached());
        assertEquals(0, new PlanSummary(0, 0, 0, Amount.ZERO, Amount.ZERO, 0).units());
        assertThrows(InvalidValueException.class, () -> new PlanSummary(2, 3, 1, total, total, 3));
        assertThrows(InvalidValueException.class, () -> new PlanSummary(2, 3, 1, total, total, -1));
        assertThrows(InvalidValueException.class, () -> new PlanSummary(-1, 3, 1, total, total, -1));
        assertThrows(InvalidValueException.class, () -> new PlanSummary(2, 3, 4, total, total, 1));
        assertThrows(InvalidValueException.class, () -> new PlanSummary(2, 3, -1, total, total, 1));
    }

    @Test
    void aPlanSummarysShareIsEmptyWithoutABudget() {
        assertEquals(Optional.empty(), new PlanSummary(1, 1, 1, Amount.ZERO, Amount.ZERO, 1).share());
        assertEquals(Optional.of(Ratio.of(1, 4)),
                new PlanSummary(1, 2, 1, Amount.of("400.00"), Amount.of("100.00"), 1).share());
    }

    @Test
    void R_PLAN_2_anAmountReachedExactlyIsReachedAndAFenLessIsNot() {
        KeyEvaluationPlan exact = new KeyEvaluationPlan(AdministrativeLevel.COUNTY, null, Amount.of("300.00"), 2,
                List.of(planned("A", "100.00"), planned("B", "200.00")));
        assertTrue(exact.amountReached());
        assertTrue(exact.possible());
        assertEquals(Message.of("R-PLAN-2.reached", AdministrativeLevel.COUNTY, 2, "—", Amount.of("300.00"),
                Amount.of("300.00")), exact.message());
        assertEquals("COUNTY: 2 projects, 300.00 against 300.00", exact.toString());
        KeyEvaluationPlan short1 = new KeyEvaluationPlan(AdministrativeLevel.COUNTY, null, Amount.of("300.01"), 2,
                exact.selected());
        assertFalse(short1.amountReached());
        assertEquals("R-PLAN-2.tooLittle", short1.message().key());
        assertEquals("COUNTY: 2 projects, 300.00 against 300.01 (impossible)", short1.toString());
    }

    @Test
    void R_PLAN_2_aMinimumCountIsShownInTheMessage() {
        KeyEvaluationPlan counted = new KeyEvaluationPlan(AdministrativeLevel.PREFECTURE, 2, Amount.of("100.00"), 5,
                List.of(planned("A", "100.00"), planned("B", "200.00")));
        assertEquals(Message.of("R-PLAN-2.reached", AdministrativeLevel.PREFECTURE, 2, "2", Amount.of("300.00"),
                Amount.of("100.00")), counted.message());
        KeyEvaluationPlan tooFew = new KeyEvaluationPlan(AdministrativeLevel.PREFECTURE, 3, Amount.of("100.00"), 2,
                counted.selected());
        assertEquals(Message.of("R-PLAN-2.tooFew", AdministrativeLevel.PREFECTURE, 2, "3"), tooFew.message());
    }

    @Test
    void R_PLAN_2_aPlanCannotSelectMoreThanItsCandidates() {
        List<PlannedProject> two = List.of(planned("A", "100.00"), planned("B", "200.00"));
        assertEquals(2, new KeyEvaluationPlan(AdministrativeLevel.COUNTY, null, Amount.ZERO, 2, two).candidates());
        assertThrows(InvalidValueException.class,
                () -> new KeyEvaluationPlan(AdministrativeLevel.COUNTY, null, Amount.ZERO, 1, two));
    }

    @Test
    void R_PLAN_3_aSampledCandidateHasAHashOfSixtyFourHexDigitsAndARankFromOne() {
        SampledCandidate first = new SampledCandidate("P-1", HASH, 1);
        assertEquals(HASH + "  P-1", first.toString());
        assertThrows(InvalidValueException.class, () -> new SampledCandidate("P-1", HASH, 0));
        assertThrows(InvalidValueException.class, () -> new SampledCandidate("P-1", HASH.toUpperCase(), 1));
    }

    @Test
    void R_PLAN_3_aSampleCannotBeLargerThanItsCandidates() {
        List<SampledCandidate> ranked = List.of(new SampledCandidate("P-1", HASH, 1));
        SpotCheckSample all = new SpotCheckSample("seed", Ratio.ONE, ranked, 1);
        assertEquals("1 of 1 (share " + Ratio.ONE + ", seed seed): [P-1]", all.toString());
        assertEquals(0, new SpotCheckSample("seed", Ratio.ZERO, ranked, 0).count());
        assertThrows(InvalidValueException.class, () -> new SpotCheckSample("seed", Ratio.ONE, ranked, 2));
        assertThrows(InvalidValueException.class, () -> new SpotCheckSample("seed", Ratio.ONE, ranked, -1));
    }

    @Test
    void aPlannedProjectSaysItsIdBudgetAndReason() {
        assertEquals("A 100.00 BUDGET", planned("A", "100.00").toString());
    }

    @Test
    void eachSelectionReasonIsFoundByItsChineseAndEnglishLabels() {
        java.util.Set<String> labels = new java.util.HashSet<>();
        for (SelectionReason reason : SelectionReason.values()) {
            assertEquals(reason, io.pbm.core.Labelled.parse(SelectionReason.class, "reason", reason.label()));
            assertEquals(reason, io.pbm.core.Labelled.parse(SelectionReason.class, "reason", reason.englishLabel()));
            assertTrue(labels.add(reason.label()) && labels.add(reason.englishLabel()), reason.name());
        }
    }
}
