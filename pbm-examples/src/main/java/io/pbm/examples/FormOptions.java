package io.pbm.examples;

import io.pbm.core.FiscalYear;
import io.pbm.core.budget.FundCategory;
import io.pbm.io.form.FormDefaults;
import java.util.Locale;
import picocli.CommandLine.Option;

/**
 * What a self-evaluation or goal form does not say about its project, given on the command line: the
 * national 项目支出绩效自评表 carries no project id, fund category or year of its own unless pbm's
 * labelled rows are filled in (io.pbm.io.form). Used only when INPUT is an {@code .xlsx} workbook.
 */
final class FormOptions {

    @Option(names = "--ids", paramLabel = "file-sheet|labelled", defaultValue = "file-sheet",
            description = "For .xlsx forms: a project's id is its 项目编号 row, else (file-sheet) the file and"
                    + " sheet name; labelled: the 项目编号 row only (default: ${DEFAULT-VALUE}).")
    private String ids;

    @Option(names = "--form-year", paramLabel = "YEAR", description = "For .xlsx forms without a 预算年度 row: the year.")
    private String year;

    @Option(names = "--fund-category", paramLabel = "CATEGORY",
            description = "For .xlsx forms without a 资金类别 row: the fund category (GENERAL_PUBLIC …).")
    private String fundCategory;

    @Option(names = "--amounts", paramLabel = "wan|yuan", defaultValue = "wan",
            description = "For .xlsx forms whose headers do not say: amounts in 万元 (wan) or 元 (yuan)"
                    + " (default: ${DEFAULT-VALUE}).")
    private String amounts;

    /**
     * The defaults these options give.
     *
     * @param command  the command, for usage errors naming the option
     * @return the defaults
     */
    FormDefaults defaults(CliCommand command) {
        FormDefaults defaults = FormDefaults.NONE
                .withIds(command.option("--ids", () -> switch (ids.strip().toLowerCase(Locale.ROOT)) {
                    case "file-sheet" -> FormDefaults.Ids.FILE_AND_SHEET;
                    case "labelled" -> FormDefaults.Ids.LABELLED;
                    default -> throw new IllegalArgumentException(
                            "Invalid value for --ids (valid values file-sheet, labelled): " + ids);
                }))
                .withAmounts(command.option("--amounts", () -> switch (amounts.strip().toLowerCase(Locale.ROOT)) {
                    case "wan" -> FormDefaults.AmountUnit.WAN;
                    case "yuan" -> FormDefaults.AmountUnit.YUAN;
                    default -> throw new IllegalArgumentException(
                            "Invalid value for --amounts (valid values wan, yuan): " + amounts);
                }));
        if (year != null) {
            defaults = defaults.withYear(command.option("--form-year", () -> FiscalYear.parse(year)));
        }
        if (fundCategory != null) {
            defaults = defaults.withFundCategory(command.option("--fund-category", () -> FundCategory.parse(fundCategory)));
        }
        return defaults;
    }
}
