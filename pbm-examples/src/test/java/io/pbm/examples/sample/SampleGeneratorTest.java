package io.pbm.examples.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pbm.core.InvalidValueException;
import io.pbm.core.budget.FundCategory;
import io.pbm.core.goal.Comparison;
import io.pbm.core.goal.Indicator;
import io.pbm.core.goal.Level1;
import io.pbm.core.project.Project;
import io.pbm.rules.Pbm;
import io.pbm.rules.pipeline.BatchResult;
import io.pbm.rules.pipeline.ProjectResult;
import io.pbm.rules.pipeline.RejectedProject;
import io.pbm.rules.pipeline.Summary;
import io.pbm.rules.policy.Policy;
import io.pbm.rules.policy.Presets;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The generator: the same seed gives the same projects in every form (list, iterable, stream); every
 * project builds and is evaluated, rejections only with mistakes asked for; goal tables, budgets and
 * findings look like the seeds' (domain.md section 12).
 */
class SampleGeneratorTest {

    private static final List<Project> COUNTY = SampleGenerator.generate(400, 60, 7, SampleProfile.COUNTY);

    @Test
    void theSameSeedGivesTheSameProjects() {
        assertEquals(COUNTY, SampleGenerator.generate(400, 60, 7, SampleProfile.COUNTY));
        Iterable<Project> iterable = SampleGenerator.iterable(400, 60, 7, SampleProfile.COUNTY, false);
        List<Project> first = new ArrayList<>();
        List<Project> second = new ArrayList<>();
        iterable.forEach(first::add);
        iterable.forEach(second::add);
        assertEquals(COUNTY, first);
        assertEquals(COUNTY, second);
        assertEquals(COUNTY, SampleGenerator.stream(400, 60, 7, SampleProfile.COUNTY, false).toList());
    }

    @Test
    void anotherSeedGivesOtherProjects() {
        List<Project> other = SampleGenerator.generate(400, 60, 8, SampleProfile.COUNTY);
        assertNotEquals(COUNTY, other);
        assertEquals(COUNTY.stream().map(Project::id).toList(), other.stream().map(Project::id).toList());
    }

    @Test
    void aShortSampleIsTheStartOfNoLongerOneButIsItselfDeterministic() {
        // The deck is dealt for the sample's size, so 10 projects are not the first 10 of 400; they are
        // still the same 10 every time.
        assertEquals(SampleGenerator.generate(10, 60, 7, SampleProfile.COUNTY),
                SampleGenerator.generate(10, 60, 7, SampleProfile.COUNTY));
        assertEquals(List.of(), SampleGenerator.generate(0, 1, 7, SampleProfile.PROVINCE));
    }

    @Test
    void everyProjectIsEvaluatedUnderBothPresetsWithoutErrors() {
        for (Policy policy : Presets.all()) {
            Summary summary = Pbm.evaluateAll(COUNTY, policy).summary();
            assertEquals(0, summary.rejected(), policy.name());
            assertEquals(COUNTY.size(), summary.evaluated() + summary.excluded(), policy.name());
        }
    }

    @Test
    void mistakesAreAskedForAndBecomeRejectionsWithTheirRules() {
        List<Project> clean = SampleGenerator.generate(998, 150, 3, SampleProfile.COUNTY);
        List<Project> mistaken = SampleGenerator.generate(998, 150, 3, SampleProfile.COUNTY, true);
        assertEquals(clean.size(), mistaken.size());
        Set<String> changed = new HashSet<>();
        for (int i = 0; i < clean.size(); i++) {
            if (!clean.get(i).equals(mistaken.get(i))) {
                changed.add(mistaken.get(i).id());
                assertEquals(clean.get(i).id(), mistaken.get(i).id());
                assertNotEquals(FundCategory.CENTRAL_TRANSFER, mistaken.get(i).fundCategory());
            }
        }
        BatchResult batch = Pbm.evaluateAll(mistaken, Presets.XINJIANG);
        Set<String> rejected = batch.rejected().stream().map(RejectedProject::projectId).collect(Collectors.toSet());
        assertEquals(changed, rejected);
        assertTrue(rejected.size() >= 5 && rejected.size() <= 25, rejected::toString);
        Set<String> codes = batch.rejected().stream().flatMap(r -> r.problems().stream()).map(p -> p.code())
                .collect(Collectors.toSet());
        assertTrue(codes.containsAll(Set.of("R-GOAL-3", "R-SCORE-QUAL")), codes::toString);
    }

