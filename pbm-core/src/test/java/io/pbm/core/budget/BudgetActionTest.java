package io.pbm.core.budget;

import static io.pbm.core.ValueAssertions.assertInvalid;
import static io.pbm.core.ValueAssertions.assertNullRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Next year's budget actions (domain.md section 8, R-LINK-1…4). */
class BudgetActionTest {

    /** domain.md section 8, strongest first: RECALL > NOT_BUDGETED > CANCEL > SUSPEND > CUT > KEEP > PRIORITY. */
    private static final List<BudgetAction> STRONGEST_FIRST = List.of(BudgetAction.RECALL, BudgetAction.NOT_BUDGETED,
            BudgetAction.CANCEL, BudgetAction.SUSPEND, BudgetAction.CUT, BudgetAction.KEEP, BudgetAction.PRIORITY);

    @Test
    void theStrongestActionWinsInTheDocumentedOrder() {
        assertEquals(EnumSet.allOf(BudgetAction.class), EnumSet.copyOf(STRONGEST_FIRST));
        for (BudgetAction a : BudgetAction.values()) {
            for (BudgetAction b : BudgetAction.values()) {
                BudgetAction expected = STRONGEST_FIRST.indexOf(a) <= STRONGEST_FIRST.indexOf(b) ? a : b;
                assertEquals(expected, a.strongest(b), a + " vs " + b);
            }
        }
    }

    @Test
    void severalRulesFiringGiveTheStrongestOfThem() {
        assertEquals(BudgetAction.CUT, Stream.of(BudgetAction.PRIORITY, BudgetAction.CUT, BudgetAction.KEEP)
                .reduce(BudgetAction.KEEP, BudgetAction::strongest));
        assertEquals(BudgetAction.RECALL, BudgetAction.CANCEL.strongest(BudgetAction.RECALL));
        assertEquals(BudgetAction.NOT_BUDGETED, BudgetAction.NOT_BUDGETED.strongest(BudgetAction.CANCEL));
        assertEquals(BudgetAction.SUSPEND, BudgetAction.CUT.strongest(BudgetAction.SUSPEND));
        assertEquals(BudgetAction.KEEP, BudgetAction.PRIORITY.strongest(BudgetAction.KEEP));
    }

    @Test
    void cancelSuspendRecallAndNotBudgetedLeaveNothing() {
        for (BudgetAction action : BudgetAction.values()) {
            boolean expected = EnumSet.of(BudgetAction.CANCEL, BudgetAction.SUSPEND, BudgetAction.RECALL,
                    BudgetAction.NOT_BUDGETED).contains(action);
            assertEquals(expected, action.leavesNothing(), action::name);
        }
    }

    @Test
    void actionsCarryTheirLabels() {
        assertEquals("优先保障", BudgetAction.PRIORITY.label());
        assertEquals("调减", BudgetAction.CUT.label());
        assertEquals("不安排预算", BudgetAction.NOT_BUDGETED.label());
        assertEquals("收回", BudgetAction.RECALL.label());
        assertEquals("not budgeted", BudgetAction.NOT_BUDGETED.englishLabel());
    }

    @Test
    void parseReadsNameLabelOrEnglishLabel() {
        for (BudgetAction action : BudgetAction.values()) {
            assertEquals(action, BudgetAction.parse(action.name()));
            assertEquals(action, BudgetAction.parse(action.label()));
            assertEquals(action, BudgetAction.parse(action.englishLabel()));
        }
        assertEquals(BudgetAction.NOT_BUDGETED, BudgetAction.parse(" not_budgeted "));
        assertEquals(BudgetAction.CUT, BudgetAction.parse("Cut"));
    }

    @Test
    void anUnknownActionIsRefused() {
        assertInvalid(() -> BudgetAction.parse("削减"), "action", "削减",
                "one of PRIORITY 优先保障, KEEP 保持, CUT 调减, SUSPEND 暂停, CANCEL 取消, NOT_BUDGETED 不安排预算, RECALL 收回");
    }

    @Test
    void nullsAreRejectedNamingTheArgument() {
        assertNullRejected("other", () -> BudgetAction.CUT.strongest(null));
        assertNullRejected("action", () -> BudgetAction.parse(null));
    }
}
