package io.pbm.rules.explain;

import java.util.Locale;
import java.util.Objects;

/**
 * Why an input cannot be evaluated: a stable code (a rule ID such as {@code R-GOAL-3}, or a reading
 * code such as {@code decimal.grammar}), where in the input (a JSON pointer relative to the record,
 * such as {@code /indicators/3/weight}), and a message. Readers prefix the pointer with the record's
 * own ({@code /projects/7}).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param code  the stable code
 * @param path  the JSON pointer within the record
 * @param message  the explanation
 */
public record Problem(String code, String path, Message message) {

    /**
     * Creates a problem.
     *
     * @param code  the code, not null
     * @param path  the path, not null
     * @param message  the message, not null
     */
    public Problem {
        Objects.requireNonNull(code, "code is null");
        Objects.requireNonNull(path, "path is null");
        Objects.requireNonNull(message, "message is null");
    }

    /**
     * A problem found by a rule.
     *
     * @param rule  the rule, not null
     * @param path  the path, not null
     * @param message  the message, not null
     * @return the problem, coded with the rule's ID
     */
    public static Problem of(RuleId rule, String path, Message message) {
        return new Problem(Objects.requireNonNull(rule, "rule is null").id(), path, message);
    }

    /**
     * Escapes a name for use as one token of a JSON pointer (RFC 6901): {@code ~} becomes {@code ~0},
     * {@code /} becomes {@code ~1}.
     *
     * @param token  the name, not null
     * @return the escaped token
     */
    public static String pointerToken(String token) {
        return Objects.requireNonNull(token, "token is null").replace("~", "~0").replace("/", "~1");
    }

    /**
     * The problem as one line: {@code R-GOAL-3 /indicators: …}.
     *
     * @param locale  the language, not null
     * @return the line
     */
    public String render(Locale locale) {
        return code + " " + (path.isEmpty() ? "/" : path) + ": " + message.render(locale);
    }

    @Override
    public String toString() {
        return render(Locale.SIMPLIFIED_CHINESE);
    }
}
