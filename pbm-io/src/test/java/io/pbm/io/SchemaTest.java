package io.pbm.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.pbm.io.policy.PolicyFile;
import io.pbm.rules.policy.Presets;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The JSON Schemas of src/main/resources/schema (draft 2020-12) accept the documents pbm reads and writes. */
class SchemaTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchema INPUT = schema("pbm-1.schema.json");
    private static final JsonSchema POLICY = schema("pbm-policy-1.schema.json");

    private static JsonSchema schema(String name) {
        try (InputStream in = SchemaTest.class.getResourceAsStream("/schema/" + name)) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode sample(String name) {
        try (InputStream in = SchemaTest.class.getResourceAsStream("/samples/" + name)) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theContractExampleValidates() {
        assertEquals(Set.of(), INPUT.validate(sample("contract-example.json")));
    }

    @Test
    void theCountySampleValidates() {
        assertEquals(Set.of(), INPUT.validate(sample("county-2023.json")));
    }

    @Test
    void theInputSchemaRefusesWhatTheContractRefuses() {
        List<String> refused = List.of(
                "{\"projects\": []}",
                "{\"format\": \"pbm/2\"}",
                "{\"format\": \"pbm/1\", \"projects\": [{\"name\": \"无编号\"}]}",
                "{\"format\": \"pbm/1\", \"projects\": [{\"id\": \"a\", \"name\": \"n\", \"unit\": \"u\", \"year\": 2023, "
                        + "\"fundCategory\": \"GENERAL\", \"budget\": {\"adjusted\": \"1\", \"spent\": \"1\"}, \"indicators\": []}]}",
                "{\"format\": \"pbm/1\", \"projects\": [{\"id\": \"a\", \"name\": \"n\", \"unit\": \"u\", \"year\": 2023, "
                        + "\"fundCategory\": \"PPP\", \"budget\": {\"adjusted\": \"1e5\", \"spent\": \"1\"}, \"indicators\": []}]}");
        for (String document : refused) {
            Set<ValidationMessage> messages = INPUT.validate(json(document));
            assertFalse(messages.isEmpty(), document);
        }
    }

    @Test
    void thePresetFilesValidate() {
        for (String preset : List.of("mof-2020", "xinjiang")) {
            try (InputStream in = PolicyFile.class.getResourceAsStream(preset + ".json")) {
                assertEquals(Set.of(), POLICY.validate(JSON.readTree(in)), preset);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Test
    void aFileThatExtendsAPresetValidates() {
        assertEquals(Set.of(), POLICY.validate(sample("policy-extends-xinjiang.json")));
        assertEquals(Set.of(), POLICY.validate(json(PolicyFile.toJson(Presets.XINJIANG, Presets.MOF_2020))));
    }

    @Test
    void thePolicySchemaRefusesAnUnknownParameter() {
        assertFalse(POLICY.validate(json("{\"format\": \"pbm-policy/1\", \"name\": \"x\", \"version\": \"1\", "
                + "\"gradescale\": []}")).isEmpty());
        assertFalse(POLICY.validate(json("{\"format\": \"pbm-policy/1\", \"name\": \"x\"}")).isEmpty());
    }
}
