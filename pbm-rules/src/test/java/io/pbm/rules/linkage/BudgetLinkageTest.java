package io.pbm.rules.linkage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pbm.core.InvalidValueException;
import io.pbm.core.Ratio;
import io.pbm.core.budget.Amount;
import io.pbm.core.budget.Budget;
import io.pbm.core.budget.BudgetAction;
import io.pbm.core.budget.FundCategory;
import io.pbm.core.evaluation.SupervisionFindings;
import io.pbm.core.grade.Grade;
import io.pbm.core.grade.Score;
import io.pbm.core.project.BudgetUnit;
import io.pbm.core.project.Project;
import io.pbm.rules.Examples;
import io.pbm.rules.explain.Message;
import io.pbm.rules.explain.RuleId;
import io.pbm.rules.policy.LinkagePolicy;
import io.pbm.rules.policy.Presets;
import io.pbm.rules.veto.VetoOutcome;
import io.pbm.rules.veto.Vetoes;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Worked examples of budget linkage (R-LINK-1…4 and the recall of R-VETO-4), domain.md section 8. */
class BudgetLinkageTest {

    private static final LinkagePolicy MOF = Presets.MOF_2020.linkage();
    private static final LinkagePolicy XINJIANG = Presets.XINJIANG.linkage();
    private static final Project CONTRACT = Examples.contractProject();
    private static final Amount BEFORE = Amount.of("1930500.00");

    private static BudgetDecision decide(String score, Grade raw, SupervisionFindings findings, LinkagePolicy policy) {
        VetoOutcome vetoes = Vetoes.apply(raw, findings, FundCategory.GENERAL_PUBLIC, null, Presets.MOF_2020.vetoes());
        return BudgetLinkage.decide(CONTRACT, Score.parse(score), vetoes, findings, policy);
    }

    private static BudgetDecision decide(String score, Grade grade, LinkagePolicy policy) {
        return decide(score, grade, SupervisionFindings.none(), policy);
    }

    @Test
    void R_LINK_3_excellentIsPriorityAndKeepsItsBudget() {
        BudgetDecision decision = decide("95.00", Grade.EXCELLENT, MOF);
        assertEquals(BudgetAction.PRIORITY, decision.action());
        assertEquals(RuleId.R_LINK_3, decision.rule());
        assertEquals(BEFORE, decision.before());
        assertEquals(BEFORE, decision.after());
    }

    @Test
    void R_LINK_3_goodKeeps() {
        BudgetDecision decision = decide("85.00", Grade.GOOD, MOF);
        assertEquals(BudgetAction.KEEP, decision.action());
        assertEquals(RuleId.R_LINK_3, decision.rule());
        assertEquals(BEFORE, decision.after());
    }

    @Test
    void R_LINK_3_fairIsCutByTheRatioAsTheContractShows() {
        // json-contract.md: 中 under MOF_2020 → CUT 10 % → 1,737,450.00, by R-LINK-3.
        BudgetDecision decision = decide("88.73", Grade.GOOD, SupervisionFindings.builder().auditProblems(true).build(),
                MOF);
        assertEquals(BudgetAction.CUT, decision.action());
        assertEquals(RuleId.R_LINK_3, decision.rule());
        assertEquals("1930500.00", decision.before().toString());
        assertEquals("1737450.00", decision.after().toString());
        assertEquals("193050.00", decision.reduction().toString());
        assertEquals("最终等级中：按10.00%调减，1930500.00 → 1737450.00", decision.message().toString());
        assertEquals("final grade fair: cut by 10.00%, 1930500.00 → 1737450.00", decision.message().render(Locale.ENGLISH));
    }

    @Test
    void R_LINK_3_poorCancelsAndLeavesNothing() {
        BudgetDecision decision = decide("50.00", Grade.POOR, MOF);
        assertEquals(BudgetAction.CANCEL, decision.action());
        assertEquals(RuleId.R_LINK_3, decision.rule());
        assertEquals(Amount.ZERO, decision.after());
    }

