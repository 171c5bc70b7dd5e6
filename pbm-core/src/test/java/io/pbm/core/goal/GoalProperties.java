package io.pbm.core.goal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pbm.core.InvalidValueException;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Goals over random indicator tables (R-GOAL-4, R-GOAL-7). */
class GoalProperties {

    @Property
    void R_GOAL_4_aRepeatedNameIsAlwaysRefused(@ForAll("tables") List<Indicator> indicators,
            @ForAll @IntRange(max = 100) int pick) {
        Indicator repeated = indicators.get(pick % indicators.size());
        List<Indicator> withRepeat = new ArrayList<>(indicators);
        withRepeat.add(Indicator.builder().from(repeated).weight(Weight.of(1)).build());
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> Goal.builder().indicators(withRepeat).build());
        assertEquals(repeated.name(), e.value());
    }

    @Property
    void distinctNamesAlwaysBuildWhateverTheWeights(@ForAll("tables") List<Indicator> indicators) {
        Goal goal = Goal.builder().indicators(indicators).build();
        assertEquals(indicators, goal.indicators());
        for (Indicator indicator : indicators) {
            assertEquals(indicator, goal.indicator(indicator.name()).orElseThrow());
        }
    }

    @Property
    void R_GOAL_7_revisionsKeepContentAndCountVersions(@ForAll("tables") List<Indicator> indicators,
            @ForAll @IntRange(min = 1, max = 5) int revisions) {
        Goal goal = Goal.builder().indicators(indicators).build();
        Goal revised = goal;
        for (int i = 0; i < revisions; i++) {
            revised = revised.revise().build();
        }
        assertEquals(1 + revisions, revised.version());
        assertEquals(goal.indicators(), revised.indicators());
        assertTrue(revised.version() > goal.version());
    }

    @Provide
    Arbitrary<List<Indicator>> tables() {
        Arbitrary<String> names = Arbitraries.strings().withChars("路桥人次户培训率满意度").ofMinLength(1).ofMaxLength(6);
        Arbitrary<Level2> level2s = Arbitraries.of(Level2.class);
        Arbitrary<Integer> weights = Arbitraries.integers().between(1, 100);
        Arbitrary<Indicator> indicators = net.jqwik.api.Combinators.combine(names, level2s, weights)
                .as((name, level2, weight) -> Indicator.builder().name(name).level2(level2)
                        .target(IndicatorValue.parse("≥" + weight + "%")).weight(Weight.of(weight)).build());
        return indicators.list().ofMinSize(1).ofMaxSize(12).uniqueElements(Indicator::name);
    }
}
