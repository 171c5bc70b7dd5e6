package io.pbm.rules.precision;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pbm.core.Ratio;
import java.math.BigDecimal;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Trace outcomes written when read (R-SCORE-ROUND's figures) show exactly what the eager texts showed. */
class ShownProperties {

    @Property
    void aPercentShowsWhatTheRatioWrites(@ForAll long n, @ForAll long d, @ForAll @IntRange(max = 6) int decimals) {
        Assume.that(d != 0);
        Ratio ratio = Ratio.of(n, d);
        assertEquals(ratio.toPercentString(decimals), Shown.percent(ratio, decimals).toString());
        assertEquals(Ratio.of(BigDecimal.valueOf(n), BigDecimal.valueOf(d)).toPercentString(decimals),
                Shown.percent(n, d, decimals).toString());
    }

    @Property
    void aDecimalShowsItsPlainText(@ForAll BigDecimal value) {
        Shown shown = Shown.plain(value);
        assertEquals(value.toPlainString(), shown.toString());
        assertEquals(value.toPlainString().length(), shown.length());
        assertEquals(Shown.of(value.toPlainString()), shown);
        assertEquals(Shown.of(value.toPlainString()).hashCode(), shown.hashCode());
    }
}
