package io.pbm.rules.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pbm.core.InvalidValueException;
import io.pbm.core.Ratio;
import io.pbm.core.evaluation.FrameSection;
import io.pbm.core.evaluation.QualitativeAchievement;
import io.pbm.core.goal.Level1;
import io.pbm.core.goal.Weight;
import io.pbm.core.grade.Grade;
import io.pbm.core.grade.GradeScale;
import io.pbm.core.grade.Score;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Policies are values: printed, compared, copied with one change, refused when no engine could use them. */
class PolicyTest {

    private static final Policy MOF = Presets.MOF_2020;
    private static final Policy XINJIANG = Presets.XINJIANG;

    private static Set<String> differing(Policy a, Policy b) {
        return a.differencesFrom(b).stream().map(PolicyDifference::parameter).collect(Collectors.toCollection(TreeSet::new));
    }

    /** The attributes of Policy, from the fields of the implementation Immutables generates: one per attribute. */
    private static Set<String> attributes() throws ClassNotFoundException {
        Class<?> implementation = Class.forName("io.pbm.rules.policy.ImmutablePolicy");
        return Arrays.stream(implementation.getDeclaredFields())
                .filter(f -> !Modifier.isStatic(f.getModifiers()) && !Modifier.isTransient(f.getModifiers()))
                .map(Field::getName).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void parametersListEveryAttributeOfPolicy() throws ClassNotFoundException {
        Set<String> attributes = attributes();
        assertEquals(attributes, new TreeSet<>(MOF.parameters().keySet()));
        // The abstract accessors of Policy are attributes too (a cross-check that the fields are what we think).
        Set<String> abstractAccessors = Arrays.stream(Policy.class.getDeclaredMethods())
                .filter(m -> Modifier.isAbstract(m.getModifiers()) && m.getParameterCount() == 0)
                .map(Method::getName).collect(Collectors.toSet());
        assertTrue(attributes.containsAll(abstractAccessors), abstractAccessors::toString);
        assertEquals(30, attributes.size(), attributes::toString);
    }

    @Test
    void presetsPrintEveryParameterReadably() {
        for (Policy preset : Presets.all()) {
            String text = preset.toString();
            assertTrue(text.startsWith("Policy " + preset.name() + " " + preset.version()), text);
            preset.parameters().forEach((name, value) ->
                    assertTrue(text.contains("  " + name + " = " + value + "\n"), () -> name + " missing from\n" + text));
            assertEquals(preset.parameters().size() + 1, text.lines().count(), text);
        }
        String mof = MOF.toString();
        assertTrue(mof.contains("gradeScale = 优 [90.00, 100.00] 良 [80.00, 90.00) 中 [60.00, 80.00) 差 [0.00, 60.00)"), mof);
        assertTrue(mof.contains("executionWeight = 10.00"), mof);
        assertTrue(mof.contains("lowerIsBetterFormula = LINEAR"), mof);
        assertTrue(mof.contains("deviationThreshold = 0.2"), mof);
        assertTrue(XINJIANG.toString().contains("minIndicators = 7"), XINJIANG::toString);
        assertTrue(XINJIANG.toString().contains("excludedFundCategories = [CENTRAL_TRANSFER]"), XINJIANG::toString);
    }

    @Test
    void differencesBetweenThePresetsAreExactlyTheXinjiangParameters() {
        assertEquals(new TreeSet<>(List.of("name", "version", "description", "gradeScale", "minIndicators",
                "minQuantifiedShare", "excludedFundCategories", "linkage", "exAnte", "planning")),
                differing(MOF, XINJIANG));
        assertEquals(differing(MOF, XINJIANG), differing(XINJIANG, MOF));
        Map<String, PolicyDifference> byName = MOF.differencesFrom(XINJIANG).stream()
                .collect(Collectors.toMap(PolicyDifference::parameter, Function.identity()));
        assertEquals("—", byName.get("minIndicators").left());
        assertEquals("7", byName.get("minIndicators").right());
        assertEquals(List.of(), MOF.differencesFrom(MOF));
        assertEquals(List.of(), MOF.differencesFrom(MOF.toBuilder().build()));
    }

    @Test
    void withGradeScaleChangesOnlyTheGradeScaleAndMarksTheVersion() {
        Policy changed = MOF.withGradeScale(GradeScale.XINJIANG);
        assertEquals(GradeScale.XINJIANG, changed.gradeScale());
        assertEquals("2020.1+gradeScale", changed.version());
        assertEquals(new TreeSet<>(List.of("gradeScale", "version")), differing(MOF, changed));
        assertEquals("MOF_2020", changed.name());
        assertEquals(GradeScale.NATIONAL, MOF.gradeScale(), "the preset itself is unchanged");
    }

    @Test
    void everyWithMethodChangesOneParameterAndMarksTheVersion() {
        Map<String, Policy> copies = Map.of(
                "scoreScale", MOF.withScoreScale(0),
                "lowerIsBetterFormula", MOF.withLowerIsBetterFormula(LowerIsBetterFormula.TARGET_OVER_ACTUAL),
                "deviationThreshold", MOF.withDeviationThreshold(Ratio.of(1, 10)),
                "overAchievementRule", MOF.withOverAchievementRule(OverAchievementRule.DEDUCT_DEVIATION),
                "qualitativeRanges", MOF.withQualitativeRange(QualitativeAchievement.ACHIEVED,
                        QualitativeRange.of(Ratio.of(4, 5), Ratio.ONE).withDefaultPoint(Ratio.of(9, 10))),
                // The split must add up with the execution weight, so alone it can only be set to its value.
                "executionWeight", MOF.withExecutionWeight(Weight.of(10)));
        copies.forEach((parameter, copy) -> {
            assertTrue(copy.version().endsWith("+" + parameter), () -> parameter + ": " + copy.version());
        });
        for (String parameter : List.of("scoreScale", "lowerIsBetterFormula", "deviationThreshold", "overAchievementRule",
                "qualitativeRanges")) {
            assertEquals(new TreeSet<>(List.of(parameter, "version")), differing(MOF, copies.get(parameter)), parameter);
        }
    }

    @Test
    void withExecutionWeightMustStillAddUpTo100() {
        InvalidValueException refused = assertThrows(InvalidValueException.class,
                () -> MOF.withExecutionWeight(Weight.of(20)));
        assertEquals("levelOneWeights", refused.field());
    }

    @Test
    void presetsByName() {
        assertSame(MOF, Presets.named("mof-2020"));
        assertSame(MOF, Presets.named("MOF_2020"));
        assertSame(MOF, Presets.named(" Mof-2020 "));
        assertSame(XINJIANG, Presets.named("xinjiang"));
        assertSame(XINJIANG, Presets.named("XINJIANG"));
        assertEquals(List.of(MOF, XINJIANG), Presets.all());
    }

    @Test
    void anUnknownPresetNameIsRefusedWithTheNamesThatExist() {
        InvalidValueException refused = assertThrows(InvalidValueException.class, () -> Presets.named("sichuan"));
        assertTrue(refused.getMessage().contains("sichuan"), refused::getMessage);
        assertTrue(refused.getMessage().contains("mof-2020") && refused.getMessage().contains("xinjiang"),
                refused::getMessage);
        assertThrows(InvalidValueException.class, () -> Presets.named(""));
        NullPointerException npe = assertThrows(NullPointerException.class, () -> Presets.named(null));
        assertEquals("name is null", npe.getMessage());
    }

    @Test
    void aLevelOneSplitNotAddingUpTo100WithTheExecutionWeightIsRefused() {
        InvalidValueException refused = assertThrows(InvalidValueException.class,
                () -> MOF.toBuilder().putLevelOneWeights(Level1.OUTPUT, Weight.of(40)).build());
        assertEquals("levelOneWeights", refused.field());
    }

    @Test
    void frameWeightsNotAddingUpTo100AreRefused() {
        InvalidValueException refused = assertThrows(InvalidValueException.class,
                () -> MOF.toBuilder().putFrameWeights(FrameSection.DECISION, Weight.of(30)).build());
        assertEquals("frameWeights", refused.field());
    }

    @Test
    void frameWeightsGivingOutputAndBenefitLessThanSixtyPercentAreRefused() {
        InvalidValueException refused = assertThrows(InvalidValueException.class, () -> MOF.toBuilder()
                .putFrameWeights(FrameSection.DECISION, Weight.of(25)).putFrameWeights(FrameSection.PROCESS, Weight.of(25))
                .putFrameWeights(FrameSection.OUTPUT, Weight.of(25)).putFrameWeights(FrameSection.BENEFIT, Weight.of(25))
                .build());
        assertEquals("frameWeights", refused.field());
        assertTrue(refused.getMessage().contains("R-GOAL-8"), refused::getMessage);
    }

    @Test
    void qualitativeRangesWithAGapAreRefused() {
        InvalidValueException refused = assertThrows(InvalidValueException.class,
                () -> MOF.withQualitativeRange(QualitativeAchievement.PARTLY_ACHIEVED,
                        QualitativeRange.of(Ratio.of(3, 5), Ratio.of(3, 4))));
        assertEquals("qualitativeRanges", refused.field());
        assertThrows(InvalidValueException.class, () -> MOF.withQualitativeRange(QualitativeAchievement.ACHIEVED,
                QualitativeRange.of(Ratio.of(4, 5), Ratio.of(9, 10))), "the top range must reach 1");
        assertThrows(InvalidValueException.class, () -> QualitativeRange.of(Ratio.of(3, 5), Ratio.of(4, 5))
                .withDefaultPoint(Ratio.of(4, 5)), "a default point outside its range");
    }

    @Test
    void aScoreScaleOfThreeIsRefused() {
        InvalidValueException refused = assertThrows(InvalidValueException.class, () -> MOF.withScoreScale(3));
        assertEquals("scoreScale", refused.field());
        assertThrows(InvalidValueException.class, () -> MOF.withScoreScale(-1));
        assertEquals(0, MOF.withScoreScale(0).scoreScale());
    }

    @Test
    void policiesAreValuesComparedByTheirParameters() {
        assertEquals(MOF, MOF.toBuilder().build());
        assertEquals(MOF.hashCode(), MOF.toBuilder().build().hashCode());
        assertNotEquals(MOF, XINJIANG);
        assertEquals(MOF.withGradeScale(GradeScale.XINJIANG), MOF.withGradeScale(GradeScale.XINJIANG));
        assertEquals(new java.math.BigDecimal("90.00"), MOF.indicatorPoints().setScale(2));
        assertEquals(Grade.FAIR, XINJIANG.gradeScale().grade(Score.of(70)));
    }
}
