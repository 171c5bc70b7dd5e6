package io.pbm.io.policy;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.pbm.core.DecimalText;
import io.pbm.core.InvalidValueException;
import io.pbm.io.DocumentException;
import io.pbm.io.ReadLimits;
import io.pbm.io.ReadingCode;
import io.pbm.io.json.JsonInput;
import io.pbm.io.json.JsonOutput;
import io.pbm.io.json.JsonType;
import io.pbm.io.json.Members;
import io.pbm.io.json.Node;
import io.pbm.io.json.RecordProblems;
import io.pbm.io.json.TreeReader;
import io.pbm.rules.policy.Policy;
import io.pbm.rules.policy.Presets;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;

/**
 * Policy files, format {@code pbm-policy/1} (json-contract.md): every parameter of a {@link Policy} —
 * the sub-policies {@code vetoes}, {@code linkage}, {@code exAnte}, {@code monitoring} and
 * {@code planning} included — as JSON, read and written.
 *
 * <pre>{@code
 * {
 *   "format": "pbm-policy/1",
 *   "extends": "XINJIANG",
 *   "name": "焉耆县2024",
 *   "version": "2024.1",
 *   "gradeScale": [ {"grade": "EXCELLENT", "lower": "90.00", "upper": "100.00"}, … ],
 *   "linkage": { "cutRatio": "0.15" }
 * }
 * }</pre>
 *
 * <ul>
 *   <li>A file may say {@code "extends": "XINJIANG"} (or {@code MOF_2020}) and hold only what differs:
 *       a parameter replaces the preset's, a sub-policy is changed member by member, a map or list
 *       replaces the preset's as a whole, {@code null} clears an optional parameter. {@code name} and
 *       {@code version} are always required: results name the policy that produced them.
 *   <li>Ratios are fraction strings ({@code "0.2"}, {@code "1/3"}); weights, scores and amounts decimal
 *       strings ({@code "10.00"}); numbers are accepted as well. The grade scale is a list of bands.
 *       Enumerations are their upper-case constants; months are {@code MAY}, {@code AUGUST} ….
 *   <li>The presets are files too: {@link #preset(String)} reads {@code io/pbm/io/policy/mof-2020.json}
 *       and {@code xinjiang.json}, which equal {@link Presets#MOF_2020} and {@link Presets#XINJIANG}.
 * </ul>
 *
 * <p>A file that cannot be used fails with a {@link DocumentException}: {@code policy.invalid} listing
 * every problem at its JSON pointer (an unknown parameter included — a misspelling must not pass
 * silently), or a document-level code when it is not JSON or not {@code pbm-policy/1}.
 *
 * <p>Writing gives UTF-8, two-space indentation and {@code \n} line ends on every platform; reading
 * what was written gives an equal policy. This class is immutable and thread-safe.
 */
public final class PolicyFile {

    /** The format of policy files. */
    public static final String FORMAT = "pbm-policy/1";

    /** A policy file is small: a megabyte is plenty, and hostile input is stopped early. */
    private static final JsonInput INPUT = new JsonInput(ReadLimits.DEFAULT.withMaxDocumentBytes(1 << 20)
            .withMaxStringLength(100_000).withMaxIndicators(1_000).withMaxRecordBytes(1 << 20));

    private PolicyFile() {}

