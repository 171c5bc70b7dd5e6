package io.pbm.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pbm.core.FiscalYear;
import io.pbm.core.budget.Amount;
import io.pbm.core.budget.Budget;
import io.pbm.core.budget.FundCategory;
import io.pbm.core.exante.ExAnteAssessment;
import io.pbm.core.goal.Goal;
import io.pbm.core.goal.Indicator;
import io.pbm.core.goal.IndicatorValue;
import io.pbm.core.goal.Level2;
import io.pbm.core.goal.Weight;
import io.pbm.core.grade.Score;
import io.pbm.core.project.BudgetUnit;
import io.pbm.core.project.Project;
import io.pbm.rules.explain.Problem;
import io.pbm.rules.explain.Trace;
import io.pbm.rules.explain.TraceStep;
import io.pbm.rules.explain.Warning;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Goals and projects for the worked examples of goal review (R-GOAL-1…8) and ex-ante (R-EXANTE-1…4). */
public final class ReviewExamples {

    private ReviewExamples() {}

    /** A quantitative indicator with its target written as forms write it. */
    public static Indicator quantitative(String name, Level2 level2, String target, String weight) {
        return Indicator.builder().name(name).level2(level2).target(IndicatorValue.parse(target))
                .weight(Weight.of(new BigDecimal(weight))).build();
    }

    /** A qualitative indicator (target 明显提升). */
    public static Indicator qualitative(String name, Level2 level2, String weight) {
        return Indicator.builder().name(name).level2(level2).target(IndicatorValue.text("明显提升"))
                .weight(Weight.of(new BigDecimal(weight))).build();
    }

    /**
     * A goal of {@code quantified} quantitative output indicators (≥10个) and {@code qualitative} social
     * ones, whose weights add up to 90 (hard R-GOAL-3 holds; the level-1 split is what it is).
     */
    public static Goal goal(int quantified, int qualitative) {
        int n = quantified + qualitative;
        Goal.Builder goal = Goal.builder();
        long cents = 9000 / n;
        for (int i = 0; i < n; i++) {
            long weight = i == 0 ? 9000 - cents * (n - 1) : cents;
            String points = BigDecimal.valueOf(weight, 2).toPlainString();
            goal.addIndicators(i < quantified ? quantitative("定量指标" + i, Level2.QUANTITY, ">=10个", points)
                    : qualitative("定性指标" + i, Level2.SOCIAL, points));
        }
        return goal.build();
    }

    /**
     * A goal that passes review under both presets: 8 indicators, 7 quantified (87.5 %), output 50,
     * benefit 30, satisfaction 10.
     */
    public static Goal sound() {
        return Goal.builder()
                .text("新建乡村道路12公里，改善群众出行条件")
                .addIndicators(quantitative("新建道路长度", Level2.QUANTITY, ">=12公里", "15"))
                .addIndicators(quantitative("验收合格率", Level2.QUALITY, ">=100%", "10"))
                .addIndicators(quantitative("按期完工率", Level2.TIMELINESS, ">=95%", "10"))
                .addIndicators(quantitative("单位造价", Level2.COST, "<=300万元", "15"))
                .addIndicators(quantitative("受益人口", Level2.SOCIAL, ">=2000人", "10"))
                .addIndicators(quantitative("通行时间缩短", Level2.ECONOMIC, ">=20%", "10"))
                .addIndicators(qualitative("群众出行条件", Level2.SOCIAL, "10"))
                .addIndicators(quantitative("群众满意度", Level2.SERVICE_RECIPIENT, ">=90%", "10"))
                .build();
    }

    /** A goal of 新建道路长度 (output) and 受益人口 (benefit), with their targets and weights. */
    public static Goal.Builder roads(String length, int lengthWeight, String people, int peopleWeight) {
        return Goal.builder()
                .addIndicators(quantitative("新建道路长度", Level2.QUANTITY, length, String.valueOf(lengthWeight)))
                .addIndicators(quantitative("受益人口", Level2.SOCIAL, people, String.valueOf(peopleWeight)));
    }

    /** {@link #roads(String, int, String, int)} and 群众满意度 (satisfaction). */
    public static Goal roads(String length, int lengthWeight, String people, int peopleWeight, String satisfaction,
            int satisfactionWeight) {
        return roads(length, lengthWeight, people, peopleWeight).addIndicators(quantitative("群众满意度",
                Level2.SERVICE_RECIPIENT, satisfaction, String.valueOf(satisfactionWeight))).build();
    }

    /** A continuing 2024 project of 500,000.00 元 with a goal. */
    public static Project.Builder project(String id, Goal goal) {
        return Project.builder()
                .id(id)
                .name("乡村道路建设项目 " + id)
                .unit(BudgetUnit.of("焉耆县交通运输局"))
                .year(FiscalYear.of(2024))
                .fundCategory(FundCategory.GENERAL_PUBLIC)
                .budget(Budget.of(Amount.of(500_000), Amount.ZERO))
                .goal(goal);
    }

    /** An ex-ante assessment of five dimension scores, not re-assessed by a third party. */
    public static ExAnteAssessment assessment(String necessity, String economy, String goalSoundness,
            String feasibility, String fundingCompliance) {
        return ExAnteAssessment.builder()
                .necessity(Score.parse(necessity))
                .economy(Score.parse(economy))
                .goalSoundness(Score.parse(goalSoundness))
                .feasibility(Score.parse(feasibility))
                .fundingCompliance(Score.parse(fundingCompliance))
                .build();
    }

    /** Asserts that every message of a result has its text in both languages (a missing text renders as the key). */
    public static void assertTexts(List<Problem> problems, List<Warning> warnings, Trace trace) {
        Stream.of(problems.stream().map(Problem::message), warnings.stream().map(Warning::message),
                trace.steps().stream().map(TraceStep::message)).flatMap(messages -> messages).forEach(message ->
                        assertTrue(!message.render(Locale.SIMPLIFIED_CHINESE).startsWith(message.key())
                                && !message.render(Locale.ENGLISH).startsWith(message.key()), message.key()));
    }
}
