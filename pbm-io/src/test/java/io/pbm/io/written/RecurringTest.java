package io.pbm.io.written;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pbm.core.InvalidValueException;
import io.pbm.core.goal.Indicator;
import io.pbm.core.goal.IndicatorFrame;
import io.pbm.core.goal.IndicatorValue;
import io.pbm.core.goal.Level1;
import io.pbm.core.goal.Level2;
import io.pbm.core.goal.Weight;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Values that recur from record to record are built once, and only values built without a problem (issue 7). */
class RecurringTest {

    private static Recurring.IndicatorKey key(String name) {
        WrittenIndicator w = new WrittenIndicator(name, "OUTPUT", "QUANTITY", ">=", "个",
                new WrittenValue(null, "10"), null, null, null, "50", null, null);
        return Recurring.IndicatorKey.of(w, IndicatorFrame.PROJECT);
    }

    private static Indicator indicator(String name) {
        return Indicator.builder().name(name).level1(Level1.OUTPUT).level2(Level2.QUANTITY).target(IndicatorValue.parse("≥10"))
                .weight(Weight.of(new BigDecimal("50"))).build();
    }

    @Test
    void aRecurringTargetIsParsedOnceAndEqualsItsParse() {
        Recurring recurring = new Recurring();
        IndicatorValue first = recurring.value("≥95%");
        assertEquals(IndicatorValue.parse("≥95%"), first);
        assertSame(first, recurring.value("≥95%"));
        assertEquals(1, recurring.size());
    }

    @Test
    void aTargetParseRefusesIsRefusedEachTimeAndNotKept() {
        Recurring recurring = new Recurring();
        String bad = "≥1e999999999";
        InvalidValueException once = assertThrows(InvalidValueException.class, () -> IndicatorValue.parse(bad));
        InvalidValueException first = assertThrows(InvalidValueException.class, () -> recurring.value(bad));
        assertThrows(InvalidValueException.class, () -> recurring.value(bad));
        assertEquals(once.getMessage(), first.getMessage());
        assertEquals(0, recurring.size());
    }

    @Test
    void theTablesStayBoundedByStartingAfreshWhenFull() {
        Recurring recurring = new Recurring();
        for (int i = 0; i < Recurring.CAPACITY; i++) {
            recurring.value(Integer.toString(i));
        }
        assertEquals(Recurring.CAPACITY, recurring.size());
        recurring.value("-1");
        assertEquals(1, recurring.size());
    }

    @Test
    void aBuiltIndicatorIsKeptForTheNextRecordWritingTheSame() {
        Recurring recurring = new Recurring();
        Indicator built = indicator("数量");
        assertNull(recurring.indicator(key("数量")));
        assertSame(built, recurring.indicator(key("数量"), () -> built));
        assertSame(built, recurring.indicator(key("数量")));
        assertNull(recurring.indicator(key("质量")), "another name is another indicator");
    }

    @Test
    void anIndicatorWithProblemsIsNotKept() {
        Recurring recurring = new Recurring();
        assertNull(recurring.indicator(key("数量"), () -> null));
        assertNull(recurring.indicator(key("数量")));
        assertEquals(0, recurring.size());
    }

    @Test
    void theKeyHoldsEverythingTheIndicatorIsBuiltFrom() {
        WrittenIndicator w = new WrittenIndicator("数量", "OUTPUT", "QUANTITY", ">=", "个",
                new WrittenValue("10", null), new WrittenValue(null, "9"), "ACHIEVED", "40", "50", "说明", "45");
        Recurring.IndicatorKey key = Recurring.IndicatorKey.of(w, IndicatorFrame.PROJECT);
        assertEquals(new Recurring.IndicatorKey(IndicatorFrame.PROJECT, "数量", "OUTPUT", "QUANTITY", ">=", "个", "10",
                null, "50"), key);
        assertTrue(!key.equals(Recurring.IndicatorKey.of(w, IndicatorFrame.UNIT_WIDE)), "the frame counts");
        WrittenIndicator noTarget = new WrittenIndicator("数量", "OUTPUT", "QUANTITY", ">=", "个", null, null, null,
                null, "50", null, null);
        assertNull(Recurring.IndicatorKey.of(noTarget, IndicatorFrame.PROJECT).number());
        assertNull(Recurring.IndicatorKey.of(noTarget, IndicatorFrame.PROJECT).text());
    }
}
