package io.pbm.examples.sample;

import io.pbm.core.evaluation.EvaluationInput;
import io.pbm.core.evaluation.IndicatorActual;
import io.pbm.core.evaluation.QualitativeAchievement;
import io.pbm.core.goal.Goal;
import io.pbm.core.goal.Indicator;
import io.pbm.core.goal.IndicatorValue;
import io.pbm.core.goal.MeasureUnit;
import io.pbm.core.goal.Weight;
import io.pbm.core.grade.Score;
import io.pbm.core.project.Project;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The data-entry mistakes of a sample made "with errors" (seed 001 calls them 数据填报等低级错误): each
 * makes its project one that cannot be evaluated, a rejection with the rule and the location.
 */
enum Corruption {
    /** One weight 5 points too many: the weights add up to 95, not 90 (hard R-GOAL-3). */
    WEIGHTS {
        @Override
        Project apply(Project project) {
            List<Indicator> indicators = new ArrayList<>(project.goal().indicators());
            Indicator first = indicators.get(0);
            BigDecimal more = first.weight().points().add(BigDecimal.valueOf(5)).min(BigDecimal.valueOf(100));
            indicators.set(0, Indicator.builder().from(first).weight(Weight.of(more)).build());
            return withGoal(project, indicators);
        }
    },
    /** A qualitative indicator judged achieved but scored at half its weight, outside [80 %, 100 %] (R-SCORE-QUAL). */
    QUALITATIVE_SCORE {
        @Override
        Project apply(Project project) {
            EvaluationInput input = project.evaluation().orElseThrow();
            for (Indicator indicator : project.goal().indicators()) {
                if (!indicator.isQuantitative()) {
                    Map<String, IndicatorActual> actuals = new LinkedHashMap<>(input.actuals());
                    BigDecimal half = indicator.weight().points().divide(BigDecimal.valueOf(2));
                    actuals.put(indicator.name(), IndicatorActual.of(QualitativeAchievement.ACHIEVED, Score.of(half)));
                    return withActuals(project, actuals);
                }
            }
            return WEIGHTS.apply(project);
        }
    },
    /** A quantitative indicator written without its unit of measure (R-GOAL-4). */
    NO_UNIT {
        @Override
        Project apply(Project project) {
            List<Indicator> indicators = new ArrayList<>(project.goal().indicators());
            for (int i = 0; i < indicators.size(); i++) {
                Indicator indicator = indicators.get(i);
                if (indicator.isQuantitative()) {
                    indicators.set(i, Indicator.builder().from(indicator).unit(MeasureUnit.NONE)
                            .target(IndicatorValue.of(indicator.target().number().orElseThrow())).build());
                    return withGoal(project, indicators);
                }
            }
            return WEIGHTS.apply(project);
        }
    },
    /** An indicator whose actual was never filled in. */
    MISSING_ACTUAL {
        @Override
        Project apply(Project project) {
            EvaluationInput input = project.evaluation().orElseThrow();
            Map<String, IndicatorActual> actuals = new LinkedHashMap<>(input.actuals());
            actuals.remove(project.goal().indicators().get(project.goal().indicators().size() / 2).name());
            return withActuals(project, actuals);
        }
    };

    /** The mistake made in a project. */
    abstract Project apply(Project project);

    private static Project withGoal(Project project, List<Indicator> indicators) {
        Goal goal = Goal.builder().from(project.goal()).indicators(indicators).build();
        return Project.builder().from(project).goal(goal).build();
    }

    private static Project withActuals(Project project, Map<String, IndicatorActual> actuals) {
        EvaluationInput input = EvaluationInput.builder().from(project.evaluation().orElseThrow()).actuals(actuals).build();
        return Project.builder().from(project).evaluation(input).build();
    }
}
