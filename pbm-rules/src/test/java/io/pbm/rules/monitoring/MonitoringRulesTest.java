package io.pbm.rules.monitoring;

import static io.pbm.rules.monitoring.MonitoringFixtures.MOF;
import static io.pbm.rules.monitoring.MonitoringFixtures.monitor;
import static io.pbm.rules.monitoring.MonitoringFixtures.spending;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pbm.core.grade.Grade;
import io.pbm.core.monitoring.WarningLight;
import io.pbm.core.project.Project;
import io.pbm.rules.Examples;
import io.pbm.rules.explain.Message;
import io.pbm.rules.explain.RuleId;
import io.pbm.rules.explain.TraceStep;
import io.pbm.rules.explain.Warning;
import io.pbm.rules.policy.MonitoringPolicy;
import io.pbm.rules.policy.Presets;
import io.pbm.rules.policy.VetoPolicy;
import java.time.Month;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** R-MON-1, R-MON-3 … R-MON-7: deadlines, floors, reminders, key attention, unrectified rounds, scrutiny, 双监控. */
class MonitoringRulesTest {

    private static List<Warning> warnings(MonitoringResult result, RuleId rule) {
        return result.warnings().stream().filter(w -> w.rule() == rule).toList();
    }

    // R-MON-1

    @Test
    void R_MON_1_endOfMayIsACheckDateWithTheReportDueOnJuneTenth() {
        ReportDue due = monitor(MOF, spending("400000.00"), Month.MAY).due();
        assertTrue(due.checkMonth());
        assertEquals(MonthDay.of(6, 10), due.dueDate());
        assertFalse(due.dueNextYear());
        assertEquals(Optional.of(Month.MAY), due.nextCheckMonth());
    }

    @Test
    void R_MON_1_anyMonthMayBeMonitoredAndCheckDatesOnlySetDeadlines() {
        for (Month month : Month.values()) {
            MonitoringResult result = monitor(MOF, spending("600000.00"), month);
            assertEquals(month == Month.MAY || month == Month.AUGUST, result.due().checkMonth(), month.toString());
            assertEquals(MonthDay.of(month.plus(1), 10), result.due().dueDate());
            assertFalse(result.trace().of(RuleId.R_MON_1).isEmpty());
        }
        ReportDue july = MOF.due(Month.JULY);
        assertFalse(july.checkMonth());
        assertEquals(MonthDay.of(8, 10), july.dueDate());
        assertEquals(Optional.of(Month.AUGUST), july.nextCheckMonth());
        ReportDue december = MOF.due(Month.DECEMBER);
        assertEquals(MonthDay.of(1, 10), december.dueDate());
        assertTrue(december.dueNextYear());
        assertEquals(Optional.empty(), december.nextCheckMonth());
    }

    @Test
    void R_MON_1_theDueDayComesFromThePolicy() {
        MonitoringEngine engine = MonitoringEngine.of(Presets.MOF_2020.withMonitoring(MonitoringPolicy.builder()
                .addCheckMonths(Month.MAY, Month.SEPTEMBER).reportDueDay(15).build()));
        assertEquals(MonthDay.of(10, 15), engine.due(Month.SEPTEMBER).dueDate());
        assertTrue(engine.due(Month.SEPTEMBER).checkMonth());
        assertFalse(engine.due(Month.AUGUST).checkMonth());
    }

    // R-MON-3

    @Test
    void R_MON_3_theFloorsAreOffInBothPresets() {
        for (var policy : Presets.all()) {
            MonitoringResult result = monitor(MonitoringEngine.of(policy), spending("0.01"), Month.NOVEMBER);
            assertTrue(result.trace().of(RuleId.R_MON_3).isEmpty());
        }
    }

