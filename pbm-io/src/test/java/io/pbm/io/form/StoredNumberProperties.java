package io.pbm.io.form;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * A number cell is read from the characters the file stores, never through {@code double}: whatever
 * spelling of a value of up to 15 significant digits is stored — plain, with trailing zeros, in
 * scientific notation — the form reads the same plain decimal.
 */
class StoredNumberProperties {

    @Property
    void everySpellingOfAStoredNumberReadsAsItsPlainDecimal(
            @ForAll @LongRange(min = -999_999_999_999_999L, max = 999_999_999_999_999L) long unscaled,
            @ForAll @IntRange(min = -6, max = 12) int scale) {
        BigDecimal value = BigDecimal.valueOf(unscaled, scale);
        BigDecimal stripped = value.stripTrailingZeros();
        String expected = (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
        assertEquals(expected, Grid.plain(value.toPlainString()));
        assertEquals(expected, Grid.plain(value.toString().replace("E+", "E")));
        assertEquals(expected, Grid.plain(value.toString()));
    }

    @Property
    void seventeenDigitsOfBinaryNoiseRoundToExcelsFifteen(@ForAll @LongRange(min = 1, max = 99_999) long cents,
            @ForAll @IntRange(min = 1, max = 9) int noise) {
        BigDecimal value = BigDecimal.valueOf(cents, 2);
        // 0.1 stored as 0.10000000000000001: the noise is the 17th significant digit.
        BigDecimal noisy = value.add(BigDecimal.valueOf(noise, value.scale() - value.precision() + 17));
        assertEquals(value.stripTrailingZeros().toPlainString(), Grid.plain(noisy.toPlainString()));
    }
}
