package io.pbm.core.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pbm.core.FiscalYear;
import io.pbm.core.InvalidValueException;
import io.pbm.core.budget.Amount;
import io.pbm.core.budget.Budget;
import io.pbm.core.evaluation.EvaluationInput;
import io.pbm.core.evaluation.IndicatorActual;
import io.pbm.core.goal.Goal;
import io.pbm.core.goal.Indicator;
import io.pbm.core.goal.IndicatorFrame;
import io.pbm.core.goal.IndicatorValue;
import io.pbm.core.goal.JsonContractExample;
import io.pbm.core.goal.Level1;
import io.pbm.core.goal.Weight;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Unit-wide spending (部门整体支出, R-SCORE-UNIT). */
class UnitWideSpendingTest {

    private static Indicator dimension(String name, Level1 level1, String target, int weight) {
        return Indicator.builder().name(name).level1(level1).target(IndicatorValue.parse(target))
                .weight(Weight.of(weight)).build();
    }

    static Goal unitWideGoal() {
        return Goal.builder().frame(IndicatorFrame.UNIT_WIDE).addIndicators(
                dimension("“三公”经费控制率", Level1.RUNNING_COST, "≤100%", 15),
                dimension("预算编制准确率", Level1.MANAGEMENT_EFFICIENCY, "≥95%", 15),
                dimension("重点工作完成率", Level1.DUTY_PERFORMANCE, "=100%", 20),
                dimension("社会效益", Level1.SOCIAL_EFFECT, "显著提升", 15),
                dimension("制度建设", Level1.SUSTAINABILITY, "健全", 15),
                dimension("服务对象满意度", Level1.SERVICE_SATISFACTION, "≥90%", 10)).build();
    }

    private static UnitWideSpending.Builder spending() {
        return UnitWideSpending.builder().id("652826-2023-U01").unit(BudgetUnit.of("焉耆县住房和城乡建设局"))
                .year(FiscalYear.of(2023)).budget(Budget.of(Amount.of("8500000.00"), Amount.of("8120000.00")))
                .goal(unitWideGoal());
    }

    @Test
    void R_SCORE_UNIT_aUnitWideGoalUnderTheSixDimensionsBuilds() {
        UnitWideSpending spending = spending().build();
        assertEquals("652826-2023-U01", spending.id());
        assertEquals(IndicatorFrame.UNIT_WIDE, spending.goal().frame());
        assertEquals(6, spending.goal().indicators().size());
        spending.goal().indicators().forEach(i -> {
            assertEquals(Optional.empty(), i.level2(), i::name);
            assertEquals(IndicatorFrame.UNIT_WIDE, i.level1().frame(), i::name);
        });
        assertEquals(Optional.empty(), spending.evaluation());
    }

    @Test
    void anEvaluationInputIsKept() {
        EvaluationInput input = EvaluationInput.builder()
                .putActuals("重点工作完成率", IndicatorActual.of(IndicatorValue.parse("100%"))).build();
        assertEquals(Optional.of(input), spending().evaluation(input).build().evaluation());
    }

    @Test
    void R_SCORE_UNIT_aProjectFrameGoalIsRefused() {
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> spending().goal(JsonContractExample.goal()).build());
        assertEquals("goal frame", e.field());
        assertEquals("PROJECT", e.value());
        assertTrue(e.getMessage().contains("UNIT_WIDE for unit-wide spending"), e.getMessage());
        assertThrows(InvalidValueException.class, () -> spending().goal(Goal.none()).build());
    }

    @Test
    void aBlankIdIsRefused() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> spending().id("  ").build());
        assertEquals("unit-wide id", e.field());
    }

    @Test
    void missingGoalIsNamed() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> UnitWideSpending.builder()
                .id("u").unit(BudgetUnit.of("局")).year(FiscalYear.of(2023))
                .budget(Budget.of(Amount.ZERO, Amount.ZERO)).build());
        assertTrue(e.getMessage().contains("goal"), e.getMessage());
    }

    @Test
    void nullsAreNamed() {
        assertTrue(assertThrows(NullPointerException.class, () -> UnitWideSpending.builder().goal(null)).getMessage()
                .contains("goal"));
        assertTrue(assertThrows(NullPointerException.class, () -> UnitWideSpending.builder().id(null)).getMessage()
                .contains("id"));
    }
}
