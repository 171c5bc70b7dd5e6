package io.pbm.rules.linkage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.pbm.core.InvalidValueException;
import io.pbm.core.budget.Amount;
import io.pbm.core.budget.BudgetAction;
import io.pbm.core.budget.FundCategory;
import io.pbm.core.evaluation.SupervisionFindings;
import io.pbm.core.grade.Grade;
import io.pbm.core.grade.Score;
import io.pbm.core.project.BudgetUnit;
import io.pbm.rules.Examples;
import io.pbm.rules.explain.Message;
import io.pbm.rules.explain.RuleId;
import io.pbm.rules.explain.TraceStep;
import io.pbm.rules.policy.Presets;
import io.pbm.rules.veto.VetoOutcome;
import io.pbm.rules.veto.Vetoes;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How a budget decision explains itself (domain.md section 8) and how decisions add up. */
class BudgetDecisionTest {

    private static final BudgetUnit UNIT = BudgetUnit.of("u");

    private static BudgetDecision decide(Grade raw, SupervisionFindings findings) {
        VetoOutcome vetoes = Vetoes.apply(raw, findings, FundCategory.GENERAL_PUBLIC, null, Presets.MOF_2020.vetoes());
        return BudgetLinkage.decide(Examples.contractProject(), Score.of(85), vetoes, findings,
                Presets.MOF_2020.linkage());
    }

    private static List<String> keys(BudgetDecision decision) {
        return decision.steps().stream().map(TraceStep::message).map(Message::key).toList();
    }

    @Test
    void R_LINK_3_oneRuleFiredIsOneStepWithNoStrongestActionStep() {
        BudgetDecision keep = decide(Grade.GOOD, SupervisionFindings.none());
        assertEquals(1, keep.steps().size(), keep.steps()::toString);
        assertEquals(RuleId.R_LINK_3, keep.steps().get(0).rule());
        assertEquals("KEEP", keep.steps().get(0).outcome());
    }

    @Test
    void R_LINK_4_twoRulesFiredAreTwoStepsAndTheStrongestAction() {
        BudgetDecision suspended = decide(Grade.GOOD, SupervisionFindings.builder().unrectifiedProblems(true).build());
        assertEquals(3, suspended.steps().size(), suspended.steps()::toString);
        assertEquals("linkage.strongest", keys(suspended).get(2));
        assertEquals(List.of(BudgetAction.SUSPEND, RuleId.R_LINK_4, 2), suspended.steps().get(2).message().args());
    }

    @Test
    void aNegativeAmountBeforeIsRefusedAsBefore() {
        InvalidValueException refused = assertThrows(InvalidValueException.class, () -> new BudgetDecision("p", UNIT,
                BudgetAction.KEEP, Amount.of("-0.01"), Amount.ZERO, RuleId.R_LINK_3, Message.of("x"), List.of()));
        assertEquals("before", refused.field());
        assertEquals("-0.01", refused.value());
        InvalidValueException after = assertThrows(InvalidValueException.class, () -> new BudgetDecision("p", UNIT,
                BudgetAction.CUT, Amount.of(10), Amount.of("-0.01"), RuleId.R_LINK_3, Message.of("x"), List.of()));
        assertEquals("after", after.field());
        assertEquals(Amount.ZERO, new BudgetDecision("p", UNIT, BudgetAction.KEEP, Amount.ZERO, Amount.ZERO,
                RuleId.R_LINK_3, Message.of("x"), List.of()).reduction());
    }

    @Test
    void aDecisionPrintsItsProjectActionAmountsAndRule() {
        BudgetDecision decision = new BudgetDecision("P-1", UNIT, BudgetAction.CUT, Amount.of(100), Amount.of(90),
                RuleId.R_LINK_3, Message.of("x"), List.of());
        assertEquals("P-1 CUT 100.00 → 90.00 (R-LINK-3)", decision.toString());
        assertEquals(Amount.of(10), decision.reduction());
    }

    @Test
    void totalsPrintOnlyTheActionsSomeProjectHas() {
        BudgetTotals totals = new BudgetTotals(Amount.of(300), Amount.of(190),
                Map.of(BudgetAction.CUT, 1L, BudgetAction.CANCEL, 1L, BudgetAction.KEEP, 0L, BudgetAction.PRIORITY, 1L));
        assertEquals("300.00 → 190.00, PRIORITY 1 CUT 1 CANCEL 1", totals.toString());
        assertEquals(3, totals.projects());
        assertEquals(Amount.of(110), totals.reduction());
        assertEquals("0.00 → 0.00", BudgetTotals.NONE.toString());
    }
}
