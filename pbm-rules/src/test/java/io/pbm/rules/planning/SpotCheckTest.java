package io.pbm.rules.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pbm.core.InvalidValueException;
import io.pbm.core.Ratio;
import io.pbm.rules.policy.Presets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Worked examples of R-PLAN-3. The hashes were computed outside pbm with
 * {@code printf '%s' '2024:A' | sha256sum}.
 */
class SpotCheckTest {

    private static final List<String> TEN = List.of("A", "B", "C", "D", "E", "F", "G", "H", "I", "J");

    @Test
    void R_PLAN_3_hashIsSha256OfSeedColonIdInLowercaseHex() {
        assertEquals("f51d6c1030866c61607ce99fbe6937ca44e6b62ddaa8a8e62d500212bf29cdd5", SpotCheck.hash("2024", "A"));
        assertEquals("18398e3fc061bcd04c947db0e2a7be89bedb2fb8494711175688ac976c8e878b",
                SpotCheck.hash("2024", "652826-2023-017"));
        // UTF-8 bytes, as sha256sum reads them.
        assertEquals("893c6768d450d5adf84e1cbd5c1b89b962b2ccfdcb4a3338e5daa8001923bb72", SpotCheck.hash("2024", "项目甲"));
    }

    @Test
    void R_PLAN_3_sampleIsTheLowestHashes() {
        SpotCheckSample sample = SpotCheck.sample(TEN, Ratio.of(3, 10), "2024");
        // Sorted hashes: F 129e…, C 1ba9…, D 7a35…, J 81df…, …
        assertEquals(List.of("F", "C", "D"), sample.sampleIds());
        assertEquals("129edd5e46837a98cf6aaacfff7bf2cc1b048efb214f4176138c4f435313728a", sample.sample().get(0).hash());
        assertEquals(10, sample.candidates());
        assertEquals(3, sample.count());
        assertEquals(List.of(1, 2, 3), sample.sample().stream().map(SampledCandidate::rank).toList());
        assertEquals("A", sample.ranked().get(9).id());
    }

    @Test
    void R_PLAN_3_theSampleSizeIsTheExactCeiling() {
        assertEquals(1, SpotCheck.sample(TEN, Presets.XINJIANG, "2024").count());
        assertEquals(2, SpotCheck.sample(TEN, Ratio.of(11, 100), "2024").count());
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 37; i++) {
            many.add("P" + i);
        }
        // 10 % of 37 is 3.7: four.
        assertEquals(4, SpotCheck.sample(many, Ratio.of(1, 10), "2024").count());
        assertEquals(0, SpotCheck.sample(List.of(), Ratio.of(1, 10), "2024").count());
        assertEquals(1, SpotCheck.sample(List.of("X"), Ratio.of(1, 1000), "2024").count());
        assertEquals(10, SpotCheck.sample(TEN, Ratio.ONE, "2024").count());
    }

    @Test
    void R_PLAN_3_repeatedIdsCountOnce() {
        List<String> repeated = new ArrayList<>(TEN);
        repeated.addAll(List.of("A", "A", "F"));
        SpotCheckSample sample = SpotCheck.sample(repeated, Ratio.of(3, 10), "2024");
        assertEquals(10, sample.candidates());
        assertEquals(List.of("F", "C", "D"), sample.sampleIds());
    }

    @Test
    void R_PLAN_3_anotherSeedDrawsAnotherSample() {
        // Computed outside pbm: with seed 2025 the lowest hashes are I 17d5…, A 2031…, E 2c45….
        assertEquals(List.of("I", "A", "E"), SpotCheck.sample(TEN, Ratio.of(3, 10), "2025").sampleIds());
        assertNotEquals(SpotCheck.sample(TEN, Ratio.of(3, 10), "2024").sampleIds(),
                SpotCheck.sample(TEN, Ratio.of(3, 10), "2025").sampleIds());
    }

    @Test
    void R_PLAN_3_howToRedoIsAShellLine() {
        SpotCheckSample sample = SpotCheck.sample(TEN, Ratio.of(3, 10), "2024");
        assertEquals("while IFS= read -r id; do printf '%s  %s\\n' \"$(printf '%s' '2024'\":$id\" | sha256sum"
                + " | cut -c1-64)\" \"$id\"; done < ids.txt | LC_ALL=C sort | head -n 3", sample.howToRedo());
        assertTrue(SpotCheck.sample(TEN, Ratio.ONE, "it's").howToRedo().contains("'it'\\''s'"));
        assertEquals("3 of 10 candidates sampled (30.00%, rounded up): ranked by SHA-256 of \"2024:id\", lowest first",
                sample.message().render(Locale.ENGLISH));
    }

    @Test
    void R_PLAN_3_aShareOutsideZeroToOneIsRefused() {
        assertThrows(InvalidValueException.class, () -> SpotCheck.sample(TEN, Ratio.ZERO, "2024"));
        assertThrows(InvalidValueException.class, () -> SpotCheck.sample(TEN, Ratio.of(11, 10), "2024"));
        assertThrows(NullPointerException.class, () -> SpotCheck.sample(java.util.Arrays.asList("A", null),
                Ratio.ONE, "2024"));
    }
}
