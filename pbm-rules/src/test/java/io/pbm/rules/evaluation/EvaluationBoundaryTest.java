package io.pbm.rules.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pbm.core.Ratio;
import io.pbm.core.evaluation.EvaluationInput;
import io.pbm.core.evaluation.IndicatorActual;
import io.pbm.core.evaluation.QualitativeAchievement;
import io.pbm.core.goal.IndicatorValue;
import io.pbm.core.goal.Level2;
import io.pbm.core.monitoring.WarningLight;
import io.pbm.core.project.Project;
import io.pbm.rules.ProjectFixture;
import io.pbm.rules.explain.Problem;
import io.pbm.rules.explain.Rejection;
import io.pbm.rules.explain.RuleId;
import io.pbm.rules.explain.TraceStep;
import io.pbm.rules.explain.Warning;
import io.pbm.rules.policy.MismatchRule;
import io.pbm.rules.policy.Policy;
import io.pbm.rules.policy.Presets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The engine's rules on their thresholds: R-DEV-1's wording for each case (a shortfall or a deviation
 * beyond the threshold, explained or not), R-DEV-3 on exactly the absolute threshold and on budgets beyond
 * a long, R-DEV-4 naming only what lost points, and problems located on every indicator and actual
 * however many there are.
 */
class EvaluationBoundaryTest {

    // ---- R-DEV-1: which reason the trace gives ----

    private static String deviationStep(String target, String actual, String explanation) {
        EvaluationResult result = ProjectFixture.project("dev")
                .quantitative("指标", Level2.QUANTITY, target, 10, actual, explanation)
                .quantitative("填充", Level2.QUALITY, ">=100%", 80, "100")
                .evaluate(Presets.MOF_2020);
        TraceStep step = result.trace().of(RuleId.R_DEV_1).stream().filter(s -> s.subject().equals("指标"))
                .findFirst().orElseThrow();
        return step.render(Locale.ENGLISH);
    }

    @Test
    void R_DEV_1_aShortfallIsExplainedAsBelowTheWeight() {
        assertEquals("R-DEV-1 指标 → -4.17%: deviation -4.17%; the score 9.58 is below the weight 10.00: an "
                + "explanation is required, and given", deviationStep(">=12公里", "11.5", "冬季停工"));
        assertEquals("R-DEV-1 指标 → -4.17%: deviation -4.17%; the score 9.58 is below the weight 10.00: an "
                + "explanation is required, and missing", deviationStep(">=12公里", "11.5", null));
    }

    @Test
    void R_DEV_1_aFullScoreBeyondTheThresholdIsExplainedAsBeyondIt() {
        // 13 against ≥10 earns the full weight 10.00: not below the weight, but 30 % beyond 20 %.
        assertEquals("R-DEV-1 指标 → 30.00%: deviation 30.00% is beyond 20%: an explanation is required, and given",
                deviationStep(">=10个", "13", "提前完成"));
        assertEquals("R-DEV-1 指标 → 30.00%: deviation 30.00% is beyond 20%: an explanation is required, and missing",
                deviationStep(">=10个", "13", null));
    }

    // ---- R-DEV-3 ----

    private static List<WarningLight> lights(EvaluationResult result) {
        return result.warnings().stream().filter(w -> w.rule() == RuleId.R_DEV_3).map(w -> w.light().orElseThrow())
                .toList();
    }

    /** Completion 100 % (90 of 90), spending as given. */
    private static EvaluationResult fullyAchieved(String adjusted, String spent, Policy policy) {
        return ProjectFixture.project("mismatch").budget(adjusted, spent)
                .qualitative("综合效益", Level2.SOCIAL, 90, QualitativeAchievement.ACHIEVED, "90", "说明")
                .evaluate(policy);
    }

    @Test
    void R_DEV_3_absoluteAGapOfExactlyTheThresholdIsNotRed() {
        // Sichuan's form: |c − e| > 10 points. c = 100 %, e = 90 %: exactly 10 points, not more.
        Policy absolute = Presets.MOF_2020.toBuilder().mismatchRule(MismatchRule.ABSOLUTE)
                .mismatchThreshold(Ratio.of(1, 10)).build();
        assertEquals(List.of(), lights(fullyAchieved("1000000.00", "900000.00", absolute)));
        assertEquals(List.of(WarningLight.RED), lights(fullyAchieved("1000000.00", "899999.99", absolute)));
    }

    @Test
    void R_DEV_3_budgetsBeyondALongAreJudgedExactly() {
        // 14-digit budgets: completion × budget no longer fits a long, and the exact ratios decide.
        assertEquals(List.of(WarningLight.RED),
                lights(fullyAchieved("99999999999999.99", "89999999999999.97", Presets.MOF_2020)));
        assertEquals(List.of(), lights(fullyAchieved("99999999999999.99", "99999999999999.97", Presets.MOF_2020)));
    }

