package io.pbm.core.project;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pbm.core.FiscalYear;
import io.pbm.core.InvalidValueException;
import io.pbm.core.budget.Amount;
import io.pbm.core.budget.Budget;
import io.pbm.core.budget.FundCategory;
import io.pbm.core.evaluation.EvaluationInput;
import io.pbm.core.evaluation.EvaluationKind;
import io.pbm.core.evaluation.Evaluator;
import io.pbm.core.evaluation.IndicatorActual;
import io.pbm.core.evaluation.QualitativeAchievement;
import io.pbm.core.evaluation.SupervisionFindings;
import io.pbm.core.exante.ExAnteAssessment;
import io.pbm.core.goal.Goal;
import io.pbm.core.goal.IndicatorFrame;
import io.pbm.core.goal.IndicatorValue;
import io.pbm.core.goal.JsonContractExample;
import io.pbm.core.goal.ParentTransfer;
import io.pbm.core.grade.Grade;
import io.pbm.core.grade.Score;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Projects (项目支出) and the json-contract.md input example. */
class ProjectTest {

    static Budget exampleBudget() {
        return Budget.builder().initial(Amount.of("1930500.00")).adjusted(Amount.of("1930500.00"))
                .received(Amount.of("1930500.00")).spent(Amount.of("1835000.00"))
                .nextYearRequest(Amount.of("1930500.00")).build();
    }

    static EvaluationInput exampleEvaluation() {
        return EvaluationInput.builder()
                .kind(EvaluationKind.SELF)
                .evaluator(Evaluator.UNIT)
                .putActuals("新建排水管网长度", IndicatorActual.builder().actual(IndicatorValue.parse("11.5"))
                        .explanation("冬季停工两周，剩余0.5公里次年4月完工").build())
                .putActuals("管网验收合格率", IndicatorActual.of(IndicatorValue.parse("100")))
                .putActuals("按期完工率", IndicatorActual.builder().actual(IndicatorValue.parse("90"))
                        .explanation("两段管线因征地延期").build())
                .putActuals("排涝能力提升", IndicatorActual.builder().achievement(QualitativeAchievement.PARTLY_ACHIEVED)
                        .score(Score.of(21)).explanation("汛期前完成主干管，支管排涝效果待次年检验").build())
                .putActuals("群众满意度", IndicatorActual.of(IndicatorValue.parse("93")))
                .findings(SupervisionFindings.builder().auditProblems(true).majorMisuse(false).authenticityFailed(false)
                        .unrectifiedFailedMonitoringRounds(0).build())
                .build();
    }

    static Project.Builder minimal() {
        return Project.builder().id("652826-2023-017").name("农产品园区排水管网工程")
                .unit(BudgetUnit.of("焉耆县住房和城乡建设局")).year(FiscalYear.of(2023))
                .fundCategory(FundCategory.GENERAL_PUBLIC)
                .budget(Budget.of(Amount.of("1930500.00"), Amount.of("1835000.00")));
    }

    static Project example() {
        return minimal()
                .budget(exampleBudget())
                .flags(ProjectFlags.builder().isNew(false).isKey(true).isOneTime(true).isMajor(true).build())
                .goal(JsonContractExample.goal())
                .evaluation(exampleEvaluation())
                .history(ProjectHistory.builder().addEvaluatedYears(FiscalYear.of(2019)).lastYearSelfEvaluated(true)
                        .previousGrade(Grade.FAIR).build())
                .build();
    }

    @Test
    void theJsonContractExampleBuilds() {
        Project project = example();
        assertAll(
                () -> assertEquals("652826-2023-017", project.id()),
                () -> assertEquals("农产品园区排水管网工程", project.name()),
                () -> assertEquals(BudgetUnit.of("焉耆县住房和城乡建设局"), project.unit()),
                () -> assertEquals(FiscalYear.of(2023), project.year()),
                () -> assertEquals(FundCategory.GENERAL_PUBLIC, project.fundCategory()),
                () -> assertEquals(Amount.of("1930500.00"), project.budget().adjusted()),
                () -> assertEquals(Optional.of(Amount.of("1930500.00")), project.budget().initial()),
                () -> assertEquals(Optional.of(Amount.of("1930500.00")), project.budget().received()),
                () -> assertEquals(Amount.of("1835000.00"), project.budget().spent()),
                () -> assertEquals(Optional.of(Amount.of("1930500.00")), project.budget().nextYearRequest()),
                () -> assertFalse(project.flags().isNew()),
                () -> assertTrue(project.flags().isKey()),
                () -> assertTrue(project.flags().isOneTime()),
                () -> assertTrue(project.flags().isMajor()),
                () -> assertEquals(5, project.goal().indicators().size()),
                () -> assertEquals(Optional.of("完成园区排水管网建设，提升排涝能力"), project.goal().text()));
        EvaluationInput evaluation = project.evaluation().orElseThrow();
        assertAll(
                () -> assertEquals(EvaluationKind.SELF, evaluation.kind()),
                () -> assertEquals(Evaluator.UNIT, evaluation.evaluator()),
                () -> assertEquals(5, evaluation.actuals().size()),
                () -> assertEquals(List.of("新建排水管网长度", "管网验收合格率", "按期完工率", "排涝能力提升", "群众满意度"),
                        List.copyOf(evaluation.actuals().keySet())),
                () -> assertEquals(IndicatorValue.parse("11.5"),
                        evaluation.actual("新建排水管网长度").orElseThrow().actual().orElseThrow()),
                () -> assertEquals(Optional.of(Score.of(21)), evaluation.actual("排涝能力提升").orElseThrow().score()),
                () -> assertTrue(evaluation.findings().auditProblems()),
                () -> assertFalse(evaluation.findings().majorMisuse()),
                () -> assertTrue(evaluation.findings().any()));
        ProjectHistory history = project.history();
        assertAll(
                () -> assertEquals(List.of(FiscalYear.of(2019)), List.copyOf(history.evaluatedYears())),
                () -> assertEquals(Optional.of(true), history.lastYearSelfEvaluated()),
                () -> assertEquals(Optional.of(Grade.FAIR), history.previousGrade()),
                () -> assertEquals(Optional.of(FiscalYear.of(2019)), history.lastEvaluated()));
        assertEquals(example(), project);
        assertEquals(example().hashCode(), project.hashCode());
    }

