package io.pbm.core.goal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** {@link IndicatorValue#parse} reads back what {@link IndicatorValue#toString()} writes. */
class IndicatorValueProperties {

    @Property
    void parseReadsBackTheCanonicalFormOfANumber(@ForAll("comparisons") Optional<Comparison> comparison,
            @ForAll("decimals") BigDecimal number, @ForAll("units") String unit) {
        IndicatorValue value = IndicatorValue.of(comparison.orElse(null), number, MeasureUnit.of(unit));
        IndicatorValue read = IndicatorValue.parse(value.toString());
        assertEquals(value, read, value::toString);
        assertEquals(0, number.compareTo(read.number().orElseThrow()), value::toString);
        assertEquals(comparison, read.comparison(), value::toString);
        assertEquals(unit, read.unit().symbol(), value::toString);
    }

    @Property
    void canonicalFormIsAsciiApartFromTheUnit(@ForAll("comparisons") Optional<Comparison> comparison,
            @ForAll("decimals") BigDecimal number, @ForAll("units") String unit) {
        String text = IndicatorValue.of(comparison.orElse(null), number, MeasureUnit.of(unit)).toString();
        String withoutUnit = text.substring(0, text.length() - unit.length());
        assertTrue(withoutUnit.matches("(>=|>|<=|<|=)?-?\\d+(\\.\\d*[1-9])?"), text);
    }

    @Property
    void numbersEqualByValueWhateverTheirScale(@ForAll("decimals") BigDecimal number,
            @ForAll("units") String unit) {
        BigDecimal padded = number.setScale(Math.max(number.scale(), 0) + 3);
        assertEquals(IndicatorValue.of(number, MeasureUnit.of(unit)), IndicatorValue.of(padded, MeasureUnit.of(unit)));
    }

    @Property
    void parseOfAQualitativeTextIsStable(@ForAll("texts") String text) {
        IndicatorValue first = IndicatorValue.parse(text);
        IndicatorValue second = IndicatorValue.parse(first.toString());
        assertTrue(first.isQualitative(), text);
        assertEquals(first, second);
        assertEquals(first.toString(), second.toString());
    }

    @Provide
    Arbitrary<Optional<Comparison>> comparisons() {
        return Arbitraries.of(Comparison.AT_LEAST, Comparison.MORE_THAN, Comparison.AT_MOST, Comparison.LESS_THAN,
                Comparison.EQUAL).optional(0.8);
    }

    @Provide
    Arbitrary<BigDecimal> decimals() {
        Arbitrary<BigInteger> unscaled = Arbitraries.bigIntegers()
                .between(BigInteger.TEN.pow(21).negate().add(BigInteger.ONE), BigInteger.TEN.pow(21).subtract(BigInteger.ONE))
                .edgeCases(e -> e.includeOnly(BigInteger.ZERO, BigInteger.ONE, BigInteger.TEN.pow(21).subtract(BigInteger.ONE)));
        Arbitrary<Integer> scale = Arbitraries.integers().between(0, 6);
        // At most 21 digits with scale s leaves at most 21 - s <= 15 integer digits only when s >= 6;
        // trim the integer part so that every generated value is inside the grammar.
        return Combinators.combine(unscaled, scale).as((u, s) -> {
            BigDecimal value = new BigDecimal(u, s);
            BigDecimal limit = BigDecimal.TEN.pow(15);
            return value.abs().compareTo(limit) < 0 ? value : value.remainder(limit);
        });
    }

    @Provide
    Arbitrary<String> units() {
        return Arbitraries.of("%", "人次", "公里", "", "万元", "m2", "天", "个");
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of("有效", "显著提升", "定性", "明显提升", "达到预期", "群众满意", "持续改善",
                "12个月内完成验收，带动就业", "较上年有所提高", "不低于预期", "逐步完善",
                "达到预期，群众满意（调查）");
    }
}
