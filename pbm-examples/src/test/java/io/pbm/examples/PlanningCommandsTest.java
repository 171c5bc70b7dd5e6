package io.pbm.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pbm.examples.sample.SampleGenerator;
import io.pbm.examples.sample.SampleProfile;
import io.pbm.core.project.Project;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code pbm plan} (R-PLAN-1/2) and {@code pbm spot-check} (R-PLAN-3). */
class PlanningCommandsTest {

    @TempDir
    Path dir;

    private final Cli cli = new Cli();

    @Test
    void R_PLAN_1_and_2_planListsEachUnitsSelectionAndTheKeyEvaluations() {
        Path sample = Cli.sample(dir, 80, 8, 11, false);
        assertEquals(0, cli.run("plan", "--policy", "xinjiang", "--year", "2024", sample.toString()));
        assertTrue(cli.out().startsWith("部门评价（R-PLAN-1），2024 年，政策 XINJIANG"), cli.out());
        assertTrue(cli.out().contains("达到规定的20%"), cli.out());
        assertTrue(cli.out().contains("/8 个单位达到比例"), cli.out());
        assertTrue(cli.out().contains("财政重点评价（R-PLAN-2），县级："), cli.out());
        assertEquals(0, cli.run("plan", "--policy", "xinjiang", "--year", "2024", "--level", "prefecture",
                "--previous-total", "1000000.00", "--lang", "en", sample.toString()));
        assertTrue(cli.out().contains("Finance key evaluations (R-PLAN-2), prefecture:"), cli.out());
        assertEquals(2, cli.run("plan", "--policy", "xinjiang", "--year", "1800", sample.toString()));
        assertTrue(cli.err().contains("--year"), cli.err());
        assertEquals(2, cli.run("plan", "--policy", "xinjiang", "--year", "2024", "--level", "village", sample.toString()));
        assertEquals(2, cli.run("plan", "--policy", "xinjiang", "--year", "2024", "--previous-total", "-1",
                sample.toString()));
    }

    @Test
    void R_PLAN_3_theSampleIsWhatAnyoneGetsFromTheSha256Recipe() throws NoSuchAlgorithmException {
        Path sample = Cli.sample(dir, 50, 5, 5, false);
        assertEquals(0, cli.run("spot-check", "--share", "0.10", "--seed", "2024", sample.toString()));
        List<String> printed = cli.out().lines().filter(l -> l.matches("\\s+\\d+  [0-9a-f]{64}  .+"))
                .map(l -> l.substring(l.lastIndexOf("  ") + 2)).toList();
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        List<String> redone = SampleGenerator.generate(50, 5, 5, SampleProfile.COUNTY).stream().map(Project::id)
                .sorted(Comparator.comparing((String id) -> HexFormat.of()
                        .formatHex(sha256.digest(("2024:" + id).getBytes(StandardCharsets.UTF_8)))))
                .limit(5).toList();
        assertEquals(redone, printed, cli.out());
        assertTrue(cli.out().contains("sha256sum"), "the shell recipe");
        assertTrue(cli.out().contains("hashlib.sha256"), "the Python recipe");
        assertTrue(cli.out().contains("取前 5 个"), cli.out());
    }

    @Test
    void R_PLAN_3_aShareOutsideZeroToOneIsAUsageError() {
        Path sample = Cli.sample(dir, 10, 2, 5, false);
        assertEquals(0, cli.run("spot-check", "--share", "100%", "--seed", "x", "--lang", "en", sample.toString()));
        assertTrue(cli.out().contains("take the first 10"), cli.out());
        assertEquals(2, cli.run("spot-check", "--share", "0", "--seed", "1", sample.toString()));
        assertEquals(2, cli.run("spot-check", "--share", "1.5", "--seed", "1", sample.toString()));
        assertEquals(2, cli.run("spot-check", "--share", "many", "--seed", "1", sample.toString()));
        assertTrue(cli.err().contains("--share"), cli.err());
    }
}
