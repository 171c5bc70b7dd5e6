package io.pbm.rules.veto;

import io.pbm.core.grade.Grade;
import io.pbm.rules.explain.Message;
import io.pbm.rules.explain.RuleId;
import java.util.Locale;
import java.util.Objects;

/**
 * One veto that fired (R-VETO-1…4): the rule, the best grade it allows — a cap (R-VETO-1, R-VETO-2) or
 * the grade it sets (R-VETO-3, R-VETO-4), which acts as a cap too, since a veto never raises a grade
 * (R-VETO-5) — and the reason.
 *
 * <p>A veto fires when its finding is present, whether or not it lowers the grade: a project already
 * graded 差 with audit problems still lists R-VETO-1.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param rule  the veto's rule, one of R-VETO-1…4
 * @param cappedAt  the best grade the veto allows
 * @param message  the reason, with the finding and the grades as arguments
 */
public record Veto(RuleId rule, Grade cappedAt, Message message) {

    /**
     * Creates a veto.
     *
     * @param rule  the rule, not null
     * @param cappedAt  the cap, not null
     * @param message  the reason, not null
     */
    public Veto {
        Objects.requireNonNull(rule, "rule is null");
        Objects.requireNonNull(cappedAt, "cappedAt is null");
        Objects.requireNonNull(message, "message is null");
    }

    /**
     * Whether this veto lowers a grade.
     *
     * @param grade  the grade before the veto, not null
     * @return true if the grade is better than the cap
     */
    public boolean lowers(Grade grade) {
        return Objects.requireNonNull(grade, "grade is null").isBetterThan(cappedAt);
    }

    /**
     * The veto as one line: {@code R-VETO-1 ≤ 中: …}.
     *
     * @param locale  the language, not null
     * @return the line
     */
    public String render(Locale locale) {
        boolean english = "en".equals(Objects.requireNonNull(locale, "locale is null").getLanguage());
        return rule.id() + " ≤ " + (english ? cappedAt.englishLabel() : cappedAt.label()) + ": " + message.render(locale);
    }

    @Override
    public String toString() {
        return render(Locale.SIMPLIFIED_CHINESE);
    }
}
