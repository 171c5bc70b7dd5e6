package io.pbm.core.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pbm.core.InvalidValueException;
import io.pbm.core.budget.Amount;
import io.pbm.core.evaluation.IndicatorActual;
import io.pbm.core.goal.IndicatorValue;
import java.time.Month;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A project's progress at the end of a month (R-MON-1…7). */
class MonitoringSnapshotTest {

    @Test
    void R_MON_2_mayIsMonthFive() {
        MonitoringSnapshot snapshot = MonitoringSnapshot.builder().month(Month.MAY).spentToDate(Amount.of(400_000))
                .putActualsToDate("新建排水管网长度", IndicatorActual.of(IndicatorValue.parse("5公里"))).build();
        assertEquals(Month.MAY, snapshot.month());
        assertEquals(5, snapshot.monthNumber());
        assertEquals(Amount.of(400_000), snapshot.spentToDate());
        assertEquals(IndicatorValue.parse("5公里"),
                snapshot.actual("新建排水管网长度").orElseThrow().actual().orElseThrow());
        assertEquals(Optional.empty(), snapshot.actual("按期完工率"));
    }

    @ParameterizedTest
    @EnumSource(Month.class)
    void R_MON_1_anyMonthMayBeMonitored(Month month) {
        MonitoringSnapshot snapshot = MonitoringSnapshot.builder().month(month).spentToDate(Amount.ZERO).build();
        assertEquals(month.getValue(), snapshot.monthNumber());
        assertTrue(snapshot.actualsToDate().isEmpty());
    }

    @Test
    void negativeSpentIsRefused() {
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> MonitoringSnapshot.builder().month(Month.AUGUST).spentToDate(Amount.of("-0.01")).build());
        assertEquals("Invalid value for spentToDate (valid values spentToDate >= 0.00): -0.01", e.getMessage());
    }

    @Test
    void missingAttributesAreNamed() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> MonitoringSnapshot.builder().build());
        assertTrue(e.getMessage().contains("month"), e.getMessage());
        assertTrue(e.getMessage().contains("spentToDate"), e.getMessage());
    }

    @Test
    void nullsAreNamed() {
        assertTrue(assertThrows(NullPointerException.class, () -> MonitoringSnapshot.builder().month(null)).getMessage()
                .contains("month"));
        assertTrue(assertThrows(NullPointerException.class, () -> MonitoringSnapshot.builder().spentToDate(null))
                .getMessage().contains("spentToDate"));
        assertEquals("name is null", assertThrows(NullPointerException.class, () -> MonitoringSnapshot.builder()
                .month(Month.MAY).spentToDate(Amount.ZERO).build().actual(null)).getMessage());
    }
}
