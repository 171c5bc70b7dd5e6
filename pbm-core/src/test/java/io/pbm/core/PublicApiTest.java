package io.pbm.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pbm.core.budget.Amount;
import io.pbm.core.budget.Budget;
import io.pbm.core.budget.FundCategory;
import io.pbm.core.evaluation.EvaluationInput;
import io.pbm.core.evaluation.EvaluationKind;
import io.pbm.core.evaluation.Evaluator;
import io.pbm.core.evaluation.IndicatorActual;
import io.pbm.core.evaluation.QualitativeAchievement;
import io.pbm.core.evaluation.ReportedFigures;
import io.pbm.core.evaluation.SupervisionFindings;
import io.pbm.core.exante.ExAnteAssessment;
import io.pbm.core.goal.Comparison;
import io.pbm.core.goal.Goal;
import io.pbm.core.goal.Indicator;
import io.pbm.core.goal.IndicatorFrame;
import io.pbm.core.goal.IndicatorValue;
import io.pbm.core.goal.Level1;
import io.pbm.core.goal.Level2;
import io.pbm.core.goal.MeasureUnit;
import io.pbm.core.goal.ParentTransfer;
import io.pbm.core.goal.Weight;
import io.pbm.core.grade.Grade;
import io.pbm.core.grade.Score;
import io.pbm.core.monitoring.MonitoringSnapshot;
import io.pbm.core.project.BudgetUnit;
import io.pbm.core.project.Project;
import io.pbm.core.project.ProjectFlags;
import io.pbm.core.project.ProjectHistory;
import io.pbm.core.project.UnitWideSpending;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.time.Month;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Builds the json-contract.md example from outside the packages of the types, through nothing but the
 * public API: the fluent chains compile from here, and the generated {@code ImmutableX} classes do not
 * leak.
 */
class PublicApiTest {

    static Project theJsonContractExample() {
        return Project.builder()
                .id("652826-2023-017")
                .name("农产品园区排水管网工程")
                .unit(BudgetUnit.of("焉耆县住房和城乡建设局"))
                .year(FiscalYear.of(2023))
                .fundCategory(FundCategory.parse("GENERAL_PUBLIC"))
                .flags(ProjectFlags.builder().isNew(false).isKey(true).isOneTime(true).isMajor(true).build())
                .budget(Budget.builder()
                        .initial(Amount.of("1930500.00"))
                        .adjusted(Amount.of("1930500.00"))
                        .received(Amount.of("1930500.00"))
                        .spent(Amount.of("1835000.00"))
                        .nextYearRequest(Amount.of("1930500.00"))
                        .build())
                .goal(Goal.builder()
                        .text("完成园区排水管网建设，提升排涝能力")
                        .addIndicators(Indicator.builder().name("新建排水管网长度").level1(Level1.parse("OUTPUT"))
                                .level2(Level2.parse("QUANTITY")).comparison(Comparison.parse(">="))
                                .unit(MeasureUnit.of("公里")).target(IndicatorValue.parse("12")).weight(Weight.parse("30"))
                                .build())
                        .addIndicators(Indicator.builder().name("管网验收合格率").level2(Level2.QUALITY)
                                .target(IndicatorValue.parse("≥100%")).weight(Weight.of(10)).build())
                        .addIndicators(Indicator.builder().name("按期完工率").level2(Level2.TIMELINESS)
                                .target(IndicatorValue.parse("≧95％")).weight(Weight.of(10)).build())
                        .addIndicators(Indicator.builder().name("排涝能力提升").level1(Level1.BENEFIT)
                                .level2(Level2.SOCIAL).comparison(Comparison.parse("qualitative"))
                                .target(IndicatorValue.text("明显提升")).weight(Weight.of(30)).build())
                        .addIndicators(Indicator.builder().name("群众满意度").level2(Level2.parse("服务对象满意度"))
                                .target(IndicatorValue.parse("≥90%")).weight(Weight.of(10)).build())
                        .build())
                .evaluation(EvaluationInput.builder()
                        .kind(EvaluationKind.parse("SELF"))
                        .evaluator(Evaluator.parse("UNIT"))
                        .putActuals("新建排水管网长度", IndicatorActual.builder().actual(IndicatorValue.parse("11.5"))
                                .explanation("冬季停工两周，剩余0.5公里次年4月完工").build())
                        .putActuals("管网验收合格率", IndicatorActual.of(IndicatorValue.parse("100")))
                        .putActuals("按期完工率", IndicatorActual.builder().actual(IndicatorValue.parse("90"))
                                .explanation("两段管线因征地延期").build())
                        .putActuals("排涝能力提升", IndicatorActual.builder()
                                .achievement(QualitativeAchievement.parse("PARTLY_ACHIEVED")).score(Score.parse("21"))
                                .explanation("汛期前完成主干管，支管排涝效果待次年检验").build())
                        .putActuals("群众满意度", IndicatorActual.of(IndicatorValue.parse("93")))
                        .findings(SupervisionFindings.builder().auditProblems(true).majorMisuse(false)
                                .authenticityFailed(false).unrectifiedFailedMonitoringRounds(0).build())
                        .reported(ReportedFigures.builder().total(new BigDecimal("88.73")).build())
                        .build())
                .history(ProjectHistory.builder().addEvaluatedYears(FiscalYear.of(2019)).lastYearSelfEvaluated(true)
                        .previousGrade(Grade.parse("FAIR")).build())
                .exAnte(ExAnteAssessment.builder().necessity(Score.of(20)).economy(Score.of(20))
                        .goalSoundness(Score.of(20)).feasibility(Score.of(20)).fundingCompliance(Score.of(20)).build())
                .transfer(ParentTransfer.builder().id("T-01").putTargets("新建排水管网长度", IndicatorValue.parse("≥20公里"))
                        .build())
                .build();
    }

