package io.pbm.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code pbm review}, {@code monitor}, {@code audit} and {@code compare}: their documents and their tables. */
class DocumentCommandsTest {

    @TempDir
    Path dir;

    private final Cli cli = new Cli();

    @Test
    void reviewWritesPbmReview1AndATableWithTheRuleOfEachProblem() {
        Path contract = Cli.fixture(dir, "contract-example.json");
        assertEquals(0, cli.run("review", "--policy", "xinjiang", "--format", "json", contract.toString()));
        assertTrue(cli.out().contains("\"format\": \"pbm-review/1\""), cli.out());
        assertTrue(cli.out().contains("\"passed\": false"), cli.out());
        // Five indicators, XINJIANG wants seven (R-GOAL-1).
        assertEquals(0, cli.run("review", "--policy", "xinjiang", contract.toString()));
        assertTrue(cli.out().contains("652826-2023-017  未通过"), cli.out());
        assertTrue(cli.out().contains("  R-GOAL-1  /projects/0"), cli.out());
        assertTrue(cli.out().contains("合计：项目 1，通过 0，未通过 1"), cli.out());
        assertEquals(0, cli.run("review", "--policy", "mof-2020", "--lang", "en", contract.toString()));
        assertTrue(cli.out().contains("652826-2023-017  passed"), cli.out());
        assertTrue(cli.out().contains("Total: 1 projects, 1 passed"), cli.out());
    }

    @Test
    void reviewCountsTheRecordsTheReaderRejected() {
        Path rejections = Cli.fixture(dir, "rejections.json");
        assertEquals(0, cli.run("review", "--policy", "mof-2020", rejections.toString()));
        assertTrue(cli.out().contains("/projects/0 R-001:"), cli.out());
        assertTrue(cli.out().contains("无法读取 3"), cli.out());
    }

    @Test
    void monitorWritesPbmMonitor1AndTheLights() {
        Path contract = Cli.fixture(dir, "contract-example.json");
        assertEquals(0, cli.run("monitor", "--policy", "mof-2020", "--month", "5", "--format", "json",
                contract.toString()));
        assertTrue(cli.out().contains("\"format\": \"pbm-monitor/1\""), cli.out());
        assertTrue(cli.out().contains("\"month\": 5"), cli.out());
        assertEquals(0, cli.run("monitor", "--policy", "mof-2020", "--month", "5", "--lang", "en", contract.toString()));
        assertTrue(cli.out().contains("652826-2023-017  execution 95.05%, time elapsed 41.67%  green"), cli.out());
        assertTrue(cli.out().contains("Total: 1 projects, 1 monitored"), cli.out());
        assertEquals(2, cli.run("monitor", "--policy", "mof-2020", "--month", "13", contract.toString()));
        assertTrue(cli.err().contains("--month"), cli.err());
    }

    @Test
    void auditPrintsOneLinePerFindingAndWritesPbmAudit1() throws IOException {
        Path sample = Cli.sample(dir, 120, 20, 7, false);
        assertEquals(0, cli.run("audit", "--policy", "xinjiang", sample.toString()));
        long findings = cli.out().lines().filter(l -> l.startsWith("R-AUDIT-")).count();
        assertTrue(findings > 0, cli.out());
        // rule, project, location, reported → computed, message
        assertTrue(cli.out().lines().filter(l -> l.startsWith("R-AUDIT-"))
                .allMatch(l -> l.matches("R-AUDIT-\\d  659999-2021-\\d{4}  /projects/\\d+\\S*  .+ → .+  .+")),
                cli.out());
        assertTrue(cli.out().contains("合计：自评表 120，"), cli.out());
        Path json = dir.resolve("audit.json");
        assertEquals(0, cli.run("audit", "--policy", "xinjiang", "--format", "json", "--out", json.toString(),
                sample.toString()));
        assertEquals("", cli.out());
        String document = Files.readString(json);
        assertTrue(document.contains("\"format\": \"pbm-audit/1\""), document);
        assertTrue(document.contains("\"withDiscrepancies\": "), document);
    }

    @Test
    void compareShowsTheTotalsSideBySideAndTheProjectsThatChange() {
        Path sample = Cli.sample(dir, 60, 10, 3, true);
        assertEquals(0, cli.run("compare", "--policy", "mof-2020", "--policy", "xinjiang", sample.toString()));
        assertTrue(cli.out().contains("政策比较：MOF_2020"), cli.out());
        assertTrue(cli.out().contains("不纳入评价"), "XINJIANG leaves central transfers out (R-PLAN-4)");
        assertTrue(cli.out().contains("结果变化的项目："), cli.out());
        assertEquals(0, cli.run("compare", "--policy", "mof-2020", "--policy", "xinjiang", "--format", "json",
                sample.toString()));
        assertTrue(cli.out().contains("\"format\": \"pbm-compare/1\""), cli.out());
        assertTrue(cli.out().contains("\"kind\": \"EXCLUDED\""), cli.out());
        assertTrue(cli.out().contains("\"summaries\""), cli.out());
        assertEquals(2, cli.run("compare", "--policy", "mof-2020", sample.toString()));
        assertEquals(2, cli.run("compare", "--policy", "a", "--policy", "b", "--policy", "c", sample.toString()));
    }
}
