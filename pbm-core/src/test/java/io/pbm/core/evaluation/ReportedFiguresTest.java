package io.pbm.core.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pbm.core.InvalidValueException;
import io.pbm.core.grade.Grade;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The figures a filled-in table reports (R-AUDIT-1…6): kept as written, even when impossible. */
class ReportedFiguresTest {

    @Test
    void R_AUDIT_3_impossibleNumbersAreKept() {
        ReportedFigures figures = ReportedFigures.builder()
                .putIndicatorScores("按期完工率", new BigDecimal("12"))
                .putIndicatorScores("群众满意度", new BigDecimal("-3"))
                .executionScore(new BigDecimal("10.5"))
                .total(new BigDecimal("110"))
                .grade(Grade.EXCELLENT)
                .build();
        assertEquals(Optional.of(new BigDecimal("110")), figures.total());
        assertEquals(new BigDecimal("12"), figures.indicatorScores().get("按期完工率"));
        assertEquals(new BigDecimal("-3"), figures.indicatorScores().get("群众满意度"));
        assertEquals(Optional.of(new BigDecimal("10.5")), figures.executionScore());
        assertEquals(Optional.of(Grade.EXCELLENT), figures.grade());
    }

    @Test
    void nothingIsRequired() {
        ReportedFigures figures = ReportedFigures.builder().build();
        assertTrue(figures.indicatorScores().isEmpty());
        assertEquals(Optional.empty(), figures.total());
    }

    @Test
    void aHugeTotalIsRefusedWithoutExpandingIt() {
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> ReportedFigures.builder().total(new BigDecimal("1e999999999")).build());
        assertEquals("reported total", e.field());
        assertTrue(e.getMessage().contains("no exponent"), e.getMessage());
    }

    @Test
    void aHugeIndicatorScoreIsRefusedNamingTheIndicator() {
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> ReportedFigures.builder().putIndicatorScores("按期完工率", new BigDecimal("1e16")).build());
        assertEquals("reported score of 按期完工率", e.field());
        assertThrows(InvalidValueException.class,
                () -> ReportedFigures.builder().executionScore(new BigDecimal("1e999999999")).build());
        assertThrows(InvalidValueException.class,
                () -> ReportedFigures.builder().executionScore(new BigDecimal("0.1234567")).build());
        assertEquals(Optional.of(new BigDecimal("999999999999999.999999")), ReportedFigures.builder()
                .total(new BigDecimal("999999999999999.999999")).build().total());
    }

    @Test
    void nullsAreNamed() {
        assertTrue(assertThrows(NullPointerException.class, () -> ReportedFigures.builder().total((BigDecimal) null))
                .getMessage().contains("total"));
        assertTrue(assertThrows(NullPointerException.class,
                () -> ReportedFigures.builder().putIndicatorScores("a", null)).getMessage().contains("indicatorScores"));
    }
}
