package io.pbm.core.goal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pbm.core.InvalidValueException;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Comparisons: ≥ &gt; ≤ &lt; = and qualitative (R-SCORE-GE, R-SCORE-LE, R-SCORE-EQ, R-SCORE-QUAL). */
class ComparisonTest {

    @ParameterizedTest
    @CsvSource({
        ">=, AT_LEAST", "≥, AT_LEAST", "≧, AT_LEAST", "＞＝, AT_LEAST", "＞=, AT_LEAST",
        ">, MORE_THAN", "＞, MORE_THAN",
        "<=, AT_MOST", "≤, AT_MOST", "≦, AT_MOST", "＜＝, AT_MOST", "＜=, AT_MOST",
        "<, LESS_THAN", "＜, LESS_THAN",
        "=, EQUAL", "＝, EQUAL", "═, EQUAL", "==, EQUAL",
        "qualitative, QUALITATIVE", "定性, QUALITATIVE",
        "AT_LEAST, AT_LEAST", "MORE_THAN, MORE_THAN", "AT_MOST, AT_MOST", "LESS_THAN, LESS_THAN", "EQUAL, EQUAL",
        "QUALITATIVE, QUALITATIVE", "at_least, AT_LEAST", "at least, AT_LEAST", "less than, LESS_THAN",
    })
    void parseReadsEverySpelling(String text, Comparison expected) {
        assertEquals(expected, Comparison.parse(text));
        assertEquals(expected, Comparison.parse("  " + text + " "));
    }

    @Test
    void symbolIsTheJsonContractsAsciiSymbol() {
        assertEquals(">=", Comparison.AT_LEAST.symbol());
        assertEquals(">", Comparison.MORE_THAN.symbol());
        assertEquals("<=", Comparison.AT_MOST.symbol());
        assertEquals("<", Comparison.LESS_THAN.symbol());
        assertEquals("=", Comparison.EQUAL.symbol());
        assertEquals("qualitative", Comparison.QUALITATIVE.symbol());
    }

    @Test
    void labelIsTheSymbolFormsPrint() {
        assertEquals("≥", Comparison.AT_LEAST.label());
        assertEquals(">", Comparison.MORE_THAN.label());
        assertEquals("≤", Comparison.AT_MOST.label());
        assertEquals("<", Comparison.LESS_THAN.label());
        assertEquals("=", Comparison.EQUAL.label());
        assertEquals("定性", Comparison.QUALITATIVE.label());
    }

    @ParameterizedTest
    @EnumSource(Comparison.class)
    void parseReadsBackSymbolNameAndLabel(Comparison comparison) {
        assertEquals(comparison, Comparison.parse(comparison.symbol()));
        assertEquals(comparison, Comparison.parse(comparison.name()));
        assertEquals(comparison, Comparison.parse(comparison.label()));
        assertEquals(comparison, Comparison.parse(comparison.englishLabel()));
    }

    @Test
    void R_SCORE_GE_atLeastAndMoreThanAreHigherIsBetter() {
        Set<Comparison> higher = EnumSet.noneOf(Comparison.class);
        for (Comparison c : Comparison.values()) {
            if (c.isHigherBetter()) {
                higher.add(c);
            }
        }
        assertEquals(EnumSet.of(Comparison.AT_LEAST, Comparison.MORE_THAN), higher);
    }

    @Test
    void R_SCORE_LE_atMostAndLessThanAreLowerIsBetter() {
        Set<Comparison> lower = EnumSet.noneOf(Comparison.class);
        for (Comparison c : Comparison.values()) {
            if (c.isLowerBetter()) {
                lower.add(c);
            }
        }
        assertEquals(EnumSet.of(Comparison.AT_MOST, Comparison.LESS_THAN), lower);
    }

    @Test
    void R_SCORE_EQ_equalIsNeitherHigherNorLowerIsBetter() {
        assertFalse(Comparison.EQUAL.isHigherBetter());
        assertFalse(Comparison.EQUAL.isLowerBetter());
        assertTrue(Comparison.EQUAL.isQuantitative());
    }

    @Test
    void R_SCORE_QUAL_onlyQualitativeIsNotQuantitative() {
        assertFalse(Comparison.QUALITATIVE.isQuantitative());
        assertFalse(Comparison.QUALITATIVE.isHigherBetter());
        assertFalse(Comparison.QUALITATIVE.isLowerBetter());
        for (Comparison c : EnumSet.complementOf(EnumSet.of(Comparison.QUALITATIVE))) {
            assertTrue(c.isQuantitative(), c::name);
        }
    }

    @Test
    void aBadValueListsTheValidOnes() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> Comparison.parse("≈"));
        assertEquals("comparison", e.field());
        assertEquals("≈", e.value());
        assertTrue(e.getMessage().startsWith("Invalid value for comparison (valid values one of "), e.getMessage());
        for (Comparison c : Comparison.values()) {
            assertTrue(e.getMessage().contains(c.name()), e::getMessage);
        }
        assertThrows(InvalidValueException.class, () -> Comparison.parse(""));
        assertThrows(InvalidValueException.class, () -> Comparison.parse(">=="));
    }

    @Test
    void nullIsNamed() {
        assertEquals("comparison is null",
                assertThrows(NullPointerException.class, () -> Comparison.parse(null)).getMessage());
    }
}
