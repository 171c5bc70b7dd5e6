package io.pbm.rules.audit;

import io.pbm.core.budget.Budget;
import io.pbm.core.evaluation.EvaluationInput;
import io.pbm.core.evaluation.IndicatorActual;
import io.pbm.core.evaluation.ReportedFigures;
import io.pbm.core.goal.Goal;
import io.pbm.core.grade.Grade;
import io.pbm.core.project.Project;
import io.pbm.rules.Examples;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/** Filled-in self-evaluation tables for the audit tests, built on the json-contract example. */
final class Tables {

    private Tables() {}

    /** The json-contract example with the figures its table should report: 9.51 + … = 88.73, 良. */
    static Project contractTable() {
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        scores.put("新建排水管网长度", new BigDecimal("28.75"));
        scores.put("管网验收合格率", new BigDecimal("10"));
        scores.put("按期完工率", new BigDecimal("9.47"));
        scores.put("排涝能力提升", new BigDecimal("21"));
        scores.put("群众满意度", new BigDecimal("10"));
        return withReported(Examples.contractProject(), r -> r.indicatorScores(scores)
                .executionScore(new BigDecimal("9.51")).total(new BigDecimal("88.73")).grade(Grade.GOOD));
    }

    static Project withReported(Project project, Consumer<ReportedFigures.Builder> change) {
        EvaluationInput input = project.evaluation().orElseThrow();
        ReportedFigures.Builder reported = ReportedFigures.builder();
        input.reported().ifPresent(reported::from);
        change.accept(reported);
        return withInput(project, EvaluationInput.builder().from(input).reported(reported.build()).build());
    }

    static Project withScore(Project project, String indicator, String score) {
        return withReported(project, r -> {
            Map<String, BigDecimal> scores = new LinkedHashMap<>(project.evaluation().orElseThrow().reported()
                    .orElseThrow().indicatorScores());
            scores.put(indicator, new BigDecimal(score));
            r.indicatorScores(scores);
        });
    }

    static Project withActual(Project project, String indicator, IndicatorActual actual) {
        EvaluationInput input = project.evaluation().orElseThrow();
        Map<String, IndicatorActual> actuals = new LinkedHashMap<>(input.actuals());
        actuals.put(indicator, actual);
        return withInput(project, EvaluationInput.builder().from(input).actuals(actuals).build());
    }

    static Project withInput(Project project, EvaluationInput input) {
        return Project.builder().from(project).evaluation(input).build();
    }

    static Project withBudget(Project project, Budget budget) {
        return Project.builder().from(project).budget(budget).build();
    }

    static Project withGoal(Project project, Goal goal) {
        return Project.builder().from(project).goal(goal).build();
    }
}
