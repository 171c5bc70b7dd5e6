package io.pbm.core.budget;

import io.pbm.core.Labelled;

/**
 * What happens to a project's money next year (结果应用, R-LINK-1…4).
 *
 * <p>The constants are declared from the weakest action to the strongest, so the natural order is
 * strength and "where several rules fire, the strongest action wins" is {@link #strongest}
 * (domain.md section 8: RECALL &gt; NOT_BUDGETED &gt; CANCEL &gt; SUSPEND &gt; CUT &gt; KEEP &gt; PRIORITY).
 */
public enum BudgetAction implements Labelled {
    /** 优先保障: an 优 project is funded first (seed 000: 优先考虑). */
    PRIORITY("优先保障", "priority", false),
    /** 保持: no rule fired. */
    KEEP("保持", "keep", false),
    /** 调减: cut by the policy's ratio. */
    CUT("调减", "cut", false),
    /** 暂停: suspended until problems are rectified (R-LINK-4). */
    SUSPEND("暂停", "suspend", true),
    /** 取消: next year's funding cancelled. */
    CANCEL("取消", "cancel", true),
    /** 不安排预算: not budgeted (R-GOAL-5, R-EXANTE-3). */
    NOT_BUDGETED("不安排预算", "not budgeted", true),
    /** 收回: this year's funds recalled too (R-VETO-4). */
    RECALL("收回", "recall", true);

    private final String label;
    private final String englishLabel;
    private final boolean leavesNothing;

    BudgetAction(String label, String englishLabel, boolean leavesNothing) {
        this.label = label;
        this.englishLabel = englishLabel;
        this.leavesNothing = leavesNothing;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public String englishLabel() {
        return englishLabel;
    }

    /**
     * Whether the action leaves 0.00 for next year (CANCEL, SUSPEND, NOT_BUDGETED, RECALL).
     *
     * @return true if nothing is left
     */
    public boolean leavesNothing() {
        return leavesNothing;
    }

    /**
     * The stronger of this action and another.
     *
     * @param other  the other action, not null
     * @return the stronger action
     */
    public BudgetAction strongest(BudgetAction other) {
        java.util.Objects.requireNonNull(other, "other is null");
        return compareTo(other) >= 0 ? this : other;
    }

    /**
     * Reads an action from its name or label.
     *
     * @param text  the text, not null
     * @return the action
     * @throws io.pbm.core.InvalidValueException if none matches
     */
    public static BudgetAction parse(String text) {
        return Labelled.parse(BudgetAction.class, "action", text);
    }
}
