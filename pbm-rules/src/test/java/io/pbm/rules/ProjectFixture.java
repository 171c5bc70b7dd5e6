package io.pbm.rules;

import static org.junit.jupiter.api.Assertions.fail;

import io.pbm.core.FiscalYear;
import io.pbm.core.budget.Amount;
import io.pbm.core.budget.Budget;
import io.pbm.core.budget.FundCategory;
import io.pbm.core.evaluation.EvaluationInput;
import io.pbm.core.evaluation.EvaluationKind;
import io.pbm.core.evaluation.FrameItem;
import io.pbm.core.evaluation.IndicatorActual;
import io.pbm.core.evaluation.QualitativeAchievement;
import io.pbm.core.goal.Goal;
import io.pbm.core.goal.Indicator;
import io.pbm.core.goal.IndicatorValue;
import io.pbm.core.goal.Level2;
import io.pbm.core.goal.Weight;
import io.pbm.core.grade.Score;
import io.pbm.core.project.BudgetUnit;
import io.pbm.core.project.Project;
import io.pbm.rules.evaluation.EvaluationEngine;
import io.pbm.rules.evaluation.EvaluationResult;
import io.pbm.rules.explain.Rejection;
import io.pbm.rules.policy.Policy;
import io.vavr.control.Validation;
import java.util.Locale;

/**
 * A small, mutable builder of test projects: indicators are added together with their actuals, the
 * budget defaults to fully spent (execution score = full weight), the evaluation to SELF.
 */
public final class ProjectFixture {

    private final String id;
    private Budget budget = Budget.of(Amount.of("1000000.00"), Amount.of("1000000.00"));
    private final Goal.Builder goal = Goal.builder().text("测试目标");
    private final EvaluationInput.Builder evaluation = EvaluationInput.builder();

    private ProjectFixture(String id) {
        this.id = id;
    }

    /** A project with no indicators yet, its budget fully spent. */
    public static ProjectFixture project(String id) {
        return new ProjectFixture(id);
    }

    /** The adjusted budget and what was spent, in 元. */
    public ProjectFixture budget(String adjusted, String spent) {
        this.budget = Budget.of(Amount.of(adjusted), Amount.of(spent));
        return this;
    }

    /** A full budget value. */
    public ProjectFixture budget(Budget value) {
        this.budget = value;
        return this;
    }

    /** A quantitative indicator, target as forms write it (">=12公里"), with its actual, no explanation. */
    public ProjectFixture quantitative(String name, Level2 level2, String target, int weight, String actual) {
        return quantitative(name, level2, target, weight, actual, null);
    }

    /** A quantitative indicator with its actual (null: none reported) and explanation (null: none). */
    public ProjectFixture quantitative(String name, Level2 level2, String target, int weight, String actual,
            String explanation) {
        Indicator indicator = Indicator.builder().name(name).level2(level2).target(IndicatorValue.parse(target))
                .weight(Weight.of(weight)).build();
        IndicatorActual.Builder value = IndicatorActual.builder();
        if (actual != null) {
            value.actual(IndicatorValue.parse(actual));
        }
        if (explanation != null) {
            value.explanation(explanation);
        }
        return add(indicator, actual == null && explanation == null ? null : value.build());
    }

    /** A qualitative indicator (target 明显提升) with its achievement, score (null: none) and explanation. */
    public ProjectFixture qualitative(String name, Level2 level2, int weight, QualitativeAchievement achievement,
            String score, String explanation) {
        Indicator indicator = Indicator.builder().name(name).level2(level2).target(IndicatorValue.text("明显提升"))
                .weight(Weight.of(weight)).build();
        IndicatorActual.Builder value = IndicatorActual.builder().achievement(achievement);
        if (score != null) {
            value.score(Score.parse(score));
        }
        if (explanation != null) {
            value.explanation(explanation);
        }
        return add(indicator, value.build());
    }

    /** Any indicator with its actual (null: the actual is not reported at all). */
    public ProjectFixture add(Indicator indicator, IndicatorActual actual) {
        goal.addIndicators(indicator);
        if (actual != null) {
            evaluation.putActuals(indicator.name(), actual);
        }
        return this;
    }

    /** The kind of evaluation. */
    public ProjectFixture kind(EvaluationKind kind) {
        evaluation.kind(kind);
        return this;
    }

    /** A frame item of a department or finance evaluation. */
    public ProjectFixture frameItem(FrameItem item) {
        evaluation.addFrameItems(item);
        return this;
    }

    /** The project. */
    public Project build() {
        return Project.builder()
                .id(id)
                .name("测试项目" + id)
                .unit(BudgetUnit.of("测试单位"))
                .year(FiscalYear.of(2023))
                .fundCategory(FundCategory.GENERAL_PUBLIC)
                .budget(budget)
                .goal(goal.build())
                .evaluation(evaluation.build())
                .build();
    }

    /** Evaluates the project, failing the test with every problem if it is rejected. */
    public EvaluationResult evaluate(Policy policy) {
        return valid(EvaluationEngine.of(policy).evaluate(build()));
    }

    /** Evaluates the project, failing the test if it is not rejected. */
    public Rejection reject(Policy policy) {
        Validation<Rejection, EvaluationResult> evaluated = EvaluationEngine.of(policy).evaluate(build());
        if (evaluated.isValid()) {
            fail("expected a rejection, got " + evaluated.get() + "\n" + evaluated.get().explain(Locale.ENGLISH));
        }
        return evaluated.getError();
    }

    /** The result, or a failure showing every problem. */
    public static EvaluationResult valid(Validation<Rejection, EvaluationResult> evaluated) {
        if (evaluated.isInvalid()) {
            fail("rejected: " + evaluated.getError().render(Locale.ENGLISH));
        }
        return evaluated.get();
    }
}
