package io.pbm.io.project;

import io.pbm.core.project.UnitWideSpending;
import java.util.Objects;

/**
 * A unit-wide record (部门整体支出, R-SCORE-UNIT) read without problems.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param index  its index in {@code units}
 * @param unit  the unit's whole spending
 */
public record ReadUnit(int index, UnitWideSpending unit) implements ReadRecord {

    /**
     * Creates the record.
     *
     * @param index  the index, 0 or more
     * @param unit  the unit-wide spending, not null
     */
    public ReadUnit {
        Objects.requireNonNull(unit, "unit is null");
    }

    @Override
    public Section section() {
        return Section.UNITS;
    }
}
