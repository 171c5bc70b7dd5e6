package io.pbm.rules.pipeline;

import io.pbm.core.Labelled;

/**
 * What became of an input project: every input is exactly one of these (json-contract.md, "Nothing is
 * lost": {@code projects = evaluated + excluded + rejected}).
 */
public enum OutcomeKind implements Labelled {
    /** Scored, graded, vetoed and decided: a {@link ProjectResult}. */
    EVALUATED("已评价", "evaluated"),
    /** Left out by the policy (R-PLAN-4): an {@link Exclusion}. */
    EXCLUDED("不纳入评价", "excluded"),
    /** Cannot be evaluated, with every problem: a {@link RejectedProject}. */
    REJECTED("无法评价", "rejected");

    private final String label;
    private final String englishLabel;

    OutcomeKind(String label, String englishLabel) {
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
