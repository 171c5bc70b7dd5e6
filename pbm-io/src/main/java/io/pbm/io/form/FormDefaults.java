package io.pbm.io.form;

import io.pbm.core.FiscalYear;
import io.pbm.core.budget.FundCategory;
import io.pbm.core.project.BudgetUnit;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a {@link FormReader} uses where a form has no labelled cell for a value the project needs: a
 * self-evaluation table carries no project id, no fund category and often no year. A labelled cell
 * above the table always wins over a default; when neither gives a required value, the sheet is
 * rejected with a {@code form.missing} problem naming the value and the labels looked for.
 *
 * <pre>{@code
 * FormDefaults defaults = FormDefaults.NONE.withYear(FiscalYear.of(2023))
 *         .withFundCategory(FundCategory.GENERAL_PUBLIC).withIds(FormDefaults.Ids.FILE_AND_SHEET);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param year  the fiscal year, or null for none
 * @param fundCategory  the fund category, or null for none
 * @param unit  the budget unit, or null for none
 * @param ids  where a project's id comes from when the form has no 项目编号 row
 * @param amounts  the unit of the budget amounts when neither the budget block nor the rows above it say
 */
public record FormDefaults(@Nullable FiscalYear year, @Nullable FundCategory fundCategory, @Nullable BudgetUnit unit,
        Ids ids, AmountUnit amounts) {

    /** No defaults: everything comes from the form; amounts in 万元, as the national tables print them. */
    public static final FormDefaults NONE = new FormDefaults(null, null, null, Ids.LABELLED, AmountUnit.WAN);

    /** Where a project's id comes from. */
    public enum Ids {
        /** Only from the form's 项目编号 row: a form without one is rejected. */
        LABELLED,
        /** From the 项目编号 row, else the file's name without extension and the sheet's: {@code 县本级2023/自评表1}. */
        FILE_AND_SHEET
    }

    /** The unit amounts are written in. */
    public enum AmountUnit {
        /** 元. */
        YUAN,
        /** 万元: converted exactly to 元 (× 10,000). */
        WAN
    }

    /**
     * Creates defaults.
     *
     * @param year  the year, or null
     * @param fundCategory  the category, or null
     * @param unit  the unit, or null
     * @param ids  the id scheme, not null
     * @param amounts  the amount unit, not null
     */
    public FormDefaults {
        Objects.requireNonNull(ids, "ids is null");
        Objects.requireNonNull(amounts, "amounts is null");
    }

    /**
     * A copy with a default year.
     *
     * @param value  the year, not null
     * @return the defaults
     */
    public FormDefaults withYear(FiscalYear value) {
        return new FormDefaults(Objects.requireNonNull(value, "value is null"), fundCategory, unit, ids, amounts);
    }

    /**
     * A copy with a default fund category.
     *
     * @param value  the category, not null
     * @return the defaults
     */
    public FormDefaults withFundCategory(FundCategory value) {
        return new FormDefaults(year, Objects.requireNonNull(value, "value is null"), unit, ids, amounts);
    }

    /**
     * A copy with a default budget unit.
     *
     * @param value  the unit, not null
     * @return the defaults
     */
    public FormDefaults withUnit(BudgetUnit value) {
        return new FormDefaults(year, fundCategory, Objects.requireNonNull(value, "value is null"), ids, amounts);
    }

    /**
     * A copy with another id scheme.
     *
     * @param value  the scheme, not null
     * @return the defaults
     */
    public FormDefaults withIds(Ids value) {
        return new FormDefaults(year, fundCategory, unit, value, amounts);
    }

    /**
     * A copy with another default amount unit.
     *
     * @param value  the unit, not null
     * @return the defaults
     */
    public FormDefaults withAmounts(AmountUnit value) {
        return new FormDefaults(year, fundCategory, unit, ids, value);
    }
}
