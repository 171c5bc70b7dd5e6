package io.pbm.examples.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pbm.core.project.Project;
import io.pbm.io.project.ProjectReader;
import io.pbm.io.project.ProjectWriter;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * {@code pbm sample} writes samples through {@link ProjectWriter}: any sample — either profile, with or
 * without mistakes — reads back as the very projects the generator made, so a sample document is the
 * sample, and nothing is lost on the way (json-contract.md "Nothing is lost").
 */
class SampleDocumentProperties {

    @Property(tries = 25)
    void anySampleReadsBackAsTheGeneratorsProjects(@ForAll @IntRange(min = 0, max = 40) int projects,
            @ForAll @IntRange(min = 1, max = 50) int units, @ForAll long seed, @ForAll SampleProfile profile,
            @ForAll boolean withErrors) {
        List<Project> sample = SampleGenerator.generate(projects, units, seed, profile, withErrors);
        byte[] json = ProjectWriter.toJson(sample).getBytes(StandardCharsets.UTF_8);
        var document = ProjectReader.of().read(new ByteArrayInputStream(json));
        assertEquals(List.of(), document.rejected());
        assertEquals(sample, document.projects());
    }
}
