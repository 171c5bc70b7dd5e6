package io.pbm.rules.planning;

import io.pbm.core.FiscalYear;
import io.pbm.core.budget.Amount;
import io.pbm.core.budget.Budget;
import io.pbm.core.budget.FundCategory;
import io.pbm.core.project.BudgetUnit;
import io.pbm.core.project.Project;
import io.pbm.core.project.ProjectFlags;
import io.pbm.core.project.ProjectHistory;

/** Small projects for the planning tests: an id, a unit, an adjusted budget, flags and past evaluations. */
final class Projects {

    static final String UNIT = "焉耆县住房和城乡建设局";

    private Projects() {}

    static Project project(String id, String unit, String budget, boolean key, boolean oneTime, int... evaluated) {
        ProjectHistory.Builder history = ProjectHistory.builder();
        for (int year : evaluated) {
            history.addEvaluatedYears(FiscalYear.of(year));
        }
        return Project.builder()
                .id(id).name("项目" + id).unit(BudgetUnit.of(unit)).year(FiscalYear.of(2023))
                .fundCategory(FundCategory.GENERAL_PUBLIC)
                .budget(Budget.of(Amount.of(budget), Amount.ZERO))
                .flags(ProjectFlags.builder().isKey(key).isOneTime(oneTime).build())
                .history(history.build())
                .build();
    }

    static Project plain(String id, String budget, int... evaluated) {
        return project(id, UNIT, budget, false, false, evaluated);
    }
}
