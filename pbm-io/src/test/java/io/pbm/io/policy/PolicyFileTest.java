package io.pbm.io.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pbm.core.InvalidValueException;
import io.pbm.core.Ratio;
import io.pbm.core.grade.GradeScale;
import io.pbm.core.grade.Score;
import io.pbm.io.DocumentException;
import io.pbm.io.ReadingCode;
import io.pbm.rules.policy.LinkagePolicy;
import io.pbm.rules.policy.Policy;
import io.pbm.rules.policy.Presets;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Policy files (pbm-policy/1): the presets as files, extends, and every problem located. */
class PolicyFileTest {

    @Test
    void eachPresetFileReadsAsThePreset() {
        assertEquals(Presets.MOF_2020, PolicyFile.preset("mof-2020"));
        assertEquals(Presets.XINJIANG, PolicyFile.preset("xinjiang"));
        assertEquals(Presets.XINJIANG, PolicyFile.preset("XINJIANG"));
        assertThrows(InvalidValueException.class, () -> PolicyFile.preset("sichuan"));
    }

    @Test
    void thePresetFilesAreWhatTheWriterWrites() throws IOException {
        for (Policy preset : Presets.all()) {
            String file = preset.name().toLowerCase(Locale.ROOT).replace('_', '-') + ".json";
            try (InputStream in = PolicyFile.class.getResourceAsStream(file)) {
                assertEquals(PolicyFile.toJson(preset), new String(in.readAllBytes(), StandardCharsets.UTF_8), file);
            }
        }
    }

    @Test
    void aFileThatExtendsAPresetChangesOnlyWhatItSays() {
        Policy policy = PolicyFile.parse("""
                {"format": "pbm-policy/1", "extends": "XINJIANG", "name": "焉耆县2024", "version": "2024.1",
                 "linkage": {"cutRatio": "0.15"}, "minIndicators": null, "executionWeight": 10}""");
        Policy expected = Presets.XINJIANG.toBuilder().name("焉耆县2024").version("2024.1")
                .linkage(LinkagePolicy.builder().from(Presets.XINJIANG.linkage()).cutRatio(Ratio.of(3, 20)).build())
                .minIndicators(java.util.Optional.empty()).build();
        assertEquals(expected, policy);
        assertEquals(List.of("name", "version", "minIndicators", "linkage"),
                policy.differencesFrom(Presets.XINJIANG).stream().map(d -> d.parameter()).toList());
    }

    @Test
    void writingAgainstAPresetKeepsOnlyTheDifferences() {
        Policy policy = Presets.MOF_2020.withGradeScale(GradeScale.XINJIANG).withCutRatio(Ratio.of(1, 3));
        String json = PolicyFile.toJson(policy, Presets.MOF_2020);
        assertTrue(json.contains("\"extends\": \"MOF_2020\""), json);
        assertTrue(json.contains("\"cutRatio\": \"1/3\""), json);
        assertTrue(!json.contains("\"vetoes\""), json);
        assertEquals(policy, PolicyFile.parse(json));
        assertThrows(InvalidValueException.class, () -> PolicyFile.toJson(policy, policy));
    }

    @Test
    void everyProblemOfAPolicyFileIsLocated() {
        DocumentException e = assertThrows(DocumentException.class, () -> PolicyFile.parse("""
                {"format": "pbm-policy/1", "extends": "MOF_2020", "version": "1",
                 "gradeScale": [{"grade": "EXCELLENT", "lower": "90", "upper": "100"},
                                {"grade": "GOOD", "lower": "80", "upper": "90"},
                                {"grade": "FAIR", "lower": "60", "upper": "70"},
                                {"grade": "POOR", "lower": "0", "upper": "60"}],
                 "deviationThreshold": "1e3", "gradescale": [], "roundingMode": "HALF_LEFT",
                 "vetoes": {"auditCap": "BAD", "unrectifiedRounds": 40},
                 "levelOneWeights": {"OUTPUT": "60", "BENEFIT": "30", "SATISFACTION": "10"}}"""));
        assertEquals(ReadingCode.POLICY_INVALID, e.code());
        assertEquals(List.of("value.invalid /deviationThreshold", "value.invalid /gradeScale",
                "member.unknown /gradescale", "required /name", "enum.unknown /roundingMode",
                "enum.unknown /vetoes/auditCap", "value.invalid /vetoes/unrectifiedRounds"),
                e.problems().stream().map(p -> p.code() + " " + p.path()).collect(Collectors.toList()));
        assertEquals("the policy file has 7 problems and cannot be used", e.message().render(Locale.ENGLISH));
        assertTrue(e.render(Locale.ENGLISH).contains("\n  required /name: the required member name is missing"),
                e.render(Locale.ENGLISH));
    }

