package io.pbm.rules.linkage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pbm.core.Ratio;
import io.pbm.core.budget.Amount;
import io.pbm.core.budget.Budget;
import io.pbm.core.budget.BudgetAction;
import io.pbm.core.evaluation.SupervisionFindings;
import io.pbm.core.grade.Grade;
import io.pbm.core.grade.Score;
import io.pbm.core.project.Project;
import io.pbm.rules.Examples;
import io.pbm.rules.policy.LinkagePolicy;
import io.pbm.rules.policy.Presets;
import io.pbm.rules.veto.VetoOutcome;
import io.pbm.rules.veto.Vetoes;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Invariants of budget linkage (domain.md section 8) over random amounts, ratios, grades and findings. */
class BudgetLinkageProperties {

    private static final Project CONTRACT = Examples.contractProject();

    @Property
    void aCutNeverIncreasesABudgetAndNeverGoesBelowZero(@ForAll("amounts") Amount before,
            @ForAll("ratios") Ratio ratio) {
        Amount after = BudgetLinkage.cut(before, ratio);
        assertFalse(after.isGreaterThan(before), () -> before + " → " + after);
        assertFalse(after.isNegative(), () -> before + " → " + after);
    }

    @Property
    void aCutIsBeforeTimesOneMinusTheRatioRoundedOnce(@ForAll("amounts") Amount before, @ForAll("ratios") Ratio ratio) {
        // The exact product, to 20 decimals, then HALF_UP to the fen — never a rounded factor first.
        BigDecimal exact = before.yuan().multiply(new BigDecimal(ratio.denominator().subtract(ratio.numerator())))
                .divide(new BigDecimal(ratio.denominator()), 20, RoundingMode.DOWN);
        BigDecimal expected = exact.setScale(2, RoundingMode.HALF_UP);
        assertEquals(Amount.of(expected), BudgetLinkage.cut(before, ratio));
        if (ratio.denominator().bitLength() < 8 && BigDecimal.TEN.pow(6).remainder(new BigDecimal(ratio.denominator()))
                .signum() == 0) {
            BigDecimal factor = BigDecimal.ONE.subtract(new BigDecimal(ratio.numerator())
                    .divide(new BigDecimal(ratio.denominator())));
            assertEquals(before.times(factor), BudgetLinkage.cut(before, ratio), "the same as Amount.times");
        }
    }

    @Property
    void theStrongestActionWinsAndTheAmountsFitIt(@ForAll("scores") Score score, @ForAll Grade raw,
            @ForAll("findings") SupervisionFindings findings, @ForAll("amounts") Amount before,
            @ForAll("linkages") LinkagePolicy policy) {
        Project project = Project.builder().from(CONTRACT).budget(Budget.of(before, before)).build();
        VetoOutcome vetoes = Vetoes.apply(raw, findings, project.fundCategory(), null, Presets.MOF_2020.vetoes());
        BudgetDecision decision = BudgetLinkage.decide(project, score, vetoes, findings, policy);
        BudgetAction strongest = policy.gradeActions().getOrDefault(vetoes.grade(), BudgetAction.KEEP);
        if (policy.cutBelowScore().filter(score::isBelow).isPresent()) {
            strongest = strongest.strongest(BudgetAction.CUT);
        }
        if (policy.suspendUnrectified() && findings.unrectifiedProblems()) {
            strongest = strongest.strongest(BudgetAction.SUSPEND);
        }
        if (policy.recallOnVeto() && vetoes.recall()) {
            strongest = strongest.strongest(BudgetAction.RECALL);
        }
        assertEquals(strongest, decision.action());
        assertEquals(before, decision.before());
        assertFalse(decision.after().isGreaterThan(before));
        assertFalse(decision.after().isNegative());
        assertTrue(!decision.action().leavesNothing() || decision.after().isZero());
        assertTrue(decision.steps().stream().anyMatch(s -> s.rule() == decision.rule()));
    }

    @Property
    void tallyingInPartsGivesTheSameTotals(@ForAll("amounts") Amount a, @ForAll("amounts") Amount b,
            @ForAll("amounts") Amount c, @ForAll Grade grade) {
        List<BudgetDecision> decisions = List.of(a, b, c).stream().map(amount -> BudgetLinkage.decide(
                Project.builder().from(CONTRACT).budget(Budget.of(amount, amount)).build(), Score.of(70),
                VetoOutcome.none(grade), SupervisionFindings.none(), Presets.MOF_2020.linkage())).toList();
        BudgetTotals.Tally first = new BudgetTotals.Tally().add(decisions.get(0));
        BudgetTotals.Tally rest = new BudgetTotals.Tally().add(decisions.get(1)).add(decisions.get(2));
        assertEquals(BudgetTotals.of(decisions), first.add(rest).toTotals());
        assertEquals(3, BudgetTotals.of(decisions).projects());
    }

    @Provide
    Arbitrary<Amount> amounts() {
        return Arbitraries.longs().between(0, 99_999_999_999L).edgeCases(e -> e.add(0L, 1L, 5L, 15L, 193_050_000L))
                .map(Amount::ofFen);
    }

    @Provide
    Arbitrary<Ratio> ratios() {
        return Arbitraries.integers().between(1, 1000).flatMap(d -> Arbitraries.integers().between(0, d)
                .map(n -> Ratio.of(n, d)));
    }

    @Provide
    Arbitrary<Score> scores() {
        return Arbitraries.integers().between(0, 10_000).map(cents -> Score.of(BigDecimal.valueOf(cents, 2)));
    }

    @Provide
    Arbitrary<SupervisionFindings> findings() {
        return Combinators.combine(Arbitraries.of(true, false), Arbitraries.of(true, false), Arbitraries.of(true, false),
                Arbitraries.integers().between(0, 3), Arbitraries.of(true, false))
                .as((audit, misuse, untrue, rounds, unrectified) -> SupervisionFindings.builder().auditProblems(audit)
                        .majorMisuse(misuse).authenticityFailed(untrue).unrectifiedFailedMonitoringRounds(rounds)
                        .unrectifiedProblems(unrectified).build());
    }

    @Provide
    Arbitrary<LinkagePolicy> linkages() {
        Arbitrary<BudgetAction> action = Arbitraries.of(BudgetAction.PRIORITY, BudgetAction.KEEP, BudgetAction.CUT,
                BudgetAction.SUSPEND, BudgetAction.CANCEL).injectNull(0.2);
        return Combinators.combine(action.list().ofSize(4), scores().injectNull(0.5), ratios(),
                Arbitraries.of(true, false), Arbitraries.of(true, false))
                .as((actions, below, ratio, suspend, recall) -> {
                    LinkagePolicy.Builder builder = LinkagePolicy.builder().cutRatio(ratio).suspendUnrectified(suspend)
                            .recallOnVeto(recall);
                    if (below != null) {
                        builder.cutBelowScore(below);
                    }
                    for (Grade grade : Grade.values()) {
                        BudgetAction a = actions.get(grade.ordinal());
                        if (a != null) {
                            builder.putGradeActions(grade, a);
                        }
                    }
                    return builder.build();
                });
    }
}
