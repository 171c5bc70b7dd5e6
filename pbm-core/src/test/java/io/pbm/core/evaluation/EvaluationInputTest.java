package io.pbm.core.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pbm.core.goal.IndicatorValue;
import io.pbm.core.grade.Score;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What an evaluation is given. */
class EvaluationInputTest {

    @Test
    void defaultsAreASelfEvaluationByTheUnitWithoutFindings() {
        EvaluationInput input = EvaluationInput.builder().build();
        assertEquals(EvaluationKind.SELF, input.kind());
        assertEquals(Evaluator.UNIT, input.evaluator());
        assertEquals(SupervisionFindings.none(), input.findings());
        assertFalse(input.findings().any());
        assertTrue(input.actuals().isEmpty());
        assertEquals(Optional.empty(), input.reportReviewScore());
        assertEquals(Optional.empty(), input.reported());
    }

    @Test
    void aFinanceEvaluationByAThirdParty() {
        EvaluationInput input = EvaluationInput.builder().kind(EvaluationKind.FINANCE).evaluator(Evaluator.THIRD_PARTY)
                .reportReviewScore(Score.of(88)).build();
        assertEquals(EvaluationKind.FINANCE, input.kind());
        assertEquals(Evaluator.THIRD_PARTY, input.evaluator());
        assertEquals(Optional.of(Score.of(88)), input.reportReviewScore());
    }

    @Test
    void actualLooksUpByName() {
        IndicatorActual length = IndicatorActual.of(IndicatorValue.parse("11.5公里"));
        EvaluationInput input = EvaluationInput.builder().putActuals("新建排水管网长度", length)
                .putActuals("群众满意度", IndicatorActual.of(IndicatorValue.parse("93%"))).build();
        assertEquals(Optional.of(length), input.actual("新建排水管网长度"));
        assertEquals(Optional.of(length), input.actual(" 新建排水管网长度 "));
        assertEquals(Optional.empty(), input.actual("按期完工率"));
    }

    @Test
    void actualsKeepTableOrder() {
        EvaluationInput input = EvaluationInput.builder()
                .putActuals("c", IndicatorActual.of(IndicatorValue.parse("1")))
                .putActuals("a", IndicatorActual.of(IndicatorValue.parse("2")))
                .putActuals("b", IndicatorActual.of(IndicatorValue.parse("3"))).build();
        assertEquals(java.util.List.of("c", "a", "b"), java.util.List.copyOf(input.actuals().keySet()));
    }

    @Test
    void nullsAreNamed() {
        assertTrue(assertThrows(NullPointerException.class, () -> EvaluationInput.builder().kind(null)).getMessage()
                .contains("kind"));
        assertTrue(assertThrows(NullPointerException.class, () -> EvaluationInput.builder().evaluator(null))
                .getMessage().contains("evaluator"));
        assertTrue(assertThrows(NullPointerException.class, () -> EvaluationInput.builder().findings(null))
                .getMessage().contains("findings"));
        assertTrue(assertThrows(NullPointerException.class,
                () -> EvaluationInput.builder().putActuals(null, IndicatorActual.builder().build())).getMessage()
                .contains("actuals"));
        assertTrue(assertThrows(NullPointerException.class,
                () -> EvaluationInput.builder().putActuals("a", null)).getMessage().contains("actuals"));
        assertEquals("name is null",
                assertThrows(NullPointerException.class, () -> EvaluationInput.builder().build().actual(null)).getMessage());
    }

    @Test
    void actualNamesAreStoredStrippedSoTheyCanBeFound() {
        EvaluationInput input = EvaluationInput.builder()
                .putActuals(" 群众满意度 ", IndicatorActual.of(IndicatorValue.parse("93"))).build();
        assertEquals(java.util.Set.of("群众满意度"), input.actuals().keySet());
        assertTrue(input.actual("群众满意度").isPresent());
    }

    @Test
    void blankOrRepeatedActualNamesAreRefused() {
        assertThrows(io.pbm.core.InvalidValueException.class, () -> EvaluationInput.builder()
                .putActuals(" ", IndicatorActual.of(IndicatorValue.parse("93"))).build());
        io.pbm.core.InvalidValueException e = assertThrows(io.pbm.core.InvalidValueException.class,
                () -> EvaluationInput.builder()
                        .putActuals("群众满意度", IndicatorActual.of(IndicatorValue.parse("93")))
                        .putActuals("群众满意度 ", IndicatorActual.of(IndicatorValue.parse("94"))).build());
        assertTrue(e.getMessage().contains("one actual per indicator name"), e.getMessage());
    }
}
