package io.pbm.rules.precision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.pbm.core.Ratio;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * A shown figure is the text it writes (R-SCORE-ROUND's figures in traces): equal exactly when the texts
 * are, whatever form it was kept in, and read as a {@link CharSequence} character by character.
 */
class ShownTest {

    @Test
    void shownFiguresAreEqualExactlyWhenTheirTextsAre() {
        Shown half = Shown.percent(Ratio.of(1, 2), 2);
        assertEquals(Shown.of("50.00%"), half);
        assertEquals(Shown.percent(1, 2, 2), half);
        assertEquals("50.00%".hashCode(), half.hashCode());
        assertNotEquals(Shown.percent(1, 3, 2), half);
        assertNotEquals(Shown.plain(new BigDecimal("50.00")), half);
        assertNotEquals(half, "50.00%", "a shown figure equals only shown figures");
    }

    @Test
    void aShownFigureReadsAsItsText() {
        Shown third = Shown.percent(1, 3, 2);
        assertEquals("33.33%", third.toString());
        assertEquals(6, third.length());
        assertEquals('3', third.charAt(0));
        assertEquals('%', third.charAt(5));
        assertEquals(".33", third.subSequence(2, 5).toString());
        assertEquals("-0.50", Shown.plain(new BigDecimal("-0.50")).toString());
    }
}
