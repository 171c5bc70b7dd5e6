package io.pbm.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pbm.io.policy.PolicyFile;
import io.pbm.io.project.ProjectDocument;
import io.pbm.io.project.ProjectReader;
import io.pbm.rules.Pbm;
import io.pbm.rules.pipeline.BatchResult;
import io.pbm.core.grade.Grade;
import io.pbm.rules.policy.Policy;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's examples: a pbm/1 document in, a batch result out; the policy file that extends a preset. */
class ReadmeExampleTest {

    @Test
    void readADocumentAndEvaluateIt() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/samples/contract-example.json")) {
            ProjectDocument document = ProjectReader.of().read(in);
            BatchResult batch = Pbm.evaluateAll(document.projects(), PolicyFile.preset("mof-2020"));
            assertEquals("88.73", batch.results().get(0).evaluation().score().toString());
            assertEquals(0, document.rejected().size());
        }
    }

    @Test
    void theReadmesPolicyFileIsTheSampleAndReads() throws IOException {
        String sample;
        try (InputStream in = getClass().getResourceAsStream("/samples/policy-extends-xinjiang.json")) {
            sample = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        }
        for (String readme : new String[] {"README.md", "README.zh-CN.md"}) {
            String text = Files.readString(Path.of("..", readme));
            int format = text.indexOf("\"format\": \"pbm-policy/1\"");
            String block = text.substring(text.lastIndexOf("```json\n", format) + 8, text.indexOf("```", format)).strip();
            assertEquals(sample, block, readme);
            Policy policy = PolicyFile.parse(block);
            assertEquals("焉耆县2024", policy.name());
            assertEquals("75.00", policy.gradeScale().band(Grade.FAIR).lower().toString());
        }
    }
}
