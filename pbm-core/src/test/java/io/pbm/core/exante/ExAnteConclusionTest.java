package io.pbm.core.exante;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.pbm.core.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Conclusions of an ex-ante assessment (R-EXANTE-2). */
class ExAnteConclusionTest {

    @Test
    void R_EXANTE_2_labels() {
        assertEquals("支持", ExAnteConclusion.SUPPORT.label());
        assertEquals("部分支持", ExAnteConclusion.PARTIAL_SUPPORT.label());
        assertEquals("不支持", ExAnteConclusion.NO_SUPPORT.label());
        assertEquals(3, ExAnteConclusion.values().length);
    }

    @ParameterizedTest
    @EnumSource(ExAnteConclusion.class)
    void parsesNameAndLabel(ExAnteConclusion conclusion) {
        assertEquals(conclusion, ExAnteConclusion.parse(conclusion.name()));
        assertEquals(conclusion, ExAnteConclusion.parse(conclusion.label()));
        assertEquals(conclusion, ExAnteConclusion.parse(conclusion.englishLabel()));
    }

    @ParameterizedTest
    @CsvSource({"调整后支持, PARTIAL_SUPPORT", " 调整后支持 , PARTIAL_SUPPORT", "部分支持, PARTIAL_SUPPORT",
        "support, SUPPORT", "不支持, NO_SUPPORT", "no_support, NO_SUPPORT"})
    void R_EXANTE_2_theProvincialMiddleLabel(String text, ExAnteConclusion expected) {
        assertEquals(expected, ExAnteConclusion.parse(text));
    }

    @Test
    void aBadValueListsTheValidOnes() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> ExAnteConclusion.parse("原则支持"));
        assertEquals("Invalid value for conclusion (valid values one of SUPPORT 支持, PARTIAL_SUPPORT 部分支持, "
                + "NO_SUPPORT 不支持): 原则支持", e.getMessage());
    }

    @Test
    void nullIsNamed() {
        assertEquals("conclusion is null",
                assertThrows(NullPointerException.class, () -> ExAnteConclusion.parse(null)).getMessage());
    }
}
