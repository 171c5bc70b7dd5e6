package io.pbm.rules.veto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pbm.core.InvalidValueException;
import io.pbm.core.budget.FundCategory;
import io.pbm.core.evaluation.SupervisionFindings;
import io.pbm.core.grade.Grade;
import io.pbm.core.grade.Score;
import io.pbm.rules.explain.RuleId;
import io.pbm.rules.policy.Presets;
import io.pbm.rules.policy.VetoPolicy;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Worked examples of the vetoes (R-VETO-1…5) and the report review (R-REVIEW-1), domain.md section 7. */
class VetoesTest {

    private static final VetoPolicy SEEDS = Presets.MOF_2020.vetoes();

    private static VetoOutcome apply(Grade raw, SupervisionFindings findings) {
        return Vetoes.apply(raw, findings, FundCategory.GENERAL_PUBLIC, null, SEEDS);
    }

    private static List<RuleId> rules(VetoOutcome outcome) {
        return outcome.vetoes().stream().map(Veto::rule).toList();
    }

    @Test
    void noFindingsNoVeto() {
        VetoOutcome outcome = apply(Grade.EXCELLENT, SupervisionFindings.none());
        assertEquals(Grade.EXCELLENT, outcome.grade());
        assertFalse(outcome.vetoed());
        assertTrue(outcome.steps().isEmpty());
        assertEquals(VetoOutcome.none(Grade.EXCELLENT), outcome);
    }

    @Test
    void R_VETO_1_auditProblemsCapTheGradeAtFair() {
        VetoOutcome outcome = apply(Grade.GOOD, SupervisionFindings.builder().auditProblems(true).build());
        assertEquals(Grade.GOOD, outcome.rawGrade());
        assertEquals(Grade.FAIR, outcome.grade());
        assertEquals(List.of(RuleId.R_VETO_1), rules(outcome));
        assertEquals(Grade.FAIR, outcome.vetoes().get(0).cappedAt());
        assertEquals("审计、财会监督发现问题：等级最高为中（原等级良）", outcome.vetoes().get(0).message().toString());
        assertEquals("audit or financial supervision found problems: the grade is at most fair (raw grade good)",
                outcome.vetoes().get(0).message().render(Locale.ENGLISH));
        assertFalse(outcome.recall());
        assertFalse(outcome.accountability());
    }

    @Test
    void R_VETO_1_firesButDoesNotRaiseAPoorGrade() {
        VetoOutcome outcome = apply(Grade.POOR, SupervisionFindings.builder().auditProblems(true).build());
        assertEquals(Grade.POOR, outcome.grade());
        assertEquals(List.of(RuleId.R_VETO_1), rules(outcome));
        assertFalse(outcome.lowered());
    }

    @Test
    void R_VETO_2_twoUnrectifiedFailedRoundsCapTheGradeAtFair() {
        VetoOutcome outcome = apply(Grade.EXCELLENT,
                SupervisionFindings.builder().unrectifiedFailedMonitoringRounds(2).build());
        assertEquals(Grade.FAIR, outcome.grade());
        assertEquals(List.of(RuleId.R_VETO_2), rules(outcome));
    }

    @Test
    void R_VETO_2_oneRoundIsBelowThePolicysRounds() {
        VetoOutcome outcome = apply(Grade.EXCELLENT,
                SupervisionFindings.builder().unrectifiedFailedMonitoringRounds(1).build());
        assertEquals(Grade.EXCELLENT, outcome.grade());
        assertFalse(outcome.vetoed());
    }

    @Test
    void R_VETO_2_roundsComeFromThePolicy() {
        VetoPolicy three = VetoPolicy.builder().unrectifiedRounds(3).build();
        SupervisionFindings two = SupervisionFindings.builder().unrectifiedFailedMonitoringRounds(2).build();
        assertFalse(Vetoes.apply(Grade.GOOD, two, FundCategory.GENERAL_PUBLIC, null, three).vetoed());
        SupervisionFindings four = SupervisionFindings.builder().unrectifiedFailedMonitoringRounds(4).build();
        assertEquals(Grade.FAIR, Vetoes.apply(Grade.GOOD, four, FundCategory.GENERAL_PUBLIC, null, three).grade());
    }

