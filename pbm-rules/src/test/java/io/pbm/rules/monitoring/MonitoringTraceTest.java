package io.pbm.rules.monitoring;

import static io.pbm.rules.monitoring.MonitoringFixtures.MOF;
import static io.pbm.rules.monitoring.MonitoringFixtures.SICHUAN_FLOORS;
import static io.pbm.rules.monitoring.MonitoringFixtures.monitor;
import static io.pbm.rules.monitoring.MonitoringFixtures.project;
import static io.pbm.rules.monitoring.MonitoringFixtures.spending;
import static io.pbm.rules.monitoring.MonitoringFixtures.withGrade;
import static io.pbm.rules.monitoring.MonitoringFixtures.withRounds;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pbm.core.goal.Goal;
import io.pbm.core.grade.Grade;
import io.pbm.rules.explain.Message;
import io.pbm.rules.explain.RuleId;
import io.pbm.rules.explain.TraceStep;
import java.time.Month;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The trace of monitoring, rule by rule (R-MON-1…7): every rule that applies leaves exactly one step,
 * with its outcome and its message, whether it warned or not.
 */
class MonitoringTraceTest {

    /** The project-level steps (subject ""), each as rule | outcome | message key. */
    private static List<String> steps(MonitoringResult result) {
        return result.trace().steps().stream().filter(s -> s.subject().isEmpty())
                .map(s -> s.rule() + " | " + s.outcome() + " | " + s.message().key()).toList();
    }

    private static TraceStep step(MonitoringResult result, RuleId rule) {
        List<TraceStep> steps = result.trace().of(rule).stream().filter(s -> s.subject().isEmpty()).toList();
        assertEquals(1, steps.size(), steps.toString());
        return steps.get(0);
    }

    @Test
    void R_MON_1_aCheckMonthIsTracedWithTheReportsDueDate() {
        MonitoringResult may = monitor(MOF, spending("400000.00"), Month.MAY);
        assertEquals(List.of("R-MON-1 | check | R-MON-1.check", "R-MON-2 | GREEN | R-MON-2.execution",
                "R-MON-7 | GREEN | R-MON-7.summary"), steps(may));
        assertEquals(Message.of("R-MON-1.check", 5, 6, 10), step(may, RuleId.R_MON_1).message());
    }

    @Test
    void R_MON_1_anotherMonthIsTracedWithTheCheckMonthsAndTheNextOne() {
        MonitoringResult july = monitor(MOF, spending("600000.00"), Month.JULY);
        assertEquals(Message.of("R-MON-1.notCheck", 7, "5, 8", 8), step(july, RuleId.R_MON_1).message());
        assertEquals("—", step(july, RuleId.R_MON_1).outcome());
        MonitoringResult october = monitor(MOF, spending("1000000.00"), Month.OCTOBER);
        assertEquals(Message.of("R-MON-1.notCheck", 10, "5, 8", null), step(october, RuleId.R_MON_1).message(),
                "no check month is left this year");
    }

    @Test
    void R_MON_2_theExecutionLightIsTracedWithEveryFigure() {
        MonitoringResult july = monitor(MOF, spending("100000.00"), Month.JULY);
        TraceStep execution = step(july, RuleId.R_MON_2);
        assertEquals("RED", execution.outcome());
        assertEquals(List.of("7", "100000.00", "1200000.00", "8.33%", "58.33%", "14.29%", "RED", "60%", "80%"),
                execution.message().args().stream().map(String::valueOf).toList());
    }

    @Test
    void R_MON_2_aZeroBudgetIsTracedWithoutALight() {
        MonitoringResult zero = monitor(MOF, project("P-0", "0.00", "0.00", Goal.none()).build(), Month.OCTOBER);
        assertEquals(List.of("R-MON-1 | — | R-MON-1.notCheck", "R-MON-2 | — | R-MON-2.zeroBudget",
                "R-MON-4 | — | R-MON-4.onSchedule", "R-MON-4 | — | R-MON-4.noBudget", "R-MON-7 | — | R-MON-7.summary"),
                steps(zero));
    }

