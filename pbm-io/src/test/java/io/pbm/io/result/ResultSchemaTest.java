package io.pbm.io.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.pbm.rules.Pbm;
import io.pbm.rules.policy.Presets;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** schema/pbm-result-1.schema.json (draft 2020-12) accepts what {@link ResultWriter} writes, and refuses a broken document. */
class ResultSchemaTest {

    private static final JsonSchema RESULT = schema("pbm-result-1.schema.json");

    static JsonSchema schema(String name) {
        try (InputStream in = ResultSchemaTest.class.getResourceAsStream("/schema/" + name)) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theContractsOwnResultExampleValidates() {
        try (InputStream in = ResultSchemaTest.class.getResourceAsStream("/samples/contract-result.json")) {
            assertEquals(Set.of(), RESULT.validate(new com.fasterxml.jackson.databind.ObjectMapper().readTree(in)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theGoldenResultValidatesInBothLanguages() {
        assertEquals(Set.of(), RESULT.validate(ResultWriterTest.parse(ResultWriterTest.contractResult(Locale.SIMPLIFIED_CHINESE))));
        assertEquals(Set.of(), RESULT.validate(ResultWriterTest.parse(ResultWriterTest.contractResult(Locale.ENGLISH))));
    }

    @Test
    void R_PLAN_4_aBatchWithExclusionsRejectionsAndAnErrorValidates() {
        JsonNode excluding = ResultWriterTest.parse(ResultWriterTest.streamed(ResultWriterTest.sample("county-2023.json"),
                ResultWriterTest.excludingBonds(), null));
        assertTrue(excluding.get("excluded").size() > 0);
        assertEquals(Set.of(), RESULT.validate(excluding));
        JsonNode failed = ResultWriterTest.parse(ResultWriterTest.streamed(ResultWriterTest.sample("rejections.json"),
                Presets.MOF_2020, "document.truncated"));
        assertTrue(failed.get("rejected").size() > 0 && failed.has("error"));
        assertEquals(Set.of(), RESULT.validate(failed));
        JsonNode batch = ResultWriterTest.parse(ResultWriter.toJson(Pbm.evaluateAll(
                ResultWriterTest.sample("county-2023.json").projects(), Presets.XINJIANG)));
        assertEquals(Set.of(), RESULT.validate(batch));
    }

    @Test
    void theSchemaRefusesARenamedOrMissingField() {
        JsonNode golden = ResultWriterTest.parse(ResultWriterTest.contractResult(Locale.SIMPLIFIED_CHINESE));
        ObjectNode noSummary = golden.deepCopy();
        noSummary.remove("summary");
        assertFalse(RESULT.validate(noSummary).isEmpty());
        ObjectNode badScore = golden.deepCopy();
        ((ObjectNode) badScore.at("/results/0")).put("score", "88.7");
        assertFalse(RESULT.validate(badScore).isEmpty());
        ObjectNode badGrade = golden.deepCopy();
        ((ObjectNode) badGrade.at("/results/0")).put("grade", "良");
        assertFalse(RESULT.validate(badGrade).isEmpty());
        ObjectNode badError = golden.deepCopy();
        badError.putObject("error").put("message", "无代码");
        assertFalse(RESULT.validate(badError).isEmpty());
    }
}
