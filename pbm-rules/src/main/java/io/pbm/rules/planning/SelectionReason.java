package io.pbm.rules.planning;

import io.pbm.core.Labelled;

/**
 * Why a project was selected for a department evaluation (R-PLAN-1) or a finance key evaluation
 * (R-PLAN-2). A selected project carries the one reason that decided it, the first that applies in
 * declaration order.
 */
public enum SelectionReason implements Labelled {
    /**
     * R-PLAN-1: not evaluated within the cycle (its last evaluation is {@code cycleYears} or more
     * before the plan year), or — in a cycle plan — not yet covered by its last year. Always selected.
     */
    OVERDUE("超过评价周期", "overdue in the cycle"),
    /** R-PLAN-1: a key project never evaluated before (preferred); R-PLAN-2: a key project (first). */
    KEY("重点项目", "key project"),
    /** R-PLAN-1: a one-time project never evaluated before (preferred). */
    ONE_TIME("一次性项目", "one-time project"),
    /** R-PLAN-1: never evaluated — the oldest possible last evaluation, next in line. */
    NEVER_EVALUATED("从未评价", "never evaluated"),
    /**
     * R-PLAN-1: evaluated before, chosen by the oldest last evaluation, then the largest budget, to
     * reach the share; R-PLAN-2: chosen by the largest budget to reach the count and the money.
     */
    BUDGET("按金额补足", "by budget");

    private final String label;
    private final String englishLabel;

    SelectionReason(String label, String englishLabel) {
        this.label = label;
        this.englishLabel = englishLabel;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public String englishLabel() {
        return englishLabel;
    }
}
