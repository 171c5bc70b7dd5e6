package io.pbm.core.exante;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.pbm.core.InvalidValueException;
import io.pbm.core.grade.Score;
import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The total of an assessment is the exact sum of its dimensions, and never above 100 (R-EXANTE-1). */
class ExAnteProperties {

    @Property
    void R_EXANTE_1_totalIsTheExactSumAndAtMostHundred(@ForAll("cents") int a, @ForAll("cents") int b,
            @ForAll("cents") int c, @ForAll("cents") int d, @ForAll("cents") int e) {
        int sum = a + b + c + d + e;
        if (sum <= 10_000) {
            ExAnteAssessment assessment = build(a, b, c, d, e);
            assertEquals(Score.of(BigDecimal.valueOf(sum, 2)), assessment.total());
        } else {
            assertThrows(InvalidValueException.class, () -> build(a, b, c, d, e));
        }
    }

    @Property
    void conclusionsParseTheirLabel(@ForAll ExAnteConclusion conclusion) {
        assertEquals(conclusion, ExAnteConclusion.parse(conclusion.label()));
    }

    private static ExAnteAssessment build(int a, int b, int c, int d, int e) {
        return ExAnteAssessment.builder().necessity(score(a)).economy(score(b)).goalSoundness(score(c))
                .feasibility(score(d)).fundingCompliance(score(e)).build();
    }

    private static Score score(int cents) {
        return Score.of(BigDecimal.valueOf(cents, 2));
    }

    @Provide
    Arbitrary<Integer> cents() {
        return Arbitraries.integers().between(0, 3_000).edgeCases(c -> c.add(2_000));
    }
}
