package io.pbm.rules.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pbm.core.Ratio;
import io.pbm.core.budget.Amount;
import io.pbm.core.budget.BudgetAction;
import io.pbm.core.budget.FundCategory;
import io.pbm.core.evaluation.EvaluationInput;
import io.pbm.core.evaluation.IndicatorActual;
import io.pbm.core.evaluation.QualitativeAchievement;
import io.pbm.core.evaluation.SupervisionFindings;
import io.pbm.core.goal.Goal;
import io.pbm.core.goal.Indicator;
import io.pbm.core.goal.Weight;
import io.pbm.core.grade.Grade;
import io.pbm.core.grade.Score;
import io.pbm.core.project.Project;
import io.pbm.rules.Examples;
import io.pbm.rules.Pbm;
import io.pbm.rules.explain.RuleId;
import io.pbm.rules.policy.Presets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The pipeline end to end: the example of json-contract.md (88.73 → 良 → 中 by R-VETO-1 → CUT 1737450.00 by
 * R-LINK-3, and its summary), exclusion (R-PLAN-4), rejection with every problem, the report review
 * (R-REVIEW-1) and the streaming form.
 */
class PipelineTest {

    private static final Project CONTRACT = Examples.contractProject();

    /** The contract project as a central transfer, its report reviewed below 90 (R-REVIEW-1). */
    private static final Project TRANSFER = Examples.contractVariant("652826-2023-090", FundCategory.CENTRAL_TRANSFER,
            input -> input.reportReviewScore(Score.of(85)).findings(SupervisionFindings.none()));

    /** The contract project with two problems: weights adding to 100 (R-GOAL-3) and a qualitative score missing. */
    private static final Project BROKEN = broken();

    private static Project broken() {
        Goal goal = Goal.builder().from(CONTRACT.goal()).indicators(CONTRACT.goal().indicators().stream()
                .map(i -> i.name().equals("群众满意度") ? Indicator.builder().from(i).weight(Weight.of(20)).build() : i)
                .toList()).build();
        Map<String, IndicatorActual> actuals = new LinkedHashMap<>(CONTRACT.evaluation().orElseThrow().actuals());
        actuals.put("排涝能力提升", IndicatorActual.builder().achievement(QualitativeAchievement.PARTLY_ACHIEVED).build());
        return Project.builder().from(CONTRACT).id("652826-2023-099").goal(goal)
                .evaluation(EvaluationInput.builder().from(CONTRACT.evaluation().orElseThrow()).actuals(actuals).build())
                .build();
    }

    @Test
    void contractExampleEndToEnd() {
        ProjectResult result = Pbm.evaluate(CONTRACT, Presets.MOF_2020).asResult().orElseThrow();
        assertEquals("652826-2023-017", result.projectId());
        assertEquals("焉耆县住房和城乡建设局", result.unit().name());
        assertEquals("88.73", result.score().toString());
        assertEquals("9.51", result.evaluation().executionScore().toString());
        assertEquals(Grade.GOOD, result.rawGrade());
        assertEquals(Grade.FAIR, result.grade());
        assertEquals(1, result.vetoes().size());
        assertEquals(RuleId.R_VETO_1, result.vetoes().get(0).rule());
        assertEquals(Grade.FAIR, result.vetoes().get(0).cappedAt());
        assertTrue(result.evaluation().complete());
        assertTrue(result.warnings().isEmpty());
        assertFalse(result.reportReturned());
        assertEquals(BudgetAction.CUT, result.budgetDecision().action());
        assertEquals("1930500.00", result.budgetDecision().before().toString());
        assertEquals("1737450.00", result.budgetDecision().after().toString());
        assertEquals(RuleId.R_LINK_3, result.budgetDecision().rule());
        assertEquals(0, result.index());
    }

    @Test
    void contractSummaryAsTheContractShows() {
        Summary summary = Pbm.evaluateAll(List.of(CONTRACT), Presets.MOF_2020).summary();
        assertEquals(1, summary.projects());
        assertEquals(1, summary.evaluated());
        assertEquals(0, summary.excluded());
        assertEquals(0, summary.rejected());
        assertEquals(List.of(Grade.EXCELLENT, Grade.GOOD, Grade.FAIR, Grade.POOR), List.copyOf(summary.grades().keySet()));
        assertEquals(List.of(0L, 0L, 1L, 0L), List.copyOf(summary.grades().values()));
        assertEquals("88.73", summary.meanScore().orElseThrow().toString());
        assertEquals("0.9505", summary.executionRate().orElseThrow().toDecimal(4).toPlainString());
        assertEquals("1930500.00", summary.adjusted().toString(), "Σ adjusted budget, 全年预算数");
        assertEquals("1835000.00", summary.spent().toString(), "Σ spent, 全年执行数");
        assertEquals(Map.of(RuleId.R_VETO_1, 1L), summary.vetoes());
        assertEquals("1930500.00", summary.budgetBefore().toString());
        assertEquals("1737450.00", summary.budgetAfter().toString());
        assertEquals("优 0 / 良 0 / 中 1 / 差 0", summary.gradesLine(Locale.SIMPLIFIED_CHINESE));
        assertEquals(1, summary.units().get(CONTRACT.unit()).count(BudgetAction.CUT));
        assertEquals("MOF_2020", summary.policyName());
    }

