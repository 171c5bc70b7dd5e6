package io.pbm.rules.evaluation;

import io.pbm.core.Labelled;
import io.pbm.core.grade.Grade;
import io.pbm.rules.explain.Message;
import io.pbm.rules.explain.TraceStep;
import io.pbm.rules.explain.Warning;
import io.pbm.rules.scoring.IndicatorFlag;
import io.pbm.rules.scoring.IndicatorResult;
import java.util.Locale;

/** Renders a result for a person: the figures first, then why the grade is what it is, then the trail. */
final class Explanation {

    private Explanation() {}

    static String of(EvaluationResult result, Locale locale) {
        java.util.Objects.requireNonNull(locale, "locale is null");
        boolean english = "en".equals(locale.getLanguage());
        StringBuilder text = new StringBuilder();
        line(text, locale, "explain.header", result.id(), result.name(), result.unit(), result.year(),
                label(result.kind(), english), result.policyName(), result.policyVersion());
        line(text, locale, "explain.execution", result.executionRate().map(r -> r.toPercentString(2)).orElse("—"),
                result.executionScore());
        for (IndicatorResult indicator : result.indicators()) {
            StringBuilder flags = new StringBuilder();
            for (IndicatorFlag flag : indicator.flags()) {
                flags.append(" [").append(label(flag, english)).append(']');
            }
            line(text, locale, "explain.indicator", label(indicator.category(), english), indicator.name(),
                    indicator.score(), indicator.weight(),
                    indicator.deviationRatio().map(d -> d.toPercentString(2)).orElse("—"), flags.toString());
        }
        line(text, locale, "explain.total", result.score(), label(result.rawGrade(), english), result.band());
        if (result.rawGrade() != Grade.EXCELLENT) {
            Grade next = Grade.values()[result.rawGrade().ordinal() + 1];
            line(text, locale, "explain.next", label(next, english), result.band().upper(),
                    result.band().upper().points().subtract(result.score().points()).toPlainString());
        }
        line(text, locale, result.complete() ? "explain.complete" : "explain.incomplete");
        if (!result.warnings().isEmpty()) {
            line(text, locale, "explain.warnings");
            for (Warning warning : result.warnings()) {
                text.append("  ").append(warning.render(locale)).append('\n');
            }
        }
        line(text, locale, "explain.trace");
        for (TraceStep step : result.trace().steps()) {
            text.append("  ").append(step.render(locale)).append('\n');
        }
        return text.toString();
    }

    private static String label(Labelled labelled, boolean english) {
        return english ? labelled.englishLabel() : labelled.label();
    }

    private static void line(StringBuilder text, Locale locale, String key, Object... args) {
        text.append(Message.of(key, args).render(locale)).append('\n');
    }
}
