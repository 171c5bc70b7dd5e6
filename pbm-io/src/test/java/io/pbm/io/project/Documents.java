package io.pbm.io.project;

import io.pbm.io.ReadLimits;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/** Documents for the tests: the samples, and pbm/1 documents built around a valid project. */
public final class Documents {

    private Documents() {}

    /** A valid project of the national frame, with `%s` left for extra members and `%s` for the id. */
    public static String project(String id, String extraMembers) {
        return """
                {"id": "%s", "name": "示范项目", "unit": "示范县财政局", "year": 2023,
                 "fundCategory": "GENERAL_PUBLIC",
                 "budget": {"adjusted": "100000.00", "spent": "90000.00"},
                 "indicators": [
                   {"name": "数量", "level1": "OUTPUT", "level2": "QUANTITY", "comparison": ">=", "unit": "个",
                    "target": "10", "actual": "9", "weight": "50"},
                   {"name": "效果", "level1": "BENEFIT", "level2": "SOCIAL", "comparison": "qualitative",
                    "target": "明显提升", "achievement": "ACHIEVED", "score": "30", "weight": "30"},
                   {"name": "满意度", "level1": "SATISFACTION", "level2": "SERVICE_RECIPIENT", "target": "≥90%%",
                    "actual": "95", "weight": "10"}
                 ]%s}""".formatted(id, extraMembers.isEmpty() ? "" : ", " + extraMembers);
    }

    /** A valid project with an id. */
    public static String project(String id) {
        return project(id, "");
    }

    /** A pbm/1 document of some project texts. */
    public static String document(List<String> projects) {
        return "{\"format\": \"pbm/1\", \"projects\": [\n" + String.join(",\n", projects) + "\n]}";
    }

    /** A pbm/1 document of some project texts. */
    public static String document(String... projects) {
        return document(List.of(projects));
    }

    /** Reads a document with the default limits. */
    public static ProjectDocument read(String json) {
        return ProjectReader.of().read(stream(json));
    }

    /** Reads a document with some limits. */
    public static ProjectDocument read(String json, ReadLimits limits) {
        return ProjectReader.of(limits).read(stream(json));
    }

    /** The UTF-8 bytes of a text. */
    public static InputStream stream(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }

    /** A sample document of src/test/resources/samples. */
    public static InputStream sample(String name) {
        InputStream in = Documents.class.getResourceAsStream("/samples/" + name);
        if (in == null) {
            throw new IllegalStateException("no sample " + name);
        }
        return in;
    }

    /** A sample document's text. */
    public static String sampleText(String name) {
        try (InputStream in = sample(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The problems of the only rejected record, as "code path" lines. */
    public static List<String> problems(ProjectDocument document) {
        return document.rejected().stream().flatMap(r -> r.problems().stream())
                .map(p -> p.code() + " " + p.path()).collect(Collectors.toList());
    }
}
