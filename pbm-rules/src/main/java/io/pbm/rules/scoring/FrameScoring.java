package io.pbm.rules.scoring;

import io.pbm.core.Ratio;
import io.pbm.core.budget.Amount;
import io.pbm.core.budget.Budget;
import io.pbm.core.evaluation.FrameFormula;
import io.pbm.core.evaluation.FrameItem;
import io.pbm.core.evaluation.FrameSection;
import io.pbm.core.goal.Comparison;
import io.pbm.core.goal.IndicatorValue;
import io.pbm.core.grade.Score;
import io.pbm.rules.explain.Message;
import io.pbm.rules.explain.Problem;
import io.pbm.rules.explain.RuleId;
import io.pbm.rules.explain.TraceStep;
import io.pbm.rules.explain.Warning;
import io.pbm.rules.policy.Policy;
import io.pbm.rules.precision.Scaled;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Scores a department or finance evaluation in its four-part frame (R-SCORE-FRAME): 决策 / 过程 /
 * 产出 / 效益 items, each scored by the evaluator, by a formula of the frame — 资金到位率 = received ÷
 * budget, 预算执行率 = spent ÷ received, 实际完成率 = actual ÷ planned, 成本节约率 = (planned −
 * actual) ÷ planned — or by comparing a target and an actual like a level-3 indicator. A rate
 * earns weight × min(rate, 1); a cost overrun loses its share.
 *
 * <p>The item weights must add up to 100 (a problem otherwise); parts weighted other than the
 * policy's frame weights, and output and benefit below the policy's floor (R-GOAL-8), are warnings.
 *
 * <p>Pure and thread-safe.
 */
public final class FrameScoring {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private FrameScoring() {}

