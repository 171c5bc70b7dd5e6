package io.pbm.rules.evaluation;

import io.pbm.rules.explain.Rejection;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pbm.core.Ratio;
import io.pbm.core.grade.Grade;
import io.pbm.rules.Examples;
import io.pbm.rules.policy.Presets;
import io.pbm.rules.scoring.IndicatorResult;
import io.vavr.control.Validation;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The example of json-contract.md, end to end in the engine: 9.51 + 28.75 + 10 + 9.47 + 21 + 10 = 88.73 → 良. */
class ContractExampleTest {

    private final Validation<Rejection, EvaluationResult> evaluated =
            EvaluationEngine.of(Presets.MOF_2020).evaluate(Examples.contractProject());

    @Test
    void contractExampleScoresAsTheContractSays() {
        EvaluationResult result = evaluated.get();
        assertEquals("9.51", result.executionScore().toString());
        List<String> scores = result.indicators().stream().map(i -> i.score().toString()).toList();
        assertEquals(List.of("28.75", "10.00", "9.47", "21.00", "10.00"), scores);
        assertEquals("88.73", result.score().toString());
        assertEquals(Grade.GOOD, result.rawGrade());
        assertEquals(Ratio.of(1835000, 1930500), result.executionRate().orElseThrow());
        assertTrue(result.complete());
        assertEquals("MOF_2020", result.policyName());
    }

    @Test
    void contractExampleDeviations() {
        EvaluationResult result = evaluated.get();
        List<String> deviations = result.indicators().stream()
                .map(i -> i.deviationRatio().map(d -> d.toDecimal(4).toPlainString()).orElse(null)).toList();
        assertEquals(java.util.Arrays.asList("-0.0417", "0.0000", "-0.0526", null, "0.0333"), deviations);
        List<Boolean> required = result.indicators().stream().map(IndicatorResult::explanationRequired).toList();
        assertEquals(List.of(true, false, true, true, false), required);
    }

    @Test
    void everyIndicatorAndTheGradeAppearInTheTrace() {
        EvaluationResult result = evaluated.get();
        for (IndicatorResult indicator : result.indicators()) {
            assertFalse(result.trace().about(indicator.name()).isEmpty(), indicator.name());
        }
        assertFalse(result.trace().of(io.pbm.rules.explain.RuleId.R_GRADE_1).isEmpty());
        String explanation = result.explain();
        assertTrue(explanation.contains("88.73"), explanation);
        assertTrue(explanation.contains("距优（90.00分起）还差 1.27 分"), explanation);
        String english = result.explain(Locale.ENGLISH);
        assertTrue(english.contains("excellent starts at 90.00: 1.27 points away"), english);
    }
}