    @Test
    void goalTablesHaveSevenToTwelveIndicatorsWeighingNinetyAboutSeventyPerCentQuantified() {
        long indicators = 0;
        long quantified = 0;
        long standardSplit = 0;
        Map<Comparison, Long> comparisons = new EnumMap<>(Comparison.class);
        for (Project project : COUNTY) {
            List<Indicator> table = project.goal().indicators();
            assertTrue(table.size() >= 7 && table.size() <= 12, project.id());
            BigDecimal sum = BigDecimal.ZERO;
            Map<Level1, BigDecimal> split = new EnumMap<>(Level1.class);
            for (Indicator indicator : table) {
                sum = sum.add(indicator.weight().points());
                split.merge(indicator.level1(), indicator.weight().points(), BigDecimal::add);
                comparisons.merge(indicator.comparison(), 1L, Long::sum);
                quantified += indicator.isQuantitative() ? 1 : 0;
                assertTrue(!indicator.isQuantitative() || !indicator.unit().isNone(), indicator.name());
            }
            assertEquals(0, sum.compareTo(BigDecimal.valueOf(90)), project.id());
            if (split.get(Level1.OUTPUT).intValue() == 50 && split.get(Level1.BENEFIT).intValue() == 30) {
                standardSplit++;
            }
            indicators += table.size();
        }
        // About 9 indicators per table (沙湾 2022: 4,615 over 538), about 70 % quantified (70.67 %).
        assertTrue(indicators * 10 >= COUNTY.size() * 80L && indicators * 10 <= COUNTY.size() * 95L, "" + indicators);
        assertTrue(quantified * 100 >= indicators * 66 && quantified * 100 <= indicators * 76, quantified + "/" + indicators);
        assertTrue(standardSplit * 100 >= COUNTY.size() * 70L, "50/30/10 most of the time: " + standardSplit);
        long higher = comparisons.getOrDefault(Comparison.AT_LEAST, 0L) + comparisons.getOrDefault(Comparison.MORE_THAN, 0L);
        assertTrue(higher * 2 > indicators, "mostly >=: " + comparisons);
        assertTrue(comparisons.getOrDefault(Comparison.AT_MOST, 0L) > 0 && comparisons.getOrDefault(Comparison.EQUAL, 0L) > 0
                && comparisons.getOrDefault(Comparison.QUALITATIVE, 0L) > 0, comparisons::toString);
    }

    @Test
    void everyUnitHasAProjectWhenThereAreMoreProjectsThanUnits() {
        Set<String> units = COUNTY.stream().map(p -> p.unit().name()).collect(Collectors.toSet());
        assertEquals(60, units.size());
        assertTrue(units.contains("红柳县教育局"), units::toString);
        Set<String> ids = COUNTY.stream().map(Project::id).collect(Collectors.toSet());
        assertEquals(COUNTY.size(), ids.size());
        assertEquals("659999-2021-0001", COUNTY.get(0).id());
    }

    @Test
    void mostTargetsAreMetSomeMissedAndMostMissesExplained() {
        BatchResult batch = Pbm.evaluateAll(COUNTY, Presets.MOF_2020);
        long indicators = 0;
        long missed = 0;
        long unexplained = 0;
        for (ProjectResult result : batch.results()) {
            for (var indicator : result.evaluation().indicators()) {
                indicators++;
                if (indicator.score().points().compareTo(indicator.weight().points()) < 0) {
                    missed++;
                    unexplained += indicator.explained() ? 0 : 1;
                }
            }
        }
        assertTrue(missed * 100 > indicators * 3 && missed * 100 < indicators * 25, missed + "/" + indicators);
        assertTrue(unexplained > 0 && unexplained * 10 < missed, unexplained + "/" + missed);
        long incomplete = batch.results().stream().filter(r -> !r.evaluation().complete()).count();
        assertTrue(incomplete > 0 && incomplete * 5 < batch.results().size(), "" + incomplete);
    }

    @Test
    void aProvinceOfTwoThousandProjectsIsEvaluatedStreaming() {
        long[] seen = new long[1];
        Summary summary = Pbm.evaluateAll(SampleGenerator.iterable(2_000, 300, 11, SampleProfile.PROVINCE, false),
                Presets.XINJIANG, outcome -> seen[0]++);
        assertEquals(2_000, seen[0]);
        assertEquals(2_000, summary.projects());
        assertEquals(600, summary.excluded());
        assertEquals(0, summary.rejected());
        assertTrue(summary.units().keySet().stream().anyMatch(unit -> unit.name().startsWith("自治区")));
        assertTrue(summary.units().keySet().stream().anyMatch(unit -> unit.name().startsWith("天山地区")));
    }

    @Test
    void countsOutOfRangeAreRefusedWithTheirField() {
        InvalidValueException projects = assertThrows(InvalidValueException.class,
                () -> SampleGenerator.generate(-1, 10, 1, SampleProfile.COUNTY));
        assertTrue(projects.getMessage().contains("projects"), projects::getMessage);
        InvalidValueException units = assertThrows(InvalidValueException.class,
                () -> SampleGenerator.generate(10, 0, 1, SampleProfile.COUNTY));
        assertTrue(units.getMessage().contains("units"), units::getMessage);
        assertThrows(InvalidValueException.class, () -> SampleGenerator.iterable(10, SampleGenerator.MAX_UNITS + 1, 1,
                SampleProfile.PROVINCE, false));
        NullPointerException profile = assertThrows(NullPointerException.class,
                () -> SampleGenerator.generate(10, 10, 1, null));
        assertEquals("profile is null", profile.getMessage());
    }

    @Test
    void profilesAreReadByNameOrLabel() {
        assertEquals(SampleProfile.COUNTY, SampleProfile.parse("county"));
        assertEquals(SampleProfile.PROVINCE, SampleProfile.parse("PROVINCE"));
        assertEquals(SampleProfile.COUNTY, SampleProfile.parse("县级"));
        assertThrows(InvalidValueException.class, () -> SampleProfile.parse("city"));
    }

    @Test
    void unitNamesAreComposedForAnyNumberOfUnits() {
        assertEquals("一", UnitRoster.numeral(1));
        assertEquals("十二", UnitRoster.numeral(12));
        assertEquals("二十", UnitRoster.numeral(20));
        assertEquals("一百零五", UnitRoster.numeral(105));
        assertEquals("一百一十", UnitRoster.numeral(110));
        assertEquals("三千零二十", UnitRoster.numeral(3_020));
        for (SampleProfile profile : SampleProfile.values()) {
            List<UnitRoster.Member> roster = UnitRoster.of(profile, 5_000);
            assertEquals(5_000, roster.size());
            assertEquals(5_000, roster.stream().map(m -> m.unit().name()).distinct().count(), profile.name());
        }
    }
}
