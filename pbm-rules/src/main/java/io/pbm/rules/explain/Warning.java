package io.pbm.rules.explain;

import io.pbm.core.monitoring.WarningLight;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Something a result's reader should know that changes no score: a missing deviation explanation
 * (R-DEV-1), a level-1 split other than the policy's (soft R-GOAL-3), completion running ahead of
 * spending (R-DEV-3) …
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param rule  the rule that raised it
 * @param level  the warning light, if the rule gives one
 * @param path  the JSON pointer within the record, empty for the record as a whole
 * @param message  the explanation
 */
public record Warning(RuleId rule, @Nullable WarningLight level, String path, Message message) {

    /**
     * Creates a warning.
     *
     * @param rule  the rule, not null
     * @param level  the light, or null
     * @param path  the path, not null
     * @param message  the message, not null
     */
    public Warning {
        Objects.requireNonNull(rule, "rule is null");
        Objects.requireNonNull(path, "path is null");
        Objects.requireNonNull(message, "message is null");
    }

    /**
     * The warning light, if the rule gives one.
     *
     * @return the light
     */
    public Optional<WarningLight> light() {
        return Optional.ofNullable(level);
    }

    /**
     * The warning as one line.
     *
     * @param locale  the language, not null
     * @return the line
     */
    public String render(Locale locale) {
        return rule.id() + (level == null ? "" : " " + level) + (path.isEmpty() ? "" : " " + path) + ": "
                + message.render(locale);
    }

    @Override
    public String toString() {
        return render(Locale.SIMPLIFIED_CHINESE);
    }
}
