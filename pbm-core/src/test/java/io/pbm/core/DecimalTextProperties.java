package io.pbm.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** The decimal grammar (json-contract.md, "Decimals") against its definition as a regular expression. */
class DecimalTextProperties {

    /** The grammar {@code -?\d{1,15}(\.\d{1,N})?}, written independently of the hand-written scanner. */
    private static Pattern grammar(int maxDecimals) {
        return Pattern.compile(maxDecimals == 0 ? "-?\\d{1,15}" : "-?\\d{1,15}(\\.\\d{1," + maxDecimals + "})?");
    }

    @Property
    void matchesAgreesWithTheGrammarOnRandomShortStrings(@ForAll("shortStrings") String text,
            @ForAll @IntRange(max = 6) int maxDecimals) {
        assertEquals(grammar(maxDecimals).matcher(text).matches(), DecimalText.matches(text, maxDecimals), text);
    }

    @Property
    void matchesAgreesWithTheGrammarNearTheDigitLimits(@ForAll("nearLimits") String text,
            @ForAll @IntRange(max = 6) int maxDecimals) {
        assertEquals(grammar(maxDecimals).matcher(text).matches(), DecimalText.matches(text, maxDecimals), text);
    }

    @Property
    void parseReadsExactlyWhatTheGrammarAccepts(@ForAll("shortStrings") String text,
            @ForAll @IntRange(max = 6) int maxDecimals) {
        if (grammar(maxDecimals).matcher(text).matches()) {
            BigDecimal value = DecimalText.parse("x", text, maxDecimals);
            assertEquals(new BigDecimal(text), value);
            assertEquals(new BigDecimal(text).scale(), value.scale());
        } else {
            InvalidValueException e = assertThrows(InvalidValueException.class,
                    () -> DecimalText.parse("x", text, maxDecimals));
            assertEquals(text, e.value());
        }
    }

    @Property
    void checkOfANumberAgreesWithTheGrammarOfItsShortestPlainText(@ForAll("decimals") BigDecimal value,
            @ForAll @IntRange(max = 6) int maxDecimals) {
        String plain = value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
        if (grammar(maxDecimals).matcher(plain).matches()) {
            assertEquals(value, DecimalText.check("x", value, maxDecimals));
        } else {
            assertThrows(InvalidValueException.class, () -> DecimalText.check("x", value, maxDecimals));
        }
    }

    @Provide
    Arbitrary<String> shortStrings() {
        return Arbitraries.strings().withChars("0123456789.-e").ofMaxLength(20)
                .edgeCases(e -> e.add("", "-", ".", "1.", ".5", "-0", "1e5", "1.0.0"));
    }

    @Provide
    Arbitrary<String> nearLimits() {
        Arbitrary<String> sign = Arbitraries.of("", "-");
        Arbitrary<String> integer = Arbitraries.strings().numeric().ofMinLength(0).ofMaxLength(17);
        Arbitrary<String> fraction = Arbitraries.oneOf(Arbitraries.just(""),
                Arbitraries.strings().numeric().ofMinLength(0).ofMaxLength(8).map(d -> "." + d));
        return Combinators.combine(sign, integer, fraction).as((s, i, f) -> s + i + f);
    }

    @Provide
    Arbitrary<BigDecimal> decimals() {
        Arbitrary<Long> unscaled = Arbitraries.longs().edgeCases(e -> e.add(0L, 1L, 999_999_999_999_999L));
        Arbitrary<Integer> scale = Arbitraries.integers().between(-20, 25);
        return Combinators.combine(unscaled, scale).as(BigDecimal::valueOf);
    }
}
