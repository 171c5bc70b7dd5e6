package io.pbm.rules;

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
import io.pbm.core.grade.Score;
import io.pbm.core.project.BudgetUnit;
import io.pbm.core.project.Project;
import io.pbm.core.project.ProjectFlags;
import java.util.function.UnaryOperator;

/** The worked examples of json-contract.md and domain.md, built once for every test. */
public final class Examples {

    private Examples() {}

    /** An indicator of the OUTPUT/QUANTITY kind with a target written as forms write it. */
    public static Indicator indicator(String name, Level2 level2, String target, int weight) {
        return Indicator.builder().name(name).level2(level2).target(IndicatorValue.parse(target))
                .weight(Weight.of(weight)).build();
    }

    /** The project of json-contract.md: 农产品园区排水管网工程, 88.73 → 良, capped to 中 by R-VETO-1. */
    public static Project contractProject() {
        Goal goal = Goal.builder()
                .text("完成园区排水管网建设，提升排涝能力")
                .addIndicators(indicator("新建排水管网长度", Level2.QUANTITY, ">=12公里", 30))
                .addIndicators(indicator("管网验收合格率", Level2.QUALITY, ">=100%", 10))
                .addIndicators(indicator("按期完工率", Level2.TIMELINESS, ">=95%", 10))
                .addIndicators(Indicator.builder().name("排涝能力提升").level2(Level2.SOCIAL)
                        .target(IndicatorValue.text("明显提升")).weight(Weight.of(30)).build())
                .addIndicators(indicator("群众满意度", Level2.SERVICE_RECIPIENT, ">=90%", 10))
                .build();
        EvaluationInput evaluation = EvaluationInput.builder()
                .putActuals("新建排水管网长度", IndicatorActual.builder().actual(IndicatorValue.parse("11.5"))
                        .explanation("冬季停工两周，剩余0.5公里次年4月完工").build())
                .putActuals("管网验收合格率", IndicatorActual.of(IndicatorValue.parse("100")))
                .putActuals("按期完工率", IndicatorActual.builder().actual(IndicatorValue.parse("90"))
                        .explanation("两段管线因征地延期").build())
                .putActuals("排涝能力提升", IndicatorActual.builder().achievement(QualitativeAchievement.PARTLY_ACHIEVED)
                        .score(Score.of(21)).explanation("汛期前完成主干管，支管排涝效果待次年检验").build())
                .putActuals("群众满意度", IndicatorActual.of(IndicatorValue.parse("93")))
                .findings(SupervisionFindings.builder().auditProblems(true).build())
                .build();
        return Project.builder()
                .id("652826-2023-017")
                .name("农产品园区排水管网工程")
                .unit(BudgetUnit.of("焉耆县住房和城乡建设局"))
                .year(FiscalYear.of(2023))
                .fundCategory(FundCategory.GENERAL_PUBLIC)
                .flags(ProjectFlags.builder().isKey(true).isOneTime(true).isMajor(true).build())
                .budget(Budget.builder().initial(Amount.of("1930500.00")).adjusted(Amount.of("1930500.00"))
                        .received(Amount.of("1930500.00")).spent(Amount.of("1835000.00"))
                        .nextYearRequest(Amount.of("1930500.00")).build())
                .goal(goal)
                .evaluation(evaluation)
                .build();
    }

    /**
     * The contract project with another id, fund category and evaluation input (built from the contract's).
     *
     * @param id  the id
     * @param category  the fund category
     * @param evaluation  changes to the contract's evaluation input
     * @return the project
     */
    public static Project contractVariant(String id, FundCategory category,
            UnaryOperator<EvaluationInput.Builder> evaluation) {
        Project contract = contractProject();
        EvaluationInput.Builder input = EvaluationInput.builder().from(contract.evaluation().orElseThrow());
        return Project.builder().from(contract).id(id).fundCategory(category).evaluation(evaluation.apply(input).build())
                .build();
    }
}
