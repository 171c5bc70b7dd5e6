package io.pbm.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Fiscal years over their whole range. */
class FiscalYearProperties {

    @Property
    void parseReadsBackWhatToStringWritesAndTheFormsSuffixes(@ForAll @IntRange(min = 1949, max = 2100) int value) {
        FiscalYear year = FiscalYear.of(value);
        assertEquals(year, FiscalYear.parse(year.toString()));
        assertEquals(year, FiscalYear.parse(year + "年"));
        assertEquals(year, FiscalYear.parse(year + "年度"));
    }

    @Property
    void ofAcceptsExactlyTheRange(@ForAll int value) {
        if (value >= 1949 && value <= 2100) {
            assertEquals(value, FiscalYear.of(value).value());
        } else {
            InvalidValueException e = assertThrows(InvalidValueException.class, () -> FiscalYear.of(value));
            assertEquals(String.valueOf(value), e.value());
        }
    }

    @Property
    void plusYearsIsIntegerAdditionWithinTheRange(@ForAll @IntRange(min = 1949, max = 2100) int value,
            @ForAll int years) {
        long sum = (long) value + years;
        if (sum >= 1949 && sum <= 2100) {
            assertEquals(sum, FiscalYear.of(value).plusYears(years).value());
        } else {
            InvalidValueException e = assertThrows(InvalidValueException.class,
                    () -> FiscalYear.of(value).plusYears(years));
            assertEquals(String.valueOf(sum), e.value());
        }
    }

    @Property
    void orderIsTheOrderOfTheYears(@ForAll @IntRange(min = 1949, max = 2100) int a,
            @ForAll @IntRange(min = 1949, max = 2100) int b) {
        assertEquals(Integer.signum(Integer.compare(a, b)), Integer.signum(FiscalYear.of(a).compareTo(FiscalYear.of(b))));
        assertEquals(a < b, FiscalYear.of(a).isBefore(FiscalYear.of(b)));
    }
}
