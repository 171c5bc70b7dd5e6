package io.pbm.core.budget;

import static io.pbm.core.ValueAssertions.assertInvalid;
import static io.pbm.core.ValueAssertions.assertNullRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A project's money for the year (domain.md section 2; section 8 for next year's base). */
class BudgetTest {

    private static final Amount ADJUSTED = Amount.parse("193.05万元");
    private static final Amount SPENT = Amount.parse("183.50万元");

    @Test
    void onlyTheAdjustedBudgetAndTheSpendingAreRequired() {
        Budget budget = Budget.of(ADJUSTED, SPENT);
        assertEquals(ADJUSTED, budget.adjusted());
        assertEquals(SPENT, budget.spent());
        assertEquals(Optional.empty(), budget.initial());
        assertEquals(Optional.empty(), budget.received());
        assertEquals(Optional.empty(), budget.nextYearRequest());
        assertEquals(Optional.empty(), budget.explanation());
        assertEquals(budget, Budget.builder().adjusted(ADJUSTED).spent(SPENT).build());
        assertEquals(budget.hashCode(), Budget.builder().adjusted(ADJUSTED).spent(SPENT).build().hashCode());
    }

    @Test
    void aBuilderTakesEveryFigure() {
        Budget budget = Budget.builder().initial(Amount.of(2_000_000)).adjusted(ADJUSTED).received(Amount.of(1_900_000))
                .spent(SPENT).nextYearRequest(Amount.of(2_100_000)).explanation("追加预算").build();
        assertEquals(Optional.of(Amount.of(2_000_000)), budget.initial());
        assertEquals(Optional.of(Amount.of(1_900_000)), budget.received());
        assertEquals(Optional.of(Amount.of(2_100_000)), budget.nextYearRequest());
        assertEquals(Optional.of("追加预算"), budget.explanation());
        assertNotEquals(Budget.of(ADJUSTED, SPENT), budget);
    }

    @Test
    void nextYearStartsFromTheRequestIfGivenElseFromTheAdjustedBudget() {
        assertEquals(ADJUSTED, Budget.of(ADJUSTED, SPENT).nextYearBase());
        Budget withRequest = Budget.builder().adjusted(ADJUSTED).spent(SPENT).nextYearRequest(Amount.of(1_000_000))
                .build();
        assertEquals(Amount.of(1_000_000), withRequest.nextYearBase());
    }

    @Test
    void R_AUDIT_4_spendingAboveTheBudgetIsAFindingNotARefusal() {
        Budget over = Budget.of(Amount.of(1000), Amount.of(1100));
        assertTrue(over.spent().isGreaterThan(over.adjusted()));
        assertEquals(Amount.ZERO, Budget.of(Amount.ZERO, Amount.ZERO).adjusted());
    }

    @Test
    void noFigureMayBeNegative() {
        Amount negative = Amount.of("-0.01");
        assertInvalid(() -> Budget.of(negative, SPENT), "budget.adjusted", "-0.01", "budget.adjusted >= 0.00");
        assertInvalid(() -> Budget.of(ADJUSTED, negative), "budget.spent", "-0.01", "budget.spent >= 0.00");
        assertInvalid(() -> Budget.builder().adjusted(ADJUSTED).spent(SPENT).initial(negative).build(),
                "budget.initial", "-0.01", "budget.initial >= 0.00");
        assertInvalid(() -> Budget.builder().adjusted(ADJUSTED).spent(SPENT).received(negative).build(),
                "budget.received", "-0.01", "budget.received >= 0.00");
        assertInvalid(() -> Budget.builder().adjusted(ADJUSTED).spent(SPENT).nextYearRequest(negative).build(),
                "budget.nextYearRequest", "-0.01", "budget.nextYearRequest >= 0.00");
    }

    @Test
    void aMissingRequiredFigureIsNamed() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Budget.builder().spent(SPENT).build());
        assertTrue(e.getMessage().contains("adjusted"), e::getMessage);
        IllegalStateException f = assertThrows(IllegalStateException.class,
                () -> Budget.builder().adjusted(ADJUSTED).build());
        assertTrue(f.getMessage().contains("spent"), f::getMessage);
    }

    @Test
    void nullsAreRejectedNamingTheArgument() {
        assertNullRejected("adjusted", () -> Budget.of(null, SPENT));
        assertNullRejected("spent", () -> Budget.of(ADJUSTED, null));
    }

    @Test
    void theGeneratedBuilderNamesANullAttribute() {
        // Immutables' own message is the bare attribute name (see the report: not "… is null")
        assertEquals("adjusted", assertThrows(NullPointerException.class,
                () -> Budget.builder().adjusted(null)).getMessage());
        assertEquals("spent", assertThrows(NullPointerException.class,
                () -> Budget.builder().spent(null)).getMessage());
        assertEquals("explanation", assertThrows(NullPointerException.class,
                () -> Budget.builder().explanation((String) null)).getMessage());
    }
}
