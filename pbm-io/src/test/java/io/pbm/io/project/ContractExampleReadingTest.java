package io.pbm.io.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pbm.core.FiscalYear;
import io.pbm.core.budget.Amount;
import io.pbm.core.budget.Budget;
import io.pbm.core.budget.FundCategory;
import io.pbm.core.evaluation.EvaluationInput;
import io.pbm.core.evaluation.EvaluationKind;
import io.pbm.core.evaluation.Evaluator;
import io.pbm.core.evaluation.IndicatorActual;
import io.pbm.core.evaluation.QualitativeAchievement;
import io.pbm.core.evaluation.SupervisionFindings;
import io.pbm.core.goal.Comparison;
import io.pbm.core.goal.Goal;
import io.pbm.core.goal.Indicator;
import io.pbm.core.goal.IndicatorValue;
import io.pbm.core.goal.Level1;
import io.pbm.core.goal.Level2;
import io.pbm.core.goal.MeasureUnit;
import io.pbm.core.goal.Weight;
import io.pbm.core.grade.Grade;
import io.pbm.core.grade.Score;
import io.pbm.core.project.BudgetUnit;
import io.pbm.core.project.Project;
import io.pbm.core.project.ProjectFlags;
import io.pbm.core.project.ProjectHistory;
import io.pbm.rules.evaluation.EvaluationEngine;
import io.pbm.rules.evaluation.EvaluationResult;
import io.pbm.rules.policy.Presets;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The input example of json-contract.md as a golden test: read, it is the project built by hand, and it scores 88.73. */
class ContractExampleReadingTest {

    private final ProjectDocument document = ProjectReader.of().read(Documents.sample("contract-example.json"));

    @Test
    void theContractExampleReadsIntoTheProjectBuiltByHand() {
        assertEquals(List.of(), document.rejected());
        assertEquals(List.of(expected()), document.projects());
        assertEquals(0, ((ReadProject) document.records().get(0)).index());
    }

    @Test
    void R_SCORE_ROUND_theContractExampleReadFromJsonScores8873AndIsCappedByAnAuditFinding() {
        EvaluationResult result = EvaluationEngine.of(Presets.MOF_2020).evaluate(document.projects().get(0)).get();
        assertEquals("88.73", result.score().toString());
        assertEquals("9.51", result.executionScore().toString());
        assertEquals(Grade.GOOD, result.rawGrade());
        assertTrue(result.complete());
    }

    /** The example, value by value, as json-contract.md writes it. */
    static Project expected() {
        Goal goal = Goal.builder()
                .text("完成园区排水管网建设，提升排涝能力")
                .addIndicators(quantitative("新建排水管网长度", Level1.OUTPUT, Level2.QUANTITY, "公里", "12", 30))
                .addIndicators(quantitative("管网验收合格率", Level1.OUTPUT, Level2.QUALITY, "%", "100", 10))
                .addIndicators(quantitative("按期完工率", Level1.OUTPUT, Level2.TIMELINESS, "%", "95", 10))
                .addIndicators(Indicator.builder().name("排涝能力提升").level1(Level1.BENEFIT).level2(Level2.SOCIAL)
                        .comparison(Comparison.QUALITATIVE).target(IndicatorValue.text("明显提升")).weight(Weight.of(30))
                        .build())
                .addIndicators(quantitative("群众满意度", Level1.SATISFACTION, Level2.SERVICE_RECIPIENT, "%", "90", 10))
                .build();
        EvaluationInput evaluation = EvaluationInput.builder()
                .kind(EvaluationKind.SELF)
                .evaluator(Evaluator.UNIT)
                .putActuals("新建排水管网长度", IndicatorActual.builder().actual(IndicatorValue.of(new BigDecimal("11.5")))
                        .explanation("冬季停工两周，剩余0.5公里次年4月完工").build())
                .putActuals("管网验收合格率", IndicatorActual.of(IndicatorValue.of(new BigDecimal("100"))))
                .putActuals("按期完工率", IndicatorActual.builder().actual(IndicatorValue.of(new BigDecimal("90")))
                        .explanation("两段管线因征地延期").build())
                .putActuals("排涝能力提升", IndicatorActual.builder().achievement(QualitativeAchievement.PARTLY_ACHIEVED)
                        .score(Score.of(21)).explanation("汛期前完成主干管，支管排涝效果待次年检验").build())
                .putActuals("群众满意度", IndicatorActual.of(IndicatorValue.of(new BigDecimal("93"))))
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
                .history(ProjectHistory.builder().addEvaluatedYears(FiscalYear.of(2019)).lastYearSelfEvaluated(true)
                        .previousGrade(Grade.FAIR).build())
                .evaluation(evaluation)
                .build();
    }

    private static Indicator quantitative(String name, Level1 level1, Level2 level2, String unit, String target,
            int weight) {
        return Indicator.builder().name(name).level1(level1).level2(level2).comparison(Comparison.AT_LEAST)
                .unit(MeasureUnit.of(unit)).target(IndicatorValue.of(new BigDecimal(target))).weight(Weight.of(weight))
                .build();
    }
}
