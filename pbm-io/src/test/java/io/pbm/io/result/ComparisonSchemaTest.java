package io.pbm.io.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.pbm.core.grade.Grade;
import io.pbm.core.grade.GradeScale;
import io.pbm.core.grade.Score;
import io.pbm.io.project.ProjectDocument;
import io.pbm.io.project.ProjectReader;
import io.pbm.io.project.RejectedRecord;
import io.pbm.io.project.Section;
import io.pbm.rules.Pbm;
import io.pbm.rules.policy.Presets;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every what-if document pbm writes ({@code pbm-compare/1}) validates against its schema, and the schema can refuse. */
class ComparisonSchemaTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonSchema schema() throws IOException {
        try (InputStream in = ComparisonSchemaTest.class.getResourceAsStream("/schema/pbm-compare-1.schema.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
    }

    private static JsonNode compare(String sample, Locale locale) throws IOException {
        ProjectDocument document;
        try (InputStream in = ComparisonSchemaTest.class.getResourceAsStream("/samples/" + sample)) {
            document = ProjectReader.of().read(in);
        }
        List<RejectedRecord> unread = document.rejected().stream().filter(r -> r.section() == Section.PROJECTS).toList();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ComparisonWriter.write(Pbm.compare(document.projects(), Presets.MOF_2020, Presets.MOF_2020.withGradeScale(
                GradeScale.NATIONAL.withLowerBound(Grade.GOOD, Score.of(89)))), unread, locale, out);
        return JSON.readTree(out.toByteArray());
    }

    @Test
    void theWhatIfDocumentsOfTheSamplesValidate() throws IOException {
        JsonSchema schema = schema();
        for (String sample : List.of("contract-example.json", "county-2023.json", "rejections.json")) {
            for (Locale locale : List.of(Locale.CHINA, Locale.ENGLISH)) {
                JsonNode document = compare(sample, locale);
                assertEquals(Set.of(), schema.validate(document), sample);
            }
        }
    }

    @Test
    void theSchemaRefusesAnotherFormatOrAChangeWithoutSides() throws IOException {
        JsonSchema schema = schema();
        ObjectNode wrongFormat = (ObjectNode) compare("contract-example.json", Locale.CHINA);
        wrongFormat.put("format", "pbm-compare/2");
        assertFalse(schema.validate(wrongFormat).isEmpty());
        ObjectNode noSides = (ObjectNode) compare("contract-example.json", Locale.CHINA);
        noSides.putArray("changes").addObject().put("projectId", "x").put("index", 0);
        assertFalse(schema.validate(noSides).isEmpty());
    }
}