    /**
     * Scores frame items, adding problems, warnings and trace steps to the lists given.
     *
     * @param budget  the project's budget, not null
     * @param items  the items, not null
     * @param policy  the policy, not null
     * @param problems  where problems go, not null
     * @param warnings  where warnings go, not null
     * @param trace  where trace steps go, not null
     * @return the scores: a zero execution score (spending is scored by its items) and one result per item
     */
    public static ScoreSheet score(Budget budget, List<FrameItem> items, Policy policy,
            List<Problem> problems, List<Warning> warnings, List<TraceStep> trace) {
        Objects.requireNonNull(budget, "budget is null");
        Objects.requireNonNull(items, "items is null");
        Objects.requireNonNull(policy, "policy is null");
        BigDecimal zero = BigDecimal.ZERO.setScale(2);
        Ratio rate = budget.adjusted().isZero() ? null : Ratio.of(budget.spent().yuan(), budget.adjusted().yuan());
        ExecutionScore execution = new ExecutionScore(zero, rate, new TraceStep(RuleId.R_SCORE_FRAME, "", zero.toPlainString(),
                Message.of("R-SCORE-FRAME.execution")));
        trace.add(execution.step());
        checkWeights(items, policy, problems, warnings);
        List<IndicatorResult> results = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            FrameItem item = items.get(i);
            String path = "/frameItems/" + i;
            BigDecimal points = itemPoints(item, budget, policy, path, problems, trace);
            if (points != null) {
                results.add(new IndicatorResult(item.name(), item.section(), item.weight(), Score.of(points), null,
                        false, false, Set.of()));
            }
        }
        return new ScoreSheet(execution, results);
    }

    private static void checkWeights(List<FrameItem> items, Policy policy, List<Problem> problems,
            List<Warning> warnings) {
        Map<FrameSection, BigDecimal> bySection = new EnumMap<>(FrameSection.class);
        BigDecimal total = BigDecimal.ZERO;
        for (FrameItem item : items) {
            total = total.add(item.weight().points());
            bySection.merge(item.section(), item.weight().points(), BigDecimal::add);
        }
        if (total.compareTo(HUNDRED) != 0) {
            problems.add(Problem.of(RuleId.R_SCORE_FRAME, "/frameItems", Message.of("R-SCORE-FRAME.total", total)));
            return;
        }
        policy.frameWeights().forEach((section, weight) -> {
            BigDecimal actual = bySection.getOrDefault(section, BigDecimal.ZERO);
            if (actual.compareTo(weight.points()) != 0) {
                warnings.add(new Warning(RuleId.R_SCORE_FRAME, null, "/frameItems", Message.of("R-SCORE-FRAME.split",
                        section, actual.setScale(2), weight)));
            }
        });
        BigDecimal outputBenefit = bySection.getOrDefault(FrameSection.OUTPUT, BigDecimal.ZERO)
                .add(bySection.getOrDefault(FrameSection.BENEFIT, BigDecimal.ZERO));
        if (Ratio.of(outputBenefit, HUNDRED).isBelow(policy.minOutputBenefitShare())) {
            warnings.add(new Warning(RuleId.R_GOAL_8, null, "/frameItems", Message.of("R-GOAL-8.share",
                    outputBenefit.setScale(2), policy.minOutputBenefitShare().toPercentString(0))));
        }
    }

    private static BigDecimal itemPoints(FrameItem item, Budget budget, Policy policy, String path,
            List<Problem> problems, List<TraceStep> trace) {
        BigDecimal weight = item.weight().points();
        if (item.score().isPresent()) {
            BigDecimal points = item.score().get().points();
            trace.add(new TraceStep(RuleId.R_SCORE_FRAME, item.name(), points.toPlainString(),
                    Message.of("R-SCORE-FRAME.given", item.section(), points, weight)));
            return points;
        }
        if (item.formula().isEmpty()) {
            IndicatorValue target = item.target().orElseThrow();
            Comparison comparison = target.comparison().orElse(Comparison.AT_LEAST);
            if (target.isQualitative() || item.actual().flatMap(IndicatorValue::number).isEmpty()) {
                problems.add(Problem.of(RuleId.R_SCORE_FRAME, path + "/actual", Message.of("actual.missing", item.name(),
                        item.actual().map(String::valueOf).orElse("—"))));
                return null;
            }
            IndicatorScore scored = IndicatorScoring.compare(item.name(), comparison, target.number().orElseThrow(),
                    item.actual().flatMap(IndicatorValue::number).orElseThrow(), weight, policy, true);
            trace.add(scored.step());
            return scored.points();
        }
        FrameFormula formula = item.formula().get();
        BigDecimal numerator;
        BigDecimal denominator;
        switch (formula) {
            case FUNDS_AVAILABILITY -> {
                if (budget.received().isEmpty() || budget.adjusted().isZero()) {
                    problems.add(Problem.of(RuleId.R_SCORE_FRAME, "/budget/received",
                            Message.of("R-SCORE-FRAME.needs", item.name(), formula, "budget.received, budget.adjusted")));
                    return null;
                }
                numerator = budget.received().get().yuan();
                denominator = budget.adjusted().yuan();
            }
            case EXECUTION -> {
                if (budget.received().map(Amount::isZero).orElse(true)) {
                    problems.add(Problem.of(RuleId.R_SCORE_FRAME, "/budget/received",
                            Message.of("R-SCORE-FRAME.needs", item.name(), formula, "budget.received")));
                    return null;
                }
                numerator = budget.spent().yuan();
                denominator = budget.received().get().yuan();
            }
            case COMPLETION -> {
                numerator = item.actual().flatMap(IndicatorValue::number).orElseThrow();
                denominator = item.target().flatMap(IndicatorValue::number).orElseThrow();
            }
            case COST_SAVING -> {
                BigDecimal planned = item.target().flatMap(IndicatorValue::number).orElseThrow();
                // 1 + saving rate = (2 × planned − actual) ÷ planned: full marks from a saving of 0 up.
                numerator = planned.add(planned).subtract(item.actual().flatMap(IndicatorValue::number).orElseThrow());
                denominator = planned;
            }
            default -> throw new AssertionError(formula);
        }
        if (denominator.signum() <= 0) {
            problems.add(Problem.of(RuleId.R_SCORE_FRAME, path + "/target",
                    Message.of("R-SCORE-FRAME.zero", item.name(), formula)));
            return null;
        }
        BigDecimal points;
        if (numerator.compareTo(denominator) >= 0) {
            points = weight;
        } else if (numerator.signum() <= 0) {
            points = BigDecimal.ZERO.setScale(2);
        } else {
            points = Scaled.score(policy, numerator, weight, denominator, weight);
        }
        trace.add(new TraceStep(RuleId.R_SCORE_FRAME, item.name(), points.toPlainString(), Message.of(
                "R-SCORE-FRAME.formula", formula, Ratio.of(numerator, denominator).toPercentString(2), weight,
                points)));
        return points;
    }
}
