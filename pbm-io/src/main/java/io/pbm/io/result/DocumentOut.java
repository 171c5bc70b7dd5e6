package io.pbm.io.result;

import io.pbm.io.json.Unchecked;
import com.fasterxml.jackson.core.JsonGenerator;
import io.pbm.core.Labelled;
import io.pbm.core.Ratio;
import io.pbm.io.json.JsonOutput;
import io.pbm.rules.explain.Message;
import io.pbm.rules.explain.Problem;
import io.pbm.rules.explain.Warning;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The pieces every result document shares (json-contract.md conventions): the beginning with
 * {@code format} and {@code policy}, enumerations by name with a label beside them, messages in one
 * language, ratios as fractions with 4 decimals (HALF_UP) or null, and the one shape of problems,
 * warnings and rejections. Not thread-safe: one per document.
 */
final class DocumentOut {

    final JsonGenerator g;
    private final Locale locale;
    private final boolean english;

    DocumentOut(OutputStream out, Locale locale) {
        this.g = JsonOutput.generator(out);
        this.locale = locale;
        this.english = "en".equals(locale.getLanguage());
    }

    Locale locale() {
        return locale;
    }

    /** Opens the document: {@code format} and {@code policy {name, version}}. */
    void begin(String format, String policyName, String policyVersion) throws IOException {
        g.writeStartObject();
        g.writeStringField("format", format);
        g.writeObjectFieldStart("policy");
        g.writeStringField("name", policyName);
        g.writeStringField("version", policyVersion);
        g.writeEndObject();
    }

    /** Closes the document with a line end and flushes. */
    void end() throws IOException {
        g.writeEndObject();
        g.writeRaw('\n');
        g.flush();
    }

    <E extends Enum<E> & Labelled> void labelled(String field, @Nullable E constant) throws IOException {
        if (constant == null) {
            g.writeNullField(field);
            g.writeNullField(field + "Label");
        } else {
            g.writeStringField(field, constant.name());
            g.writeStringField(field + "Label", english ? constant.englishLabel() : constant.label());
        }
    }

    void message(Message message) throws IOException {
        g.writeStringField("message", message.render(locale));
    }

    void ratio(String field, @Nullable Ratio ratio) throws IOException {
        if (ratio == null) {
            g.writeNullField(field);
        } else {
            g.writeStringField(field, ratio.toDecimal(4).toPlainString());
        }
    }

    void warnings(List<Warning> warnings) throws IOException {
        g.writeArrayFieldStart("warnings");
        for (Warning warning : warnings) {
            g.writeStartObject();
            g.writeStringField("rule", warning.rule().id());
            if (warning.level() != null) {
                g.writeStringField("level", warning.level().name());
            }
            g.writeStringField("path", warning.path());
            message(warning.message());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /** A {@code rejected} entry: {@code projectId} (null when unreadable), {@code index} (null when unknown), every problem. */
    void rejected(String projectId, @Nullable Long index, String prefix, List<Problem> problems) throws IOException {
        g.writeStartObject();
        if (projectId.isEmpty()) {
            g.writeNullField("projectId");
        } else {
            g.writeStringField("projectId", projectId);
        }
        index(index);
        g.writeArrayFieldStart("problems");
        for (Problem problem : problems) {
            g.writeStartObject();
            g.writeStringField("path", prefix + problem.path());
            g.writeStringField("code", problem.code());
            message(problem.message());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** An {@code index} member: the position in the input, or null when unknown. */
    void index(@Nullable Long index) throws IOException {
        if (index == null) {
            g.writeNullField("index");
        } else {
            g.writeNumberField("index", index);
        }
    }

    /** The {@code error} member of a document ended by a failure of its input; nothing without a code. */
    void error(@Nullable String code, @Nullable String message) throws IOException {
        if (code != null) {
            g.writeObjectFieldStart("error");
            g.writeStringField("code", code);
            g.writeStringField("message", message);
            g.writeEndObject();
        }
    }

    @FunctionalInterface
    interface Step extends Unchecked.Step {
    }

    static void io(Step step) {
        Unchecked.io(step);
    }
}
