package io.pbm.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pbm.examples.sample.SampleGenerator;
import io.pbm.examples.sample.SampleProfile;
import io.pbm.io.policy.PolicyFile;
import io.pbm.io.project.ProjectDocument;
import io.pbm.io.project.ProjectReader;
import io.pbm.rules.policy.Presets;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code pbm sample}, {@code pbm policy show} and {@code pbm policy export}. */
class SampleAndPolicyCommandsTest {

    @TempDir
    Path dir;

    private final Cli cli = new Cli();

    private static ProjectDocument read(String json) {
        return ProjectReader.of().read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void sampleWritesTheGeneratorsProjectsAsPbm1() {
        assertEquals(0, cli.run("sample", "--projects", "40", "--units", "6", "--seed", "9"));
        String first = cli.out();
        assertTrue(first.startsWith("{\n  \"format\": \"pbm/1\""), first);
        assertEquals(SampleGenerator.generate(40, 6, 9, SampleProfile.COUNTY), read(first).projects());
        assertEquals(0, cli.run("sample", "--projects", "40", "--units", "6", "--seed", "9"));
        assertEquals(first, cli.out(), "the same arguments, the same bytes");
        assertEquals(0, cli.run("sample", "--projects", "40", "--units", "6", "--seed", "10"));
        assertTrue(!first.equals(cli.out()), "another seed, other projects");
    }

    @Test
    void sampleWithErrorsAndAProvinceToAFile() throws IOException {
        Path file = dir.resolve("province.json");
        assertEquals(0, cli.run("sample", "--projects", "300", "--units", "30", "--seed", "4", "--profile", "province",
                "--with-errors", "--out", file.toString()));
        assertEquals("", cli.out());
        try (InputStream in = Files.newInputStream(file)) {
            assertEquals(SampleGenerator.generate(300, 30, 4, SampleProfile.PROVINCE, true),
                    ProjectReader.of().read(in).projects());
        }
        assertEquals(0, cli.run("evaluate", "--policy", "mof-2020", file.toString()));
        assertTrue(cli.out().contains("无法评价"), "the mistakes are rejections");
    }

    @Test
    void sampleRefusesCountsOutOfRange() {
        assertEquals(2, cli.run("sample", "--projects", "5", "--units", "0", "--seed", "1"));
        assertTrue(cli.err().contains("units"), cli.err());
        assertEquals(2, cli.run("sample", "--projects", "-1", "--units", "3", "--seed", "1"));
        assertEquals(2, cli.run("sample", "--projects", "5", "--units", "3", "--seed", "1", "--profile", "city"));
        assertEquals(2, cli.run("sample", "--units", "3", "--seed", "1"));
        assertEquals(1, cli.run("sample", "--projects", "1", "--units", "1", "--seed", "1", "--out",
                dir.resolve("no/such/dir.json").toString()));
        assertEquals(1, cli.err().strip().lines().count(), cli.err());
    }

    @Test
    void policyShowListsEveryParameterInEitherLanguage() {
        assertEquals(0, cli.run("policy", "show", "xinjiang"));
        assertTrue(cli.out().contains("等级划分 (gradeScale)"), cli.out());
        assertTrue(cli.out().contains("中 [70.00, 80.00)"), cli.out());
        assertEquals(Presets.XINJIANG.parameters().size(), cli.out().lines().count(), cli.out());
        assertEquals(0, cli.run("policy", "show", "mof-2020", "--lang", "en"));
        assertTrue(cli.out().contains("grade bands (gradeScale)"), cli.out());
        assertTrue(cli.out().contains("中 [60.00, 80.00)"), cli.out());
        assertEquals(2, cli.run("policy", "show", "sichuan"));
        assertEquals(0, cli.run("policy"));
        assertTrue(cli.out().contains("show"), cli.out());
    }

    @Test
    void policyExportWritesAPolicyFileThatReadsBackAsThePreset() throws IOException {
        assertEquals(0, cli.run("policy", "export", "mof-2020"));
        assertEquals(Presets.MOF_2020, PolicyFile.parse(cli.out()));
        Path file = dir.resolve("xinjiang.json");
        assertEquals(0, cli.run("policy", "export", "xinjiang", "--out", file.toString()));
        assertEquals(Presets.XINJIANG, PolicyFile.parse(Files.readString(file)));
        assertEquals(0, cli.run("policy", "show", file.toString()));
        assertTrue(cli.out().contains("XINJIANG"), cli.out());
        Path broken = Files.writeString(dir.resolve("broken-policy.json"), "{\"format\": \"pbm-policy/1\", \"nme\": 1}");
        assertEquals(1, cli.run("policy", "show", broken.toString()));
        assertEquals(1, cli.err().strip().lines().count(), cli.err());
    }
}