    /**
     * Reads a policy file.
     *
     * @param in  the file in UTF-8, not closed by this method, not null
     * @return the policy
     * @throws DocumentException if the file is not a usable pbm-policy/1 file
     */
    public static Policy read(InputStream in) {
        Objects.requireNonNull(in, "in is null");
        try (JsonParser parser = INPUT.parser(in)) {
            JsonToken first = INPUT.next(parser);
            if (first == null) {
                throw DocumentException.of(ReadingCode.DOCUMENT_NOT_JSON, null, 1, 1, "no content");
            }
            RecordProblems problems = new RecordProblems();
            Node root = new TreeReader(INPUT, parser, problems).read("");
            if (INPUT.next(parser) != null) {
                throw DocumentException.of(ReadingCode.DOCUMENT_NOT_JSON, null, parser.currentTokenLocation().getLineNr(),
                        parser.currentTokenLocation().getColumnNr(), "content after the end of the document");
            }
            if (!(root instanceof Node.Obj)) {
                throw DocumentException.of(ReadingCode.DOCUMENT_SHAPE, null, "/", JsonType.OBJECT, root.type());
            }
            Members members = Members.of(root, "", "", problems);
            String format = root instanceof Node.Obj object && object.get("format") instanceof Node.Str s ? s.text() : null;
            if (!FORMAT.equals(format)) {
                throw DocumentException.of(ReadingCode.DOCUMENT_FORMAT, null,
                        format == null ? "—" : "\"" + DecimalText.abbreviate(format) + "\"", FORMAT);
            }
            Policy policy = new PolicyReading(problems).policy(members);
            if (policy == null || !problems.isEmpty()) {
                throw new DocumentException(ReadingCode.POLICY_INVALID,
                        ReadingCode.POLICY_INVALID.message(problems.sorted().size()), problems.sorted(), null);
            }
            return policy;
        } catch (IOException e) {
            throw INPUT.failure(e);
        }
    }

    /**
     * Reads a policy file from its text.
     *
     * @param json  the file's text, not null
     * @return the policy
     * @throws DocumentException if the text is not a usable pbm-policy/1 file
     */
    public static Policy parse(String json) {
        Objects.requireNonNull(json, "json is null");
        return read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * A preset, read from the file pbm ships: {@code mof-2020} ({@code MOF_2020}) or {@code xinjiang}.
     *
     * @param name  the preset's name, as the command line writes it or as the policy names itself, not null
     * @return the policy, equal to the preset of {@link Presets}
     * @throws InvalidValueException if no preset has that name
     */
    public static Policy preset(String name) {
        Objects.requireNonNull(name, "name is null");
        String file = Presets.named(name).name().toLowerCase(Locale.ROOT).replace('_', '-') + ".json";
        try (InputStream in = PolicyFile.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("pbm-io is missing its resource " + file);
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes a policy with every parameter.
     *
     * @param policy  the policy, not null
     * @param out  where the UTF-8 text goes, not closed by this method, not null
     * @throws UncheckedIOException if the stream cannot be written
     */
    public static void write(Policy policy, OutputStream out) {
        Objects.requireNonNull(policy, "policy is null");
        Objects.requireNonNull(out, "out is null");
        write(policy, null, null, out);
    }

    /**
     * Writes a policy as a file that extends a preset: {@code "extends"} and only the parameters that
     * differ from it.
     *
     * @param policy  the policy, not null
     * @param preset  the preset it extends, one of {@link Presets#all()}, not null
     * @param out  where the UTF-8 text goes, not closed by this method, not null
     * @throws InvalidValueException if {@code preset} is not a preset, which a file could not name
     * @throws UncheckedIOException if the stream cannot be written
     */
    public static void write(Policy policy, Policy preset, OutputStream out) {
        Objects.requireNonNull(policy, "policy is null");
        Objects.requireNonNull(preset, "preset is null");
        Objects.requireNonNull(out, "out is null");
        InvalidValueException.check(Presets.all().contains(preset), "extends", preset.name() + " " + preset.version(),
                "one of the presets MOF_2020, XINJIANG");
        write(policy, preset, preset.name(), out);
    }

    /**
     * The file of a policy with every parameter, as text.
     *
     * @param policy  the policy, not null
     * @return the JSON text, ending with a line break
     */
    public static String toJson(Policy policy) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(policy, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    /**
     * The file of a policy that extends a preset, as text.
     *
     * @param policy  the policy, not null
     * @param preset  the preset it extends, not null
     * @return the JSON text, ending with a line break
     */
    public static String toJson(Policy policy, Policy preset) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(policy, preset, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static void write(Policy policy, Policy base, String baseName, OutputStream out) {
        try (JsonGenerator g = JsonOutput.generator(out)) {
            PolicyWriting.write(g, policy, base, baseName);
            g.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
