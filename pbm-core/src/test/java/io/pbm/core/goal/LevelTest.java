package io.pbm.core.goal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pbm.core.InvalidValueException;
import io.pbm.core.Labelled;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The level-1 and level-2 categories of domain.md section 2, and the frames they belong to. */
class LevelTest {

    @Test
    void everyLevel2BelongsToExactlyOneProjectLevel1() {
        for (Level2 level2 : Level2.values()) {
            long holders = EnumSet.allOf(Level1.class).stream().filter(l1 -> l1.level2s().contains(level2)).count();
            assertEquals(1, holders, level2::name);
            assertEquals(IndicatorFrame.PROJECT, level2.level1().frame(), level2::name);
            assertTrue(level2.level1().level2s().contains(level2), level2::name);
        }
    }

    @Test
    void theLevel2sOfEachProjectLevel1AreDomainSection2s() {
        assertEquals(EnumSet.of(Level2.QUANTITY, Level2.QUALITY, Level2.TIMELINESS, Level2.COST), Level1.OUTPUT.level2s());
        assertEquals(EnumSet.of(Level2.ECONOMIC, Level2.SOCIAL, Level2.ECOLOGICAL, Level2.SUSTAINABILITY),
                Level1.BENEFIT.level2s());
        assertEquals(EnumSet.of(Level2.SERVICE_RECIPIENT), Level1.SATISFACTION.level2s());
        assertEquals(EnumSet.of(Level2.ECONOMIC_COST, Level2.SOCIAL_COST, Level2.ECOLOGICAL_COST), Level1.COST.level2s());
    }

    @Test
    void unitWideLevel1sHaveNoLevel2s() {
        Set<Level1> unitWide = EnumSet.of(Level1.RUNNING_COST, Level1.MANAGEMENT_EFFICIENCY, Level1.DUTY_PERFORMANCE,
                Level1.SOCIAL_EFFECT, Level1.SUSTAINABILITY, Level1.SERVICE_SATISFACTION);
        for (Level1 level1 : Level1.values()) {
            boolean isUnitWide = unitWide.contains(level1);
            assertEquals(isUnitWide ? IndicatorFrame.UNIT_WIDE : IndicatorFrame.PROJECT, level1.frame(), level1::name);
            if (isUnitWide) {
                assertTrue(level1.level2s().isEmpty(), level1::name);
            } else {
                assertTrue(!level1.level2s().isEmpty(), level1::name);
            }
        }
    }

    @Test
    void level2sIsANewSetEachTime() {
        Set<Level2> set = Level1.OUTPUT.level2s();
        set.clear();
        assertEquals(4, Level1.OUTPUT.level2s().size());
    }

    @Test
    void level1LabelsAreTheOfficialOnes() {
        Map<Level1, String> labels = new LinkedHashMap<>();
        labels.put(Level1.OUTPUT, "产出指标");
        labels.put(Level1.BENEFIT, "效益指标");
        labels.put(Level1.SATISFACTION, "满意度指标");
        labels.put(Level1.COST, "成本指标");
        labels.put(Level1.RUNNING_COST, "运行成本");
        labels.put(Level1.MANAGEMENT_EFFICIENCY, "管理效率");
        labels.put(Level1.DUTY_PERFORMANCE, "履职效能");
        labels.put(Level1.SOCIAL_EFFECT, "社会效应");
        labels.put(Level1.SUSTAINABILITY, "可持续发展能力");
        labels.put(Level1.SERVICE_SATISFACTION, "服务对象满意度");
        assertEquals(labels.keySet(), EnumSet.allOf(Level1.class));
        labels.forEach((level1, label) -> assertEquals(label, level1.label(), level1::name));
    }

    @Test
    void level2LabelsAreTheOfficialOnes() {
        Map<Level2, String> labels = new LinkedHashMap<>();
        labels.put(Level2.QUANTITY, "数量指标");
        labels.put(Level2.QUALITY, "质量指标");
        labels.put(Level2.TIMELINESS, "时效指标");
        labels.put(Level2.COST, "成本指标");
        labels.put(Level2.ECONOMIC, "经济效益指标");
        labels.put(Level2.SOCIAL, "社会效益指标");
        labels.put(Level2.ECOLOGICAL, "生态效益指标");
        labels.put(Level2.SUSTAINABILITY, "可持续影响指标");
        labels.put(Level2.SERVICE_RECIPIENT, "服务对象满意度指标");
        labels.put(Level2.ECONOMIC_COST, "经济成本指标");
        labels.put(Level2.SOCIAL_COST, "社会成本指标");
        labels.put(Level2.ECOLOGICAL_COST, "生态环境成本指标");
        assertEquals(labels.keySet(), EnumSet.allOf(Level2.class));
        labels.forEach((level2, label) -> assertEquals(label, level2.label(), level2::name));
    }

