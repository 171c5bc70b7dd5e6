package io.pbm.core.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pbm.core.InvalidValueException;
import io.pbm.core.goal.Comparison;
import io.pbm.core.goal.IndicatorValue;
import io.pbm.core.grade.Score;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Actuals, achievements and deviation explanations (R-DEV-1, R-SCORE-QUAL). */
class IndicatorActualTest {

    @Test
    void aQuantitativeActual() {
        IndicatorActual actual = IndicatorActual.of(IndicatorValue.parse("98%"));
        assertEquals(IndicatorValue.parse("98%"), actual.actual().orElseThrow());
        assertEquals(Optional.empty(), actual.achievement());
        assertEquals(Optional.empty(), actual.score());
        assertEquals(Optional.empty(), actual.explanation());
        assertTrue(actual.isReported());
    }

    @Test
    void anActualWrittenWithAComparisonIsKeptAsABound() {
        IndicatorActual actual = IndicatorActual.of(IndicatorValue.parse("≥90%"));
        assertEquals(Optional.of(Comparison.AT_LEAST), actual.actual().orElseThrow().comparison());
    }

    @Test
    void R_SCORE_QUAL_aQualitativeAchievementWithItsScore() {
        IndicatorActual actual = IndicatorActual.of(QualitativeAchievement.PARTLY_ACHIEVED, Score.of(21));
        assertEquals(Optional.of(QualitativeAchievement.PARTLY_ACHIEVED), actual.achievement());
        assertEquals(Optional.of(Score.of(21)), actual.score());
        assertEquals(Optional.empty(), actual.actual());
        assertTrue(actual.isReported());
    }

    @Test
    void nothingReported() {
        IndicatorActual actual = IndicatorActual.builder().explanation("尚未统计").build();
        assertFalse(actual.isReported());
        assertFalse(IndicatorActual.builder().score(Score.of(10)).build().isReported());
        assertTrue(IndicatorActual.builder().achievement(QualitativeAchievement.ACHIEVED).build().isReported());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t\n", "\u3000"})
    void R_DEV_1_aBlankExplanationCountsAsNone(String blank) {
        IndicatorActual actual = IndicatorActual.builder().actual(IndicatorValue.parse("11.5")).explanation(blank).build();
        assertEquals(Optional.empty(), actual.explanation());
        assertEquals(IndicatorActual.of(IndicatorValue.parse("11.5")), actual);
    }

    @Test
    void R_DEV_1_theExplanationIsStripped() {
        IndicatorActual actual = IndicatorActual.builder().actual(IndicatorValue.parse("11.5"))
                .explanation("  冬季停工两周，剩余0.5公里次年4月完工 \n").build();
        assertEquals(Optional.of("冬季停工两周，剩余0.5公里次年4月完工"), actual.explanation());
        assertEquals(IndicatorValue.parse("11.5"), actual.actual().orElseThrow());
    }

    @Test
    void anOverLongExplanationIsRefused() {
        String longest = "因".repeat(IndicatorActual.MAX_EXPLANATION_LENGTH);
        assertEquals(Optional.of(longest), IndicatorActual.builder().explanation(longest).build().explanation());
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> IndicatorActual.builder().explanation(longest + "因").build());
        assertEquals("explanation", e.field());
        assertTrue(e.value().length() < 100, e.value());
    }

    @Test
    void nullsAreNamed() {
        assertTrue(assertThrows(NullPointerException.class, () -> IndicatorActual.of((IndicatorValue) null))
                .getMessage().contains("actual"));
        assertTrue(assertThrows(NullPointerException.class, () -> IndicatorActual.of(null, Score.of(1))).getMessage()
                .contains("achievement"));
        assertTrue(assertThrows(NullPointerException.class,
                () -> IndicatorActual.of(QualitativeAchievement.ACHIEVED, null)).getMessage().contains("score"));
        assertTrue(assertThrows(NullPointerException.class, () -> IndicatorActual.builder().explanation((String) null))
                .getMessage().contains("explanation"));
    }
}