    @Test
    void R_MON_3_aFloorMetExactlyIsTracedAsMet() {
        MonitoringResult met = monitor(MonitoringEngine.of(SICHUAN_FLOORS), spending("480000.00"), Month.JUNE);
        TraceStep floor = step(met, RuleId.R_MON_3);
        assertEquals("—", floor.outcome());
        assertEquals(Message.of("R-MON-3.met", 6, "40.00%", 6, "40.00%"), floor.message());
        assertEquals(List.of(), met.warnings().stream().filter(w -> w.rule() == RuleId.R_MON_3).toList());
    }

    @Test
    void R_MON_3_aCentBelowTheFloorIsTracedRed() {
        MonitoringResult below = monitor(MonitoringEngine.of(SICHUAN_FLOORS), spending("479999.99"), Month.JUNE);
        TraceStep floor = step(below, RuleId.R_MON_3);
        assertEquals("RED", floor.outcome());
        assertEquals("R-MON-3.below", floor.message().key());
    }

    @Test
    void R_MON_4_aReminderIsTracedWithTheRateTimeShareAndLight() {
        MonitoringResult july = monitor(MOF, spending("100000.00"), Month.JULY);
        TraceStep reminder = step(july, RuleId.R_MON_4);
        assertEquals("reminder", reminder.outcome());
        assertEquals(List.of("7", "8.33%", "58.33%", "RED"),
                reminder.message().args().stream().map(String::valueOf).toList());
        MonitoringResult june = monitor(MOF, spending("600000.00"), Month.JUNE);
        assertEquals("R-MON-4 | — | R-MON-4.onSchedule", steps(june).get(2));
    }

    @Test
    void R_MON_4_nothingSpentInOctoberIsTracedAsKeyAttention() {
        MonitoringResult october = monitor(MOF, spending("0.00"), Month.OCTOBER);
        assertEquals(List.of("R-MON-1 | — | R-MON-1.notCheck", "R-MON-2 | RED | R-MON-2.execution",
                "R-MON-4 | reminder | R-MON-4.reminder", "R-MON-4 | keyAttention | R-MON-4.zeroSpending",
                "R-MON-7 | RED | R-MON-7.summary"), steps(october));
        MonitoringResult spent = monitor(MOF, spending("1200000.00"), Month.OCTOBER);
        assertEquals("R-MON-4 | — | R-MON-4.spending", steps(spent).get(3));
    }

    @Test
    void R_MON_5_roundsReachingTheVetoCountAreTracedRedAndFewerAreNot() {
        TraceStep two = step(monitor(MOF, withRounds(2), Month.MAY), RuleId.R_MON_5);
        assertEquals("RED", two.outcome());
        assertEquals(Message.of("R-MON-5.veto", 2, 2, Grade.FAIR), two.message());
        TraceStep one = step(monitor(MOF, withRounds(1), Month.MAY), RuleId.R_MON_5);
        assertEquals("—", one.outcome());
        assertEquals(Message.of("R-MON-5.below", 1, 2), one.message());
    }

    @Test
    void R_MON_6_lastYearsGradeIsTracedWhetherItCallsForScrutinyOrNot() {
        TraceStep fair = step(monitor(MOF, withGrade(Grade.FAIR), Month.MAY), RuleId.R_MON_6);
        assertEquals("scrutiny", fair.outcome());
        assertEquals(Message.of("R-MON-6.scrutiny", Grade.FAIR, Grade.FAIR), fair.message());
        TraceStep good = step(monitor(MOF, withGrade(Grade.GOOD), Month.MAY), RuleId.R_MON_6);
        assertEquals("—", good.outcome());
        assertEquals(Message.of("R-MON-6.none", Grade.GOOD, Grade.FAIR), good.message());
    }
}
