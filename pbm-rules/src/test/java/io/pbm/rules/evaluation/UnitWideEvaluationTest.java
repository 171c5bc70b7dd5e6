package io.pbm.rules.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pbm.core.FiscalYear;
import io.pbm.core.budget.Amount;
import io.pbm.core.budget.Budget;
import io.pbm.core.evaluation.EvaluationInput;
import io.pbm.core.evaluation.IndicatorActual;
import io.pbm.core.evaluation.QualitativeAchievement;
import io.pbm.core.goal.Goal;
import io.pbm.core.goal.Indicator;
import io.pbm.core.goal.IndicatorFrame;
import io.pbm.core.goal.IndicatorValue;
import io.pbm.core.goal.Level1;
import io.pbm.core.goal.Weight;
import io.pbm.core.grade.Grade;
import io.pbm.core.grade.Score;
import io.pbm.core.project.BudgetUnit;
import io.pbm.core.project.UnitWideSpending;
import io.pbm.rules.ProjectFixture;
import io.pbm.rules.policy.Presets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** R-SCORE-UNIT: a unit's whole spending, scored and graded like a project under its six dimensions. */
public class UnitWideEvaluationTest {

    private static Indicator indicator(Level1 level1, String name, String target, int weight) {
        return Indicator.builder().name(name).level1(level1).target(IndicatorValue.parse(target)).weight(Weight.of(weight))
                .build();
    }

    /**
     * A unit-wide record of 沙湾市财政局 with its six dimensions (R-SCORE-UNIT), for other tests too.
     *
     * @param spent  the amount spent of 5,000,000.00
     * @return the record
     */
    public static UnitWideSpending unit(String spent) {
        Goal goal = Goal.builder().frame(IndicatorFrame.UNIT_WIDE).text("保障单位正常运转，履行职能")
                .addIndicators(indicator(Level1.RUNNING_COST, "“三公”经费控制率", "<=100%", 15))
                .addIndicators(indicator(Level1.MANAGEMENT_EFFICIENCY, "预算调整率", "<=10%", 15))
                .addIndicators(indicator(Level1.DUTY_PERFORMANCE, "重点工作完成率", ">=95%", 20))
                .addIndicators(Indicator.builder().name("社会效应").level1(Level1.SOCIAL_EFFECT)
                        .target(IndicatorValue.text("社会影响良好")).weight(Weight.of(15)).build())
                .addIndicators(indicator(Level1.SUSTAINABILITY, "制度建设", ">=3项", 15))
                .addIndicators(indicator(Level1.SERVICE_SATISFACTION, "服务对象满意度", ">=90%", 10))
                .build();
        EvaluationInput evaluation = EvaluationInput.builder()
                .putActuals("“三公”经费控制率", IndicatorActual.of(IndicatorValue.parse("96%")))
                .putActuals("预算调整率", IndicatorActual.of(IndicatorValue.parse("12%")))
                .putActuals("重点工作完成率", IndicatorActual.builder().actual(IndicatorValue.parse("95%")).build())
                .putActuals("社会效应", IndicatorActual.builder().achievement(QualitativeAchievement.ACHIEVED)
                        .score(Score.of(14)).explanation("宣传覆盖面待提高").build())
                .putActuals("制度建设", IndicatorActual.of(IndicatorValue.parse("4项")))
                .putActuals("服务对象满意度", IndicatorActual.of(IndicatorValue.parse("92%")))
                .build();
        return UnitWideSpending.builder().id("unit-2023-001").unit(BudgetUnit.of("沙湾市财政局")).year(FiscalYear.of(2023))
                .budget(Budget.of(Amount.of("5000000.00"), Amount.of(spent)))
                .goal(goal)
                .evaluation(evaluation)
                .build();
    }

    @Test
    void R_SCORE_UNIT_unitWideSpendingIsScoredAndGraded() {
        EvaluationResult result = ProjectFixture.valid(EvaluationEngine.of(Presets.MOF_2020).evaluate(unit("4900000.00")));
        assertEquals("unit-2023-001", result.id());
        assertEquals("沙湾市财政局", result.name());
        assertEquals(BudgetUnit.of("沙湾市财政局"), result.unit());
        // execution 4.9 ÷ 5 × 10 = 9.80; ≤ 10 % adjusted 12 %: 15 × (20 − 12) ÷ 10 = 12.00
        assertEquals("9.80", result.executionScore().toString());
        List<String> scores = result.indicators().stream().map(i -> i.score().toString()).toList();
        assertEquals(List.of("15.00", "12.00", "20.00", "14.00", "15.00", "10.00"), scores);
        assertEquals("95.80", result.score().toString());
        assertEquals(Grade.EXCELLENT, result.rawGrade());
        assertEquals(Level1.RUNNING_COST, result.indicators().get(0).category());
        assertFalse(result.complete(), "预算调整率 missed its target without an explanation");
        assertTrue(result.warnings().stream().noneMatch(w -> w.rule() == io.pbm.rules.explain.RuleId.R_GOAL_3),
                "the project split (output/benefit/satisfaction) does not apply to the unit-wide dimensions");
    }

    @Test
    void R_SCORE_UNIT_gradedOnThePolicyScale() {
        // 4,000,000 of 5,000,000 spent: 8.00 → 94.00 under both presets, graded on each one's scale.
        EvaluationResult mof = ProjectFixture.valid(EvaluationEngine.of(Presets.MOF_2020).evaluate(unit("4000000.00")));
        EvaluationResult xinjiang = ProjectFixture.valid(EvaluationEngine.of(Presets.XINJIANG).evaluate(unit("4000000.00")));
        assertEquals("94.00", mof.score().toString());
        assertEquals(mof.score(), xinjiang.score());
        assertEquals(Grade.EXCELLENT, xinjiang.rawGrade());
        assertEquals(io.pbm.rules.explain.RuleId.R_GRADE_2, GradingTest.gradeStep(xinjiang).rule());
        assertEquals("XINJIANG", xinjiang.policyName());
    }
}
