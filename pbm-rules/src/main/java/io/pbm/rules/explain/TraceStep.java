package io.pbm.rules.explain;

import java.util.Locale;
import java.util.Objects;

/**
 * One rule applied while producing a result: which rule, to what (an indicator's name, or empty for
 * the project as a whole), what it concluded, and a message whose arguments are the inputs it read.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param rule  the rule applied
 * @param subject  what it was applied to: an indicator's name, or empty for the project
 * @param outcome  what it concluded, such as {@code 28.75} or {@code GOOD}
 * @param message  the explanation, with the inputs as arguments
 */
public record TraceStep(RuleId rule, String subject, String outcome, Message message) {

    /**
     * Creates a step.
     *
     * @param rule  the rule, not null
     * @param subject  the subject, not null
     * @param outcome  the outcome, not null
     * @param message  the message, not null
     */
    public TraceStep {
        Objects.requireNonNull(rule, "rule is null");
        Objects.requireNonNull(subject, "subject is null");
        Objects.requireNonNull(outcome, "outcome is null");
        Objects.requireNonNull(message, "message is null");
    }

    /**
     * The step as one line: {@code R-SCORE-GE 新建排水管网长度 → 28.75: …}.
     *
     * @param locale  the language, not null
     * @return the line
     */
    public String render(Locale locale) {
        return rule.id() + (subject.isEmpty() ? "" : " " + subject) + " → " + outcome + ": " + message.render(locale);
    }

    @Override
    public String toString() {
        return render(Locale.SIMPLIFIED_CHINESE);
    }
}