    @Test
    void theCrossChecksOfAPolicyAreLocatedAtTheirParameter() {
        DocumentException e = assertThrows(DocumentException.class, () -> PolicyFile.parse("""
                {"format": "pbm-policy/1", "extends": "MOF_2020", "name": "x", "version": "1",
                 "levelOneWeights": {"OUTPUT": "60", "BENEFIT": "30", "SATISFACTION": "10"}}"""));
        assertEquals(List.of("value.invalid /levelOneWeights"),
                e.problems().stream().map(p -> p.code() + " " + p.path()).toList());
    }

    @Test
    void aFileWithoutExtendsNeedsEveryRequiredParameter() {
        DocumentException e = assertThrows(DocumentException.class, () -> PolicyFile.parse(
                "{\"format\": \"pbm-policy/1\", \"name\": \"x\", \"version\": \"1\", \"linkage\": {}}"));
        List<String> problems = e.problems().stream().map(p -> p.code() + " " + p.path()).toList();
        assertTrue(problems.contains("required /linkage/cutRatio"), problems.toString());
        assertTrue(problems.contains("required /linkage") || problems.size() == 1, problems.toString());
        DocumentException bare = assertThrows(DocumentException.class, () -> PolicyFile.parse(
                "{\"format\": \"pbm-policy/1\", \"name\": \"x\", \"version\": \"1\"}"));
        assertTrue(bare.problems().stream().anyMatch(p -> p.path().equals("/gradeScale")), bare.problems().toString());
    }

    @Test
    void aFileThatIsNotAPolicyFileFailsWithOneMessage() {
        assertEquals(ReadingCode.DOCUMENT_FORMAT, assertThrows(DocumentException.class,
                () -> PolicyFile.parse("{\"format\": \"pbm/1\"}")).code());
        assertEquals(ReadingCode.DOCUMENT_TRUNCATED, assertThrows(DocumentException.class,
                () -> PolicyFile.parse("{\"format\": ")).code());
        assertEquals(ReadingCode.DOCUMENT_SHAPE, assertThrows(DocumentException.class,
                () -> PolicyFile.parse("[]")).code());
        assertEquals(ReadingCode.DOCUMENT_NOT_JSON, assertThrows(DocumentException.class,
                () -> PolicyFile.parse("")).code());
    }

    @Test
    void decimalsMayBeNumbersAndRatiosFractions() {
        Policy policy = PolicyFile.parse("""
                {"format": "pbm-policy/1", "extends": "MOF_2020", "name": "x", "version": "1",
                 "deviationThreshold": 0.25, "mismatchThreshold": "1/3", "lowScoreThreshold": 65,
                 "auditTolerance": "0.05"}""");
        assertEquals(Ratio.of(1, 4), policy.deviationThreshold());
        assertEquals(Ratio.of(1, 3), policy.mismatchThreshold());
        assertEquals(Score.of(65), policy.lowScoreThreshold());
    }

    @Test
    void theWrittenFileIsUtf8WithUnixLineEnds() {
        String json = PolicyFile.toJson(Presets.MOF_2020);
        assertTrue(!json.contains("\r"));
        assertTrue(json.endsWith("}\n"));
        assertTrue(json.contains("财预〔2020〕10号"));
    }
}
