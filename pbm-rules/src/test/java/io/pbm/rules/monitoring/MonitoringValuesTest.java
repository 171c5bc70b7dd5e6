package io.pbm.rules.monitoring;

import static io.pbm.rules.monitoring.MonitoringFixtures.MOF;
import static io.pbm.rules.monitoring.MonitoringFixtures.actual;
import static io.pbm.rules.monitoring.MonitoringFixtures.goal;
import static io.pbm.rules.monitoring.MonitoringFixtures.indicator;
import static io.pbm.rules.monitoring.MonitoringFixtures.light;
import static io.pbm.rules.monitoring.MonitoringFixtures.project;
import static io.pbm.rules.monitoring.MonitoringFixtures.snapshot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pbm.core.InvalidValueException;
import io.pbm.core.Ratio;
import io.pbm.core.goal.Indicator;
import io.pbm.core.goal.Level2;
import io.pbm.core.monitoring.WarningLight;
import io.pbm.core.project.Project;
import io.pbm.rules.explain.Message;
import io.pbm.rules.explain.Problem;
import io.pbm.rules.explain.Rejection;
import io.pbm.rules.policy.MonitoringPolicy;
import io.pbm.rules.policy.Presets;
import java.time.Month;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The indicator lights of R-MON-2 at their edges (a limit met exactly, an equality, a target of 0,
 * nothing done), and the values of monitoring: summaries added up, lights and rejections rendered.
 */
class MonitoringValuesTest {

    private static final Indicator ACCIDENTS = indicator("安全事故率", Level2.QUALITY, "<=2%");

    @Test
    void R_MON_2_aLimitReachedExactlyIsWithinAndOneStepOverIsBeyond() {
        IndicatorLight within = light(ACCIDENTS, Month.JUNE, actual("2"));
        assertEquals(Optional.of(WarningLight.GREEN), within.light());
        assertEquals(LightBasis.WITHIN_TARGET, within.basis());
        assertEquals("R-MON-2.within", within.reason().key());
        IndicatorLight beyond = light(ACCIDENTS, Month.JUNE, actual("2.01"));
        assertEquals(Optional.of(WarningLight.RED), beyond.light());
        assertEquals("R-MON-2.beyond", beyond.reason().key());
    }

    @Test
    void R_MON_2_anEqualityIsMetFromItsTargetAndMissedBelow() {
        Indicator inspections = indicator("检查次数", Level2.QUALITY, "=4次");
        IndicatorLight met = light(inspections, Month.JUNE, actual("4"));
        assertEquals(Optional.of(WarningLight.GREEN), met.light());
        assertEquals("R-MON-2.met", met.reason().key());
        IndicatorLight missed = light(inspections, Month.JUNE, actual("3.9"));
        assertEquals(Optional.of(WarningLight.RED), missed.light());
        assertEquals("R-MON-2.missed", missed.reason().key());
    }

    @Test
    void R_MON_2_anEqualityToZeroIsMetAtZeroAndMissedAbove() {
        Indicator incidents = indicator("安全事故", Level2.QUALITY, "=0起");
        assertEquals("R-MON-2.met", light(incidents, Month.JUNE, actual("0")).reason().key());
        IndicatorLight missed = light(incidents, Month.JUNE, actual("1"));
        assertEquals(Optional.of(WarningLight.RED), missed.light());
        assertEquals("R-MON-2.missed", missed.reason().key());
    }

    @Test
    void R_MON_2_anAccumulatingTargetOfZeroIsMetOrMissedWithoutAProgressRatio() {
        Indicator none = indicator("新增违规项目", Level2.QUANTITY, ">=0个");
        IndicatorLight met = light(none, Month.JUNE, actual("0"));
        assertEquals(LightBasis.PROGRESS, met.basis());
        assertEquals(Optional.of(WarningLight.GREEN), met.light());
        assertEquals("R-MON-2.met", met.reason().key());
        assertEquals(Optional.empty(), met.progressRatio());
        IndicatorLight missed = light(none, Month.JUNE, actual("-1"));
        assertEquals(Optional.of(WarningLight.RED), missed.light());
        assertEquals("R-MON-2.missed", missed.reason().key());
    }

    @Test
    void R_MON_2_aRateAtZeroIsMissedNotARatio() {
        IndicatorLight zero = light(indicator("按期完工率", Level2.TIMELINESS, ">=95%"), Month.JUNE, actual("0"));
        assertEquals(Optional.of(WarningLight.RED), zero.light());
        assertEquals("R-MON-2.missed", zero.reason().key());
        assertEquals(Optional.of(Ratio.ZERO), zero.progressRatio());
    }

    @Test
    void R_MON_2_nothingDoneIsRedEvenWhenThePolicysRedCutOffIsZero() {
        MonitoringEngine lenient = MonitoringEngine.of(Presets.MOF_2020.withMonitoring(MonitoringPolicy.builder()
                .from(Presets.MOF_2020.monitoring()).redBelow(Ratio.ZERO).build()));
        Indicator length = indicator("新建排水管网长度", Level2.QUANTITY, ">=12公里");
        Project project = project("P-1", "1200000.00", "0.00", goal(length)).build();
        IndicatorLight nothing = lenient.monitor(project, snapshot(Month.JUNE, "0.00",
                Map.of(length.name(), actual("0")))).get().indicators().get(0);
        assertEquals(Optional.of(WarningLight.RED), nothing.light());
        IndicatorLight little = lenient.monitor(project, snapshot(Month.JUNE, "0.00",
                Map.of(length.name(), actual("0.01")))).get().indicators().get(0);
        assertEquals(Optional.of(WarningLight.YELLOW), little.light());
    }

