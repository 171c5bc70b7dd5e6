package io.pbm.core.exante;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pbm.core.InvalidValueException;
import io.pbm.core.grade.Score;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Ex-ante assessment (R-EXANTE-1…4). */
class ExAnteAssessmentTest {

    private static ExAnteAssessment.Builder scores(String a, String b, String c, String d, String e) {
        return ExAnteAssessment.builder().necessity(Score.parse(a)).economy(Score.parse(b)).goalSoundness(Score.parse(c))
                .feasibility(Score.parse(d)).fundingCompliance(Score.parse(e));
    }

    @Test
    void R_EXANTE_1_fiveTimesTwentyIsHundred() {
        ExAnteAssessment assessment = scores("20", "20", "20", "20", "20").build();
        assertEquals(Score.of(100), assessment.total());
        assertEquals(Score.FULL, assessment.total());
        assertFalse(assessment.thirdPartyReassessed());
    }

    @Test
    void R_EXANTE_1_theTotalIsExact() {
        ExAnteAssessment assessment = scores("19.5", "18.25", "20", "17.75", "19.99").build();
        assertEquals(Score.parse("95.49"), assessment.total());
        assertEquals(new BigDecimal("95.49"), assessment.total().points());
        assertEquals(Score.parse("19.5"), assessment.necessity());
        assertEquals(Score.parse("18.25"), assessment.economy());
        assertEquals(Score.parse("20"), assessment.goalSoundness());
        assertEquals(Score.parse("17.75"), assessment.feasibility());
        assertEquals(Score.parse("19.99"), assessment.fundingCompliance());
    }

    @Test
    void R_EXANTE_1_aTotalAboveHundredIsRefused() {
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> scores("20", "20", "20", "20", "20.01").build());
        assertEquals("ex-ante total", e.field());
        assertEquals("100.01", e.value());
        assertTrue(e.getMessage().contains("the five dimension scores add up to at most 100"), e.getMessage());
        assertThrows(InvalidValueException.class, () -> scores("100", "1", "0", "0", "0").build());
    }

    @Test
    void R_EXANTE_4_thirdPartyReassessment() {
        assertTrue(scores("20", "20", "20", "20", "20").thirdPartyReassessed(true).build().thirdPartyReassessed());
    }

    @Test
    void missingDimensionsAreNamed() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> ExAnteAssessment.builder().necessity(Score.of(20)).build());
        assertTrue(e.getMessage().contains("[economy, goalSoundness, feasibility, fundingCompliance]"), e.getMessage());
    }

    @Test
    void nullsAreNamed() {
        assertTrue(assertThrows(NullPointerException.class, () -> ExAnteAssessment.builder().necessity(null))
                .getMessage().contains("necessity"));
        assertTrue(assertThrows(NullPointerException.class, () -> ExAnteAssessment.builder().fundingCompliance(null))
                .getMessage().contains("fundingCompliance"));
    }
}
