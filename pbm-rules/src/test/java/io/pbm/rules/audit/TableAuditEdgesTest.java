package io.pbm.rules.audit;

import static io.pbm.rules.audit.Tables.contractTable;
import static io.pbm.rules.audit.Tables.withActual;
import static io.pbm.rules.audit.Tables.withInput;
import static io.pbm.rules.audit.Tables.withReported;
import static io.pbm.rules.audit.Tables.withScore;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pbm.core.InvalidValueException;
import io.pbm.core.Ratio;
import io.pbm.core.evaluation.EvaluationInput;
import io.pbm.core.evaluation.IndicatorActual;
import io.pbm.core.evaluation.QualitativeAchievement;
import io.pbm.core.evaluation.TableDiscrepancy;
import io.pbm.core.goal.IndicatorValue;
import io.pbm.core.grade.Grade;
import io.pbm.core.grade.Score;
import io.pbm.core.project.Project;
import io.pbm.rules.explain.Message;
import io.pbm.rules.explain.Problem;
import io.pbm.rules.explain.RuleId;
import io.pbm.rules.explain.TraceStep;
import io.pbm.rules.policy.Policy;
import io.pbm.rules.policy.Presets;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * R-AUDIT-1…6 at their edges: scores exactly 0 or the full weight, totals exactly on a grade's lower
 * bound, indicators pbm cannot recompute whose reported score still counts, qualitative scores without
 * a score or an achievement; and the audit's values (summary, rendering).
 */
class TableAuditEdgesTest {

    private static final TableAudit MOF = TableAudit.of(Presets.MOF_2020);

    private static Project total(Project project, String total, Grade grade) {
        return withReported(project, r -> r.total(new BigDecimal(total)).grade(grade));
    }

    private static Project without(Project project, String indicator) {
        EvaluationInput input = project.evaluation().orElseThrow();
        Map<String, IndicatorActual> actuals = new LinkedHashMap<>(input.actuals());
        actuals.remove(indicator);
        return withInput(project, EvaluationInput.builder().from(input).actuals(actuals).build());
    }

    /** The contract table without a reported score for the indicator. */
    private static Project unreported(String indicator) {
        return withReported(contractTable(), r -> {
            Map<String, BigDecimal> scores = new LinkedHashMap<>(contractTable().evaluation().orElseThrow().reported()
                    .orElseThrow().indicatorScores());
            scores.remove(indicator);
            r.indicatorScores(scores);
        });
    }

    private static String key(AuditResult result, RuleId rule) {
        return result.discrepancies(rule).get(0).message().key();
    }

    @Test
    void R_AUDIT_1_aScoreOfExactlyZeroIsBelowTheFormulaNotOutsideTheRange() {
        AuditResult result = MOF.audit(total(withScore(contractTable(), "管网验收合格率", "0"), "78.73", Grade.FAIR)).get();
        assertEquals("R-AUDIT-1.metBelowFull", key(result, RuleId.R_AUDIT_1));
    }

    @Test
    void R_AUDIT_1_aScoreOfExactlyTheWeightIsAboveTheFormulaNotOutsideTheRange() {
        AuditResult result = MOF.audit(total(withScore(contractTable(), "按期完工率", "10"), "89.26", Grade.GOOD)).get();
        assertEquals("R-AUDIT-1.above", key(result, RuleId.R_AUDIT_1));
        AuditResult over = MOF.audit(total(withScore(contractTable(), "按期完工率", "10.02"), "89.28", Grade.GOOD)).get();
        assertEquals("R-AUDIT-1.outside", key(over, RuleId.R_AUDIT_1));
    }

    @Test
    void R_AUDIT_1_anIndicatorWithoutAnActualKeepsItsReportedScoreInTheSums() {
        AuditResult result = MOF.audit(without(contractTable(), "管网验收合格率")).get();
        Discrepancy finding = result.discrepancies(RuleId.R_AUDIT_1).get(0);
        assertEquals(new TableDiscrepancy("R-AUDIT-1", "/indicators/1", "10", "—"), finding.toTableDiscrepancy());
        assertEquals("R-AUDIT-1.unverifiable", finding.message().key());
        assertEquals(List.of(Message.of("actual.missing", "管网验收合格率", "—")), finding.message().args());
        assertEquals(new BigDecimal("88.73"), result.computedTotal().orElseThrow());
        assertEquals(1, result.discrepancies().size(), result::toString);
    }

    @Test
    void R_AUDIT_1_anIndicatorWithNeitherAnActualNorAReportedScoreLeavesTheTotalOpen() {
        Project table = without(unreported("管网验收合格率"), "管网验收合格率");
        AuditResult result = MOF.audit(table).get();
        assertEquals("—", result.discrepancies(RuleId.R_AUDIT_1).get(0).reported());
        assertTrue(result.computedTotal().isEmpty());
    }