    @Test
    void R_MON_3_belowTheLatestFloorAtOrBeforeTheMonthWarns() {
        MonitoringEngine sichuan = MonitoringEngine.of(MonitoringFixtures.SICHUAN_FLOORS);
        // March: no floor yet.
        assertTrue(monitor(sichuan, spending("0.00"), Month.MARCH).trace().of(RuleId.R_MON_3).isEmpty());
        // May: April's 25 % applies — 299,999.99 of 1,200,000.00 is below, 300,000.00 reaches it.
        Warning may = warnings(monitor(sichuan, spending("299999.99"), Month.MAY), RuleId.R_MON_3).get(0);
        assertEquals(WarningLight.RED, may.level());
        assertTrue(may.message().render(Locale.ENGLISH).contains("floor of 25.00% for the end of month 4"), may.toString());
        assertTrue(warnings(monitor(sichuan, spending("300000.00"), Month.MAY), RuleId.R_MON_3).isEmpty());
        // June: 40 %; August and September: 60 %; October to December: 80 %.
        assertTrue(warnings(monitor(sichuan, spending("480000.00"), Month.JUNE), RuleId.R_MON_3).isEmpty());
        assertEquals(1, warnings(monitor(sichuan, spending("479999.99"), Month.JUNE), RuleId.R_MON_3).size());
        assertEquals(1, warnings(monitor(sichuan, spending("700000.00"), Month.SEPTEMBER), RuleId.R_MON_3).size());
        assertTrue(warnings(monitor(sichuan, spending("720000.00"), Month.SEPTEMBER), RuleId.R_MON_3).isEmpty());
        assertEquals(1, warnings(monitor(sichuan, spending("959999.99"), Month.DECEMBER), RuleId.R_MON_3).size());
        MonitoringResult met = monitor(sichuan, spending("960000.00"), Month.OCTOBER);
        assertTrue(warnings(met, RuleId.R_MON_3).isEmpty());
        assertEquals(1, met.trace().of(RuleId.R_MON_3).size());
    }

    // R-MON-4

    @Test
    void R_MON_4_octoberWithNothingSpentIsKeyAttentionWithARecallSuggestion() {
        MonitoringResult result = monitor(MOF, spending("0.00"), Month.OCTOBER);
        assertTrue(result.keyAttention());
        assertTrue(result.recallSuggested());
        Warning warning = warnings(result, RuleId.R_MON_4).stream()
                .filter(w -> w.message().key().equals("R-MON-4.zeroSpending")).findFirst().orElseThrow();
        assertEquals(WarningLight.RED, warning.level());
        assertTrue(warning.toString().contains("未破零"), warning.toString());
        assertTrue(monitor(MOF, spending("0.00"), Month.DECEMBER).keyAttention());
    }

    @Test
    void R_MON_4_nothingSpentBeforeOctoberOrAnythingSpentIsNotKeyAttention() {
        assertFalse(monitor(MOF, spending("0.00"), Month.SEPTEMBER).keyAttention());
        MonitoringResult started = monitor(MOF, spending("0.01"), Month.OCTOBER);
        assertFalse(started.keyAttention());
        assertFalse(started.recallSuggested());
        Project noBudget = MonitoringFixtures.project("P-0", "0.00", "0.00", io.pbm.core.goal.Goal.none()).build();
        assertFalse(monitor(MOF, noBudget, Month.NOVEMBER).keyAttention());
    }

    @Test
    void R_MON_4_fromJuneBehindScheduleGetsAReminder() {
        MonitoringResult june = monitor(MOF, spending("200000.00"), Month.JUNE);
        assertEquals(Optional.of(WarningLight.RED), june.executionLight());
        assertTrue(june.reminder());
        assertEquals(WarningLight.RED, warnings(june, RuleId.R_MON_4).get(0).level());
        MonitoringResult july = monitor(MOF, spending("500000.00"), Month.JULY);   // 5/7 of schedule: yellow
        assertEquals(Optional.of(WarningLight.YELLOW), july.executionLight());
        assertTrue(july.reminder());
        assertEquals(WarningLight.YELLOW, warnings(july, RuleId.R_MON_4).get(0).level());
    }

    @Test
    void R_MON_4_noReminderBeforeJuneOrOnSchedule() {
        MonitoringResult may = monitor(MOF, spending("0.00"), Month.MAY);
        assertEquals(Optional.of(WarningLight.RED), may.executionLight());
        assertFalse(may.reminder());
        MonitoringResult june = monitor(MOF, spending("480000.00"), Month.JUNE);
        assertEquals(Optional.of(WarningLight.GREEN), june.executionLight());
        assertFalse(june.reminder());
        assertTrue(warnings(june, RuleId.R_MON_4).isEmpty());
        assertEquals(1, june.trace().of(RuleId.R_MON_4).size());
    }

    // R-MON-5

    @Test
    void R_MON_5_twoUnrectifiedFailedRoundsWarnThatTheEvaluationWillBeCapped() {
        MonitoringResult result = monitor(MOF, MonitoringFixtures.withRounds(2), Month.MAY);
        Warning warning = warnings(result, RuleId.R_MON_5).get(0);
        assertEquals(WarningLight.RED, warning.level());
        assertEquals("/findings/unrectifiedFailedMonitoringRounds", warning.path());
        assertEquals(Grade.FAIR, warning.message().args().get(2));
        assertTrue(warning.message().render(Locale.ENGLISH).contains("at most fair"), warning.toString());
    }

