package io.pbm.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pbm.io.policy.PolicyFile;
import io.pbm.io.project.ProjectDocument;
import io.pbm.io.project.ProjectReader;
import io.pbm.rules.Pbm;
import io.pbm.rules.pipeline.BatchResult;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/** The README's reading example: a pbm/1 document in, a batch result out. */
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
}
