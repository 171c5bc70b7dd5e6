package io.pbm.rules.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pbm.core.Ratio;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;

/** Invariants of R-PLAN-3: order-independent, reproducible from the seed, exactly ⌈share × n⌉. */
class SpotCheckProperties {

    @Provide
    Arbitrary<List<String>> ids() {
        return Arbitraries.strings().withCharRange('0', '9').withChars("-项目AB").ofMinLength(1).ofMaxLength(8)
                .list().ofMaxSize(60);
    }

    @Provide
    Arbitrary<Ratio> shares() {
        return Arbitraries.integers().between(1, 1000).map(n -> Ratio.of(n, 1000));
    }

    @Property
    void R_PLAN_3_sameSeedSameSampleWhateverTheOrder(@ForAll("ids") List<String> ids, @ForAll("shares") Ratio share,
            @ForAll @StringLength(max = 10) String seed, @ForAll Random random) {
        List<String> shuffled = new ArrayList<>(ids);
        Collections.shuffle(shuffled, random);
        assertEquals(SpotCheck.sample(ids, share, seed), SpotCheck.sample(shuffled, share, seed));
    }

    @Property
    void R_PLAN_3_sizeIsTheCeilingOfShareTimesDistinctCandidates(@ForAll("ids") List<String> ids,
            @ForAll("shares") Ratio share, @ForAll @IntRange(min = 2000, max = 2100) int year) {
        SpotCheckSample sample = SpotCheck.sample(ids, share, Integer.toString(year));
        int n = new HashSet<>(ids).size();
        assertEquals(n, sample.candidates());
        BigInteger k = BigInteger.valueOf(sample.count());
        BigInteger wanted = share.numerator().multiply(BigInteger.valueOf(n));
        // k ≥ share × n, and k − 1 < share × n: the exact ceiling.
        assertTrue(k.multiply(share.denominator()).compareTo(wanted) >= 0);
        assertTrue(k.subtract(BigInteger.ONE).multiply(share.denominator()).compareTo(wanted) < 0);
    }

    @Property
    void R_PLAN_3_theSampleIsThePrefixOfTheRankingByHash(@ForAll("ids") List<String> ids, @ForAll("shares") Ratio share) {
        SpotCheckSample sample = SpotCheck.sample(ids, share, "2024");
        List<SampledCandidate> ranked = sample.ranked();
        for (int i = 0; i < ranked.size(); i++) {
            assertEquals(SpotCheck.hash("2024", ranked.get(i).id()), ranked.get(i).hash());
            assertEquals(i + 1, ranked.get(i).rank());
            if (i > 0) {
                assertTrue(ranked.get(i - 1).hash().compareTo(ranked.get(i).hash()) < 0);
            }
        }
        assertEquals(ranked.subList(0, sample.count()), sample.sample());
    }
}