    @Test
    void R_LINK_1_aScoreBelowTheThresholdIsCutReadOnTheScore() {
        // A grade of 良 from some scale, but the score is below 80: R-LINK-1 reads the score.
        BudgetDecision decision = decide("79.99", Grade.GOOD, XINJIANG);
        assertEquals(BudgetAction.CUT, decision.action());
        assertEquals(RuleId.R_LINK_1, decision.rule());
        assertEquals("1737450.00", decision.after().toString());
        assertEquals("得分79.99低于80.00分：按10.00%比例扣减，1930500.00 → 1737450.00", decision.message().toString());
    }

    @Test
    void R_LINK_1_aScoreOfExactlyTheThresholdIsNotCut() {
        BudgetDecision decision = decide("80.00", Grade.GOOD, XINJIANG);
        assertEquals(BudgetAction.KEEP, decision.action());
    }

    @Test
    void R_LINK_1_andR_LINK_2_bothFireOnALowXinjiangScoreAndTheFirstIsNamed() {
        BudgetDecision decision = decide("75.00", Grade.FAIR, XINJIANG);
        assertEquals(BudgetAction.CUT, decision.action());
        assertEquals(RuleId.R_LINK_1, decision.rule());
        List<RuleId> fired = decision.steps().stream().map(s -> s.rule()).toList();
        assertEquals(List.of(RuleId.R_LINK_1, RuleId.R_LINK_2, RuleId.R_LINK_1), fired);
    }

    @Test
    void R_LINK_2_aGradeAVetoLoweredToFairIsCutUnderXinjiang() {
        BudgetDecision decision = decide("88.73", Grade.GOOD, SupervisionFindings.builder().auditProblems(true).build(),
                XINJIANG);
        assertEquals(BudgetAction.CUT, decision.action());
        assertEquals(RuleId.R_LINK_2, decision.rule());
        assertEquals("1737450.00", decision.after().toString());
    }

    @Test
    void R_LINK_2_poorIsCutNotCancelledUnderXinjiang() {
        BudgetDecision decision = decide("85.00", Grade.GOOD, SupervisionFindings.builder().majorMisuse(true).build(),
                XINJIANG);
        assertEquals(BudgetAction.CUT, decision.action());
        assertEquals(RuleId.R_LINK_2, decision.rule());
    }

    @Test
    void R_LINK_4_unrectifiedProblemsSuspend() {
        BudgetDecision decision = decide("95.00", Grade.EXCELLENT,
                SupervisionFindings.builder().unrectifiedProblems(true).build(), MOF);
        assertEquals(BudgetAction.SUSPEND, decision.action());
        assertEquals(RuleId.R_LINK_4, decision.rule());
        assertEquals(Amount.ZERO, decision.after());
    }

    @Test
    void R_LINK_4_isRespectedOnlyIfThePolicySaysSo() {
        LinkagePolicy noSuspension = LinkagePolicy.builder().from(MOF).suspendUnrectified(false).build();
        BudgetDecision decision = decide("95.00", Grade.EXCELLENT,
                SupervisionFindings.builder().unrectifiedProblems(true).build(), noSuspension);
        assertEquals(BudgetAction.PRIORITY, decision.action());
    }

    @Test
    void R_LINK_4_suspensionIsStrongerThanACut() {
        BudgetDecision decision = decide("88.73", Grade.GOOD,
                SupervisionFindings.builder().auditProblems(true).unrectifiedProblems(true).build(), MOF);
        assertEquals(BudgetAction.SUSPEND, decision.action());
        assertEquals(RuleId.R_LINK_4, decision.rule());
        assertEquals("linkage.strongest", decision.steps().get(decision.steps().size() - 1).message().key());
    }

    @Test
    void R_VETO_4_aOneVoteVetoRecallsTheFunds() {
        BudgetDecision decision = decide("95.00", Grade.EXCELLENT,
                SupervisionFindings.builder().authenticityFailed(true).unrectifiedProblems(true).build(), MOF);
        assertEquals(BudgetAction.RECALL, decision.action());
        assertEquals(RuleId.R_VETO_4, decision.rule());
        assertEquals(Amount.ZERO, decision.after());
    }

    @Test
    void R_VETO_4_withoutRecallTheGradesActionDecides() {
        LinkagePolicy noRecall = LinkagePolicy.builder().from(MOF).recallOnVeto(false).build();
        BudgetDecision decision = decide("95.00", Grade.EXCELLENT,
                SupervisionFindings.builder().authenticityFailed(true).build(), noRecall);
        assertEquals(BudgetAction.CANCEL, decision.action());
        assertEquals(RuleId.R_LINK_3, decision.rule());
    }