    @Test
    void aFullProjectBuildsThroughThePublicApi() {
        Project project = theJsonContractExample();
        assertEquals("652826-2023-017", project.id());
        assertEquals(5, project.goal().indicators().size());
        assertEquals(Comparison.AT_LEAST, project.goal().indicator("按期完工率").orElseThrow().comparison());
        assertEquals(MeasureUnit.PERCENT, project.goal().indicator("按期完工率").orElseThrow().unit());
        assertEquals(Level1.SATISFACTION, project.goal().indicator("群众满意度").orElseThrow().level1());
        assertEquals(Comparison.QUALITATIVE, project.goal().indicator("排涝能力提升").orElseThrow().comparison());
        assertTrue(project.evaluation().orElseThrow().findings().auditProblems());
        assertEquals(Score.FULL, project.exAnte().orElseThrow().total());
        assertEquals(theJsonContractExample(), project);
    }

    @Test
    void copiesAndRevisionsChainFromOutside() {
        Project project = theJsonContractExample();
        Project renamed = Project.builder().from(project).name("农产品园区排水管网工程（二期）").build();
        assertEquals(project.goal(), renamed.goal());
        Goal revised = project.goal().revise().text("完成园区排水管网建设").build();
        assertEquals(2, revised.version());
        UnitWideSpending unit = UnitWideSpending.builder().id("U-01").unit(project.unit()).year(project.year())
                .budget(project.budget())
                .goal(Goal.builder().frame(IndicatorFrame.UNIT_WIDE)
                        .addIndicators(Indicator.builder().name("公用经费控制率").level1(Level1.RUNNING_COST)
                                .target(IndicatorValue.parse("≤100%")).weight(Weight.of(90)).build())
                        .build())
                .build();
        assertEquals(1, unit.goal().indicators().size());
        MonitoringSnapshot snapshot = MonitoringSnapshot.builder().month(Month.MAY).spentToDate(Amount.of(400_000))
                .build();
        assertEquals(5, snapshot.monthNumber());
    }

    @Test
    void generatedClassesDoNotLeak() throws ReflectiveOperationException {
        List<Object> values = List.of(theJsonContractExample(), theJsonContractExample().goal(),
                theJsonContractExample().goal().indicators().get(0), theJsonContractExample().budget(),
                theJsonContractExample().evaluation().orElseThrow(), ProjectFlags.none(), ProjectHistory.none(),
                SupervisionFindings.none(), IndicatorActual.builder().build(), ReportedFigures.builder().build(),
                MonitoringSnapshot.builder().month(Month.MAY).spentToDate(Amount.ZERO).build());
        for (Object value : values) {
            Class<?> implementation = value.getClass();
            assertTrue(implementation.getSimpleName().startsWith("Immutable"), implementation::getName);
            assertFalse(Modifier.isPublic(implementation.getModifiers()), implementation::getName);
            Class<?> type = implementation.getSuperclass();
            assertTrue(Modifier.isPublic(type.getModifiers()), type::getName);
            assertTrue(Modifier.isAbstract(type.getModifiers()), type::getName);
            // The way in returns the public nested builder, and its chain never names the generated class.
            Method builder = type.getMethod("builder");
            Class<?> builderType = builder.getReturnType();
            assertEquals(type, builderType.getEnclosingClass(), builderType::getName);
            assertTrue(Modifier.isPublic(builderType.getModifiers()), builderType::getName);
            assertTrue(Modifier.isFinal(builderType.getModifiers()), builderType::getName);
            for (Method method : builderType.getMethods()) {
                if (method.getDeclaringClass() == Object.class) {
                    continue;
                }
                Class<?> returned = method.getReturnType();
                assertFalse(returned.getSimpleName().startsWith("Immutable"), method::toString);
                if (!method.getName().equals("build")) {
                    assertEquals(builderType, returned, method::toString);
                } else {
                    assertEquals(type, returned, method::toString);
                }
            }
            for (Method method : type.getMethods()) {
                assertFalse(method.getReturnType().getSimpleName().startsWith("Immutable"), method::toString);
            }
        }
    }

    @Test
    void buildersCannotBeInstantiatedWithoutTheFactory() {
        for (Class<?> type : List.of(Project.class, Goal.class, Indicator.class, EvaluationInput.class)) {
            for (Class<?> nested : type.getDeclaredClasses()) {
                if (nested.getSimpleName().equals("Builder")) {
                    for (var constructor : nested.getDeclaredConstructors()) {
                        assertFalse(Modifier.isPublic(constructor.getModifiers()), constructor::toString);
                    }
                }
            }
        }
    }
}
