package io.pbm.core.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * {@link FixedSeeds} makes two properties with the same generator see the same values when
 * {@value FixedSeeds#SEED} is set: what keeps mutation scores from flickering.
 */
class FixedSeedsProperties {

    private static final List<Long> FIRST = new ArrayList<>();
    private static final List<Long> SECOND = new ArrayList<>();
    private static String previous;

    @BeforeContainer
    static void fixTheSeed() {
        previous = System.getProperty(FixedSeeds.SEED);
        System.setProperty(FixedSeeds.SEED, "20260101");
    }

    @AfterContainer
    static void sameValuesBothTimes() {
        if (previous == null) {
            System.clearProperty(FixedSeeds.SEED);
        } else {
            System.setProperty(FixedSeeds.SEED, previous);
        }
        assertEquals(FIRST, SECOND);
    }

    @Property(tries = 20)
    void first(@ForAll long value) {
        FIRST.add(value);
    }

    @Property(tries = 20)
    void second(@ForAll long value) {
        SECOND.add(value);
    }
}
