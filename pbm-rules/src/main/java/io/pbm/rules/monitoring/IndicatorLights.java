package io.pbm.rules.monitoring;

import io.pbm.core.Ratio;
import io.pbm.core.evaluation.IndicatorActual;
import io.pbm.core.evaluation.QualitativeAchievement;
import io.pbm.core.goal.Comparison;
import io.pbm.core.goal.Indicator;
import io.pbm.core.goal.IndicatorValue;
import io.pbm.core.monitoring.WarningLight;
import io.pbm.rules.explain.Message;
import io.pbm.rules.explain.Problem;
import io.pbm.rules.explain.RuleId;
import io.pbm.rules.policy.MonitoringPolicy;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The light of one indicator at the end of a month (R-MON-2):
 *
 * <ul>
 *   <li>≥ or &gt; that accumulates over the year (a count or an amount: the policy's level-2
 *       categories, QUANTITY and COST, unit not %): progress = actual ÷ (target × month ÷ 12) against
 *       the cut-offs; progress 0 (or below) red; a target of 0 or below is green when the actual reaches
 *       target × month ÷ 12, red otherwise — no division.
 *   <li>≥ or &gt; otherwise (a rate or percentage): met (actual ≥ target, equality counts as for
 *       R-SCORE-GE) green; otherwise actual ÷ target against the cut-offs for a positive target and a
 *       positive actual, red otherwise.
 *   <li>≤ or &lt;: green while actual ≤ target (equality counts, as for R-SCORE-LE), red otherwise.
 *   <li>=: green while the target is met as R-SCORE-EQ reads it — target 0: actual ≤ 0; any other
 *       target: actual ≥ target (scored as ≥, above the target is met) — red otherwise. pbm's reading:
 *       R-MON-2 groups = with ≤ as "within the target or not", so = never gets a yellow or a progress
 *       light, and a positive = target not yet reached during the year is red.
 *   <li>qualitative: achieved green, partly achieved yellow, not achieved red.
 *   <li>no actual yet (or no achievement for a qualitative indicator): no light, and the engine warns.
 * </ul>
 *
 * <p>An actual written as a bound ({@code ≥90%}) is read by its number: a bound that satisfies the
 * target meets it exactly when its number does, so domain.md's reading of bounds gives the same light.
 * An actual whose unit differs from the indicator's, or that is not a number for a quantitative
 * indicator, cannot be monitored: a problem, which rejects the project.
 */
final class IndicatorLights {

    private static final BigDecimal MONTHS = BigDecimal.valueOf(12);

    private IndicatorLights() {}

    static Validation<Problem, IndicatorLight> of(Indicator indicator, @Nullable IndicatorActual actual, int month,
            MonitoringPolicy rules, String path) {
        String name = indicator.name();
        if (!indicator.isQuantitative()) {
            if (actual == null || actual.achievement().isEmpty()) {
                return Validation.valid(notReported(name, "R-MON-2.notJudged"));
            }
            return Validation.valid(qualitative(name, actual.achievement().get()));
        }
        if (actual == null || actual.actual().isEmpty()) {
            if (actual != null && actual.achievement().isPresent()) {
                return Validation.invalid(Problem.of(RuleId.R_MON_2, path + "/actual",
                        Message.of("R-MON-2.notANumber", name, actual.achievement().get())));
            }
            return Validation.valid(notReported(name, "R-MON-2.notReported"));
        }
        IndicatorValue value = actual.actual().get();
        if (value.isQualitative()) {
            return Validation.invalid(Problem.of(RuleId.R_MON_2, path + "/actual",
                    Message.of("R-MON-2.notANumber", name, value)));
        }
        if (!value.unit().isNone() && !indicator.unit().isNone() && !value.unit().equals(indicator.unit())) {
            return Validation.invalid(Problem.of(RuleId.R_MON_2, path + "/actual",
                    Message.of("actual.unit", name, value, indicator.unit())));
        }
        BigDecimal number = value.number().orElseThrow();
        BigDecimal target = indicator.target().number().orElseThrow();
        Comparison comparison = indicator.comparison();
        IndicatorLight light;
        if (comparison.isHigherBetter()) {
            light = accumulates(indicator, rules)
                    ? progress(name, value, number, indicator.target(), target, month, rules)
                    : againstTarget(name, value, number, indicator.target(), target, rules);
        } else if (comparison.isLowerBetter()) {
            boolean within = number.compareTo(target) <= 0;
            light = binary(name, within, within ? "R-MON-2.within" : "R-MON-2.beyond", value, indicator.target(),
                    LightBasis.WITHIN_TARGET);
        } else {
            // R-SCORE-EQ: target 0 → met if actual ≤ 0; any other target → as ≥.
            boolean met = target.signum() == 0 ? number.signum() <= 0 : number.compareTo(target) >= 0;
            light = binary(name, met, met ? "R-MON-2.met" : "R-MON-2.missed", value, indicator.target(),
                    LightBasis.WITHIN_TARGET);
        }
        return Validation.valid(light);
    }