    @Test
    void R_MON_5_fewerRoundsOnlyShowInTheTrace() {
        MonitoringResult one = monitor(MOF, MonitoringFixtures.withRounds(1), Month.MAY);
        assertTrue(warnings(one, RuleId.R_MON_5).isEmpty());
        assertEquals(1, one.trace().of(RuleId.R_MON_5).size());
        assertTrue(monitor(MOF, MonitoringFixtures.withRounds(0), Month.MAY).trace().of(RuleId.R_MON_5).isEmpty());
    }

    @Test
    void R_MON_5_withTheVetoOffTheRoundsStillWarn() {
        MonitoringEngine engine = MonitoringEngine.of(Presets.MOF_2020.toBuilder()
                .vetoes(VetoPolicy.builder().unrectifiedMonitoring(false).unrectifiedRounds(3).build()).build());
        assertTrue(warnings(monitor(engine, MonitoringFixtures.withRounds(2), Month.MAY), RuleId.R_MON_5).isEmpty());
        Warning warning = warnings(monitor(engine, MonitoringFixtures.withRounds(3), Month.MAY), RuleId.R_MON_5).get(0);
        assertEquals("R-MON-5.vetoOff", warning.message().key());
    }

    // R-MON-6

    @Test
    void R_MON_6_lastYearsFairOrPoorGetsExtraScrutiny() {
        MonitoringResult fair = monitor(MOF, MonitoringFixtures.withGrade(Grade.FAIR), Month.MAY);
        assertTrue(fair.scrutiny());
        Warning warning = warnings(fair, RuleId.R_MON_6).get(0);
        assertEquals("/history/previousGrade", warning.path());
        assertTrue(warning.toString().contains("中"), warning.toString());
        assertTrue(monitor(MOF, MonitoringFixtures.withGrade(Grade.POOR), Month.MAY).scrutiny());
    }

    @Test
    void R_MON_6_goodExcellentOrNoGradeGetNoScrutiny() {
        MonitoringResult good = monitor(MOF, MonitoringFixtures.withGrade(Grade.GOOD), Month.MAY);
        assertFalse(good.scrutiny());
        assertTrue(warnings(good, RuleId.R_MON_6).isEmpty());
        assertEquals(1, good.trace().of(RuleId.R_MON_6).size());
        assertFalse(monitor(MOF, MonitoringFixtures.withGrade(Grade.EXCELLENT), Month.MAY).scrutiny());
        assertFalse(monitor(MOF, spending("1.00"), Month.MAY).scrutiny());
    }

    @Test
    void R_MON_6_theGradeComesFromThePolicy() {
        MonitoringEngine poorOnly = MonitoringEngine.of(Presets.MOF_2020.withMonitoring(MonitoringPolicy.builder()
                .from(Presets.MOF_2020.monitoring()).scrutinyAtOrBelow(Grade.POOR).build()));
        assertFalse(monitor(poorOnly, MonitoringFixtures.withGrade(Grade.FAIR), Month.MAY).scrutiny());
        assertTrue(monitor(poorOnly, MonitoringFixtures.withGrade(Grade.POOR), Month.MAY).scrutiny());
    }

    // R-MON-7

    @Test
    void R_MON_7_theSummaryShowsSpendingAndGoalProgressSideBySide() {
        MonitoringResult result = monitor(MOF, MonitoringFixtures.project("P-7", "1200000.00", "200000.00",
                MonitoringFixtures.drainageGoal()).evaluation(io.pbm.core.evaluation.EvaluationInput.builder()
                        .putActuals("新建排水管网长度", MonitoringFixtures.actual("5"))
                        .putActuals("按期完工率", MonitoringFixtures.actual("60")).build()).build(), Month.MAY);
        assertEquals("P-7 5月末 支出：执行率16.67%，序时进度41.67%，红灯；目标：绿灯1项，黄灯1项，红灯0项，未亮灯3项",
                result.summary());
        assertEquals("P-7 end of month 5 — spending: execution rate 16.67%, time share 41.67%, red; "
                + "goal: 1 green, 1 yellow, 0 red, 3 unlit", result.summary(Locale.ENGLISH));
        assertTrue(result.toString().startsWith(result.summary()), result.toString());
        List<TraceStep> last = result.trace().of(RuleId.R_MON_7);
        assertEquals(result.summaryMessage(), last.get(0).message());
    }

    @Test
    void R_MON_7_withoutAGoalOnlySpendingCanBeMonitoredAndTheResultSaysSo() {
        MonitoringResult result = monitor(MOF, spending("400000.00"), Month.MAY);
        assertEquals(Optional.of(WarningLight.GREEN), result.executionLight());
        assertEquals(1, warnings(result, RuleId.R_MON_7).size());
        assertTrue(result.summary().contains("未亮灯0项"), result.summary());
    }

    // The values to date of pbm/1