    @Test
    void R_VETO_3_majorMisuseSetsPoor() {
        VetoOutcome outcome = apply(Grade.EXCELLENT, SupervisionFindings.builder().majorMisuse(true).build());
        assertEquals(Grade.POOR, outcome.grade());
        assertEquals(List.of(RuleId.R_VETO_3), rules(outcome));
        assertFalse(outcome.recall());
    }

    @Test
    void R_VETO_4_authenticityFailureIsAOneVoteVeto() {
        VetoOutcome outcome = apply(Grade.EXCELLENT, SupervisionFindings.builder().authenticityFailed(true).build());
        assertEquals(Grade.POOR, outcome.grade());
        assertEquals(List.of(RuleId.R_VETO_4), rules(outcome));
        assertTrue(outcome.oneVoteVeto());
        assertTrue(outcome.recall());
        assertTrue(outcome.accountability());
        assertTrue(outcome.vetoes().get(0).message().toString().contains("一票否决"));
    }

    @Test
    void R_VETO_5_severalVetoesTheLowestWinsAndEachIsListed() {
        VetoOutcome outcome = apply(Grade.EXCELLENT, SupervisionFindings.builder().auditProblems(true)
                .unrectifiedFailedMonitoringRounds(3).majorMisuse(true).build());
        assertEquals(Grade.POOR, outcome.grade());
        assertEquals(List.of(RuleId.R_VETO_1, RuleId.R_VETO_2, RuleId.R_VETO_3), rules(outcome));
        TraceStepAssert.last(outcome, RuleId.R_VETO_5, "POOR");
        assertEquals("否决只降不升，多项否决取最低：原等级优，最终等级差（3项否决）",
                outcome.steps().get(outcome.steps().size() - 1).message().toString());
    }

    @Test
    void R_VETO_5_aVetoOutcomeThatRaisesOrIgnoresACapIsRefused() {
        Veto audit = new Veto(RuleId.R_VETO_1, Grade.FAIR, io.pbm.rules.explain.Message.of("R-VETO-1.capped"));
        assertThrows(InvalidValueException.class, () -> new VetoOutcome(Grade.GOOD, Grade.GOOD, List.of(audit), false,
                false, false, List.of(), List.of()));
        assertThrows(InvalidValueException.class, () -> new VetoOutcome(Grade.FAIR, Grade.GOOD, List.of(), false,
                false, false, List.of(), List.of()));
    }

    @Test
    void eachSwitchOfThePolicyIsRespected() {
        SupervisionFindings all = SupervisionFindings.builder().auditProblems(true).unrectifiedFailedMonitoringRounds(5)
                .majorMisuse(true).authenticityFailed(true).build();
        VetoPolicy off = VetoPolicy.builder().auditProblems(false).unrectifiedMonitoring(false).majorMisuse(false)
                .authenticity(false).build();
        VetoOutcome none = Vetoes.apply(Grade.EXCELLENT, all, FundCategory.GENERAL_PUBLIC, null, off);
        assertEquals(Grade.EXCELLENT, none.grade());
        assertFalse(none.vetoed());
        assertFalse(none.recall());
        assertEquals(List.of(RuleId.R_VETO_1), rules(Vetoes.apply(Grade.EXCELLENT, all, FundCategory.GENERAL_PUBLIC,
                null, VetoPolicy.builder().from(off).auditProblems(true).build())));
        assertEquals(List.of(RuleId.R_VETO_2), rules(Vetoes.apply(Grade.EXCELLENT, all, FundCategory.GENERAL_PUBLIC,
                null, VetoPolicy.builder().from(off).unrectifiedMonitoring(true).build())));
        assertEquals(List.of(RuleId.R_VETO_3), rules(Vetoes.apply(Grade.EXCELLENT, all, FundCategory.GENERAL_PUBLIC,
                null, VetoPolicy.builder().from(off).majorMisuse(true).build())));
        assertEquals(List.of(RuleId.R_VETO_4), rules(Vetoes.apply(Grade.EXCELLENT, all, FundCategory.GENERAL_PUBLIC,
                null, VetoPolicy.builder().from(off).authenticity(true).build())));
    }

