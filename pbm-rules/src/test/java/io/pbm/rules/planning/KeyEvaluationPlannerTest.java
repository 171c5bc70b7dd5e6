package io.pbm.rules.planning;

import static io.pbm.rules.planning.Projects.UNIT;
import static io.pbm.rules.planning.Projects.plain;
import static io.pbm.rules.planning.Projects.project;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pbm.core.InvalidValueException;
import io.pbm.core.budget.Amount;
import io.pbm.core.project.Project;
import io.pbm.rules.policy.Presets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Worked examples of R-PLAN-2: finance key evaluations, ≥ 10 at prefecture, ≥ 5 at county, not less money than last year. */
class KeyEvaluationPlannerTest {

    private final KeyEvaluationPlanner xinjiang = KeyEvaluationPlanner.of(Presets.XINJIANG);

    private static List<Project> eight() {
        return List.of(plain("P1", "100.00"), plain("P2", "800.00"), project("K1", UNIT, "50.00", true, false),
                plain("P3", "300.00"), plain("P4", "700.00"), project("K2", UNIT, "60.00", true, false),
                plain("P5", "200.00"), plain("P6", "400.00"));
    }

    @Test
    void R_PLAN_2_countyTakesKeyProjectsFirstThenTheLargestUntilCountAndMoneyAreReached() {
        KeyEvaluationPlan plan = xinjiang.select(eight(), AdministrativeLevel.COUNTY, Amount.of("1500.00"));
        // Five projects: K2, K1, P2, P4, P6 = 2010.00 ≥ 1500.00.
        assertEquals(List.of("K2", "K1", "P2", "P4", "P6"), plan.selectedIds());
        assertEquals(Optional.of(5), plan.minimum());
        assertEquals(Amount.of("2010.00"), plan.selectedAmount());
        assertTrue(plan.possible());
        assertEquals(SelectionReason.KEY, plan.selected().get(0).reason());
        assertEquals(SelectionReason.BUDGET, plan.selected().get(2).reason());
    }

    @Test
    void R_PLAN_2_moreProjectsWhenLastYearsMoneyNeedsThem() {
        KeyEvaluationPlan plan = xinjiang.select(eight(), AdministrativeLevel.COUNTY, Amount.of("2300.00"));
        // 2010.00 after five; P3 brings 2310.00.
        assertEquals(List.of("K2", "K1", "P2", "P4", "P6", "P3"), plan.selectedIds());
        assertTrue(plan.countReached() && plan.amountReached());
    }

    @Test
    void R_PLAN_2_prefectureWithTooFewProjectsIsImpossible() {
        KeyEvaluationPlan plan = xinjiang.select(eight(), AdministrativeLevel.PREFECTURE, Amount.ZERO);
        assertFalse(plan.possible());
        assertFalse(plan.countReached());
        assertEquals(8, plan.selected().size());
        assertEquals("prefecture finance key evaluation is impossible: only 8 projects, at least 10 are required",
                plan.message().render(Locale.ENGLISH));
        assertEquals("地市级财政重点评价无法满足：仅有8个项目，至少需要10个", plan.message().render(Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void R_PLAN_2_tooLittleMoneyIsImpossible() {
        KeyEvaluationPlan plan = xinjiang.select(eight(), AdministrativeLevel.COUNTY, Amount.of("99999.00"));
        assertFalse(plan.possible());
        assertTrue(plan.countReached());
        assertFalse(plan.amountReached());
        assertTrue(plan.message().render(Locale.ENGLISH).contains("less than last year's 99999.00"));
    }

    @Test
    void R_PLAN_2_mof2020SetsNoCountSoOnlyTheMoneyCounts() {
        KeyEvaluationPlan plan = KeyEvaluationPlanner.of(Presets.MOF_2020)
                .select(eight(), AdministrativeLevel.PREFECTURE, Amount.of("900.00"));
        assertTrue(plan.minimum().isEmpty());
        // K2 60 + K1 50 + P2 800 = 910 ≥ 900.
        assertEquals(List.of("K2", "K1", "P2"), plan.selectedIds());
        assertTrue(plan.possible());
        assertTrue(KeyEvaluationPlanner.of(Presets.MOF_2020)
                .select(eight(), AdministrativeLevel.COUNTY, Amount.ZERO).selected().isEmpty());
    }

    @Test
    void R_PLAN_2_badInputIsRefused() {
        List<Project> repeated = new ArrayList<>(eight());
        repeated.add(plain("P1", "1.00"));
        assertThrows(InvalidValueException.class,
                () -> xinjiang.select(repeated, AdministrativeLevel.COUNTY, Amount.ZERO));
        assertThrows(InvalidValueException.class,
                () -> xinjiang.select(eight(), AdministrativeLevel.COUNTY, Amount.of("-1.00")));
        assertThrows(NullPointerException.class, () -> xinjiang.select(eight(), null, Amount.ZERO));
    }
}
