package io.pbm.rules.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pbm.core.budget.BudgetAction;
import io.pbm.core.budget.FundCategory;
import io.pbm.core.evaluation.IndicatorActual;
import io.pbm.core.evaluation.SupervisionFindings;
import io.pbm.core.goal.IndicatorValue;
import io.pbm.core.grade.Grade;
import io.pbm.core.grade.Score;
import io.pbm.core.project.Project;
import io.pbm.rules.Examples;
import io.pbm.rules.Pbm;
import io.pbm.rules.explain.RuleId;
import io.pbm.rules.explain.TraceStep;
import io.pbm.rules.policy.Policy;
import io.pbm.rules.policy.Presets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Each outcome as a person reads it — its line, its explanation (R-VETO-5 final grade, the vetoes or
 * that none fired, the budget decision with every R-LINK rule when more than one fired) — and the
 * input positions of a batch with a repeated id.
 */
class OutcomeTextTest {

    private static final Project CONTRACT = Examples.contractProject();
    private static final Project GOOD = Examples.contractVariant("good", FundCategory.GENERAL_PUBLIC,
            input -> input.findings(SupervisionFindings.none()));
    /** Nothing built: 59.98 → 差, below R-LINK-1's 80 under XINJIANG as well. */
    private static final Project POOR = Examples.contractVariant("poor", FundCategory.GENERAL_PUBLIC,
            input -> input.findings(SupervisionFindings.none())
                    .putActuals("新建排水管网长度", IndicatorActual.of(IndicatorValue.parse("0"))));

    private static ProjectResult result(Project project, Policy policy) {
        return Pbm.evaluate(project, policy).asResult().orElseThrow();
    }

    @Test
    void R_VETO_5_aLoweredGradeShowsBothGradesOnTheLine() {
        assertEquals("[0] 652826-2023-017 88.73 良 → 中 CUT 1930500.00 → 1737450.00",
                result(CONTRACT, Presets.MOF_2020).toString());
        assertEquals("[0] good 88.73 良 KEEP 1930500.00 → 1930500.00", result(GOOD, Presets.MOF_2020).toString());
    }

    @Test
    void R_VETO_1_theExplanationListsTheVetoesThatFired() {
        String text = result(CONTRACT, Presets.MOF_2020).explain(Locale.ENGLISH);
        assertTrue(text.contains("\nFinal grade after vetoes: fair\nVetoes:\n  R-VETO-1 → FAIR: "), text);
        assertFalse(text.contains("No veto fired"), text);
    }

    @Test
    void R_LINK_3_oneLinkageRuleIsTheBudgetLineAlone() {
        String text = result(GOOD, Presets.MOF_2020).explain(Locale.ENGLISH);
        assertTrue(text.endsWith("\nFinal grade after vetoes: good\nNo veto fired\nBudget decision: keep 1930500.00 → "
                + "1930500.00 (R-LINK-3): final grade good: budget kept, 1930500.00 → 1930500.00\n"), text);
    }

    @Test
    void R_LINK_1_R_LINK_2_severalLinkageRulesAreEachListedUnderTheBudgetLine() {
        ProjectResult poor = result(POOR, Presets.XINJIANG);
        List<TraceStep> steps = poor.budgetDecision().steps();
        assertTrue(steps.size() > 1, steps::toString);
        assertTrue(steps.stream().anyMatch(s -> s.rule() == RuleId.R_LINK_1), steps::toString);
        List<String> lines = Arrays.asList(poor.explain(Locale.ENGLISH).split("\n"));
        int budget = lines.indexOf(lines.stream().filter(l -> l.startsWith("Budget decision: ")).findFirst()
                .orElseThrow());
        assertEquals(steps.stream().map(s -> "  " + s.render(Locale.ENGLISH)).toList(),
                lines.subList(budget + 1, lines.size()));
    }

    @Test
    void R_DEV_4_theEvaluationsWarningsAreTheResultsWhenTheReportIsNotReturned() {
        ProjectResult poor = result(POOR, Presets.MOF_2020);
        assertFalse(poor.reportReturned());
        assertFalse(poor.warnings().isEmpty());
        assertEquals(poor.evaluation().warnings(), poor.warnings());
        assertTrue(poor.warnings().stream().anyMatch(w -> w.rule() == RuleId.R_DEV_4), poor.warnings()::toString);
    }

    @Test
    void R_PLAN_4_anExclusionAndARejectionReadAsOneLineEach() {
        Project transfer = Examples.contractVariant("t", FundCategory.CENTRAL_TRANSFER, input -> input);
        BatchResult batch = Pbm.evaluateAll(List.of(CONTRACT, transfer, CONTRACT), Presets.XINJIANG);
        assertEquals("[1] t R-PLAN-4: 资金类别为中央转移支付，按政策XINJIANG不纳入本次自评", batch.excluded().get(0).toString());
        assertEquals("[2] 652826-2023-017:\n  id.duplicate /id: 项目编号652826-2023-017与前面的项目重复",
                batch.rejected().get(0).toString().stripTrailing());
        assertEquals("Pipeline[XINJIANG 2023.1]", Pipeline.of(Presets.XINJIANG).toString());
    }

