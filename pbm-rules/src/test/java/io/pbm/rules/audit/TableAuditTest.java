package io.pbm.rules.audit;

import static io.pbm.rules.audit.Tables.contractTable;
import static io.pbm.rules.audit.Tables.withActual;
import static io.pbm.rules.audit.Tables.withBudget;
import static io.pbm.rules.audit.Tables.withGoal;
import static io.pbm.rules.audit.Tables.withInput;
import static io.pbm.rules.audit.Tables.withReported;
import static io.pbm.rules.audit.Tables.withScore;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pbm.core.budget.Amount;
import io.pbm.core.budget.Budget;
import io.pbm.core.evaluation.EvaluationInput;
import io.pbm.core.evaluation.IndicatorActual;
import io.pbm.core.evaluation.QualitativeAchievement;
import io.pbm.core.evaluation.TableDiscrepancy;
import io.pbm.core.goal.Goal;
import io.pbm.core.goal.IndicatorValue;
import io.pbm.core.goal.Level2;
import io.pbm.core.grade.Grade;
import io.pbm.core.grade.Score;
import io.pbm.core.project.Project;
import io.pbm.rules.Examples;
import io.pbm.rules.evaluation.EvaluationEngine;
import io.pbm.rules.explain.Rejection;
import io.pbm.rules.explain.RuleId;
import io.pbm.rules.policy.Policy;
import io.pbm.rules.policy.Presets;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Worked examples of R-AUDIT-1…6 on the json-contract table, with the errors published tables make: a
 * met indicator scored 7/10 with no reason, a total that is not the sum of its cells, an execution
 * score that ignores the rate, weights that add up to 110.
 */
class TableAuditTest {

    private static final TableAudit MOF = TableAudit.of(Presets.MOF_2020);

    private static AuditResult audit(Project project) {
        return audit(MOF, project);
    }

