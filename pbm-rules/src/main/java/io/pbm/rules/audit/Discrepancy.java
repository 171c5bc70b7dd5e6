package io.pbm.rules.audit;

import io.pbm.core.evaluation.TableDiscrepancy;
import io.pbm.rules.explain.Message;
import io.pbm.rules.explain.RuleId;
import java.util.Locale;
import java.util.Objects;

/**
 * One finding of a table check (R-AUDIT-1…6): the rule, where in the project (a JSON pointer such as
 * {@code /indicators/2}; readers prefix the record's own, {@code /projects/0}), the figure as the
 * table reports it, the figure as pbm computes it, and why they disagree. It is the core
 * {@link TableDiscrepancy} plus the message ({@link #toTableDiscrepancy()}).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param rule  the rule, R-AUDIT-1 to R-AUDIT-6
 * @param path  the JSON pointer within the project
 * @param reported  the figure as reported, written as the table writes it ({@code 7}); empty when
 *     the table writes nothing where something is required
 * @param computed  the figure as pbm computes it ({@code 10.00}), or what is required
 * @param message  the explanation, with the inputs as arguments
 */
public record Discrepancy(RuleId rule, String path, String reported, String computed, Message message) {

    /**
     * Creates a discrepancy.
     *
     * @param rule  not null
     * @param path  not null
     * @param reported  not null
     * @param computed  not null
     * @param message  not null
     */
    public Discrepancy {
        Objects.requireNonNull(rule, "rule is null");
        Objects.requireNonNull(path, "path is null");
        Objects.requireNonNull(reported, "reported is null");
        Objects.requireNonNull(computed, "computed is null");
        Objects.requireNonNull(message, "message is null");
    }

    /**
     * The discrepancy as pbm-core's plain record, without the message.
     *
     * @return the core value
     */
    public TableDiscrepancy toTableDiscrepancy() {
        return new TableDiscrepancy(rule.id(), path, reported, computed);
    }

    /**
     * The discrepancy as one line: {@code R-AUDIT-1 /indicators/1: reported 7, computed 10.00: …}.
     *
     * @param locale  the language, not null
     * @return the line
     */
    public String render(Locale locale) {
        return rule.id() + " " + (path.isEmpty() ? "/" : path) + ": " + reported + " → " + computed + ": "
                + message.render(locale);
    }

    @Override
    public String toString() {
        return render(Locale.SIMPLIFIED_CHINESE);
    }
}
