package io.pbm.rules.evaluation;

import io.pbm.rules.explain.Rejection;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pbm.core.budget.Amount;
import io.pbm.core.budget.Budget;
import io.pbm.core.evaluation.EvaluationKind;
import io.pbm.core.evaluation.FrameFormula;
import io.pbm.core.evaluation.FrameItem;
import io.pbm.core.evaluation.FrameSection;
import io.pbm.core.goal.IndicatorValue;
import io.pbm.core.goal.Weight;
import io.pbm.core.grade.Grade;
import io.pbm.core.grade.Score;
import io.pbm.rules.ProjectFixture;
import io.pbm.rules.explain.RuleId;
import io.pbm.rules.explain.Warning;
import io.pbm.rules.policy.Presets;
import io.pbm.rules.scoring.IndicatorResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/** R-SCORE-FRAME and R-GOAL-8: department and finance evaluations in the four-part frame. */
class FrameEvaluationTest {

    private static final Budget BUDGET = Budget.builder().adjusted(Amount.of("2000000.00"))
            .received(Amount.of("1800000.00")).spent(Amount.of("1620000.00")).build();

    private static FrameItem given(FrameSection section, String name, int weight, String score) {
        return FrameItem.builder().section(section).name(name).weight(Weight.of(weight)).score(Score.parse(score)).build();
    }

    private static FrameItem formula(FrameSection section, String name, int weight, FrameFormula formula) {
        return FrameItem.builder().section(section).name(name).weight(Weight.of(weight)).formula(formula).build();
    }

    private static FrameItem formula(FrameSection section, String name, int weight, FrameFormula formula,
            String target, String actual) {
        return FrameItem.builder().section(section).name(name).weight(Weight.of(weight)).formula(formula)
                .target(IndicatorValue.parse(target)).actual(IndicatorValue.parse(actual)).build();
    }

    private static FrameItem compared(FrameSection section, String name, int weight, String target, String actual) {
        return FrameItem.builder().section(section).name(name).weight(Weight.of(weight))
                .target(IndicatorValue.parse(target)).actual(IndicatorValue.parse(actual)).build();
    }

    /** 决策 20 / 过程 20 / 产出 30 / 效益 30, the policy's split. */
    private static ProjectFixture department() {
        return ProjectFixture.project("dept").budget(BUDGET).kind(EvaluationKind.DEPARTMENT)
                .frameItem(given(FrameSection.DECISION, "立项依据充分性", 20, "18"))
                .frameItem(formula(FrameSection.PROCESS, "资金到位率", 10, FrameFormula.FUNDS_AVAILABILITY))
                .frameItem(formula(FrameSection.PROCESS, "预算执行率", 10, FrameFormula.EXECUTION))
                .frameItem(formula(FrameSection.OUTPUT, "实际完成率", 30, FrameFormula.COMPLETION, "12公里", "11.5公里"))
                .frameItem(formula(FrameSection.BENEFIT, "成本节约率", 10, FrameFormula.COST_SAVING, "100万元", "90万元"))
                .frameItem(compared(FrameSection.BENEFIT, "满意度", 20, ">=90%", "93"));
    }

    @Test
    void R_SCORE_FRAME_aDepartmentEvaluationIsScoredInItsFrame() {
        EvaluationResult result = department().evaluate(Presets.MOF_2020);
        assertEquals(EvaluationKind.DEPARTMENT, result.kind());
        List<String> scores = result.indicators().stream().map(i -> i.name() + "=" + i.score()).toList();
        // 18; 1.8 ÷ 2.0 × 10 = 9; 1.62 ÷ 1.8 × 10 = 9; 11.5 × 30 ÷ 12 = 28.75; a saving: full 10; 93 ≥ 90: full 20
        assertEquals(List.of("立项依据充分性=18.00", "资金到位率=9.00", "预算执行率=9.00", "实际完成率=28.75", "成本节约率=10.00",
                "满意度=20.00"), scores);
        assertEquals("0.00", result.executionScore().toString(), "spending is scored by its items");
        assertEquals("94.75", result.score().toString());
        assertEquals(Grade.EXCELLENT, result.rawGrade());
        assertEquals(List.of(), result.warnings());
        assertEquals(FrameSection.PROCESS, result.indicators().get(1).category());
        for (IndicatorResult item : result.indicators()) {
            assertTrue(!result.trace().about(item.name()).isEmpty(), item.name());
        }
        assertTrue(result.complete());
    }

    @Test
    void R_SCORE_FRAME_aCostOverrunLosesItsShare() {
        EvaluationResult result = ProjectFixture.project("overrun").budget(BUDGET).kind(EvaluationKind.FINANCE)
                .frameItem(given(FrameSection.DECISION, "决策", 20, "20"))
                .frameItem(given(FrameSection.PROCESS, "过程", 20, "20"))
                .frameItem(given(FrameSection.OUTPUT, "产出", 30, "30"))
                .frameItem(formula(FrameSection.BENEFIT, "成本节约率", 30, FrameFormula.COST_SAVING, "100万元", "110万元"))
                .evaluate(Presets.MOF_2020);
        // a 10 % overrun: 30 × (2 × 100 − 110) ÷ 100 = 27
        assertEquals("27.00", result.indicator("成本节约率").orElseThrow().score().toString());
        assertEquals("97.00", result.score().toString());
    }

