package io.pbm.examples.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pbm.core.grade.Grade;
import io.pbm.core.project.Project;
import io.pbm.rules.Pbm;
import io.pbm.rules.pipeline.Summary;
import io.pbm.rules.policy.Presets;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

/**
 * Invariants of the generator: the outcome deck always has exactly the sample's size and the
 * apportioned counts; a county of the profile's size has exactly the seeds' grades under XINJIANG, for
 * any seed; any sample is deterministic.
 */
class SampleProperties {

    @Property(tries = 3)
    void aCountyOfNineHundredNinetyEightHasTheSeedsGradesWhateverTheSeed(@ForAll long seed) {
        List<Project> county = SampleGenerator.generate(998, 150, seed, SampleProfile.COUNTY);
        Summary summary = Pbm.evaluateAll(county, Presets.XINJIANG).summary();
        assertEquals(371, summary.excluded());
        assertEquals(627, summary.evaluated());
        assertEquals(Map.of(Grade.EXCELLENT, 535L, Grade.GOOD, 49L, Grade.FAIR, 26L, Grade.POOR, 17L), summary.grades());
    }

    @Property(tries = 20)
    void anySampleIsDeterministic(@ForAll @IntRange(min = 0, max = 30) int projects,
            @ForAll @IntRange(min = 1, max = 400) int units, @ForAll long seed, @ForAll SampleProfile profile,
            @ForAll boolean withErrors) {
        assertEquals(SampleGenerator.generate(projects, units, seed, profile, withErrors),
                SampleGenerator.generate(projects, units, seed, profile, withErrors));
    }

    @Property
    void apportionedCountsAddUpExactlyAndFollowTheWeights(@ForAll @Size(min = 1, max = 10) List<@IntRange(min = 0,
            max = 1_000) Integer> weights, @ForAll @LongRange(min = 0, max = 10_000_000) long total) {
        int[] array = weights.stream().mapToInt(Integer::intValue).toArray();
        if (weights.stream().mapToInt(Integer::intValue).sum() == 0) {
            array[0] = 1;
        }
        long sum = 0;
        for (int w : array) {
            sum += w;
        }
        long[] counts = OutcomeDeck.apportion(array, total);
        long given = 0;
        for (int i = 0; i < counts.length; i++) {
            given += counts[i];
            // Each count is its exact share rounded down or up.
            long floor = total * array[i] / sum;
            assertEquals(true, counts[i] == floor || counts[i] == floor + 1, "count " + i);
        }
        assertEquals(total, given);
    }

    @Property(tries = 50)
    void theDeckDealsExactlyItsCards(@ForAll @IntRange(min = 0, max = 3_000) int projects, @ForAll long seed,
            @ForAll SampleProfile profile) {
        OutcomeDeck deck = OutcomeDeck.of(profile, projects);
        Draw draw = new Draw(new java.util.SplittableRandom(seed));
        long central = 0;
        int dealt = 0;
        while (deck.hasNext()) {
            central += OutcomeDeck.central(deck.deal(draw)) ? 1 : 0;
            dealt++;
        }
        assertEquals(projects, dealt);
        assertEquals(profile.centralTransfers(projects), central);
    }
}