    @Test
    void everyIndicatorOfTheExampleHasAnActual() {
        Project project = example();
        EvaluationInput evaluation = project.evaluation().orElseThrow();
        project.goal().indicators().forEach(i -> assertTrue(evaluation.actual(i.name()).orElseThrow().isReported(), i::name));
    }

    @Test
    void defaults() {
        Project project = minimal().build();
        assertEquals(ProjectFlags.none(), project.flags());
        assertEquals(Goal.none(), project.goal());
        assertTrue(project.goal().isEmpty());
        assertEquals(ProjectHistory.none(), project.history());
        assertEquals(Optional.empty(), project.evaluation());
        assertEquals(Optional.empty(), project.exAnte());
        assertEquals(Optional.empty(), project.transfer());
    }

    @Test
    void flagsAreFalseUnlessSet() {
        ProjectFlags none = ProjectFlags.none();
        assertFalse(none.isNew());
        assertFalse(none.isKey());
        assertFalse(none.isOneTime());
        assertFalse(none.isMajor());
        assertTrue(ProjectFlags.builder().isNew(true).build().isNew());
        assertNotEquals(none, ProjectFlags.builder().isMajor(true).build());
    }

    @Test
    void historyNoneIsEmpty() {
        ProjectHistory none = ProjectHistory.none();
        assertTrue(none.evaluatedYears().isEmpty());
        assertEquals(Optional.empty(), none.lastYearSelfEvaluated());
        assertEquals(Optional.empty(), none.previousGrade());
        assertEquals(Optional.empty(), none.lastEvaluated());
    }

    @Test
    void R_PLAN_1_evaluatedYearsAreAscendingAndLastEvaluatedIsTheLatest() {
        ProjectHistory history = ProjectHistory.builder().addEvaluatedYears(FiscalYear.of(2021), FiscalYear.of(2017),
                FiscalYear.of(2019), FiscalYear.of(2017)).build();
        assertEquals(List.of(FiscalYear.of(2017), FiscalYear.of(2019), FiscalYear.of(2021)),
                List.copyOf(history.evaluatedYears()));
        assertEquals(Optional.of(FiscalYear.of(2021)), history.lastEvaluated());
    }