    @Test
    void capsComeFromThePolicy() {
        VetoPolicy strict = VetoPolicy.builder().auditCap(Grade.POOR).misuseGrade(Grade.FAIR)
                .authenticityGrade(Grade.FAIR).build();
        SupervisionFindings audit = SupervisionFindings.builder().auditProblems(true).build();
        assertEquals(Grade.POOR, Vetoes.apply(Grade.GOOD, audit, FundCategory.GENERAL_PUBLIC, null, strict).grade());
        SupervisionFindings untrue = SupervisionFindings.builder().authenticityFailed(true).build();
        VetoOutcome oneVote = Vetoes.apply(Grade.GOOD, untrue, FundCategory.GENERAL_PUBLIC, null, strict);
        assertEquals(Grade.FAIR, oneVote.grade());
        assertTrue(oneVote.recall());
    }

    @Test
    void R_REVIEW_1_centralTransferReportBelowTheMinimumIsReturnedWithoutChangingTheGrade() {
        VetoOutcome outcome = Vetoes.apply(Grade.EXCELLENT, SupervisionFindings.none(), FundCategory.CENTRAL_TRANSFER,
                Score.parse("89.99"), SEEDS);
        assertTrue(outcome.reportReturned());
        assertEquals(Grade.EXCELLENT, outcome.grade());
        assertFalse(outcome.vetoed());
        assertEquals(RuleId.R_REVIEW_1, outcome.warnings().get(0).rule());
        assertEquals("中央转移支付自评报告审核得分89.99，低于90.00分：退回整改", outcome.warnings().get(0).message().toString());
    }

    @Test
    void R_REVIEW_1_aReportAtTheMinimumIsNotReturned() {
        assertFalse(Vetoes.apply(Grade.GOOD, SupervisionFindings.none(), FundCategory.CENTRAL_TRANSFER, Score.of(90),
                SEEDS).reportReturned());
    }

    @Test
    void R_REVIEW_1_onlyCentralTransfersAreReviewed() {
        assertFalse(Vetoes.apply(Grade.GOOD, SupervisionFindings.none(), FundCategory.GENERAL_PUBLIC, Score.of(50),
                SEEDS).reportReturned());
        assertFalse(Vetoes.apply(Grade.GOOD, SupervisionFindings.none(), FundCategory.CENTRAL_TRANSFER, null, SEEDS)
                .reportReturned());
    }

    @Test
    void R_REVIEW_1_theMinimumComesFromThePolicy() {
        VetoPolicy eighty = VetoPolicy.builder().reportReviewMinimum(Score.of(80)).build();
        assertFalse(Vetoes.apply(Grade.GOOD, SupervisionFindings.none(), FundCategory.CENTRAL_TRANSFER, Score.of(85),
                eighty).reportReturned());
    }

    /** Small assertion helper for the last trace step of an outcome. */
    private static final class TraceStepAssert {
        static void last(VetoOutcome outcome, RuleId rule, String result) {
            var step = outcome.steps().get(outcome.steps().size() - 1);
            assertEquals(rule, step.rule());
            assertEquals(result, step.outcome());
        }
    }

    @Test
    void R_REVIEW_1_reviewsOnlyTheReportOfASelfEvaluation() {
        io.pbm.core.project.Project self = io.pbm.rules.Examples.contractVariant("self", FundCategory.CENTRAL_TRANSFER,
                e -> e.reportReviewScore(Score.of(85)));
        io.pbm.core.project.Project department = io.pbm.rules.Examples.contractVariant("dept",
                FundCategory.CENTRAL_TRANSFER, e -> e.reportReviewScore(Score.of(85))
                        .kind(io.pbm.core.evaluation.EvaluationKind.DEPARTMENT));
        io.pbm.rules.policy.Policy mof = io.pbm.rules.policy.Presets.MOF_2020;
        var engine = io.pbm.rules.evaluation.EvaluationEngine.of(mof);
        assertTrue(Vetoes.apply(self, engine.evaluate(self).get(), mof).reportReturned());
        assertFalse(Vetoes.apply(department, engine.evaluate(department).get(), mof).reportReturned());
    }
}
