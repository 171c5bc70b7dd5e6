package io.pbm.rules.explain;

import java.util.Locale;
import java.util.Objects;

/**
 * One rule applied while producing a result: which rule, to what (an indicator's name, or empty for
 * the project as a whole), what it concluded, and a message whose arguments are the inputs it read.
 *
 * <p>The outcome may be given as any {@link CharSequence}; pbm's engines give the figure itself, kept
 * as it is and written as text only when {@link #outcome()} or {@link #render} is called, so a
 * province's evaluation does not format millions of outcomes nobody reads. Two steps are equal when
 * their rules, subjects, outcome texts and messages are.
 *
 * <p>This class is immutable and thread-safe if its outcome and message arguments are.
 */
public final class TraceStep {

    private final RuleId rule;
    private final String subject;
    private final CharSequence outcome;
    private final Message message;

    /**
     * Creates a step.
     *
     * @param rule  the rule applied, not null
     * @param subject  what it was applied to: an indicator's name, or empty for the project; not null
     * @param outcome  what it concluded, such as {@code 28.75} or {@code GOOD}; its text is read when
     *     the step is; not null
     * @param message  the explanation, with the inputs as arguments; not null
     */
    public TraceStep(RuleId rule, String subject, CharSequence outcome, Message message) {
        this.rule = Objects.requireNonNull(rule, "rule is null");
        this.subject = Objects.requireNonNull(subject, "subject is null");
        this.outcome = Objects.requireNonNull(outcome, "outcome is null");
        this.message = Objects.requireNonNull(message, "message is null");
    }

    /**
     * The rule applied.
     *
     * @return the rule
     */
    public RuleId rule() {
        return rule;
    }

    /**
     * What the rule was applied to.
     *
     * @return an indicator's name, or empty for the project
     */
    public String subject() {
        return subject;
    }

    /**
     * What the rule concluded.
     *
     * @return the text, such as {@code 28.75} or {@code GOOD}
     */
    public String outcome() {
        return outcome.toString();
    }

    /**
     * The explanation.
     *
     * @return the message, with the inputs as arguments
     */
    public Message message() {
        return message;
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
    public boolean equals(Object obj) {
        return this == obj || obj instanceof TraceStep other && rule == other.rule && subject.equals(other.subject)
                && outcome().equals(other.outcome()) && message.equals(other.message);
    }

    @Override
    public int hashCode() {
        return Objects.hash(rule, subject, outcome(), message);
    }

    @Override
    public String toString() {
        return render(Locale.SIMPLIFIED_CHINESE);
    }
}