    @Test
    void R_AUDIT_1_anActualInAnotherUnitIsUnverifiableAndItsReportedScoreStands() {
        Project table = withActual(contractTable(), "新建排水管网长度", IndicatorActual.builder()
                .actual(IndicatorValue.parse("11.5吨")).explanation("冬季停工").build());
        AuditResult result = MOF.audit(table).get();
        Discrepancy finding = result.discrepancies(RuleId.R_AUDIT_1).get(0);
        assertEquals("R-AUDIT-1.unverifiable", finding.message().key());
        assertEquals("28.75", finding.reported());
        assertTrue(finding.path().startsWith("/indicators/0"), finding.path());
        assertEquals(new BigDecimal("88.73"), result.computedTotal().orElseThrow());
    }

    @Test
    void R_AUDIT_1_aQualitativeActualWithoutAnAchievementIsUnverifiable() {
        Project table = withActual(contractTable(), "排涝能力提升", IndicatorActual.builder()
                .actual(IndicatorValue.text("明显提升")).score(Score.of(21)).explanation("支管待检验").build());
        AuditResult result = MOF.audit(table).get();
        Discrepancy finding = result.discrepancies(RuleId.R_AUDIT_1).get(0);
        assertEquals("/indicators/3/achievement", finding.path());
        assertEquals("21", finding.reported());
        assertEquals(new BigDecimal("88.73"), result.computedTotal().orElseThrow());
    }

    @Test
    void R_AUDIT_1_aQualitativeIndicatorWithNoScoreAnywhereAndNoDefaultIsUnverifiable() {
        Project table = withActual(unreported("排涝能力提升"), "排涝能力提升",
                IndicatorActual.builder().achievement(QualitativeAchievement.PARTLY_ACHIEVED)
                        .explanation("支管待检验").build());
        AuditResult result = MOF.audit(table).get();
        Discrepancy finding = result.discrepancies(RuleId.R_AUDIT_1).get(0);
        assertEquals("/indicators/3/score", finding.path());
        assertEquals("—", finding.reported());
        assertTrue(result.computedTotal().isEmpty());
    }

    @Test
    void R_SCORE_QUAL_aPolicysDefaultPointStandsInForAMissingScore() {
        Policy withDefault = Presets.MOF_2020.withQualitativeRange(QualitativeAchievement.PARTLY_ACHIEVED,
                Presets.MOF_2020.qualitativeRanges().get(QualitativeAchievement.PARTLY_ACHIEVED)
                        .withDefaultPoint(Ratio.of(7, 10)));
        Project table = withActual(unreported("排涝能力提升"), "排涝能力提升",
                IndicatorActual.builder().achievement(QualitativeAchievement.PARTLY_ACHIEVED)
                        .explanation("支管待检验").build());
        AuditResult result = TableAudit.of(withDefault).audit(table).get();
        assertTrue(result.clean(), result::toString);
        assertEquals(new BigDecimal("88.73"), result.computedTotal().orElseThrow());
        TraceStep accepted = result.trace().of(RuleId.R_SCORE_QUAL).get(0);
        assertEquals("21.00", accepted.outcome());
    }

    @Test
    void R_AUDIT_1_aQualitativeScoreAboveItsWeightIsOutsideNotMerelyOutOfRange() {
        Project table = withActual(withScore(contractTable(), "排涝能力提升", "31"), "排涝能力提升",
                IndicatorActual.builder().achievement(QualitativeAchievement.PARTLY_ACHIEVED)
                        .explanation("支管待检验").build());
        AuditResult result = MOF.audit(table).get();
        assertEquals("R-AUDIT-1.outside", key(result, RuleId.R_AUDIT_1));
        Project inWeight = withActual(withScore(contractTable(), "排涝能力提升", "30"), "排涝能力提升",
                IndicatorActual.builder().achievement(QualitativeAchievement.PARTLY_ACHIEVED)
                        .explanation("支管待检验").build());
        assertEquals("R-AUDIT-1.range", key(MOF.audit(inWeight).get(), RuleId.R_AUDIT_1));
    }

    @Test
    void R_AUDIT_6_aQualitativeScoreBelowItsWeightNeedsAnExplanation() {
        Project table = withActual(contractTable(), "排涝能力提升", IndicatorActual.builder()
                .achievement(QualitativeAchievement.PARTLY_ACHIEVED).score(Score.of(21)).build());
        AuditResult result = MOF.audit(table).get();
        assertEquals(List.of(new TableDiscrepancy("R-AUDIT-6", "/indicators/3/explanation", "", "required")),
                result.tableDiscrepancies());
        assertEquals("R-AUDIT-6.shortfall", key(result, RuleId.R_AUDIT_6));
    }

