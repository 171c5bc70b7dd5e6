package io.pbm.rules.monitoring;

import io.pbm.core.FiscalYear;
import io.pbm.core.budget.Amount;
import io.pbm.core.budget.Budget;
import io.pbm.core.budget.FundCategory;
import io.pbm.core.evaluation.EvaluationInput;
import io.pbm.core.evaluation.IndicatorActual;
import io.pbm.core.evaluation.QualitativeAchievement;
import io.pbm.core.evaluation.SupervisionFindings;
import io.pbm.core.goal.Goal;
import io.pbm.core.goal.Indicator;
import io.pbm.core.goal.IndicatorValue;
import io.pbm.core.goal.Level2;
import io.pbm.core.goal.Weight;
import io.pbm.core.grade.Grade;
import io.pbm.core.monitoring.MonitoringSnapshot;
import io.pbm.core.project.BudgetUnit;
import io.pbm.core.project.Project;
import io.pbm.core.project.ProjectHistory;
import io.pbm.rules.policy.MonitoringPolicy;
import io.pbm.rules.policy.Policy;
import io.pbm.rules.policy.Presets;
import java.time.Month;
import java.util.Map;

/** Projects and snapshots for the monitoring tests: a budget of 1,200,000.00 unless said otherwise. */
final class MonitoringFixtures {

    static final MonitoringEngine MOF = MonitoringEngine.of(Presets.MOF_2020);

    /** MOF_2020 with the Sichuan floors of R-MON-3: 25 % April, 40 % June, 60 % August, 80 % October. */
    static final Policy SICHUAN_FLOORS = Presets.MOF_2020.withMonitoring(MonitoringPolicy.builder()
            .from(Presets.MOF_2020.monitoring())
            .putExecutionFloors(Month.APRIL, io.pbm.core.Ratio.of(1, 4))
            .putExecutionFloors(Month.JUNE, io.pbm.core.Ratio.of(2, 5))
            .putExecutionFloors(Month.AUGUST, io.pbm.core.Ratio.of(3, 5))
            .putExecutionFloors(Month.OCTOBER, io.pbm.core.Ratio.of(4, 5))
            .build());

    private MonitoringFixtures() {}

    static Indicator indicator(String name, Level2 level2, String target) {
        return Indicator.builder().name(name).level2(level2).target(IndicatorValue.parse(target)).weight(Weight.of(10))
                .build();
    }

    static Indicator qualitative(String name) {
        return Indicator.builder().name(name).level2(Level2.SOCIAL).target(IndicatorValue.text("明显提升"))
                .weight(Weight.of(10)).build();
    }

    static Goal goal(Indicator... indicators) {
        return Goal.builder().text("完成园区排水管网建设").addIndicators(indicators).build();
    }

    /** The drainage project's goal: a length that accumulates, three rates and a qualitative benefit. */
    static Goal drainageGoal() {
        return goal(indicator("新建排水管网长度", Level2.QUANTITY, ">=12公里"),
                indicator("管网验收合格率", Level2.QUALITY, ">=100%"),
                indicator("按期完工率", Level2.TIMELINESS, ">=95%"),
                qualitative("排涝能力提升"),
                indicator("群众满意度", Level2.SERVICE_RECIPIENT, ">=90%"));
    }

    static Project.Builder project(String id, String adjusted, String spent, Goal goal) {
        return Project.builder().id(id).name("农产品园区排水管网工程").unit(BudgetUnit.of("焉耆县住房和城乡建设局"))
                .year(FiscalYear.of(2023)).fundCategory(FundCategory.GENERAL_PUBLIC)
                .budget(Budget.of(Amount.of(adjusted), Amount.of(spent))).goal(goal);
    }

    static Project spending(String spent) {
        return project("P-1", "1200000.00", spent, Goal.none()).build();
    }

    static Project withGrade(Grade previous) {
        return project("P-1", "1200000.00", "600000.00", Goal.none())
                .history(ProjectHistory.builder().previousGrade(previous).build()).build();
    }

    static Project withRounds(int rounds) {
        return project("P-1", "1200000.00", "600000.00", Goal.none())
                .evaluation(EvaluationInput.builder()
                        .findings(SupervisionFindings.builder().unrectifiedFailedMonitoringRounds(rounds).build()).build())
                .build();
    }

    static MonitoringSnapshot snapshot(Month month, String spent, Map<String, IndicatorActual> actuals) {
        return MonitoringSnapshot.builder().month(month).spentToDate(Amount.of(spent)).putAllActualsToDate(actuals).build();
    }

    static IndicatorActual actual(String value) {
        return IndicatorActual.of(IndicatorValue.parse(value));
    }

    static IndicatorActual achieved(QualitativeAchievement achievement) {
        return IndicatorActual.builder().achievement(achievement).build();
    }

    /** The result of monitoring a project, which must be monitorable. */
    static MonitoringResult monitor(MonitoringEngine engine, Project project, Month month) {
        return valid(engine.monitor(project, month));
    }

    /** The light of one indicator monitored alone at the end of a month. */
    static IndicatorLight light(Indicator indicator, Month month, IndicatorActual actual) {
        Project project = project("P-1", "1200000.00", "0.00", goal(indicator)).build();
        return valid(MOF.monitor(project, snapshot(month, "0.00", Map.of(indicator.name(), actual)))).indicators().get(0);
    }

    private static MonitoringResult valid(io.vavr.control.Validation<io.pbm.rules.explain.Rejection, MonitoringResult> v) {
        if (v.isInvalid()) {
            throw new AssertionError(v.getError().toString());
        }
        return v.get();
    }
}
