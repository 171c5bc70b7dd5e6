package io.pbm.rules.monitoring;

import static io.pbm.rules.monitoring.MonitoringFixtures.MOF;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pbm.core.evaluation.EvaluationInput;
import io.pbm.core.goal.Goal;
import io.pbm.core.monitoring.WarningLight;
import io.pbm.core.project.Project;
import io.pbm.rules.explain.Problem;
import java.time.Month;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The batch form of pbm-monitor/1: results, rejections with all their problems, summary; every input once. */
class MonitoringBatchTest {

    private static Project project(String id, String adjusted, String spent) {
        return MonitoringFixtures.project(id, adjusted, spent, Goal.none()).build();
    }

    /** A project whose actual is in metres against a target in kilometres, and names an unknown indicator. */
    private static Project unreadable(String id) {
        return MonitoringFixtures.project(id, "1200000.00", "400000.00", MonitoringFixtures.drainageGoal())
                .evaluation(EvaluationInput.builder()
                        .putActuals("新建排水管网长度", MonitoringFixtures.actual("6000米"))
                        .putActuals("不存在的指标", MonitoringFixtures.actual("1")).build())
                .build();
    }

    @Test
    void everyProjectAppearsExactlyOnceInInputOrderWithTheExecutionLightsCounted() {
        List<Project> projects = List.of(project("A", "1200000.00", "200000.00"), unreadable("B"),
                project("C", "1200000.00", "400000.00"), project("D", "0.00", "0.00"), project("A", "100.00", "100.00"),
                project("E", "1200000.00", "300000.00"));
        MonitoringBatch batch = MOF.monitorAll(projects, Month.MAY);
        assertEquals(Month.MAY, batch.month());
        assertEquals(5, batch.monthNumber());
        assertEquals("MOF_2020", batch.policyName());
        assertEquals(List.of("A", "C", "D", "E"), batch.results().stream().map(MonitoringResult::projectId).toList());
        assertEquals(List.of(1, 4), batch.rejected().stream().map(RejectedProject::index).toList());
        assertEquals(List.of("B", "A"), batch.rejected().stream().map(RejectedProject::projectId).toList());
        MonitoringSummary summary = batch.summary();
        assertEquals(6, summary.projects());
        assertEquals(4, summary.monitored());
        assertEquals(2, summary.rejected());
        assertEquals(Map.of(WarningLight.RED, 1, WarningLight.YELLOW, 1, WarningLight.GREEN, 1), summary.lights());
        assertEquals(1, summary.unlit());
        assertEquals(0, summary.count(WarningLight.BLUE));
    }

    @Test
    void aRejectedProjectCarriesAllItsProblems() {
        MonitoringBatch batch = MOF.monitorAll(List.of(unreadable("B")), Month.MAY);
        List<String> codes = batch.rejected().get(0).problems().stream().map(Problem::code).sorted().toList();
        assertEquals(List.of("R-MON-2", "actual.unknown"), codes);
        assertEquals(1, batch.summary().rejected());
        assertEquals(Map.of(WarningLight.RED, 0, WarningLight.YELLOW, 0, WarningLight.GREEN, 0), batch.summary().lights());
    }

    @Test
    void aRepeatedIdIsRejectedWithItsOtherProblems() {
        MonitoringBatch batch = MOF.monitorAll(List.of(project("B", "1.00", "1.00"), unreadable("B")), Month.MAY);
        List<String> codes = batch.rejected().get(0).problems().stream().map(Problem::code).toList();
        assertEquals(List.of("monitoring.duplicateId", "actual.unknown", "R-MON-2"), codes);
        assertTrue(batch.rejected().get(0).problems().get(0).toString().contains("/projects/0"));
    }

    @Test
    void aSnapshotOfAnotherMonthIsRejected() {
        MonitoringBatch batch = MOF.monitorAll(List.of(project("A", "1.00", "1.00"), project("B", "1.00", "1.00")),
                Month.MAY, p -> MonitoringEngine.snapshot(p, p.id().equals("A") ? Month.MAY : Month.JUNE));
        assertEquals(List.of("A"), batch.results().stream().map(MonitoringResult::projectId).toList());
        assertEquals("monitoring.month", batch.rejected().get(0).problems().get(0).code());
    }

    @Test
    void theSummaryCountsKeyAttentionRemindersAndScrutiny() {
        MonitoringBatch batch = MOF.monitorAll(List.of(project("A", "1200000.00", "0.00"),
                project("B", "1200000.00", "1000000.00"), MonitoringFixtures.withGrade(io.pbm.core.grade.Grade.POOR)),
                Month.OCTOBER);
        MonitoringSummary summary = batch.summary();
        assertEquals(1, summary.keyAttention());
        assertEquals(2, summary.reminders());
        assertEquals(1, summary.scrutiny());
    }

    @Test
    void anEmptyBatchHasAnEmptySummary() {
        MonitoringBatch batch = MOF.monitorAll(List.of(), Month.MAY);
        assertEquals(0, batch.summary().projects());
        assertEquals(Map.of(WarningLight.RED, 0, WarningLight.YELLOW, 0, WarningLight.GREEN, 0), batch.summary().lights());
    }

    @Test
    void aNullProjectIsNamed() {
        NullPointerException e = assertThrows(NullPointerException.class,
                () -> MOF.monitorAll(Arrays.asList(project("A", "1.00", "1.00"), null), Month.MAY));
        assertEquals("project 1 is null", e.getMessage());
    }
}