    /** A ≥ count or amount accumulates over the year; a rate (%) never does. */
    static boolean accumulates(Indicator indicator, MonitoringPolicy rules) {
        return !indicator.unit().isPercent()
                && indicator.level2().map(rules.accumulatingCategories()::contains).orElse(false);
    }

    private static IndicatorLight progress(String name, IndicatorValue value, BigDecimal actual, IndicatorValue shown,
            BigDecimal target, int month, MonitoringPolicy rules) {
        // actual ÷ (target × month ÷ 12) = (actual × 12) ÷ (target × month)
        BigDecimal done = actual.multiply(MONTHS);
        BigDecimal due = target.multiply(BigDecimal.valueOf(month));
        if (target.signum() <= 0) {
            boolean met = done.compareTo(due) >= 0;
            return binary(name, met, met ? "R-MON-2.met" : "R-MON-2.missed", value, shown, LightBasis.PROGRESS);
        }
        Ratio progress = Ratio.of(done, due);
        WarningLight light = actual.signum() <= 0 ? WarningLight.RED : Cutoffs.light(done, due, rules);
        return new IndicatorLight(name, LightBasis.PROGRESS, light, progress, Message.of("R-MON-2.progress", name, value,
                shown, Ratio.of(month, 12).toPercentString(2), progress.toPercentString(2), light,
                rules.redBelow().toPercentString(0), rules.greenFrom().toPercentString(0)));
    }

    private static IndicatorLight againstTarget(String name, IndicatorValue value, BigDecimal actual,
            IndicatorValue shown, BigDecimal target, MonitoringPolicy rules) {
        Ratio ratio = target.signum() > 0 ? Ratio.of(actual, target) : null;
        if (actual.compareTo(target) >= 0) {
            return new IndicatorLight(name, LightBasis.TARGET, WarningLight.GREEN, ratio,
                    Message.of("R-MON-2.met", name, value, shown, WarningLight.GREEN));
        }
        if (ratio == null || actual.signum() <= 0) {
            return new IndicatorLight(name, LightBasis.TARGET, WarningLight.RED, ratio,
                    Message.of("R-MON-2.missed", name, value, shown, WarningLight.RED));
        }
        WarningLight light = Cutoffs.light(actual, target, rules);
        return new IndicatorLight(name, LightBasis.TARGET, light, ratio, Message.of("R-MON-2.ratio", name, value, shown,
                ratio.toPercentString(2), light, rules.redBelow().toPercentString(0), rules.greenFrom().toPercentString(0)));
    }

    private static IndicatorLight binary(String name, boolean green, String key, IndicatorValue value,
            IndicatorValue target, LightBasis basis) {
        WarningLight light = green ? WarningLight.GREEN : WarningLight.RED;
        return new IndicatorLight(name, basis, light, null, Message.of(key, name, value, target, light));
    }

    private static IndicatorLight qualitative(String name, QualitativeAchievement achievement) {
        WarningLight light = switch (achievement) {
            case ACHIEVED -> WarningLight.GREEN;
            case PARTLY_ACHIEVED -> WarningLight.YELLOW;
            case NOT_ACHIEVED -> WarningLight.RED;
        };
        return new IndicatorLight(name, LightBasis.ACHIEVEMENT, light, null,
                Message.of("R-MON-2.achievement", name, achievement, light));
    }

    private static IndicatorLight notReported(String name, String key) {
        return new IndicatorLight(name, LightBasis.NOT_REPORTED, null, null, Message.of(key, name));
    }
}
