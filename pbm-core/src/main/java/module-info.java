/**
 * pbm-core: the immutable domain values of budget performance management (预算绩效管理) —
 * projects, goals and indicators, amounts in 元, scores, ratios, grades and grade scales, findings,
 * ex-ante assessments and monitoring snapshots (domain.md section 2).
 *
 * <p>Every value validates on construction and is immutable and thread-safe. Business rules that a
 * finance bureau wants <em>reported</em> rather than refused (weights adding up, indicator counts)
 * live in {@code io.pbm.rules}.
 */
module io.pbm.core {
    requires transitive io.vavr;
    requires transitive org.jspecify;
    requires static org.immutables.value.annotations;

    exports io.pbm.core;
    exports io.pbm.core.budget;
    exports io.pbm.core.goal;
    exports io.pbm.core.grade;
    exports io.pbm.core.project;
    exports io.pbm.core.evaluation;
    exports io.pbm.core.exante;
    exports io.pbm.core.monitoring;
}