    @Test
    void anIndicatorLightRendersItsNameColourAndReason() {
        IndicatorLight within = light(ACCIDENTS, Month.JUNE, actual("2"));
        String chinese = within.render(Locale.SIMPLIFIED_CHINESE);
        assertTrue(chinese.startsWith("安全事故率 " + WarningLight.GREEN.label() + ": "), chinese);
        assertTrue(chinese.endsWith(within.reason().render(Locale.SIMPLIFIED_CHINESE)), chinese);
        assertEquals(chinese, within.toString());
        String english = within.render(Locale.ENGLISH);
        assertEquals("安全事故率 " + WarningLight.GREEN.englishLabel() + ": " + within.reason().render(Locale.ENGLISH),
                english);
        Project project = project("P-1", "1200000.00", "0.00", goal(ACCIDENTS)).build();
        IndicatorLight unreported = MOF.monitor(project, snapshot(Month.JUNE, "0.00", Map.of())).get()
                .indicators().get(0);
        assertTrue(unreported.render(Locale.ENGLISH).startsWith("安全事故率 —: "), unreported.render(Locale.ENGLISH));
    }

    @Test
    void aSummaryAddsUpFieldByFieldAndLightByLight() {
        MonitoringSummary a = new MonitoringSummary(5, 4, 1, Map.of(WarningLight.RED, 1, WarningLight.GREEN, 2), 1,
                1, 2, 3);
        MonitoringSummary b = new MonitoringSummary(9, 7, 2, Map.of(WarningLight.RED, 2, WarningLight.YELLOW, 4), 1,
                2, 3, 4);
        MonitoringSummary sum = a.plus(b);
        assertEquals(new MonitoringSummary(14, 11, 3, Map.of(WarningLight.RED, 3, WarningLight.YELLOW, 4,
                WarningLight.GREEN, 2), 2, 3, 5, 7), sum);
        assertEquals(3, sum.count(WarningLight.RED));
        assertEquals(4, sum.count(WarningLight.YELLOW));
        assertEquals(0, sum.count(WarningLight.BLUE), "the execution light is never blue");
    }

    @Test
    void aSummaryRefusesProjectsThatAreNotMonitoredPlusRejected() {
        assertThrows(InvalidValueException.class, () -> new MonitoringSummary(5, 4, 0, Map.of(), 0, 0, 0, 0));
        assertThrows(InvalidValueException.class, () -> new MonitoringSummary(0, -1, 1, Map.of(), 0, 0, 0, 0));
        assertThrows(InvalidValueException.class, () -> new MonitoringSummary(0, 1, -1, Map.of(), 0, 0, 0, 0));
    }

    @Test
    void aLightIsMissingExactlyWhenTheIndicatorWasNotReported() {
        Message reason = Message.of("R-MON-2.notReported", "安全事故率");
        assertThrows(InvalidValueException.class,
                () -> new IndicatorLight("安全事故率", LightBasis.NOT_REPORTED, WarningLight.RED, null, reason));
        assertThrows(InvalidValueException.class,
                () -> new IndicatorLight("安全事故率", LightBasis.TARGET, null, null, reason));
        assertEquals(Optional.empty(), new IndicatorLight("安全事故率", LightBasis.NOT_REPORTED, null, null, reason).light());
    }

    @Test
    void aBatchAndARejectionRefuseCountsAndIndexesTheyCannotHave() {
        MonitoringBatch batch = MOF.monitorAll(List.of(project("A", "1200000.00", "0.00", goal(ACCIDENTS)).build()),
                Month.MAY);
        MonitoringSummary none = MonitoringSummary.of(List.of(), 0);
        assertThrows(InvalidValueException.class, () -> new MonitoringBatch(batch.policyName(), batch.policyVersion(),
                batch.month(), batch.results(), batch.rejected(), none));
        Rejection rejection = new Rejection("B", List.of(Problem.of(io.pbm.rules.explain.RuleId.R_MON_2, "/actuals",
                Message.of("R-MON-2.notReported", "B"))));
        assertThrows(InvalidValueException.class, () -> new RejectedProject(-1, rejection));
        assertEquals(0, new RejectedProject(0, rejection).index());
    }

    @Test
    void aRejectedProjectSaysItsIndexAndItsProblems() {
        Project bad = project("B", "1200000.00", "0.00", goal(ACCIDENTS))
                .evaluation(io.pbm.core.evaluation.EvaluationInput.builder()
                        .putActuals("不存在的指标", actual("1")).build()).build();
        MonitoringBatch batch = MOF.monitorAll(List.of(bad), Month.MAY);
        RejectedProject rejected = batch.rejected().get(0);
        assertTrue(rejected.toString().startsWith("#0 "), rejected.toString());
        assertTrue(rejected.toString().length() > 3, rejected.toString());
        assertTrue(rejected.toString().contains("B"), rejected.toString());
    }

    @Test
    void eachLightBasisIsFoundByItsChineseAndEnglishLabels() {
        java.util.Set<String> labels = new java.util.HashSet<>();
        for (LightBasis basis : LightBasis.values()) {
            assertEquals(basis, io.pbm.core.Labelled.parse(LightBasis.class, "basis", basis.label()));
            assertEquals(basis, io.pbm.core.Labelled.parse(LightBasis.class, "basis", basis.englishLabel()));
            assertTrue(labels.add(basis.label()) && labels.add(basis.englishLabel()), basis.name());
        }
    }
}
