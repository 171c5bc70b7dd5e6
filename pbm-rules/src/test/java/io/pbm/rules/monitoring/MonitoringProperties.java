package io.pbm.rules.monitoring;

import static io.pbm.rules.monitoring.MonitoringFixtures.MOF;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pbm.core.budget.Amount;
import io.pbm.core.goal.Goal;
import io.pbm.core.goal.Indicator;
import io.pbm.core.goal.Level2;
import io.pbm.core.monitoring.WarningLight;
import io.pbm.core.project.Project;
import io.pbm.rules.policy.MonitoringPolicy;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Month;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * Invariants of monitoring: the execution light is monotone in spending, the exact lights agree with a
 * high-precision decimal reference (including values exactly on a cut-off), results are deterministic,
 * and a batch loses no project.
 */
class MonitoringProperties {

    private static final MathContext REFERENCE = new MathContext(60, RoundingMode.HALF_EVEN);
    private static final MonitoringPolicy RULES = MOF.policy().monitoring();

    private static WarningLight executionLight(long adjustedFen, long spentFen, int month) {
        Project project = MonitoringFixtures.project("P", Amount.ofFen(adjustedFen).toString(),
                Amount.ofFen(spentFen).toString(), Goal.none()).build();
        return MonitoringFixtures.monitor(MOF, project, Month.of(month)).executionLight().orElseThrow();
    }

    /** The light from a decimal division to 60 digits: (spent ÷ adjusted) ÷ (month ÷ 12) against 0.6 and 0.8. */
    private static WarningLight reference(BigDecimal done, BigDecimal due) {
        BigDecimal progress = done.divide(due, REFERENCE);
        if (progress.compareTo(RULES.greenFrom().toDecimal(30)) >= 0) {
            return WarningLight.GREEN;
        }
        return progress.compareTo(RULES.redBelow().toDecimal(30)) >= 0 ? WarningLight.YELLOW : WarningLight.RED;
    }

    @Property
    void executionLightIsMonotoneInSpendingForAFixedMonth(@ForAll @IntRange(min = 1, max = 12) int month,
            @ForAll @LongRange(min = 1, max = 100_000_000_000_000L) long adjustedFen,
            @ForAll @LongRange(min = 0, max = 200_000_000_000_000L) long a,
            @ForAll @LongRange(min = 0, max = 200_000_000_000_000L) long b) {
        long less = Math.min(a, b);
        long more = Math.max(a, b);
        // RED < YELLOW < GREEN in declaration order.
        assertTrue(executionLight(adjustedFen, less, month).compareTo(executionLight(adjustedFen, more, month)) <= 0);
    }

    @Property
    void executionLightAgreesWithAHighPrecisionReference(@ForAll("budgets") long[] budget) {
        long adjustedFen = budget[0];
        long spentFen = budget[1];
        int month = (int) budget[2];
        BigDecimal done = BigDecimal.valueOf(spentFen).multiply(BigDecimal.valueOf(12));
        BigDecimal due = BigDecimal.valueOf(adjustedFen).multiply(BigDecimal.valueOf(month));
        assertEquals(reference(done, due), executionLight(adjustedFen, spentFen, month));
    }

    /** Budgets with spending anywhere, and spending exactly on a cut-off or one fen either side of it. */
    @Provide
    Arbitrary<long[]> budgets() {
        Arbitrary<Integer> months = Arbitraries.integers().between(1, 12);
        Arbitrary<Long> adjusted = Arbitraries.longs().between(1, 100_000_000_000_000L);
        Arbitrary<long[]> anywhere = Combinators.combine(adjusted, months, Arbitraries.longs().between(0, 2_000))
                .as((fen, month, permille) -> new long[] {fen, fen / 1000 * permille, month});
        // 12 × spent = share × adjusted × month is exact when adjusted is a multiple of 60 fen.
        Arbitrary<long[]> onCutOff = Combinators.combine(Arbitraries.longs().between(1, 1_000_000_000_000L), months,
                Arbitraries.of(3L, 4L), Arbitraries.of(-1L, 0L, 1L))
                .as((units, month, fifths, nudge) -> new long[] {units * 60, Math.max(0, units * 60 * month * fifths / 60 + nudge),
                    month});
        return Arbitraries.oneOf(anywhere, onCutOff);
    }

    @Property
    void accumulatingIndicatorLightAgreesWithAHighPrecisionReference(
            @ForAll @IntRange(min = 1, max = 12) int month,
            @ForAll @IntRange(min = 1, max = 100_000) int target,
            @ForAll @IntRange(min = 0, max = 200_000) int hundredths) {
        Indicator indicator = MonitoringFixtures.indicator("长度", Level2.QUANTITY, ">=" + target + "公里");
        BigDecimal actual = BigDecimal.valueOf(hundredths, 2);
        IndicatorLight light = MonitoringFixtures.light(indicator, Month.of(month),
                MonitoringFixtures.actual(actual.toPlainString()));
        WarningLight expected = actual.signum() == 0 ? WarningLight.RED
                : reference(actual.multiply(BigDecimal.valueOf(12)), BigDecimal.valueOf((long) target * month));
        assertEquals(expected, light.light().orElseThrow());
    }