    @Test
    void frameLabels() {
        assertEquals("项目支出", IndicatorFrame.PROJECT.label());
        assertEquals("部门整体支出", IndicatorFrame.UNIT_WIDE.label());
    }

    @ParameterizedTest
    @CsvSource({
        "数量, QUANTITY", "数量指标, QUANTITY", "QUANTITY, QUANTITY", "quantity, QUANTITY", " 质量 , QUALITY",
        "时效, TIMELINESS", "成本, COST", "经济效益, ECONOMIC", "社会效益指标, SOCIAL", "生态效益, ECOLOGICAL",
        "可持续影响, SUSTAINABILITY", "服务对象满意度指标, SERVICE_RECIPIENT", "服务对象满意度, SERVICE_RECIPIENT",
        "经济成本, ECONOMIC_COST", "社会成本指标, SOCIAL_COST", "生态环境成本, ECOLOGICAL_COST",
    })
    void level2ParseWithAndWithoutTheSuffix(String text, Level2 expected) {
        assertEquals(expected, Level2.parse(text));
    }

    @ParameterizedTest
    @CsvSource({
        "产出, OUTPUT", "产出指标, OUTPUT", "OUTPUT, OUTPUT", "output, OUTPUT", "效益, BENEFIT", "满意度, SATISFACTION",
        "满意度指标, SATISFACTION", "成本, COST", "运行成本, RUNNING_COST", "RUNNING_COST, RUNNING_COST",
        "管理效率, MANAGEMENT_EFFICIENCY", "履职效能, DUTY_PERFORMANCE", "社会效应, SOCIAL_EFFECT",
        "可持续发展能力, SUSTAINABILITY", "服务对象满意度, SERVICE_SATISFACTION",
    })
    void level1ParseWithAndWithoutTheSuffix(String text, Level1 expected) {
        assertEquals(expected, Level1.parse(text));
    }

    @ParameterizedTest
    @EnumSource(Level1.class)
    void level1ParseReadsNameAndLabel(Level1 level1) {
        assertEquals(level1, Level1.parse(level1.name()));
        assertEquals(level1, Level1.parse(level1.label()));
        assertEquals(level1, Level1.parse(level1.englishLabel()));
    }

    @ParameterizedTest
    @EnumSource(Level2.class)
    void level2ParseReadsNameAndLabel(Level2 level2) {
        assertEquals(level2, Level2.parse(level2.name()));
        assertEquals(level2, Level2.parse(level2.label()));
        assertEquals(level2, Level2.parse(level2.englishLabel()));
        String withoutSuffix = level2.label().substring(0, level2.label().length() - 2);
        assertEquals(level2, Level2.parse(withoutSuffix));
    }

    @ParameterizedTest
    @EnumSource(IndicatorFrame.class)
    void frameParseReadsNameAndLabel(IndicatorFrame frame) {
        assertEquals(frame, Labelled.parse(IndicatorFrame.class, "frame", frame.name()));
        assertEquals(frame, Labelled.parse(IndicatorFrame.class, "frame", frame.label()));
    }

    @Test
    void aBadLevel1ListsTheValidValues() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> Level1.parse("投入"));
        assertEquals("level1", e.field());
        assertTrue(e.getMessage().startsWith("Invalid value for level1 (valid values one of OUTPUT 产出指标, "),
                e.getMessage());
        for (Level1 level1 : Level1.values()) {
            assertTrue(e.getMessage().contains(level1.name() + " " + level1.label()), e::getMessage);
        }
    }

    @Test
    void aBadLevel2ListsTheValidValues() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> Level2.parse("QUANTITIES"));
        assertEquals("level2", e.field());
        assertEquals("QUANTITIES", e.value());
        for (Level2 level2 : Level2.values()) {
            assertTrue(e.getMessage().contains(level2.name() + " " + level2.label()), e::getMessage);
        }
        assertThrows(InvalidValueException.class, () -> Level2.parse("产出"));
        assertThrows(InvalidValueException.class, () -> Level2.parse(""));
    }

    @Test
    void aBadFrameListsTheValidValues() {
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> Labelled.parse(IndicatorFrame.class, "frame", "部门"));
        assertTrue(e.getMessage().contains("PROJECT 项目支出, UNIT_WIDE 部门整体支出"), e.getMessage());
    }

    @Test
    void nullsAreNamed() {
        assertTrue(assertThrows(NullPointerException.class, () -> Level1.parse(null)).getMessage().contains("is null"));
        assertTrue(assertThrows(NullPointerException.class, () -> Level2.parse(null)).getMessage().contains("is null"));
    }
}