    @Test
    void explanationAnswersWhyFairAndNotGood() {
        ProjectResult result = Pbm.evaluate(CONTRACT, Presets.MOF_2020).asResult().orElseThrow();
        String chinese = result.explain();
        assertTrue(chinese.contains("总分 88.73，等级 良"), chinese);
        assertTrue(chinese.contains("否决后最终等级：中"), chinese);
        assertTrue(chinese.contains("R-VETO-1 → FAIR: 审计、财会监督发现问题：等级最高为中（原等级良）"), chinese);
        assertTrue(chinese.contains("预算安排：调减 1930500.00 → 1737450.00 (R-LINK-3)"), chinese);
        String english = result.explain(Locale.ENGLISH);
        assertTrue(english.contains("Final grade after vetoes: fair"), english);
        assertTrue(english.contains("Budget decision: cut 1930500.00 → 1737450.00 (R-LINK-3)"), english);
        List<RuleId> rules = result.trace().steps().stream().map(s -> s.rule()).toList();
        assertTrue(rules.containsAll(List.of(RuleId.R_SCORE_GE, RuleId.R_GRADE_1, RuleId.R_VETO_1, RuleId.R_VETO_5,
                RuleId.R_LINK_3)), rules::toString);
    }

    @Test
    void R_PLAN_4_xinjiangExcludesCentralTransfersWithTheRule() {
        ProjectOutcome outcome = Pipeline.of(Presets.XINJIANG).evaluate(TRANSFER, 7);
        Exclusion exclusion = outcome.asExclusion().orElseThrow();
        assertEquals(OutcomeKind.EXCLUDED, outcome.kind());
        assertEquals(RuleId.R_PLAN_4, exclusion.rule());
        assertEquals(7, exclusion.index());
        assertEquals("652826-2023-090", exclusion.projectId());
        assertEquals(FundCategory.CENTRAL_TRANSFER, exclusion.fundCategory());
        assertEquals("资金类别为中央转移支付，按政策XINJIANG不纳入本次自评", exclusion.message().toString());
    }

    @Test
    void R_PLAN_4_anExcludedProjectIsNotEvaluatedEvenWithoutAnEvaluation() {
        Project bare = Project.builder().from(TRANSFER).evaluation(java.util.Optional.empty()).build();
        assertEquals(OutcomeKind.EXCLUDED, Pbm.evaluate(bare, Presets.XINJIANG).kind());
        assertEquals(OutcomeKind.REJECTED, Pbm.evaluate(bare, Presets.MOF_2020).kind());
    }

    @Test
    void R_PLAN_4_mofExcludesNothing() {
        assertEquals(OutcomeKind.EVALUATED, Pbm.evaluate(TRANSFER, Presets.MOF_2020).kind());
    }

    @Test
    void R_REVIEW_1_aReturnedReportIsFlaggedAndCounted() {
        BatchResult batch = Pbm.evaluateAll(List.of(TRANSFER), Presets.MOF_2020);
        ProjectResult result = batch.results().get(0);
        assertTrue(result.reportReturned());
        assertEquals(Grade.GOOD, result.grade());
        assertEquals(RuleId.R_REVIEW_1, result.warnings().get(result.warnings().size() - 1).rule());
        assertEquals(1, batch.summary().reportsReturned());
        assertTrue(result.explain().contains("退回整改"), result::explain);
    }

    @Test
    void aRejectionCarriesEveryProblemAndTheInputIndex() {
        BatchResult batch = Pbm.evaluateAll(List.of(CONTRACT, BROKEN), Presets.MOF_2020);
        assertEquals(1, batch.rejected().size());
        RejectedProject rejected = batch.rejected().get(0);
        assertEquals(1, rejected.index());
        assertEquals("652826-2023-099", rejected.projectId());
        List<String> codes = rejected.problems().stream().map(p -> p.code()).toList();
        assertTrue(codes.contains("R-GOAL-3") && codes.contains("R-SCORE-QUAL"), codes::toString);
        assertEquals(1, batch.summary().rejected());
        assertEquals(1, batch.summary().evaluated());
    }

    @Test
    void aRepeatedIdIsRejectedAndTheFirstStands() {
        BatchResult batch = Pbm.evaluateAll(List.of(CONTRACT, CONTRACT), Presets.MOF_2020);
        assertEquals(1, batch.results().size());
        assertEquals(0L, batch.results().get(0).index());
        RejectedProject repeated = batch.rejected().get(0);
        assertEquals(1L, repeated.index());
        assertEquals("id.duplicate", repeated.problems().get(0).code());
        assertEquals("/id", repeated.problems().get(0).path());
        assertEquals(2, batch.summary().projects());
    }