    @Test
    void idAndNameAreStripped() {
        Project project = minimal().id("  652826-2023-017 ").name(" 农产品园区排水管网工程\t").build();
        assertEquals("652826-2023-017", project.id());
        assertEquals("农产品园区排水管网工程", project.name());
        assertEquals(minimal().build(), project);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "\u3000"})
    void aBlankIdIsRefused(String id) {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> minimal().id(id).build());
        assertEquals("project id", e.field());
        assertEquals("\"" + id + "\"", e.value());
        assertTrue(e.getMessage().contains("an id of 1 to 100 characters"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  "})
    void aBlankNameIsRefused(String name) {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> minimal().name(name).build());
        assertEquals("project name", e.field());
        assertTrue(e.getMessage().contains("a name of 1 to 200 characters"), e.getMessage());
    }

    @Test
    void overLongIdAndNameAreRefused() {
        assertEquals(100, minimal().id("x".repeat(100)).build().id().length());
        assertThrows(InvalidValueException.class, () -> minimal().id("x".repeat(101)).build());
        assertEquals(200, minimal().name("名".repeat(200)).build().name().length());
        assertThrows(InvalidValueException.class, () -> minimal().name("名".repeat(201)).build());
    }

    @Test
    void aUnitWideGoalIsRefused() {
        Goal unitWide = Goal.builder().frame(IndicatorFrame.UNIT_WIDE).build();
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> minimal().goal(unitWide).build());
        assertEquals("goal frame", e.field());
        assertEquals("UNIT_WIDE", e.value());
        assertTrue(e.getMessage().contains("PROJECT for a project"), e.getMessage());
    }

    @Test
    void exAnteAndTransferAreKept() {
        ExAnteAssessment exAnte = ExAnteAssessment.builder().necessity(Score.of(20)).economy(Score.of(18))
                .goalSoundness(Score.of(19)).feasibility(Score.of(20)).fundingCompliance(Score.of(20)).build();
        ParentTransfer transfer = ParentTransfer.builder().id("T-2023-01")
                .putTargets("新建排水管网长度", IndicatorValue.parse("≥20公里")).build();
        Project project = minimal().exAnte(exAnte).transfer(transfer).build();
        assertEquals(Optional.of(exAnte), project.exAnte());
        assertEquals(Optional.of(transfer), project.transfer());
    }

    @Test
    void aBlankTransferIdIsRefused() {
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> ParentTransfer.builder().id(" ").build());
        assertEquals("transfer id", e.field());
    }

    @Test
    void missingRequiredAttributesAreNamed() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Project.builder().id("1").name("n").build());
        for (String attribute : List.of("unit", "year", "fundCategory", "budget")) {
            assertTrue(e.getMessage().contains(attribute), e.getMessage());
        }
        assertFalse(e.getMessage().contains("goal"), e.getMessage());
    }

    // --- the project's budget -----------------------------------------------------------------

    @Test
    void budgetNegativeAmountsAreRefusedNamingTheField() {
        Amount negative = Amount.of("-0.01");
        assertEquals("budget.adjusted", assertThrows(InvalidValueException.class,
                () -> Budget.of(negative, Amount.ZERO)).field());
        assertEquals("budget.spent", assertThrows(InvalidValueException.class,
                () -> Budget.of(Amount.ZERO, negative)).field());
        assertEquals("budget.initial", assertThrows(InvalidValueException.class,
                () -> Budget.builder().from(exampleBudget()).initial(negative).build()).field());
        assertEquals("budget.received", assertThrows(InvalidValueException.class,
                () -> Budget.builder().from(exampleBudget()).received(negative).build()).field());
        InvalidValueException request = assertThrows(InvalidValueException.class,
                () -> Budget.builder().from(exampleBudget()).nextYearRequest(negative).build());
        assertEquals("Invalid value for budget.nextYearRequest (valid values budget.nextYearRequest >= 0.00): -0.01",
                request.getMessage());
    }

    @Test
    void nextYearBaseIsTheRequestOrTheAdjustedBudget() {
        assertEquals(Amount.of("1930500.00"), exampleBudget().nextYearBase());
        Budget withRequest = Budget.builder().adjusted(Amount.of(1000)).spent(Amount.of(900))
                .nextYearRequest(Amount.of(1200)).build();
        assertEquals(Amount.of(1200), withRequest.nextYearBase());
        assertEquals(Amount.of(1000), Budget.of(Amount.of(1000), Amount.of(900)).nextYearBase());
    }

    @Test
    void nullsAreNamed() {
        assertTrue(assertThrows(NullPointerException.class, () -> Project.builder().id(null)).getMessage().contains("id"));
        assertTrue(assertThrows(NullPointerException.class, () -> Project.builder().name(null)).getMessage()
                .contains("name"));
        assertTrue(assertThrows(NullPointerException.class, () -> Project.builder().unit(null)).getMessage()
                .contains("unit"));
        assertTrue(assertThrows(NullPointerException.class, () -> Project.builder().year(null)).getMessage()
                .contains("year"));
        assertTrue(assertThrows(NullPointerException.class, () -> Project.builder().fundCategory(null)).getMessage()
                .contains("fundCategory"));
        assertTrue(assertThrows(NullPointerException.class, () -> Project.builder().budget(null)).getMessage()
                .contains("budget"));
        assertTrue(assertThrows(NullPointerException.class, () -> Project.builder().goal(null)).getMessage()
                .contains("goal"));
        assertTrue(assertThrows(NullPointerException.class, () -> Project.builder().flags(null)).getMessage()
                .contains("flags"));
        assertTrue(assertThrows(NullPointerException.class, () -> Project.builder().history(null)).getMessage()
                .contains("history"));
        assertTrue(assertThrows(NullPointerException.class, () -> Project.builder().evaluation((EvaluationInput) null))
                .getMessage().contains("evaluation"));
        assertTrue(assertThrows(NullPointerException.class,
                () -> ProjectHistory.builder().addEvaluatedYears((FiscalYear) null)).getMessage().contains("evaluatedYears"));
        assertTrue(assertThrows(NullPointerException.class, () -> ProjectHistory.builder().previousGrade((Grade) null))
                .getMessage().contains("previousGrade"));
    }
}
