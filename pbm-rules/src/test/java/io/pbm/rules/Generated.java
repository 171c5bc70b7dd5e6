package io.pbm.rules;

import io.pbm.core.FiscalYear;
import io.pbm.core.budget.Amount;
import io.pbm.core.budget.Budget;
import io.pbm.core.budget.FundCategory;
import io.pbm.core.evaluation.EvaluationInput;
import io.pbm.core.evaluation.IndicatorActual;
import io.pbm.core.evaluation.QualitativeAchievement;
import io.pbm.core.evaluation.SupervisionFindings;
import io.pbm.core.goal.Goal;
import io.pbm.core.goal.Indicator;
import io.pbm.core.goal.IndicatorValue;
import io.pbm.core.goal.Level2;
import io.pbm.core.goal.Weight;
import io.pbm.core.grade.Score;
import io.pbm.core.project.BudgetUnit;
import io.pbm.core.project.Project;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Random;

/**
 * Deterministic sample projects for batch tests: a county's mix of units, fund categories (some central
 * transfers, which XINJIANG excludes), budgets, indicators (the contract's five, with actuals from poor
 * to over-achieved), supervision findings that trigger every veto and R-LINK-4, and a few projects that
 * cannot be evaluated (weights that do not add up, no evaluation input). The same seed gives the same
 * projects, in the same order.
 */
public final class Generated {

    private static final String[] UNITS = {"焉耆县住房和城乡建设局", "焉耆县教育局", "焉耆县卫生健康委员会",
        "焉耆县农业农村局", "焉耆县水利局", "焉耆县交通运输局", "焉耆县民政局", "焉耆县文化体育广播电视和旅游局"};

    /** The contract's five indicators (goals are immutable values: one serves every project). */
    private static final Goal GOAL = goal(30);

    /** The same with weights adding up to 95, not 90: rejected by R-GOAL-3. */
    private static final Goal BAD_WEIGHTS = goal(35);

    private Generated() {}

    private static Goal goal(int firstWeight) {
        return Goal.builder()
                .addIndicators(Examples.indicator("新建长度", Level2.QUANTITY, ">=12公里", firstWeight))
                .addIndicators(Examples.indicator("验收合格率", Level2.QUALITY, ">=100%", 10))
                .addIndicators(Examples.indicator("按期完工率", Level2.TIMELINESS, ">=95%", 10))
                .addIndicators(Indicator.builder().name("社会效益").level2(Level2.SOCIAL)
                        .target(IndicatorValue.text("明显提升")).weight(Weight.of(30)).build())
                .addIndicators(Examples.indicator("群众满意度", Level2.SERVICE_RECIPIENT, ">=90%", 10))
                .build();
    }

    /**
     * Projects in a list.
     *
     * @param seed  the seed
     * @param count  how many
     * @return the projects
     */
    public static List<Project> projects(long seed, int count) {
        List<Project> projects = new ArrayList<>(count);
        stream(seed, count).forEach(projects::add);
        return projects;
    }

    /**
     * Projects made one at a time as they are iterated — none is kept — for streaming tests.
     *
     * @param seed  the seed
     * @param count  how many
     * @return an iterable that makes the same projects each time it is iterated
     */
    public static Iterable<Project> stream(long seed, int count) {
        return () -> new Iterator<>() {
            private final Random random = new Random(seed);
            private int next;

            @Override
            public boolean hasNext() {
                return next < count;
            }

            @Override
            public Project next() {
                if (next >= count) {
                    throw new NoSuchElementException();
                }
                return project(random, seed, next++);
            }
        };
    }

    private static Project project(Random random, long seed, int i) {
        int kind = random.nextInt(100);
        FundCategory category = kind < 10 ? FundCategory.CENTRAL_TRANSFER
                : kind < 15 ? FundCategory.values()[random.nextInt(8)] : FundCategory.GENERAL_PUBLIC;
        long adjustedFen = 1_000_000L + random.nextInt(500_000_000);
        long spentFen = adjustedFen * (40 + random.nextInt(71)) / 100;
        Budget.Builder budget = Budget.builder().adjusted(Amount.ofFen(adjustedFen)).spent(Amount.ofFen(spentFen));
        if (random.nextBoolean()) {
            budget.nextYearRequest(Amount.ofFen(adjustedFen / 2 + random.nextInt(400_000_000)));
        }
        Goal goal = random.nextInt(100) < 3 ? BAD_WEIGHTS : GOAL;
        Project.Builder project = Project.builder()
                .id("G" + seed + "-" + i)
                .name("项目" + i)
                .unit(BudgetUnit.of(UNITS[random.nextInt(UNITS.length)]))
                .year(FiscalYear.of(2023))
                .fundCategory(category)
                .budget(budget.build())
                .goal(goal);
        if (random.nextInt(100) >= 2) {
            project.evaluation(evaluation(random, category));
        }
        return project.build();
    }

    private static EvaluationInput evaluation(Random random, FundCategory category) {
        QualitativeAchievement achievement = QualitativeAchievement.values()[random.nextInt(3)];
        int score = switch (achievement) {
            case ACHIEVED -> 24 + random.nextInt(7);
            case PARTLY_ACHIEVED -> 18 + random.nextInt(6);
            case NOT_ACHIEVED -> random.nextInt(18);
        };
        EvaluationInput.Builder input = EvaluationInput.builder()
                .putActuals("新建长度", actual(BigDecimal.valueOf(random.nextInt(160), 1), random))
                .putActuals("验收合格率", actual(BigDecimal.valueOf(80 + random.nextInt(21)), random))
                .putActuals("按期完工率", actual(BigDecimal.valueOf(70 + random.nextInt(31)), random))
                .putActuals("社会效益", IndicatorActual.builder().achievement(achievement).score(Score.of(score))
                        .explanation("说明").build())
                .putActuals("群众满意度", actual(BigDecimal.valueOf(60 + random.nextInt(41)), random))
                .findings(SupervisionFindings.builder()
                        .auditProblems(random.nextInt(100) < 10)
                        .majorMisuse(random.nextInt(100) < 3)
                        .authenticityFailed(random.nextInt(100) < 2)
                        .unrectifiedFailedMonitoringRounds(random.nextInt(100) < 8 ? 1 + random.nextInt(3) : 0)
                        .unrectifiedProblems(random.nextInt(100) < 4)
                        .build());
        if (category == FundCategory.CENTRAL_TRANSFER) {
            input.reportReviewScore(Score.of(75 + random.nextInt(26)));
        }
        return input.build();
    }

    private static IndicatorActual actual(BigDecimal value, Random random) {
        IndicatorActual.Builder actual = IndicatorActual.builder().actual(IndicatorValue.of(value));
        if (random.nextInt(10) > 0) {
            actual.explanation("原因及改进措施");
        }
        return actual.build();
    }
}