    @Test
    void R_AUDIT_5_aTotalExactlyOnAGradesLowerBoundHasThatGrade() {
        AuditResult ninety = MOF.audit(total(contractTable(), "90.00", Grade.EXCELLENT)).get();
        assertEquals(List.of(), ninety.discrepancies(RuleId.R_AUDIT_5));
        AuditResult below = MOF.audit(total(contractTable(), "89.99", Grade.EXCELLENT)).get();
        assertEquals("GOOD", below.discrepancies(RuleId.R_AUDIT_5).get(0).computed());
    }

    @Test
    void anActualNamingNoIndicatorRejectsTheTable() {
        Project table = withActual(contractTable(), "不存在的指标", IndicatorActual.of(IndicatorValue.parse("1")));
        List<Problem> problems = MOF.audit(table).getError().problems();
        assertEquals(List.of("actual.unknown"), problems.stream().map(Problem::code).toList());
        assertEquals("/actuals/不存在的指标", problems.get(0).path());
    }

    @Test
    void aSummaryCountsCleanTablesApartFromDirtyOnes() {
        Project dirty = total(withScore(contractTable(), "管网验收合格率", "7"), "85.73", Grade.GOOD);
        AuditSummary summary = MOF.auditAll(List.of(contractTable(), contractTable(), dirty)).summary();
        assertEquals(new AuditSummary(3, 2, 1, 0, Map.of(RuleId.R_AUDIT_1, 1, RuleId.R_AUDIT_3, 1)), summary);
    }

    @Test
    void aSummaryAddsUpFieldByFieldAndRuleByRule() {
        AuditSummary a = new AuditSummary(4, 1, 2, 1, Map.of(RuleId.R_AUDIT_1, 2, RuleId.R_AUDIT_3, 1));
        AuditSummary b = new AuditSummary(6, 3, 2, 1, Map.of(RuleId.R_AUDIT_1, 1, RuleId.R_AUDIT_5, 4));
        assertEquals(new AuditSummary(10, 4, 4, 2, Map.of(RuleId.R_AUDIT_1, 3, RuleId.R_AUDIT_3, 1,
                RuleId.R_AUDIT_5, 4)), a.plus(b));
    }

    @Test
    void aSummaryRefusesCountsThatDoNotAddUp() {
        assertEquals(0, new AuditSummary(0, 0, 0, 0, Map.of()).projects());
        assertThrows(InvalidValueException.class, () -> new AuditSummary(0, -1, 1, 0, Map.of()));
        assertThrows(InvalidValueException.class, () -> new AuditSummary(0, 1, -1, 0, Map.of()));
        assertThrows(InvalidValueException.class, () -> new AuditSummary(0, 1, 0, -1, Map.of()));
        assertThrows(InvalidValueException.class, () -> new AuditSummary(4, 1, 1, 1, Map.of()));
    }

    @Test
    void aResultRendersOneLinePerDiscrepancy() {
        AuditResult clean = MOF.audit(contractTable()).get();
        assertEquals("652826-2023-017: clean\n", clean.render(Locale.ENGLISH));
        AuditResult dirty = MOF.audit(total(withScore(contractTable(), "管网验收合格率", "7"), "85.73", Grade.GOOD)).get();
        String text = dirty.render(Locale.ENGLISH);
        assertEquals("652826-2023-017:\n  " + dirty.discrepancies().get(0).render(Locale.ENGLISH) + "\n  "
                + dirty.discrepancies().get(1).render(Locale.ENGLISH) + "\n", text);
        assertTrue(text.contains("  R-AUDIT-1 /indicators/1: 7 → 10.00: "), text);
        assertEquals(dirty.render(Locale.SIMPLIFIED_CHINESE), dirty.toString());
    }

    @Test
    void aDiscrepancyWithoutAPathRendersTheRoot() {
        Discrepancy root = new Discrepancy(RuleId.R_AUDIT_3, "", "1", "2", Message.of("R-AUDIT-3.sum", "1", "2"));
        assertTrue(root.render(Locale.ENGLISH).startsWith("R-AUDIT-3 /: 1 → 2: "), root.render(Locale.ENGLISH));
        assertEquals(root.render(Locale.SIMPLIFIED_CHINESE), root.toString());
        assertTrue(root.toString().length() > "R-AUDIT-3 /: 1 → 2: ".length(), root.toString());
    }
}
