package io.pbm.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pbm.core.FiscalYear;
import io.pbm.core.budget.Amount;
import io.pbm.core.budget.Budget;
import io.pbm.core.budget.FundCategory;
import io.pbm.core.evaluation.EvaluationInput;
import io.pbm.core.evaluation.IndicatorActual;
import io.pbm.core.goal.Goal;
import io.pbm.core.goal.Indicator;
import io.pbm.core.goal.IndicatorValue;
import io.pbm.core.goal.Level2;
import io.pbm.core.goal.Weight;
import io.pbm.core.grade.Grade;
import io.pbm.core.grade.GradeScale;
import io.pbm.core.project.BudgetUnit;
import io.pbm.core.project.Project;
import io.pbm.rules.evaluation.EvaluationEngine;
import io.pbm.rules.evaluation.EvaluationResult;
import io.pbm.rules.policy.Policy;
import io.pbm.rules.policy.Presets;
import org.junit.jupiter.api.Test;

/** The README's examples, so that the first thing a reader tries does what the README says. */
class ReadmeExampleTest {

    @Test
    void tenLinesOfJava() {
        Goal goal = Goal.builder()
                .addIndicators(Indicator.builder().name("新建排水管网长度").level2(Level2.QUANTITY)
                        .target(IndicatorValue.parse("≧12公里")).weight(Weight.of(90)).build())
                .build();
        Project project = Project.builder()
                .id("652826-2023-017").name("农产品园区排水管网工程").unit(BudgetUnit.of("焉耆县住建局"))
                .year(FiscalYear.of(2023)).fundCategory(FundCategory.GENERAL_PUBLIC)
                .budget(Budget.of(Amount.of("1930500.00"), Amount.of("1835000.00"))).goal(goal)
                .evaluation(EvaluationInput.builder()
                        .putActuals("新建排水管网长度", IndicatorActual.of(IndicatorValue.parse("11.5"))).build())
                .build();
        EvaluationResult result = EvaluationEngine.of(Presets.MOF_2020).evaluate(project).get();
        assertEquals("95.76", result.score().toString());
        assertEquals(Grade.EXCELLENT, result.rawGrade());
        assertTrue(result.explain().contains("9.51"), result.explain());
    }

    @Test
    void policiesAreValues() {
        Policy strict = Presets.MOF_2020.withGradeScale(GradeScale.XINJIANG);
        assertEquals("2020.1+gradeScale", strict.version());
        assertEquals(java.util.List.of("version", "gradeScale"),
                strict.differencesFrom(Presets.MOF_2020).stream().map(d -> d.parameter()).toList());
        assertTrue(Presets.XINJIANG.toString().contains("gradeScale = 优 [90.00, 100.00] 良 [80.00, 90.00) 中 [70.00, 80.00)"));
    }

    @Test
    void theFacadeAndTheWhatIf() {
        Project project = Examples.contractProject();
        io.pbm.rules.pipeline.ProjectOutcome one = Pbm.evaluate(project, Presets.MOF_2020);
        assertTrue(one.asResult().isPresent());
        io.pbm.rules.pipeline.BatchResult batch = Pbm.evaluateAll(java.util.List.of(project), Presets.XINJIANG);
        assertEquals("优 0 / 良 0 / 中 1 / 差 0", batch.summary().gradesLine(java.util.Locale.CHINA));
        Policy stricter = Presets.XINJIANG.withGradeScale(GradeScale.XINJIANG.withLowerBound(Grade.FAIR,
                io.pbm.core.grade.Score.of(75)));
        io.pbm.rules.pipeline.PolicyComparison whatIf = Pbm.compare(java.util.List.of(project), Presets.XINJIANG, stricter);
        // 88.73 stays 良 (capped to 中 by the audit finding) whether 中 starts at 70 or 75.
        assertTrue(whatIf.changes().isEmpty(), whatIf::toString);
        assertTrue(whatIf.policyDifferences().stream().anyMatch(d -> d.parameter().equals("gradeScale")));
    }
}
