package io.pbm.core.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.pbm.core.InvalidValueException;
import io.pbm.core.budget.Amount;
import java.time.Month;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/** Snapshots over every month and amount (R-MON-1). */
class MonitoringProperties {

    @Property
    void monthNumberIsTheCalendarMonth(@ForAll Month month, @ForAll @LongRange(min = 0, max = 99_999_999_999L) long fen) {
        MonitoringSnapshot snapshot = MonitoringSnapshot.builder().month(month).spentToDate(Amount.ofFen(fen)).build();
        assertEquals(month.getValue(), snapshot.monthNumber());
        assertEquals(Amount.ofFen(fen), snapshot.spentToDate());
    }

    @Property
    void negativeSpendingIsRefused(@ForAll Month month, @ForAll @LongRange(min = -99_999_999_999L, max = -1) long fen) {
        assertThrows(InvalidValueException.class,
                () -> MonitoringSnapshot.builder().month(month).spentToDate(Amount.ofFen(fen)).build());
    }

    @Property
    void lightsParseTheirLabel(@ForAll WarningLight light) {
        assertEquals(light, WarningLight.parse(light.label()));
    }
}