    @Property
    void rateIndicatorLightAgreesWithAHighPrecisionReference(@ForAll @IntRange(min = 1, max = 10_000) int target,
            @ForAll @IntRange(min = 0, max = 2_000_000) int hundredths) {
        Indicator indicator = MonitoringFixtures.indicator("合格率", Level2.QUALITY, ">=" + target + "%");
        BigDecimal actual = BigDecimal.valueOf(hundredths, 2);
        WarningLight expected = actual.compareTo(BigDecimal.valueOf(target)) >= 0 ? WarningLight.GREEN
                : actual.signum() == 0 ? WarningLight.RED : reference(actual, BigDecimal.valueOf(target));
        assertEquals(expected, MonitoringFixtures.light(indicator, Month.MAY,
                MonitoringFixtures.actual(actual.toPlainString() + "%")).light().orElseThrow());
    }

    @Property
    void resultsAreDeterministic(@ForAll @IntRange(min = 1, max = 12) int month,
            @ForAll @LongRange(min = 0, max = 200_000_000L) long spentFen,
            @ForAll @IntRange(min = 0, max = 2_000) int lengthTenths) {
        Project project = MonitoringFixtures.project("P", "1200000.00", Amount.ofFen(spentFen).toString(),
                MonitoringFixtures.drainageGoal())
                .evaluation(io.pbm.core.evaluation.EvaluationInput.builder()
                        .putActuals("新建排水管网长度", MonitoringFixtures.actual(BigDecimal.valueOf(lengthTenths, 1)
                                .toPlainString()))
                        .build())
                .build();
        MonitoringResult first = MonitoringFixtures.monitor(MOF, project, Month.of(month));
        MonitoringResult second = MonitoringFixtures.monitor(MonitoringEngine.of(MOF.policy().toBuilder().build()),
                project, Month.of(month));
        assertEquals(first, second);
        assertEquals(first.summary(Locale.ENGLISH), second.summary(Locale.ENGLISH));
        assertEquals(first.trace().render(Locale.ENGLISH), second.trace().render(Locale.ENGLISH));
    }

    @Property
    void aBatchLosesNoProjectAndCountsEveryExecutionLight(
            @ForAll("batches") List<Project> projects, @ForAll @IntRange(min = 1, max = 12) int month) {
        MonitoringBatch batch = MOF.monitorAll(projects, Month.of(month));
        MonitoringSummary summary = batch.summary();
        assertEquals(projects.size(), summary.projects());
        Set<Integer> indices = new HashSet<>();
        batch.rejected().forEach(r -> indices.add(r.index()));
        assertEquals(batch.rejected().size(), indices.size());
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < projects.size(); i++) {
            if (!indices.contains(i)) {
                ids.add(projects.get(i).id());
            }
        }
        assertEquals(ids, batch.results().stream().map(MonitoringResult::projectId).toList());
        int lights = summary.lights().values().stream().mapToInt(Integer::intValue).sum();
        assertEquals(summary.monitored(), lights + summary.unlit());
        assertEquals(Set.of(WarningLight.RED, WarningLight.YELLOW, WarningLight.GREEN), summary.lights().keySet());
    }

    @Provide
    Arbitrary<List<Project>> batches() {
        Arbitrary<Project> project = Combinators.combine(Arbitraries.integers().between(0, 5),
                Arbitraries.longs().between(0, 200_000_000L), Arbitraries.of(true, false))
                .as((id, spentFen, readable) -> {
                    Project.Builder builder = MonitoringFixtures.project("P-" + id, "1000000.00",
                            Amount.ofFen(spentFen).toString(), MonitoringFixtures.drainageGoal());
                    if (!readable) {
                        builder.evaluation(io.pbm.core.evaluation.EvaluationInput.builder()
                                .putActuals("新建排水管网长度", MonitoringFixtures.actual("5米")).build());
                    }
                    return builder.build();
                });
        return project.list().ofMaxSize(8);
    }

    @Property
    void executionLightDoesNotDependOnHowTheRatioIsRepresented(@ForAll @IntRange(min = 1, max = 12) int month,
            @ForAll @LongRange(min = 1, max = 1_000_000_000L) long adjustedFen,
            @ForAll @LongRange(min = 0, max = 2_000_000_000L) long spentFen) {
        MonitoringResult result = MonitoringFixtures.monitor(MOF, MonitoringFixtures.project("P",
                Amount.ofFen(adjustedFen).toString(), Amount.ofFen(spentFen).toString(), Goal.none()).build(),
                Month.of(month));
        // The light agrees with the exact ratios the result shows: rate ÷ time share against the cut-offs.
        var progress = result.executionRate().orElseThrow().times(io.pbm.core.Ratio.of(12, month));
        assertEquals(progress, result.executionProgress().orElseThrow());
        WarningLight expected = !progress.isBelow(RULES.greenFrom()) ? WarningLight.GREEN
                : !progress.isBelow(RULES.redBelow()) ? WarningLight.YELLOW : WarningLight.RED;
        assertEquals(expected, result.executionLight().orElseThrow());
    }
}
