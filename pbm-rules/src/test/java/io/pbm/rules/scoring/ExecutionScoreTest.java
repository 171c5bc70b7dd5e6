package io.pbm.rules.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pbm.core.Ratio;
import io.pbm.core.budget.Amount;
import io.pbm.core.budget.Budget;
import io.pbm.core.goal.Level2;
import io.pbm.core.goal.Weight;
import io.pbm.core.monitoring.WarningLight;
import io.pbm.rules.ProjectFixture;
import io.pbm.rules.evaluation.EvaluationResult;
import io.pbm.rules.explain.RuleId;
import io.pbm.rules.explain.Warning;
import io.pbm.rules.policy.Presets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** R-SCORE-EXEC: min(spent ÷ adjusted budget, 1) × execution weight, rounded once. */
class ExecutionScoreTest {

    private static ExecutionScore score(String adjusted, String spent) {
        return ExecutionScore.of(Budget.of(Amount.of(adjusted), Amount.of(spent)), Presets.MOF_2020);
    }

    @Test
    void R_SCORE_EXEC_partialSpendingScoresTheRateTimesTheWeight() {
        ExecutionScore score = score("2000000.00", "1700000.00");
        assertEquals("8.50", score.points().toPlainString());
        assertEquals(Ratio.of(17, 20), score.executionRate().orElseThrow());
    }

    @Test
    void R_SCORE_EXEC_spendingMoreThanTheBudgetScoresFullWeight() {
        ExecutionScore score = score("2000000.00", "2100000.00");
        assertEquals("10.00", score.points().toPlainString());
        assertEquals(Ratio.of(21, 20), score.executionRate().orElseThrow(), "the rate itself is not capped");
        assertEquals("10.00", score("2000000.00", "2000000.00").points().toPlainString());
    }

    @Test
    void R_SCORE_EXEC_contractExample() {
        // 1,835,000 ÷ 1,930,500 × 10 = 9.5053 → 9.51
        assertEquals("9.51", score("1930500.00", "1835000.00").points().toPlainString());
    }

    @Test
    void R_SCORE_EXEC_theWeightIsPolicy() {
        // Hubei forms weight the execution rate 20; the level-1 split must still add up to 100 with it.
        var hubei = Presets.MOF_2020.toBuilder().executionWeight(Weight.of(20))
                .putLevelOneWeights(io.pbm.core.goal.Level1.OUTPUT, Weight.of(40)).build();
        ExecutionScore score = ExecutionScore.of(Budget.of(Amount.of("2000000.00"), Amount.of("1700000.00")), hubei);
        assertEquals("17.00", score.points().toPlainString());
        assertEquals("9.00", ExecutionScore.of(Budget.of(Amount.of("2000000.00"), Amount.of("1700000.00")),
                Presets.MOF_2020.withScoreScale(0)).points().toPlainString(), "8.5 rounds HALF_UP to 9");
    }

    @Test
    void R_SCORE_EXEC_zeroBudgetScoresZeroWithoutARate() {
        ExecutionScore score = score("0.00", "0.00");
        assertEquals("0.00", score.points().toPlainString());
        assertTrue(score.executionRate().isEmpty());
        assertEquals("0.00", score("0.00", "5000.00").points().toPlainString());
    }

    @Test
    void R_SCORE_EXEC_zeroBudgetIsAWarningInTheEngineNotAnException() {
        EvaluationResult result = ProjectFixture.project("zero").budget("0.00", "0.00")
                .quantitative("管网验收合格率", Level2.QUALITY, ">=100%", 90, "100")
                .evaluate(Presets.MOF_2020);
        assertEquals("0.00", result.executionScore().toString());
        assertTrue(result.executionRate().isEmpty());
        assertEquals("90.00", result.score().toString());
        List<Warning> exec = result.warnings().stream().filter(w -> w.rule() == RuleId.R_SCORE_EXEC).toList();
        assertEquals(1, exec.size(), result.warnings()::toString);
        assertEquals("/budget/adjusted", exec.get(0).path());
        // R-DEV-3: a zero budget is YELLOW too.
        assertTrue(result.warnings().stream().anyMatch(w -> w.rule() == RuleId.R_DEV_3
                && w.light().equals(java.util.Optional.of(WarningLight.YELLOW))), result.warnings()::toString);
    }
}