    @Test
    void outcomesKeepInputOrderAcrossTheThreeLists() {
        List<Project> input = List.of(TRANSFER, CONTRACT, BROKEN, Project.builder().from(TRANSFER).id("T-2").build(),
                Project.builder().from(CONTRACT).id("C-2").build());
        BatchResult batch = Pbm.evaluateAll(input, Presets.XINJIANG);
        List<OutcomeKind> kinds = batch.outcomes().stream().map(ProjectOutcome::kind).toList();
        assertEquals(List.of(OutcomeKind.EXCLUDED, OutcomeKind.EVALUATED, OutcomeKind.REJECTED, OutcomeKind.EXCLUDED,
                OutcomeKind.EVALUATED), kinds);
        assertEquals(List.of(0L, 1L, 2L, 3L, 4L), batch.outcomes().stream().map(ProjectOutcome::index).toList());
        assertEquals(List.of(0L, 3L), batch.excluded().stream().map(Exclusion::index).toList());
        assertEquals(5, batch.summary().projects());
    }

    @Test
    void streamingHandsEachOutcomeOverInOrderAndReturnsTheSummary() {
        List<Project> input = List.of(TRANSFER, CONTRACT, BROKEN);
        List<ProjectOutcome> seen = new ArrayList<>();
        Summary summary = Pbm.evaluateAll(input, Presets.XINJIANG, seen::add);
        assertEquals(Pbm.evaluateAll(input, Presets.XINJIANG).outcomes(), seen);
        assertEquals(Pbm.evaluateAll(input, Presets.XINJIANG).summary(), summary);
    }

    @Test
    void anEmptyBatchHasNoMeanAndNoExecutionRate() {
        Summary summary = Pbm.evaluateAll(List.of(), Presets.MOF_2020).summary();
        assertEquals(0, summary.projects());
        assertTrue(summary.meanScore().isEmpty());
        assertTrue(summary.executionRate().isEmpty());
        assertEquals(Amount.ZERO, summary.adjusted());
        assertEquals(Amount.ZERO, summary.spent());
        assertEquals(Amount.ZERO, summary.budgetBefore());
        assertEquals("优 0 / 良 0 / 中 0 / 差 0", summary.gradesLine(Locale.SIMPLIFIED_CHINESE));
        assertTrue(summary.toString().contains("—"), summary::toString);
    }

    @Test
    void theMeanIsTheExactSumDividedOnce() {
        SummaryBuilder builder = SummaryBuilder.of(Presets.MOF_2020);
        ProjectResult result = Pbm.evaluate(CONTRACT, Presets.MOF_2020).asResult().orElseThrow();
        ProjectResult good = Pbm.evaluate(Examples.contractVariant("x", FundCategory.GENERAL_PUBLIC,
                input -> input.findings(SupervisionFindings.none())), Presets.MOF_2020).asResult().orElseThrow();
        builder.add(result).add(good).add(good);
        Summary summary = builder.build();
        assertEquals("88.73", summary.meanScore().orElseThrow().toString());
        assertEquals(Ratio.of(1835000, 1930500), summary.executionRate().orElseThrow());
        assertEquals("优 0 / 良 2 / 中 1 / 差 0", summary.gradesLine(Locale.SIMPLIFIED_CHINESE));
        assertEquals("excellent 0 / good 2 / fair 1 / poor 0", summary.gradesLine(Locale.ENGLISH));
    }

    @Test
    void aSummaryPrintsEveryFigure() {
        String text = Pbm.evaluateAll(List.of(CONTRACT, TRANSFER, BROKEN), Presets.XINJIANG).toString();
        assertTrue(text.contains("汇总（政策 XINJIANG 2023.1）"), text);
        assertTrue(text.contains("0.9505 (95.05%)"), text);
        assertTrue(text.contains("R-VETO-1 1"), text);
        assertTrue(text.contains("焉耆县住房和城乡建设局: 1930500.00 → 1737450.00, 调减 1"), text);
        assertTrue(text.contains("不纳入评价的项目："), text);
        assertTrue(text.contains("[2] 652826-2023-099"), text);
    }

    @Test
    void nullsAreRefusedWithTheirName() {
        Pipeline pipeline = Pipeline.of(Presets.MOF_2020);
        assertEquals("project is null", assertThrows(NullPointerException.class, () -> pipeline.evaluate(null))
                .getMessage());
        List<Project> withNull = new ArrayList<>();
        withNull.add(CONTRACT);
        withNull.add(null);
        assertEquals("projects[1] is null", assertThrows(NullPointerException.class,
                () -> pipeline.evaluateAll(withNull)).getMessage());
        assertEquals("policy is null", assertThrows(NullPointerException.class, () -> Pipeline.of(null)).getMessage());
    }
}