    @Test
    void aProjectsSpentAndActualsAreReadAsValuesToDate() {
        MonitoringResult result = monitor(MOF, Examples.contractProject(), Month.DECEMBER);
        assertEquals("0.9505", result.executionRate().orElseThrow().toDecimal(4).toPlainString());
        assertEquals(Optional.of(WarningLight.GREEN), result.executionLight());
        List<Optional<WarningLight>> lights = result.indicators().stream().map(IndicatorLight::light).toList();
        assertEquals(List.of(Optional.of(WarningLight.GREEN), Optional.of(WarningLight.GREEN),
                Optional.of(WarningLight.GREEN), Optional.of(WarningLight.YELLOW), Optional.of(WarningLight.GREEN)), lights);
        assertEquals(io.pbm.core.Ratio.of(23, 24), result.indicators().get(0).progressRatio().orElseThrow());
        assertEquals("652826-2023-017", result.projectId());
        assertEquals("MOF_2020", result.policyName());
        assertEquals(12, result.monthNumber());
        var snapshot = MonitoringEngine.snapshot(Examples.contractProject(), Month.MAY);
        assertEquals(Examples.contractProject().budget().spent(), snapshot.spentToDate());
        assertEquals(5, snapshot.actualsToDate().size());
    }

    @Test
    void everyMonitoringMessageHasChineseAndEnglishText() {
        List<Message> messages = new ArrayList<>();
        List<MonitoringResult> results = List.of(
                monitor(MOF, Examples.contractProject(), Month.JULY),
                monitor(MOF, spending("0.00"), Month.OCTOBER),
                monitor(MOF, spending("1.00"), Month.NOVEMBER),
                monitor(MonitoringEngine.of(MonitoringFixtures.SICHUAN_FLOORS), spending("100000.00"), Month.JUNE),
                monitor(MonitoringEngine.of(MonitoringFixtures.SICHUAN_FLOORS), spending("1100000.00"), Month.JUNE),
                monitor(MOF, MonitoringFixtures.project("P-0", "0.00", "0.00", io.pbm.core.goal.Goal.none()).build(),
                        Month.NOVEMBER),
                monitor(MOF, MonitoringFixtures.withRounds(1), Month.MAY),
                monitor(MOF, MonitoringFixtures.withRounds(2), Month.JUNE),
                monitor(MOF, MonitoringFixtures.withGrade(Grade.POOR), Month.MAY),
                monitor(MOF, MonitoringFixtures.withGrade(Grade.GOOD), Month.MAY));
        for (MonitoringResult result : results) {
            result.trace().steps().forEach(s -> messages.add(s.message()));
            result.warnings().forEach(w -> messages.add(w.message()));
            result.indicators().forEach(i -> messages.add(i.reason()));
        }
        for (Message message : messages) {
            for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
                String text = message.render(locale);
                assertFalse(text.startsWith(message.key()), locale + ": " + text);
                assertFalse(text.matches(".*\\{\\d+}.*"), locale + ": " + text);
            }
        }
        assertTrue(messages.stream().map(Message::key).distinct().count() >= 20);
    }

    @Test
    void theMonitoringPolicysNewParametersHaveThePresetsValues() {
        MonitoringPolicy rules = Presets.MOF_2020.monitoring();
        assertEquals(java.util.Set.of(io.pbm.core.goal.Level2.QUANTITY, io.pbm.core.goal.Level2.COST),
                rules.accumulatingCategories());
        assertEquals(Grade.FAIR, rules.scrutinyAtOrBelow());
        assertEquals(rules, Presets.XINJIANG.monitoring());
        assertTrue(rules.toString().contains("scrutiny at or below FAIR"), rules.toString());
        MonitoringPolicy changed = MonitoringPolicy.builder().from(rules).scrutinyAtOrBelow(Grade.POOR).build();
        assertEquals(1, Presets.MOF_2020.withMonitoring(changed).differencesFrom(Presets.MOF_2020).stream()
                .filter(d -> d.parameter().equals("monitoring")).count());
    }

    @Test
    void nullArgumentsAreRejectedByName() {
        var e = org.junit.jupiter.api.Assertions.assertThrows(NullPointerException.class,
                () -> MOF.monitor(null, Month.MAY));
        assertEquals("project is null", e.getMessage());
        e = org.junit.jupiter.api.Assertions.assertThrows(NullPointerException.class,
                () -> MOF.monitor(spending("1.00"), (io.pbm.core.monitoring.MonitoringSnapshot) null));
        assertEquals("snapshot is null", e.getMessage());
        e = org.junit.jupiter.api.Assertions.assertThrows(NullPointerException.class, () -> MonitoringEngine.of(null));
        assertEquals("policy is null", e.getMessage());
    }
}
