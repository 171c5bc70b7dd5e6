package io.pbm.rules.veto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pbm.core.budget.FundCategory;
import io.pbm.core.evaluation.SupervisionFindings;
import io.pbm.core.grade.Grade;
import io.pbm.core.grade.Score;
import io.pbm.rules.explain.RuleId;
import io.pbm.rules.policy.VetoPolicy;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Invariants of the vetoes (R-VETO-5) over random grades, findings and veto policies. */
class VetoProperties {

    @Property
    void vetoNeverRaisesAGrade(@ForAll Grade raw, @ForAll("findings") SupervisionFindings findings,
            @ForAll("policies") VetoPolicy policy, @ForAll FundCategory category) {
        VetoOutcome outcome = Vetoes.apply(raw, findings, category, Score.of(50), policy);
        assertFalse(outcome.grade().isBetterThan(raw), () -> raw + " → " + outcome);
        assertEquals(raw, outcome.rawGrade());
    }

    @Property
    void severalVetoesGiveTheLowestOutcome(@ForAll Grade raw, @ForAll("findings") SupervisionFindings findings,
            @ForAll("policies") VetoPolicy policy) {
        VetoOutcome outcome = Vetoes.apply(raw, findings, FundCategory.GENERAL_PUBLIC, null, policy);
        Grade lowest = raw;
        int fired = 0;
        if (policy.auditProblems() && findings.auditProblems()) {
            lowest = lowest.atMost(policy.auditCap());
            fired++;
        }
        if (policy.unrectifiedMonitoring() && findings.unrectifiedFailedMonitoringRounds() >= policy.unrectifiedRounds()) {
            lowest = lowest.atMost(policy.monitoringCap());
            fired++;
        }
        if (policy.majorMisuse() && findings.majorMisuse()) {
            lowest = lowest.atMost(policy.misuseGrade());
            fired++;
        }
        if (policy.authenticity() && findings.authenticityFailed()) {
            lowest = lowest.atMost(policy.authenticityGrade());
            fired++;
        }
        assertEquals(lowest, outcome.grade());
        assertEquals(fired, outcome.vetoes().size(), "each veto that fired is listed");
        assertEquals(fired > 0, !outcome.steps().isEmpty() && outcome.steps().stream()
                .anyMatch(s -> s.rule() == RuleId.R_VETO_5));
        for (Veto veto : outcome.vetoes()) {
            assertTrue(outcome.grade().compareTo(veto.cappedAt()) <= 0, () -> "the final grade is at most " + veto);
        }
    }

    @Property
    void recallAndAccountabilityGoWithTheOneVoteVetoOnly(@ForAll Grade raw,
            @ForAll("findings") SupervisionFindings findings, @ForAll("policies") VetoPolicy policy) {
        VetoOutcome outcome = Vetoes.apply(raw, findings, FundCategory.GENERAL_PUBLIC, null, policy);
        boolean oneVote = policy.authenticity() && findings.authenticityFailed();
        assertEquals(oneVote, outcome.recall());
        assertEquals(oneVote, outcome.accountability());
        assertEquals(oneVote, outcome.oneVoteVeto());
    }

    @Provide
    Arbitrary<SupervisionFindings> findings() {
        return Builders.withBuilder(SupervisionFindings::builder)
                .use(Arbitraries.of(true, false)).in((b, v) -> b.auditProblems(v))
                .use(Arbitraries.of(true, false)).in((b, v) -> b.majorMisuse(v))
                .use(Arbitraries.of(true, false)).in((b, v) -> b.authenticityFailed(v))
                .use(Arbitraries.integers().between(0, 4)).in((b, v) -> b.unrectifiedFailedMonitoringRounds(v))
                .use(Arbitraries.of(true, false)).in((b, v) -> b.unrectifiedProblems(v))
                .build(SupervisionFindings.Builder::build);
    }

    @Provide
    Arbitrary<VetoPolicy> policies() {
        return Builders.withBuilder(VetoPolicy::builder)
                .use(Arbitraries.of(true, false)).in((b, v) -> b.auditProblems(v))
                .use(Arbitraries.of(Grade.class)).in((b, v) -> b.auditCap(v))
                .use(Arbitraries.of(true, false)).in((b, v) -> b.unrectifiedMonitoring(v))
                .use(Arbitraries.integers().between(1, 4)).in((b, v) -> b.unrectifiedRounds(v))
                .use(Arbitraries.of(Grade.class)).in((b, v) -> b.monitoringCap(v))
                .use(Arbitraries.of(true, false)).in((b, v) -> b.majorMisuse(v))
                .use(Arbitraries.of(Grade.class)).in((b, v) -> b.misuseGrade(v))
                .use(Arbitraries.of(true, false)).in((b, v) -> b.authenticity(v))
                .use(Arbitraries.of(Grade.class)).in((b, v) -> b.authenticityGrade(v))
                .build(VetoPolicy.Builder::build);
    }
}