    @Test
    void outcomeKindsHaveBothLabels() {
        assertEquals(List.of("evaluated", "excluded", "rejected"),
                Arrays.stream(OutcomeKind.values()).map(OutcomeKind::englishLabel).toList());
        assertEquals(List.of("已评价", "不纳入评价", "无法评价"),
                Arrays.stream(OutcomeKind.values()).map(OutcomeKind::label).toList());
    }

    @Test
    void aChangeShowsTheActionUnderBothPolicies() {
        ProjectChange change = Pbm.compare(List.of(GOOD), Presets.MOF_2020,
                Presets.MOF_2020.withGradeScale(Presets.MOF_2020.gradeScale()
                        .withLowerBound(Grade.GOOD, Score.of(89))))
                .changes().get(0);
        assertEquals(Optional.of(BudgetAction.KEEP), change.fromAction());
        assertNotEquals(change.fromAction(), change.toAction());
    }

    @Test
    void aRepeatedIdKeepsThePositionsOfTheProjectsAfterIt() {
        List<Project> input = List.of(CONTRACT, CONTRACT, GOOD);
        for (BatchResult batch : List.of(Pipeline.of(Presets.MOF_2020).evaluateAll(input),
                Pipeline.of(Presets.MOF_2020).evaluateAllParallel(input))) {
            assertEquals(List.of(0L, 2L), batch.results().stream().map(ProjectResult::index).toList());
            assertEquals(List.of(1L), batch.rejected().stream().map(RejectedProject::index).toList());
            assertEquals(List.of(0L, 1L, 2L), batch.outcomes().stream().map(ProjectOutcome::index).toList());
        }
    }

    @Test
    void onEqualPositionsOutcomesMergeResultsThenExclusionsThenRejections() {
        ProjectResult result = result(GOOD, Presets.MOF_2020);
        BatchResult xinjiang = Pbm.evaluateAll(List.of(Examples.contractVariant("t", FundCategory.CENTRAL_TRANSFER,
                input -> input), CONTRACT, CONTRACT), Presets.XINJIANG);
        Exclusion exclusion = xinjiang.excluded().get(0);
        RejectedProject rejected = new RejectedProject(0, xinjiang.rejected().get(0).rejection());
        Summary summary = SummaryBuilder.of(Presets.MOF_2020).add(result).add(exclusion).add(rejected).build();
        BatchResult tied = new BatchResult(List.of(result), List.of(new Exclusion(0, exclusion.projectId(),
                exclusion.unit(), exclusion.fundCategory(), exclusion.rule(), exclusion.message())), List.of(rejected),
                summary);
        assertEquals(List.of(OutcomeKind.EVALUATED, OutcomeKind.EXCLUDED, OutcomeKind.REJECTED),
                tied.outcomes().stream().map(ProjectOutcome::kind).toList());
        BatchResult excludedFirst = new BatchResult(List.of(), List.of(new Exclusion(0, exclusion.projectId(),
                exclusion.unit(), exclusion.fundCategory(), exclusion.rule(), exclusion.message())), List.of(rejected),
                SummaryBuilder.of(Presets.MOF_2020).add(exclusion).add(rejected).build());
        assertEquals(List.of(OutcomeKind.EXCLUDED, OutcomeKind.REJECTED),
                excludedFirst.outcomes().stream().map(ProjectOutcome::kind).toList());
    }

    @Test
    void summariesAreEqualExactlyWhenTheirFiguresAre() {
        Summary one = Pbm.evaluateAll(List.of(CONTRACT), Presets.MOF_2020).summary();
        Summary same = Pbm.evaluateAll(List.of(CONTRACT), Presets.MOF_2020).summary();
        Summary other = Pbm.evaluateAll(List.of(GOOD), Presets.MOF_2020).summary();
        assertEquals(one, same);
        assertEquals(1, one.count(Grade.FAIR), "R-VETO-1 capped 良 to 中");
        assertEquals(0, one.count(Grade.GOOD));
        assertEquals(one.hashCode(), same.hashCode());
        assertNotEquals(one, other);
        assertNotEquals(other, one);
        assertNotEquals(one, Pbm.evaluateAll(List.of(), Presets.MOF_2020).summary());
        // Different batches hash apart, so that summaries keyed in a map do not pile into one bucket.
        assertNotEquals(one.hashCode(), other.hashCode());
    }
}
