package io.pbm.core.project;

import io.pbm.core.InvalidValueException;

/**
 * A budget unit (预算单位 / 部门单位): the department or agency that spends a project's money, such as
 * {@code 焉耆县住房和城乡建设局}. Not to be confused with an indicator's unit of measure
 * ({@code io.pbm.core.goal.MeasureUnit}).
 *
 * <p>Equality: by name, stripped of surrounding white space.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param name  the unit's name, stripped, 1 to 200 characters
 */
public record BudgetUnit(String name) implements Comparable<BudgetUnit> {

    /** The longest name accepted. */
    public static final int MAX_LENGTH = 200;

    /**
     * Creates a budget unit.
     *
     * @param name  the name, not blank, not null
     * @throws InvalidValueException if blank or longer than 200 characters
     */
    public BudgetUnit {
        if (name == null) {
            throw new NullPointerException("unit is null");
        }
        name = name.strip();
        InvalidValueException.check(!name.isEmpty() && name.length() <= MAX_LENGTH, "unit", "\"" + name + "\"",
                "a name of 1 to " + MAX_LENGTH + " characters");
    }

    /**
     * Obtains a budget unit.
     *
     * @param name  the name, not blank, not null
     * @return the unit
     * @throws InvalidValueException if blank or too long
     */
    public static BudgetUnit of(String name) {
        return new BudgetUnit(name);
    }

    @Override
    public int compareTo(BudgetUnit other) {
        java.util.Objects.requireNonNull(other, "other is null");
        return name.compareTo(other.name);
    }

    /**
     * The name.
     *
     * @return the name
     */
    @Override
    public String toString() {
        return name;
    }
}