    @Test
    void R_SCORE_FRAME_weightsNotAddingTo100AreRejected() {
        Rejection rejection = ProjectFixture.project("dept90").budget(BUDGET).kind(EvaluationKind.DEPARTMENT)
                .frameItem(given(FrameSection.DECISION, "立项依据充分性", 20, "18"))
                .frameItem(given(FrameSection.PROCESS, "资金使用合规性", 20, "20"))
                .frameItem(given(FrameSection.OUTPUT, "质量达标率", 30, "30"))
                .frameItem(given(FrameSection.BENEFIT, "实施效益", 20, "20"))
                .reject(Presets.MOF_2020);
        assertEquals(1, rejection.problems().size(), rejection::toString);
        assertEquals("R-SCORE-FRAME", rejection.problems().get(0).code());
        assertEquals("/frameItems", rejection.problems().get(0).path());
    }

    @Test
    void R_SCORE_FRAME_aSplitOtherThanThePolicysIsAWarning() {
        // 决策 15 / 过程 15 / 产出 40 / 效益 30
        EvaluationResult result = ProjectFixture.project("split").budget(BUDGET).kind(EvaluationKind.DEPARTMENT)
                .frameItem(given(FrameSection.DECISION, "立项依据充分性", 15, "15"))
                .frameItem(given(FrameSection.PROCESS, "资金使用合规性", 15, "15"))
                .frameItem(given(FrameSection.OUTPUT, "质量达标率", 40, "40"))
                .frameItem(given(FrameSection.BENEFIT, "实施效益", 30, "30"))
                .evaluate(Presets.MOF_2020);
        assertEquals("100.00", result.score().toString());
        List<Warning> split = result.warnings().stream().filter(w -> w.rule() == RuleId.R_SCORE_FRAME).toList();
        assertEquals(3, split.size(), result.warnings()::toString);
        assertTrue(result.warnings().stream().noneMatch(w -> w.rule() == RuleId.R_GOAL_8));
    }

    @Test
    void R_GOAL_8_outputAndBenefitBelowSixtyPercentIsAWarning() {
        // 决策 25 / 过程 20 / 产出 30 / 效益 25: output + benefit = 55 < 60
        EvaluationResult result = ProjectFixture.project("goal8").budget(BUDGET).kind(EvaluationKind.FINANCE)
                .frameItem(given(FrameSection.DECISION, "立项依据充分性", 25, "25"))
                .frameItem(given(FrameSection.PROCESS, "资金使用合规性", 20, "20"))
                .frameItem(given(FrameSection.OUTPUT, "质量达标率", 30, "30"))
                .frameItem(given(FrameSection.BENEFIT, "实施效益", 25, "25"))
                .evaluate(Presets.MOF_2020);
        List<Warning> goal8 = result.warnings().stream().filter(w -> w.rule() == RuleId.R_GOAL_8).toList();
        assertEquals(1, goal8.size(), result.warnings()::toString);
        assertTrue(goal8.get(0).render(java.util.Locale.ENGLISH).contains("55.00"), goal8::toString);
        assertEquals("100.00", result.score().toString());
    }

    @Test
    void R_SCORE_FRAME_aFormulaWithoutItsInputIsRejectedWithItsLocation() {
        Rejection rejection = ProjectFixture.project("noreceived").budget("2000000.00", "1000000.00")
                .kind(EvaluationKind.DEPARTMENT)
                .frameItem(given(FrameSection.DECISION, "立项依据充分性", 20, "20"))
                .frameItem(formula(FrameSection.PROCESS, "资金到位率", 20, FrameFormula.FUNDS_AVAILABILITY))
                .frameItem(given(FrameSection.OUTPUT, "质量达标率", 30, "30"))
                .frameItem(given(FrameSection.BENEFIT, "实施效益", 30, "30"))
                .reject(Presets.MOF_2020);
        assertEquals(List.of("R-SCORE-FRAME /budget/received"),
                rejection.problems().stream().map(p -> p.code() + " " + p.path()).toList());
    }

    @Test
    void R_SCORE_FRAME_aDepartmentEvaluationWithoutItemsIsScoredOnTheProjectsTableWithAWarning() {
        io.pbm.core.project.Project project = io.pbm.rules.Examples.contractVariant("dept",
                io.pbm.core.budget.FundCategory.GENERAL_PUBLIC, e -> e.kind(io.pbm.core.evaluation.EvaluationKind.DEPARTMENT));
        EvaluationResult result = EvaluationEngine.of(io.pbm.rules.policy.Presets.MOF_2020).evaluate(project).get();
        assertEquals("88.73", result.score().toString());
        assertTrue(result.warnings().stream().anyMatch(w -> w.rule() == io.pbm.rules.explain.RuleId.R_SCORE_FRAME
                && w.render(java.util.Locale.ENGLISH).contains("department evaluation has no decision")),
                result.warnings()::toString);
    }
}
