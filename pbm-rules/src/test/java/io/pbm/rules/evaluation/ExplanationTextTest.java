package io.pbm.rules.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pbm.core.budget.FundCategory;
import io.pbm.core.evaluation.IndicatorActual;
import io.pbm.core.evaluation.QualitativeAchievement;
import io.pbm.core.evaluation.SupervisionFindings;
import io.pbm.core.goal.IndicatorValue;
import io.pbm.core.grade.Grade;
import io.pbm.core.grade.Score;
import io.pbm.core.project.Project;
import io.pbm.rules.Examples;
import io.pbm.rules.ProjectFixture;
import io.pbm.rules.explain.TraceStep;
import io.pbm.rules.policy.Presets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * What {@link EvaluationResult#explain(Locale)} tells a person, line by line: the project, the execution
 * score (R-SCORE-EXEC), each indicator with its deviation (R-DEV-1), the total and grade (R-GRADE-1) and how
 * far the next grade is, completeness, the warnings, then every step of the trace.
 */
class ExplanationTextTest {

    /** The contract with nothing built: 59.98 → 差, incomplete, two warnings. */
    private static final Project POOR = Examples.contractVariant("poor", FundCategory.GENERAL_PUBLIC,
            input -> input.findings(SupervisionFindings.none())
                    .putActuals("新建排水管网长度", IndicatorActual.of(IndicatorValue.parse("0"))));

    /** The contract with its benefit fully achieved: 94.73 → 优. */
    private static final Project EXCELLENT = Examples.contractVariant("top", FundCategory.GENERAL_PUBLIC,
            input -> input.putActuals("排涝能力提升", IndicatorActual.builder()
                    .achievement(QualitativeAchievement.ACHIEVED).score(Score.of(27)).explanation("效果明显").build()));

    private static EvaluationResult evaluated(Project project) {
        return ProjectFixture.valid(EvaluationEngine.of(Presets.MOF_2020).evaluate(project));
    }

    @Test
    void R_GRADE_1_theExplanationGivesEveryFigureThenTheWarningsThenTheTrace() {
        EvaluationResult poor = evaluated(POOR);
        String text = poor.explain(Locale.ENGLISH);
        String head = """
                Project poor 农产品园区排水管网工程 (焉耆县住房和城乡建设局, 2023, self-evaluation), policy MOF_2020 2020.1
                Execution rate 95.05%, score 9.51
                output 新建排水管网长度: 0.00 of 30.00, deviation -100.00%
                output 管网验收合格率: 10.00 of 10.00, deviation 0.00%
                output 按期完工率: 9.47 of 10.00, deviation -5.26%
                benefit 排涝能力提升: 21.00 of 30.00, deviation —
                satisfaction 群众满意度: 10.00 of 10.00, deviation 3.33%
                Total 59.98, grade poor (poor [0.00, 60.00))
                fair starts at 60.00: 0.02 points away
                The evaluation is incomplete: a required deviation explanation is missing
                Warnings:
                  R-DEV-1 /indicators/0/explanation: indicator "新建排水管网长度" needs a deviation explanation and has none: \
                the evaluation is incomplete
                  R-DEV-4 RED: the total 59.98 is below 70.00: overall deviation is large; the points were lost on: \
                新建排水管网长度 −30.00; 排涝能力提升 −9.00; 按期完工率 −0.53; R-SCORE-EXEC −0.49
                How the score was reached:
                """;
        assertTrue(text.startsWith(head), text);
        List<String> trace = Arrays.asList(text.substring(head.length()).split("\n"));
        assertEquals(poor.trace().steps().stream().map(s -> "  " + s.render(Locale.ENGLISH)).toList(), trace);
        assertEquals("poor 59.98 差 [MOF_2020 2020.1]", poor.toString());
    }

    @Test
    void R_GRADE_1_anExcellentResultHasNoNextGradeAndACompleteEvaluationNoWarnings() {
        EvaluationResult top = evaluated(EXCELLENT);
        assertEquals(Grade.EXCELLENT, top.rawGrade());
        String text = top.explain(Locale.ENGLISH);
        assertTrue(text.contains("\nTotal 94.73, grade excellent (excellent [90.00, 100.00])\n"
                + "The evaluation is complete\nHow the score was reached:\n"), text);
        String chinese = top.explain();
        assertTrue(chinese.contains("优"), chinese);
        for (TraceStep step : top.trace().steps()) {
            assertTrue(chinese.contains("  " + step.render(Locale.SIMPLIFIED_CHINESE) + "\n"), step::toString);
        }
    }
}