    @Test
    void noRuleKeeps() {
        LinkagePolicy nothing = LinkagePolicy.builder().cutRatio(Ratio.of(1, 10)).suspendUnrectified(false).build();
        BudgetDecision decision = decide("50.00", Grade.POOR, nothing);
        assertEquals(BudgetAction.KEEP, decision.action());
        assertEquals(BEFORE, decision.after());
        assertEquals("linkage.none", decision.message().key());
    }

    @Test
    void beforeIsNextYearsRequestElseTheAdjustedBudget() {
        Project noRequest = Project.builder().from(CONTRACT)
                .budget(Budget.of(Amount.of("1000000.00"), Amount.of("900000.00"))).build();
        BudgetDecision decision = BudgetLinkage.decide(noRequest, Score.of(70), VetoOutcome.none(Grade.FAIR),
                SupervisionFindings.none(), MOF);
        assertEquals(Amount.of("1000000.00"), decision.before());
        assertEquals(Amount.of("900000.00"), decision.after());
    }

    @Test
    void theCutRatioComesFromThePolicyAndIsExactForAnyFraction() {
        LinkagePolicy third = LinkagePolicy.builder().from(MOF).cutRatio(Ratio.of(1, 3)).build();
        BudgetDecision decision = BudgetLinkage.decide(Project.builder().from(CONTRACT)
                        .budget(Budget.of(Amount.of("100.00"), Amount.of("100.00"))).build(),
                Score.of(70), VetoOutcome.none(Grade.FAIR), SupervisionFindings.none(), third);
        // 100.00 × 2/3 = 66.666… → 66.67, rounded once.
        assertEquals(Amount.of("66.67"), decision.after());
        assertEquals(Amount.of("0.01").times(new BigDecimal("0.5")), BudgetLinkage.cut(Amount.of("0.01"), Ratio.of(1, 2)));
    }

    @Test
    void aDecisionWhoseAmountsDoNotFitItsActionIsRefused() {
        Message m = Message.of("x");
        BudgetUnit unit = BudgetUnit.of("u");
        assertThrows(InvalidValueException.class, () -> new BudgetDecision("p", unit, BudgetAction.KEEP, BEFORE,
                BEFORE.plus(Amount.of(1)), RuleId.R_LINK_3, m, List.of()));
        assertThrows(InvalidValueException.class, () -> new BudgetDecision("p", unit, BudgetAction.CANCEL, BEFORE,
                BEFORE, RuleId.R_LINK_3, m, List.of()));
    }

    @Test
    void totalsAddUpPerUnitAndOverall() {
        BudgetDecision cut = decide("75.00", Grade.FAIR, MOF);
        BudgetDecision keep = decide("85.00", Grade.GOOD, MOF);
        Project other = Project.builder().from(CONTRACT).id("other").unit(BudgetUnit.of("焉耆县教育局"))
                .budget(Budget.of(Amount.of("100.00"), Amount.of("100.00"))).build();
        BudgetDecision cancel = BudgetLinkage.decide(other, Score.of(40), VetoOutcome.none(Grade.POOR),
                SupervisionFindings.none(), MOF);
        BudgetTotals totals = BudgetTotals.of(List.of(cut, keep, cancel));
        assertEquals(Amount.of("3861100.00"), totals.before());
        assertEquals(Amount.of("3667950.00"), totals.after());
        assertEquals(3, totals.projects());
        assertEquals(1, totals.count(BudgetAction.CUT));
        assertEquals(1, totals.count(BudgetAction.CANCEL));
        assertEquals(0, totals.count(BudgetAction.RECALL));
        var byUnit = BudgetTotals.byUnit(List.of(cut, keep, cancel));
        assertEquals(2, byUnit.size());
        assertEquals(Amount.of("100.00"), byUnit.get(BudgetUnit.of("焉耆县教育局")).before());
        assertEquals(Amount.ZERO, byUnit.get(BudgetUnit.of("焉耆县教育局")).after());
        assertEquals(2, byUnit.get(CONTRACT.unit()).projects());
        assertTrue(totals.toString().startsWith("3861100.00 → 3667950.00"), totals.toString());
        assertEquals(BudgetTotals.NONE, BudgetTotals.of(List.of()));
    }
}
