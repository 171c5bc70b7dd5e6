package io.pbm.rules.exante;

import static io.pbm.rules.ReviewExamples.project;
import static io.pbm.rules.ReviewExamples.sound;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pbm.core.exante.ExAnteAssessment;
import io.pbm.core.exante.ExAnteConclusion;
import io.pbm.core.grade.Score;
import io.pbm.core.project.ProjectFlags;
import io.pbm.rules.policy.Presets;
import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Scale;

/** Invariants of the ex-ante assessment: the conclusion follows the exact cut-offs and never falls as the total rises. */
class ExAnteProperties {

    private static final ExAnteReview REVIEW = ExAnteReview.of(Presets.XINJIANG);

    private static ExAnteResult assess(BigDecimal each, BigDecimal last) {
        Score score = Score.of(each);
        ExAnteAssessment assessment = ExAnteAssessment.builder().necessity(score).economy(score).goalSoundness(score)
                .feasibility(score).fundingCompliance(Score.of(last)).build();
        return REVIEW.assess(project("N", sound()).flags(ProjectFlags.builder().isNew(true).build())
                .exAnte(assessment).build());
    }

    /** Dimension scores from 0 to 20, often right at the cut-offs' edges (4 × 16 + 16 = 80, 4 × 12 + 11.99 = 59.99). */
    @Provide
    Arbitrary<BigDecimal> dimensions() {
        return Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.of(new BigDecimal("16"), new BigDecimal("15.99"), new BigDecimal("12"),
                        new BigDecimal("11.99"))),
                Tuple.of(3, Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.valueOf(20)).ofScale(2)));
    }

    @Property
    void R_EXANTE_2_theConclusionFollowsTheExactCutOffs(@ForAll("dimensions") BigDecimal each,
            @ForAll("dimensions") BigDecimal last) {
        ExAnteResult result = assess(each, last);
        BigDecimal total = each.multiply(BigDecimal.valueOf(4)).add(last);
        ExAnteConclusion expected = total.compareTo(BigDecimal.valueOf(80)) >= 0 ? ExAnteConclusion.SUPPORT
                : total.compareTo(BigDecimal.valueOf(60)) >= 0 ? ExAnteConclusion.PARTIAL_SUPPORT
                : ExAnteConclusion.NO_SUPPORT;
        assertEquals(expected, result.conclusion().orElseThrow());
        assertEquals(expected != ExAnteConclusion.SUPPORT, result.budgetDecision().isPresent());
    }

    @Property
    void R_EXANTE_2_aHigherTotalNeverGetsAWeakerConclusion(
            @ForAll @BigRange(min = "0", max = "19.99") @Scale(2) BigDecimal each,
            @ForAll @BigRange(min = "0", max = "19.99") @Scale(2) BigDecimal last) {
        ExAnteConclusion lower = assess(each, last).conclusion().orElseThrow();
        ExAnteConclusion higher = assess(each, last.add(new BigDecimal("0.01"))).conclusion().orElseThrow();
        // Declared strongest first: SUPPORT, PARTIAL_SUPPORT, NO_SUPPORT.
        assertTrue(higher.compareTo(lower) <= 0, lower + " then " + higher);
    }
}
