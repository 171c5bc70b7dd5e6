package io.pbm.examples.sample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pbm.core.project.Project;
import io.pbm.io.project.ProjectDocument;
import io.pbm.io.project.ProjectReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A sample written as a pbm/1 document reads back as the same projects, whether written or streamed. */
class SampleDocumentTest {

    @Test
    void aWrittenSampleReadsBackAsTheSameProjects() throws IOException {
        for (SampleProfile profile : SampleProfile.values()) {
            List<Project> sample = SampleGenerator.generate(300, 40, 11, profile);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            SampleDocument.write(sample, out);
            ProjectDocument document = ProjectReader.of().read(new ByteArrayInputStream(out.toByteArray()));
            assertTrue(document.rejected().isEmpty(), () -> document.rejected().toString());
            List<Project> read = document.projects();
            assertEquals(sample.size(), read.size());
            for (int i = 0; i < sample.size(); i++) {
                assertEquals(sample.get(i), read.get(i), sample.get(i).id());
            }
        }
    }

    @Test
    void theStreamedDocumentIsTheWrittenOne() throws IOException {
        Iterable<Project> sample = SampleGenerator.iterable(120, 30, 3, SampleProfile.COUNTY, true);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SampleDocument.write(sample, out);
        byte[] streamed;
        try (InputStream in = SampleDocument.stream(sample)) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            byte[] small = new byte[7];
            for (int n = in.read(small); n >= 0; n = in.read(small)) {
                bytes.write(small, 0, n);
            }
            streamed = bytes.toByteArray();
        }
        assertArrayEquals(out.toByteArray(), streamed);
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        io.pbm.io.project.ProjectWriter.write(sample, written);
        assertArrayEquals(written.toByteArray(), streamed, "the bytes pbm-io's writer gives");
        assertEquals(120, ProjectReader.of().read(new ByteArrayInputStream(streamed)).records().size());
    }

    @Test
    void anEmptySampleIsAnEmptyDocument() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SampleDocument.write(List.of(), out);
        assertEquals(0, ProjectReader.of().read(new ByteArrayInputStream(out.toByteArray())).records().size());
    }
}
