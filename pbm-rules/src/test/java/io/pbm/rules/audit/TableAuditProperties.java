package io.pbm.rules.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pbm.core.budget.Amount;
import io.pbm.core.budget.Budget;
import io.pbm.core.evaluation.EvaluationInput;
import io.pbm.core.evaluation.IndicatorActual;
import io.pbm.core.evaluation.QualitativeAchievement;
import io.pbm.core.evaluation.ReportedFigures;
import io.pbm.core.goal.IndicatorValue;
import io.pbm.core.grade.Score;
import io.pbm.core.project.Project;
import io.pbm.rules.Examples;
import io.pbm.rules.evaluation.EvaluationEngine;
import io.pbm.rules.evaluation.EvaluationResult;
import io.pbm.rules.explain.RuleId;
import io.pbm.rules.policy.Policy;
import io.pbm.rules.policy.Presets;
import io.pbm.rules.scoring.IndicatorResult;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The table check agrees with the evaluation: a table filled in with pbm's own figures is clean, a
 * difference within the tolerance is rounding, and a score raised beyond it is always found.
 */
class TableAuditProperties {

    private static final List<String> NAMES = List.of("新建排水管网长度", "管网验收合格率", "按期完工率", "排涝能力提升", "群众满意度");

    @Provide
    Arbitrary<Project> tables() {
        Arbitrary<BigDecimal> length = Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("24")).ofScale(2);
        Arbitrary<BigDecimal> percent = Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("120")).ofScale(2);
        Arbitrary<QualitativeAchievement> achievement = Arbitraries.of(QualitativeAchievement.class);
        Arbitrary<Long> spentFen = Arbitraries.longs().between(0, 240_000_000L);
        return Combinators.combine(length, percent, percent, achievement, Arbitraries.integers().between(0, 5), percent,
                spentFen).as((a, b, c, level, point, e, fen) -> {
                    int score = switch (level) {
                        case ACHIEVED -> 24 + point;
                        case PARTLY_ACHIEVED -> 18 + point;
                        case NOT_ACHIEVED -> 12 + point;
                    };
                    return table(a, b, c, IndicatorActual.of(level, Score.of(score)), e, Amount.ofFen(fen));
                });
    }

    /** The contract project with these actuals and spending, and the figures pbm computes as its table. */
    private static Project table(BigDecimal length, BigDecimal quality, BigDecimal timely, IndicatorActual qualitative,
            BigDecimal satisfaction, Amount spent) {
        Project base = Examples.contractProject();
        Map<String, IndicatorActual> actuals = new LinkedHashMap<>();
        actuals.put(NAMES.get(0), IndicatorActual.of(IndicatorValue.of(length)));
        actuals.put(NAMES.get(1), IndicatorActual.of(IndicatorValue.of(quality)));
        actuals.put(NAMES.get(2), IndicatorActual.of(IndicatorValue.of(timely)));
        actuals.put(NAMES.get(3), qualitative);
        actuals.put(NAMES.get(4), IndicatorActual.of(IndicatorValue.of(satisfaction)));
        Budget budget = Budget.builder().from(base.budget()).spent(spent).explanation("年中追加").build();
        Project project = Project.builder().from(base).budget(budget).evaluation(EvaluationInput.builder()
                .from(base.evaluation().orElseThrow()).actuals(actuals).build()).build();
        EvaluationResult result = EvaluationEngine.of(Presets.MOF_2020).evaluate(project).get();
        // Explanations where R-DEV-1 requires them, and the reported figures as pbm computes them.
        ReportedFigures.Builder reported = ReportedFigures.builder();
        for (IndicatorResult indicator : result.indicators()) {
            reported.putIndicatorScores(indicator.name(), indicator.score().points());
            if (indicator.explanationRequired()) {
                IndicatorActual actual = actuals.get(indicator.name());
                actuals.put(indicator.name(), IndicatorActual.builder().from(actual).explanation("原因").build());
            }
        }
        reported.executionScore(result.executionScore().points()).total(result.score().points()).grade(result.rawGrade());
        return Tables.withInput(project, EvaluationInput.builder().from(project.evaluation().orElseThrow())
                .actuals(actuals).reported(reported.build()).build());
    }

    @Property
    void R_AUDIT_tableWithPbmsOwnFiguresIsClean(@ForAll("tables") Project table) {
        for (Policy policy : List.of(Presets.MOF_2020)) {
            AuditResult result = TableAudit.of(policy).audit(table).get();
            assertTrue(result.clean(), result::toString);
            BigDecimal evaluated = EvaluationEngine.of(policy).evaluate(table).get().score().points();
            assertEquals(0, evaluated.compareTo(result.computedTotal().orElseThrow()));
        }
    }

    @Property
    void R_AUDIT_1_aScoreWithinTheToleranceIsRounding(@ForAll("tables") Project table,
            @ForAll @IntRange(min = 0, max = 4) int index, @ForAll @IntRange(min = -1, max = 1) int fen) {
        // Qualitative scores are chosen, not computed: their range is exact, so only quantitative ones are nudged.
        String name = NAMES.get(index == 3 ? 0 : index);
        BigDecimal reported = reported(table, name).add(BigDecimal.valueOf(fen, 2));
        AuditResult result = TableAudit.of(Presets.MOF_2020).audit(Tables.withScore(table, name, reported.toPlainString()))
                .get();
        assertTrue(result.clean(), result::toString);
    }

    @Property
    void R_AUDIT_1_aScoreRaisedBeyondTheToleranceIsAlwaysFound(@ForAll("tables") Project table,
            @ForAll @IntRange(min = 0, max = 4) int index, @ForAll @IntRange(min = 2, max = 500) int fen) {
        String name = NAMES.get(index);
        BigDecimal reported = reported(table, name).add(BigDecimal.valueOf(fen, 2));
        AuditResult result = TableAudit.of(Presets.MOF_2020).audit(Tables.withScore(table, name, reported.toPlainString()))
                .get();
        assertTrue(result.discrepancies(RuleId.R_AUDIT_1).stream().anyMatch(d -> d.path().equals("/indicators/" + index)),
                result::toString);
    }

    private static BigDecimal reported(Project table, String name) {
        return table.evaluation().orElseThrow().reported().orElseThrow().indicatorScores().get(name);
    }
}
