package io.pbm.core.goal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pbm.core.InvalidValueException;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Goals: indicators of one frame, unique names, versions (R-GOAL-4, R-GOAL-5, R-GOAL-7). */
class GoalTest {

    private static Indicator indicator(String name, int weight) {
        return Indicator.builder().name(name).level2(Level2.QUANTITY).target(IndicatorValue.parse("≥10个"))
                .weight(Weight.of(weight)).build();
    }

    private static Indicator unitWide(String name) {
        return Indicator.builder().name(name).level1(Level1.RUNNING_COST).target(IndicatorValue.parse("≤100%"))
                .weight(Weight.of(10)).build();
    }

    @Test
    void theJsonContractExampleGoalBuilds() {
        Goal goal = JsonContractExample.goal();
        assertEquals(Optional.of("完成园区排水管网建设，提升排涝能力"), goal.text());
        assertEquals(IndicatorFrame.PROJECT, goal.frame());
        assertEquals(1, goal.version());
        assertEquals(5, goal.indicators().size());
        assertEquals("新建排水管网长度", goal.indicators().get(0).name());
        assertEquals("群众满意度", goal.indicators().get(4).name());
        assertFalse(goal.isEmpty());
    }

    @Test
    void R_GOAL_4_duplicateIndicatorNamesAreRefused() {
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> Goal.builder().addIndicators(indicator("培训人次", 10), indicator("受益户数", 10),
                        indicator("培训人次", 20)).build());
        assertEquals("indicator name", e.field());
        assertEquals("培训人次", e.value());
        assertTrue(e.getMessage().contains("培训人次"), e.getMessage());
        assertTrue(e.getMessage().contains("a name used once within a goal"), e.getMessage());
    }

    @Test
    void R_GOAL_4_namesThatDifferOnlyInSurroundingSpaceAreDuplicates() {
        assertThrows(InvalidValueException.class,
                () -> Goal.builder().addIndicators(indicator("培训人次", 10), indicator(" 培训人次 ", 20)).build());
    }

    @Test
    void mixingFramesIsRefused() {
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> Goal.builder().addIndicators(indicator("培训人次", 10), unitWide("公用经费控制率")).build());
        assertEquals("level1 of 公用经费控制率", e.field());
        assertEquals("RUNNING_COST", e.value());
        assertTrue(e.getMessage().contains("PROJECT"), e.getMessage());
        InvalidValueException reverse = assertThrows(InvalidValueException.class,
                () -> Goal.builder().frame(IndicatorFrame.UNIT_WIDE).addIndicators(unitWide("公用经费控制率"),
                        indicator("培训人次", 10)).build());
        assertEquals("level1 of 培训人次", reverse.field());
    }

    @Test
    void aUnitWideGoalHoldsUnitWideIndicators() {
        Goal goal = Goal.builder().frame(IndicatorFrame.UNIT_WIDE).addIndicators(unitWide("公用经费控制率")).build();
        assertEquals(IndicatorFrame.UNIT_WIDE, goal.frame());
        assertEquals(1, goal.indicators().size());
    }

    @Test
    void R_GOAL_5_noneIsEmpty() {
        Goal none = Goal.none();
        assertTrue(none.isEmpty());
        assertTrue(none.indicators().isEmpty());
        assertEquals(Optional.empty(), none.text());
        assertEquals(IndicatorFrame.PROJECT, none.frame());
        assertEquals(1, none.version());
        assertEquals(Goal.none(), none);
    }

    @Test
    void R_GOAL_7_reviseGivesTheNextVersionWithTheSameContent() {
        Goal goal = JsonContractExample.goal();
        Goal revised = goal.revise().build();
        assertEquals(2, revised.version());
        assertEquals(goal.indicators(), revised.indicators());
        assertEquals(goal.text(), revised.text());
        assertEquals(goal.frame(), revised.frame());
        assertNotEquals(goal, revised);
        assertEquals(3, revised.revise().build().version());
        assertEquals(1, goal.version());
    }

    @Test
    void R_GOAL_7_aRevisionMayChangeTheIndicators() {
        Goal goal = Goal.builder().addIndicators(indicator("培训人次", 10)).build();
        Goal revised = goal.revise().addIndicators(indicator("受益户数", 20)).build();
        assertEquals(2, revised.version());
        assertEquals(2, revised.indicators().size());
        assertEquals(1, goal.indicators().size());
    }

    @Test
    void R_GOAL_7_versionStartsAtOne() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> Goal.builder().version(0).build());
        assertEquals("goal version", e.field());
        assertEquals("0", e.value());
    }

    @Test
    void indicatorLooksUpByName() {
        Goal goal = JsonContractExample.goal();
        assertEquals("按期完工率", goal.indicator("按期完工率").orElseThrow().name());
        assertEquals(Weight.of(10), goal.indicator(" 按期完工率 ").orElseThrow().weight());
        assertEquals(Optional.empty(), goal.indicator("不存在的指标"));
        assertEquals(Optional.empty(), Goal.none().indicator("按期完工率"));
    }

    @Test
    void R_GOAL_3_weightsThatDoNotAddUpTo90AreNotRefused() {
        Goal goal = Goal.builder().addIndicators(indicator("培训人次", 10), indicator("受益户数", 20)).build();
        BigDecimal sum = goal.indicators().stream().map(i -> i.weight().points()).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(new BigDecimal("30.00"), sum);
        Goal heavy = Goal.builder().addIndicators(indicator("a", 100), indicator("b", 100)).build();
        assertEquals(2, heavy.indicators().size());
    }

    @Test
    void R_GOAL_1_fewerThanSevenIndicatorsAreNotRefused() {
        assertEquals(1, Goal.builder().addIndicators(indicator("培训人次", 90)).build().indicators().size());
    }

    @Test
    void anOverLongTextIsRefused() {
        assertEquals(Goal.MAX_TEXT_LENGTH, Goal.builder().text("字".repeat(Goal.MAX_TEXT_LENGTH)).build().text()
                .orElseThrow().length());
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> Goal.builder().text("字".repeat(Goal.MAX_TEXT_LENGTH + 1)).build());
        assertEquals("goal text", e.field());
        assertTrue(e.value().length() < 100, e.value());
    }

    @Test
    void nullsAreNamed() {
        assertTrue(assertThrows(NullPointerException.class, () -> Goal.builder().addIndicators((Indicator) null))
                .getMessage().contains("indicators"));
        assertTrue(assertThrows(NullPointerException.class, () -> Goal.builder().text((String) null)).getMessage()
                .contains("text"));
        assertTrue(assertThrows(NullPointerException.class, () -> Goal.builder().frame(null)).getMessage()
                .contains("frame"));
        assertEquals("name is null",
                assertThrows(NullPointerException.class, () -> Goal.none().indicator(null)).getMessage());
    }

    @Test
    void theFrameFollowsTheIndicatorsWhenNotSet() {
        assertEquals(IndicatorFrame.UNIT_WIDE, Goal.builder().addIndicators(unitWide("公用经费控制率")).build().frame());
        assertEquals(IndicatorFrame.PROJECT, Goal.builder().addIndicators(indicator("培训人次", 10)).build().frame());
        assertEquals(IndicatorFrame.PROJECT, Goal.none().frame());
    }
}