    private static AuditResult audit(TableAudit audit, Project project) {
        Validation<Rejection, AuditResult> result = audit.audit(project);
        assertTrue(result.isValid(), () -> result.getError().toString());
        for (Discrepancy discrepancy : result.get().discrepancies()) {
            // Every message has its text in both languages.
            for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
                assertFalse(discrepancy.message().render(locale).startsWith(discrepancy.message().key()),
                        discrepancy.message().key());
            }
        }
        return result.get();
    }

    private static TableDiscrepancy d(String rule, String path, String reported, String computed) {
        return new TableDiscrepancy(rule, path, reported, computed);
    }

    private static Project total(Project project, String total, Grade grade) {
        return withReported(project, r -> r.total(new BigDecimal(total)).grade(grade));
    }

    @Test
    void contractExampleWithItsOwnFiguresIsClean() {
        for (Policy policy : Presets.all()) {
            AuditResult result = audit(TableAudit.of(policy), contractTable());
            assertTrue(result.clean(), result::toString);
            assertEquals(new BigDecimal("88.73"), result.computedTotal().orElseThrow());
            assertEquals(new BigDecimal("9.51"), result.executionScore());
            assertEquals(policy.name(), result.policyName());
        }
    }

    @Test
    void R_AUDIT_1_metIndicatorScored7Of10WithNoReason() {
        AuditResult result = audit(total(withScore(contractTable(), "管网验收合格率", "7"), "85.73", Grade.GOOD));
        assertEquals(List.of(d("R-AUDIT-1", "/indicators/1", "7", "10.00"), d("R-AUDIT-3", "/reportedTotal", "85.73", "88.73")),
                result.tableDiscrepancies());
        assertEquals("indicator \"管网验收合格率\" met its target but is scored 7, below the full weight 10.00, with no stated"
                + " reason", result.discrepancies(RuleId.R_AUDIT_1).get(0).message().render(Locale.ENGLISH));
        assertFalse(result.clean());
    }

    @Test
    void R_AUDIT_1_anEvaluatorsDeductionWithAStatedReasonStands() {
        Project table = withActual(withScore(contractTable(), "管网验收合格率", "7"), "管网验收合格率",
                IndicatorActual.builder().actual(IndicatorValue.parse("100")).explanation("两处接口返工，扣3分").build());
        AuditResult result = audit(total(table, "85.73", Grade.GOOD));
        assertTrue(result.clean(), result::toString);
        assertEquals(new BigDecimal("85.73"), result.computedTotal().orElseThrow());
        assertEquals(1, result.trace().of(RuleId.R_AUDIT_1).size());
    }

    @Test
    void R_AUDIT_1_missedIndicatorScoredAboveTheFormula() {
        AuditResult result = audit(total(withScore(contractTable(), "按期完工率", "10"), "89.26", Grade.GOOD));
        assertEquals(List.of(d("R-AUDIT-1", "/indicators/2", "10", "9.47"), d("R-AUDIT-3", "/reportedTotal", "89.26", "88.73")),
                result.tableDiscrepancies());
    }

    @Test
    void R_AUDIT_1_scoreOutsideZeroToTheWeight() {
        AuditResult above = audit(total(withScore(contractTable(), "群众满意度", "12"), "90.73", Grade.EXCELLENT));
        assertEquals(List.of(d("R-AUDIT-1", "/indicators/4", "12", "10.00"), d("R-AUDIT-3", "/reportedTotal", "90.73", "88.73")),
                above.tableDiscrepancies());
        AuditResult negative = audit(total(withScore(contractTable(), "管网验收合格率", "-1"), "77.73", Grade.FAIR));
        assertEquals("R-AUDIT-1.outside", negative.discrepancies(RuleId.R_AUDIT_1).get(0).message().key());
    }

    @Test
    void R_AUDIT_1_roundingWithinTheToleranceIsNotADiscrepancy() {
        assertTrue(audit(total(withScore(contractTable(), "按期完工率", "9.48"), "88.74", Grade.GOOD)).clean());
        assertTrue(audit(total(withScore(contractTable(), "群众满意度", "10.01"), "88.74", Grade.GOOD)).clean());
        AuditResult beyond = audit(total(withScore(contractTable(), "按期完工率", "9.49"), "88.75", Grade.GOOD));
        assertEquals(List.of(d("R-AUDIT-1", "/indicators/2", "9.49", "9.47"), d("R-AUDIT-3", "/reportedTotal", "88.75", "88.73")),
                beyond.tableDiscrepancies());
    }

    @Test
    void R_AUDIT_1_qualitativeScoreOutsideItsRangeIsADiscrepancyNotARejection() {
        Project table = withActual(withScore(contractTable(), "排涝能力提升", "27"), "排涝能力提升",
                IndicatorActual.builder().achievement(QualitativeAchievement.PARTLY_ACHIEVED).score(Score.of(27))
                        .explanation("支管待次年检验").build());
        table = total(table, "94.73", Grade.EXCELLENT);
        assertTrue(EvaluationEngine.of(Presets.MOF_2020).evaluate(table).isInvalid());
        AuditResult result = audit(table);
        assertEquals(List.of(d("R-AUDIT-1", "/indicators/3", "27", "[18.00, 24.00)")), result.tableDiscrepancies());
        // pbm cannot tell what the score should be, so its own total stays open.
        assertTrue(result.computedTotal().isEmpty());
    }

    @Test
    void R_AUDIT_1_reportedQualitativeScoreDiffersFromTheEvaluators() {
        AuditResult result = audit(total(withScore(contractTable(), "排涝能力提升", "23"), "90.73", Grade.EXCELLENT));
        assertEquals(d("R-AUDIT-1", "/indicators/3", "23", "21.00"), result.tableDiscrepancies().get(0));
    }

    @Test
    void R_AUDIT_2_executionScoreThatIgnoresTheRate() {
        AuditResult result = audit(withReported(contractTable(), r -> r.executionScore(BigDecimal.TEN)
                .total(new BigDecimal("89.22"))));
        assertEquals(List.of(d("R-AUDIT-2", "/budget/reportedExecutionScore", "10", "9.51"),
                d("R-AUDIT-3", "/reportedTotal", "89.22", "88.73")), result.tableDiscrepancies());
        assertEquals("the execution score is reported as 10; spent 1835000.00 ÷ adjusted budget 1930500.00 = 95.05%,"
                + " × 10.00 = 9.51", result.discrepancies(RuleId.R_AUDIT_2).get(0).message().render(Locale.ENGLISH));
    }

    @Test
    void R_AUDIT_3_totalThatIsNotTheSumOfItsCells() {
        AuditResult result = audit(total(contractTable(), "90.73", Grade.EXCELLENT));
        // The cells stand, so pbm's total is their sum: one finding, not two.
        assertEquals(List.of(d("R-AUDIT-3", "/reportedTotal", "90.73", "88.73")), result.tableDiscrepancies());
        assertEquals("R-AUDIT-3.sum", result.discrepancies().get(0).message().key());
    }

    @Test
    void R_AUDIT_3_totalThatIsNeitherTheSumNorPbms() {
        AuditResult result = audit(total(withScore(contractTable(), "管网验收合格率", "7"), "89.00", Grade.GOOD));
        assertEquals(List.of(d("R-AUDIT-1", "/indicators/1", "7", "10.00"), d("R-AUDIT-3", "/reportedTotal", "89.00", "85.73"),
                d("R-AUDIT-3", "/reportedTotal", "89.00", "88.73")), result.tableDiscrepancies());
    }

    @Test
    void R_AUDIT_4_weightsThatAddUpTo110() {
        Project contract = contractTable();
        List<io.pbm.core.goal.Indicator> indicators = new ArrayList<>(contract.goal().indicators());
        indicators.set(0, Examples.indicator("新建排水管网长度", Level2.QUANTITY, ">=12公里", 40));
        Project table = withGoal(contract, Goal.builder().from(contract.goal()).indicators(indicators).build());
        // 11.5 × 40 ÷ 12 = 38.33: the table recomputed on its own weights.
        table = total(withScore(table, "新建排水管网长度", "38.33"), "98.31", Grade.EXCELLENT);
        assertTrue(EvaluationEngine.of(Presets.MOF_2020).evaluate(table).isInvalid());
        AuditResult result = audit(table);
        assertEquals(List.of(d("R-AUDIT-4", "/indicators", "100.00", "90.00")), result.tableDiscrepancies());
        assertTrue(result.discrepancies().get(0).message().render(Locale.ENGLISH).contains("the table totals 110.00 points"));
    }

    @Test
    void R_AUDIT_4_spendingAboveTheBudgetNeedsAnExplanation() {
        Budget over = Budget.of(Amount.of("1930500.00"), Amount.of("2000000.00"));
        Project table = withReported(withBudget(contractTable(), over),
                r -> r.executionScore(BigDecimal.TEN).total(new BigDecimal("89.22")));
        assertEquals(List.of(d("R-AUDIT-4", "/budget/spent", "2000000.00", "1930500.00")), audit(table).tableDiscrepancies());
        Budget explained = Budget.builder().from(over).explanation("追加预算未及时调整").build();
        assertTrue(audit(withBudget(table, explained)).clean());
    }

    @Test
    void R_AUDIT_4_allZeroBudgetRowBesideNonZeroDetails() {
        Budget zero = Budget.builder().initial(Amount.ZERO).adjusted(Amount.ZERO).spent(Amount.of("1835000.00"))
                .explanation("预算数漏填").build();
        Project table = withReported(withBudget(contractTable(), zero),
                r -> r.executionScore(BigDecimal.ZERO).total(new BigDecimal("79.22")).grade(Grade.FAIR));
        assertEquals(List.of(d("R-AUDIT-4", "/budget/adjusted", "0.00", "1835000.00")), audit(table).tableDiscrepancies());
        // Money received but nothing spent, beside a zero row, is the same finding.
        Budget received = Budget.builder().adjusted(Amount.ZERO).received(Amount.of("500.00")).spent(Amount.ZERO).build();
        assertEquals(List.of(d("R-AUDIT-4", "/budget/adjusted", "0.00", "500.00")),
                audit(withBudget(table, received)).tableDiscrepancies());
    }

    @Test
    void R_AUDIT_5_gradeThatDoesNotMatchTheTotal() {
        assertEquals(List.of(d("R-AUDIT-5", "/reportedGrade", "EXCELLENT", "GOOD")),
                audit(total(contractTable(), "88.73", Grade.EXCELLENT)).tableDiscrepancies());
        // The table grades its own total: the grade after a veto is not its business.
        assertEquals(List.of(d("R-AUDIT-5", "/reportedGrade", "FAIR", "GOOD")),
                audit(total(contractTable(), "88.73", Grade.FAIR)).tableDiscrepancies());
        // Without a reported total the grade is checked against pbm's.
        Project noTotal = withReported(contractTable(), r -> r.total(java.util.Optional.empty()).grade(Grade.EXCELLENT));
        assertEquals(List.of(d("R-AUDIT-5", "/reportedGrade", "EXCELLENT", "GOOD")), audit(noTotal).tableDiscrepancies());
        // 75 is 中 under both presets; 65 is 中 nationally but 差 in Xinjiang.
        Project sixtyFive = total(contractTable(), "65", Grade.FAIR);
        assertEquals(List.of(d("R-AUDIT-3", "/reportedTotal", "65", "88.73")), audit(sixtyFive).tableDiscrepancies());
        assertEquals(List.of(d("R-AUDIT-5", "/reportedGrade", "FAIR", "POOR")), audit(TableAudit.of(Presets.XINJIANG),
                sixtyFive).discrepancies(RuleId.R_AUDIT_5).stream().map(Discrepancy::toTableDiscrepancy).toList());
        assertEquals("the reported grade is fair, but the total 65 falls in poor [0.00, 70.00): poor",
                audit(TableAudit.of(Presets.XINJIANG), sixtyFive).discrepancies(RuleId.R_AUDIT_5).get(0).message()
                        .render(Locale.ENGLISH));
    }

    @Test
    void R_AUDIT_6_requiredDeviationExplanationsMissing() {
        Project table = withActual(contractTable(), "新建排水管网长度", IndicatorActual.of(IndicatorValue.parse("11.5")));
        assertEquals(List.of(d("R-AUDIT-6", "/indicators/0/explanation", "", "required")), audit(table).tableDiscrepancies());
        // 110 against 90 deviates by 22.22 %, strictly above 20 %: explained or not, the score stays full.
        Project beyond = withActual(contractTable(), "群众满意度", IndicatorActual.of(IndicatorValue.parse("110")));
        AuditResult result = audit(beyond);
        assertEquals(List.of(d("R-AUDIT-6", "/indicators/4/explanation", "", "required")), result.tableDiscrepancies());
        assertEquals("indicator \"群众满意度\" deviates by 22.22%, beyond 20%, and needs a deviation explanation, which is"
                + " missing", result.discrepancies().get(0).message().render(Locale.ENGLISH));
        // Exactly 20 % is not above it.
        assertTrue(audit(withActual(contractTable(), "群众满意度", IndicatorActual.of(IndicatorValue.parse("108")))).clean());
    }

    @Test
    void R_AUDIT_nothingReportedChecksOnlyTheTableItself() {
        AuditResult result = audit(Examples.contractProject());
        assertTrue(result.clean());
        assertEquals(new BigDecimal("88.73"), result.computedTotal().orElseThrow());
    }

    @Test
    void R_AUDIT_1_anIndicatorThatCannotBeRecomputedIsAFindingNotARejection() {
        Project contract = contractTable();
        EvaluationInput input = contract.evaluation().orElseThrow();
        Map<String, IndicatorActual> actuals = new java.util.LinkedHashMap<>(input.actuals());
        actuals.remove("管网验收合格率");
        Project missing = withInput(contract, EvaluationInput.builder().from(input).actuals(actuals).build());
        AuditResult result = MOF.audit(missing).get();
        Discrepancy finding = result.discrepancies(RuleId.R_AUDIT_1).get(0);
        assertEquals("/indicators/1", finding.path());
        assertEquals("—", finding.computed());
        assertTrue(finding.message().render(java.util.Locale.ENGLISH).startsWith("the indicator's score cannot be recomputed"),
                finding.message().render(java.util.Locale.ENGLISH));
    }

    @Test
    void R_AUDIT_onlyATableThatCannotBeRecomputedAtAllIsRejected() {
        Project contract = contractTable();
        Project none = Project.builder().from(contract).evaluation(java.util.Optional.empty()).build();
        assertEquals("evaluation.missing", MOF.audit(none).getError().problems().get(0).code());
        Project unknown = withScore(contract, "不存在的指标", "5");
        assertEquals("audit.unknownIndicator", MOF.audit(unknown).getError().problems().get(0).code());
    }

    @Test
    void R_AUDIT_batchSummaryAsPbmAudit1WritesIt() {
        Project dirty = total(withScore(contractTable(), "管网验收合格率", "7"), "85.73", Grade.GOOD);
        Project none = Project.builder().from(contractTable()).id("X").evaluation(java.util.Optional.empty()).build();
        AuditReport report = MOF.auditAll(List.of(contractTable(), dirty, none));
        AuditSummary summary = report.summary();
        assertEquals(3, summary.projects());
        assertEquals(1, summary.clean());
        assertEquals(1, summary.withDiscrepancies());
        assertEquals(1, summary.rejected());
        assertEquals(Map.of(RuleId.R_AUDIT_1, 1, RuleId.R_AUDIT_3, 1), summary.discrepancies());
        assertEquals(List.of(RuleId.R_AUDIT_1, RuleId.R_AUDIT_3), List.copyOf(summary.discrepancies().keySet()));
        assertEquals("X", report.rejected().get(0).id());
        assertEquals("MOF_2020", report.policyName());
    }
}
