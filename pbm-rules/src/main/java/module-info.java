/**
 * pbm-rules: the pure rule engines of budget performance management — policies, scoring, deviation,
 * grading, vetoes, budget linkage, goal review, monitoring and planning. Every engine is a function of
 * (input, policy): no I/O, no clock, no unseeded randomness, no mutable static state.
 */
module io.pbm.rules {
    requires transitive io.pbm.core;
    requires static org.immutables.value.annotations;

    exports io.pbm.rules.explain;
    exports io.pbm.rules.policy;
    exports io.pbm.rules.scoring;
    exports io.pbm.rules.evaluation;
    exports io.pbm.rules.monitoring;
    exports io.pbm.rules.review;
    exports io.pbm.rules.exante;
    exports io.pbm.rules;
    exports io.pbm.rules.veto;
    exports io.pbm.rules.linkage;
    exports io.pbm.rules.pipeline;
    exports io.pbm.rules.planning;
    exports io.pbm.rules.audit;
}
