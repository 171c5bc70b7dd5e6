package io.pbm.io.result;

import com.fasterxml.jackson.core.JsonGenerator;
import io.pbm.core.budget.Amount;
import io.pbm.core.budget.BudgetAction;
import io.pbm.core.grade.Grade;
import io.pbm.io.project.RejectedRecord;
import io.pbm.rules.pipeline.OutcomeKind;
import io.pbm.rules.pipeline.PolicyComparison;
import io.pbm.rules.pipeline.ProjectChange;
import io.pbm.rules.pipeline.Summary;
import io.pbm.rules.policy.PolicyDifference;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Writes a what-if comparison of two policies ({@link PolicyComparison}) as {@code pbm-compare/1}, in
 * the conventions of {@link ResultWriter}:
 *
 * <pre>{@code
 * { "format": "pbm-compare/1",
 *   "from": { "name": "MOF_2020", "version": "2020.1" },
 *   "to":   { "name": "XINJIANG", "version": "…" },
 *   "differences": [ "gradeScale: … → …", … ],
 *   "summaries": { "from": { …as pbm-result/1's summary… }, "to": { … } },
 *   "changes": [ { "projectId": "…", "index": 3, "unit": "…",
 *                  "from": { "kind": "EVALUATED", "grade": "GOOD", "gradeLabel": "良",
 *                            "action": "KEEP", "actionLabel": "保持", "after": "1930500.00" },
 *                  "to":   { … } } ],
 *   "rejected": [ { "projectId", "index", "problems": [ { "path", "code", "message" } ] } ] }
 * }</pre>
 *
 * <p>"From" is the first policy, "to" the second. {@code changes} lists every project whose kind
 * (evaluated, excluded, rejected), final grade, budget action or amount after the decision differs,
 * in input order; a side where the project is not evaluated has null {@code grade}, {@code action}
 * and {@code after}. {@code rejected} lists the records the reader could not read, which neither
 * policy saw, with their positions in the document; the summaries count only the projects read, and
 * the {@code index} of a change is its position among them (the comparison's own numbering).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ComparisonWriter {

    /** The format of what-if documents. */
    public static final String FORMAT = "pbm-compare/1";

    private ComparisonWriter() {}

    /**
     * Writes a comparison.
     *
     * @param comparison  the comparison, not null
     * @param unread  the records the reader rejected, in input order, not null
     * @param locale  English for {@code en}, Chinese otherwise, not null
     * @param out  where the UTF-8 text goes, not closed, not null
     * @throws UncheckedIOException if the stream cannot be written
     */
    public static void write(PolicyComparison comparison, List<RejectedRecord> unread, Locale locale,
            OutputStream out) {
        Objects.requireNonNull(comparison, "comparison is null");
        Objects.requireNonNull(unread, "unread is null");
        Objects.requireNonNull(locale, "locale is null");
        Objects.requireNonNull(out, "out is null");
        DocumentOut doc = new DocumentOut(out, locale);
        DocumentOut.io(() -> {
            try (JsonGenerator g = doc.g) {
                g.writeStartObject();
                g.writeStringField("format", FORMAT);
                policy(g, "from", comparison.first());
                policy(g, "to", comparison.second());
                g.writeArrayFieldStart("differences");
                for (PolicyDifference difference : comparison.policyDifferences()) {
                    g.writeString(difference.toString());
                }
                g.writeEndArray();
                g.writeObjectFieldStart("summaries");
                ResultWriter.summary(g, "from", comparison.first());
                ResultWriter.summary(g, "to", comparison.second());
                g.writeEndObject();
                g.writeArrayFieldStart("changes");
                for (ProjectChange change : comparison.changes()) {
                    g.writeStartObject();
                    g.writeStringField("projectId", change.projectId());
                    g.writeNumberField("index", change.index());
                    g.writeStringField("unit", change.unit().name());
                    side(doc, "from", change.fromKind(), change.fromGrade(), change.fromAction(), change.fromAmount());
                    side(doc, "to", change.toKind(), change.toGrade(), change.toAction(), change.toAmount());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeArrayFieldStart("rejected");
                for (RejectedRecord record : unread) {
                    doc.rejected(record.knownId().orElse(""), (long) record.index(), "", record.problems());
                }
                g.writeEndArray();
                doc.end();
            }
        });
    }

    /**
     * A comparison as text.
     *
     * @param comparison  the comparison, not null
     * @param unread  the records the reader rejected, not null
     * @param locale  English for {@code en}, Chinese otherwise, not null
     * @return the JSON text, ending with a line break
     */
    public static String toJson(PolicyComparison comparison, List<RejectedRecord> unread, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(comparison, unread, locale, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static void policy(JsonGenerator g, String field, Summary summary) throws IOException {
        g.writeObjectFieldStart(field);
        g.writeStringField("name", summary.policyName());
        g.writeStringField("version", summary.policyVersion());
        g.writeEndObject();
    }

    private static void side(DocumentOut doc, String field, OutcomeKind kind, Optional<Grade> grade,
            Optional<BudgetAction> action, Optional<Amount> after) throws IOException {
        JsonGenerator g = doc.g;
        g.writeObjectFieldStart(field);
        g.writeStringField("kind", kind.name());
        doc.labelled("grade", grade.orElse(null));
        doc.labelled("action", action.orElse(null));
        if (after.isPresent()) {
            g.writeStringField("after", after.get().toString());
        } else {
            g.writeNullField("after");
        }
        g.writeEndObject();
    }
}
