package io.pbm.rules.monitoring;

import static io.pbm.rules.monitoring.MonitoringFixtures.MOF;
import static io.pbm.rules.monitoring.MonitoringFixtures.monitor;
import static io.pbm.rules.monitoring.MonitoringFixtures.spending;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pbm.core.Ratio;
import io.pbm.core.monitoring.WarningLight;
import io.pbm.rules.explain.RuleId;
import io.pbm.rules.explain.Warning;
import java.time.Month;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** R-MON-2: the execution light — execution rate ÷ time share against 60 % and 80 %, compared exactly. */
class ExecutionLightTest {

    private static WarningLight light(String spent, Month month) {
        return monitor(MOF, spending(spent), month).executionLight().orElseThrow();
    }

    private static List<Warning> warnings(MonitoringResult result, RuleId rule) {
        return result.warnings().stream().filter(w -> w.rule() == rule).toList();
    }

    @Test
    void R_MON_2_twoHundredThousandOfOnePointTwoMillionByTheEndOfMayIsRed() {
        MonitoringResult result = monitor(MOF, spending("200000.00"), Month.MAY);
        assertEquals("0.1667", result.executionRate().orElseThrow().toDecimal(4).toPlainString());
        assertEquals("0.4167", result.timeShare().toDecimal(4).toPlainString());
        assertEquals(Ratio.of(5, 12), result.timeShare());
        assertEquals(Ratio.of(2, 5), result.executionProgress().orElseThrow());
        assertEquals(Optional.of(WarningLight.RED), result.executionLight());
        List<Warning> warnings = warnings(result, RuleId.R_MON_2);
        assertEquals(1, warnings.size());
        assertEquals(WarningLight.RED, warnings.get(0).level());
        assertEquals("/budget/spent", warnings.get(0).path());
        assertTrue(warnings.get(0).message().toString().contains("16.67%"), warnings.get(0).toString());
        assertTrue(warnings.get(0).message().toString().contains("40.00%"), warnings.get(0).toString());
    }

    @Test
    void R_MON_2_fourHundredThousandByTheEndOfMayIsExactlyEightyPercentAndGreen() {
        MonitoringResult result = monitor(MOF, spending("400000.00"), Month.MAY);
        assertEquals(Ratio.of(4, 5), result.executionProgress().orElseThrow());
        assertEquals(Optional.of(WarningLight.GREEN), result.executionLight());
        assertTrue(warnings(result, RuleId.R_MON_2).isEmpty(), result.warnings().toString());
    }

    @Test
    void R_MON_2_oneFenBelowEightyPercentIsYellow() {
        assertEquals(WarningLight.YELLOW, light("399999.99", Month.MAY));
    }

    @Test
    void R_MON_2_exactlySixtyPercentIsYellowAndOneFenBelowIsRed() {
        // 60 % of the time share 5/12 of 1,200,000.00 is 300,000.00.
        assertEquals(WarningLight.YELLOW, light("300000.00", Month.MAY));
        assertEquals(WarningLight.RED, light("299999.99", Month.MAY));
    }

    @Test
    void R_MON_2_monthTwelveWithEverythingSpentIsGreen() {
        MonitoringResult result = monitor(MOF, spending("1200000.00"), Month.DECEMBER);
        assertEquals(Ratio.ONE, result.timeShare());
        assertEquals(Ratio.ONE, result.executionRate().orElseThrow());
        assertEquals(Optional.of(WarningLight.GREEN), result.executionLight());
        assertEquals(WarningLight.YELLOW, light("959999.99", Month.DECEMBER));
    }

    @Test
    void R_MON_2_monthOneHasATimeShareOfOneTwelfth() {
        MonitoringResult result = monitor(MOF, spending("100000.00"), Month.JANUARY);
        assertEquals(Ratio.of(1, 12), result.timeShare());
        assertEquals(Ratio.ONE, result.executionProgress().orElseThrow());
        assertEquals(Optional.of(WarningLight.GREEN), result.executionLight());
        assertEquals(WarningLight.GREEN, light("80000.00", Month.JANUARY));
        assertEquals(WarningLight.YELLOW, light("60000.00", Month.JANUARY));
        assertEquals(WarningLight.RED, light("59999.99", Month.JANUARY));
        assertEquals(WarningLight.RED, light("0.00", Month.JANUARY));
    }

    @Test
    void R_MON_2_spendingAboveTheBudgetIsGreen() {
        assertEquals(WarningLight.GREEN, light("1300000.00", Month.MARCH));
    }

    @Test
    void R_MON_2_zeroBudgetHasNoRateNoLightAndAWarning() {
        MonitoringResult result = monitor(MOF, MonitoringFixtures.project("P-0", "0.00", "0.00",
                io.pbm.core.goal.Goal.none()).build(), Month.MAY);
        assertEquals(Optional.empty(), result.executionRate());
        assertEquals(Optional.empty(), result.executionProgress());
        assertEquals(Optional.empty(), result.executionLight());
        assertEquals(Ratio.of(5, 12), result.timeShare());
        Warning warning = warnings(result, RuleId.R_MON_2).get(0);
        assertNull(warning.level());
        assertEquals("/budget/adjusted", warning.path());
        assertTrue(warning.message().render(java.util.Locale.ENGLISH).contains("adjusted budget is 0"), warning.toString());
    }

    @Test
    void R_MON_2_theCutOffsComeFromThePolicy() {
        io.pbm.rules.policy.Policy strict = io.pbm.rules.policy.Presets.MOF_2020.withMonitoring(
                io.pbm.rules.policy.MonitoringPolicy.builder().from(io.pbm.rules.policy.Presets.MOF_2020.monitoring())
                        .redBelow(Ratio.of(9, 10)).greenFrom(Ratio.ONE).build());
        MonitoringEngine engine = MonitoringEngine.of(strict);
        // 80 % of schedule: green under the presets, red when red is below 90 %.
        assertEquals(Optional.of(WarningLight.RED), monitor(engine, spending("400000.00"), Month.MAY).executionLight());
        assertEquals(Optional.of(WarningLight.YELLOW), monitor(engine, spending("450000.00"), Month.MAY).executionLight());
        assertEquals(Optional.of(WarningLight.GREEN), monitor(engine, spending("500000.00"), Month.MAY).executionLight());
    }
}