    /** The R-DEV-3 step of the trace, as a person reads it. */
    private static TraceStep comparison(EvaluationResult result) {
        List<TraceStep> steps = result.trace().of(RuleId.R_DEV_3);
        assertEquals(1, steps.size(), steps::toString);
        return steps.get(0);
    }

    @Test
    void R_DEV_3_theTraceComparesCompletionWithSpendingCappedAtTheBudget() {
        TraceStep red = comparison(fullyAchieved("1000000.00", "900000.00", Presets.MOF_2020));
        assertEquals("RED", red.outcome());
        assertTrue(red.render(Locale.ENGLISH).endsWith("goal completion 100.00%, spending 90.00%, compared relative, "
                + "threshold 5%"), () -> red.render(Locale.ENGLISH));
        TraceStep overspent = comparison(fullyAchieved("1000000.00", "1200000.00", Presets.MOF_2020));
        assertEquals("—", overspent.outcome());
        assertTrue(overspent.render(Locale.ENGLISH).contains("spending 100.00%,"), () -> overspent.render(Locale.ENGLISH));
        TraceStep huge = comparison(fullyAchieved("99999999999999.99", "89999999999999.97", Presets.MOF_2020));
        assertEquals("RED", huge.outcome());
        assertTrue(huge.render(Locale.ENGLISH).contains("goal completion 100.00%, spending 90.00%,"),
                () -> huge.render(Locale.ENGLISH));
    }

    @Test
    void R_DEV_3_yellowSaysHowMuchWasSpentOrThatThereIsNoBudget() {
        EvaluationResult unspent = fullyAchieved("1000000.00", "700000.00", Presets.MOF_2020);
        Warning yellow = unspent.warnings().stream().filter(w -> w.light().orElse(null) == WarningLight.YELLOW)
                .findFirst().orElseThrow();
        assertTrue(yellow.render(Locale.ENGLISH).endsWith("execution rate 70.00%: more than 20% of the budget is unspent "
                + "(YELLOW)"), () -> yellow.render(Locale.ENGLISH));
        assertEquals("/budget", yellow.path());
    }

    // ---- R-DEV-4 ----

    @Test
    void R_DEV_4_aFullySpentBudgetIsNotNamedAmongTheLosses() {
        EvaluationResult result = ProjectFixture.project("low").budget("1000000.00", "1000000.00")
                .quantitative("甲指标", Level2.QUANTITY, ">=100个", 90, "50", "x")
                .evaluate(Presets.MOF_2020);
        assertEquals("55.00", result.score().toString());
        Warning low = result.warnings().stream().filter(w -> w.rule() == RuleId.R_DEV_4).findFirst().orElseThrow();
        assertTrue(low.render(Locale.ENGLISH).endsWith("the points were lost on: 甲指标 −45.00"),
                () -> low.render(Locale.ENGLISH));
        assertEquals("甲指标 −45.00", result.trace().of(RuleId.R_DEV_4).get(0).outcome());
    }

    // ---- problems located ----

    @Test
    void R_GOAL_3_everyMissingActualIsLocatedBeyondTheSixtyFourthIndicator() {
        ProjectFixture fixture = ProjectFixture.project("many");
        for (int i = 0; i < 64; i++) {
            fixture.quantitative("指标" + i, Level2.QUANTITY, ">=1个", 1, "1");
        }
        fixture.quantitative("指标64", Level2.QUANTITY, ">=1个", 13, null);
        fixture.quantitative("指标65", Level2.QUANTITY, ">=1个", 13, null);
        Rejection rejection = fixture.reject(Presets.MOF_2020);
        assertEquals(List.of("/indicators/64", "/indicators/65"),
                rejection.problems().stream().map(Problem::path).toList());
    }

    @Test
    void anActualOfAnIndicatorTheGoalDoesNotHaveIsRejected() {
        Project project = ProjectFixture.project("unknown").quantitative("指标", Level2.QUANTITY, ">=1个", 90, "1").build();
        EvaluationInput input = EvaluationInput.builder().from(project.evaluation().orElseThrow())
                .putActuals("未知指标", IndicatorActual.of(IndicatorValue.parse("1"))).build();
        var evaluated = EvaluationEngine.of(Presets.MOF_2020).evaluate(Project.builder().from(project)
                .evaluation(input).build());
        assertTrue(evaluated.isInvalid());
        Problem problem = evaluated.getError().problems().get(0);
        assertEquals("actual.unknown", problem.code());
        assertEquals("/actuals/未知指标", problem.path());
        assertEquals(1, evaluated.getError().problems().size());
    }
}
