package io.pbm.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pbm.core.budget.FundCategory;
import io.pbm.examples.sample.SampleGenerator;
import io.pbm.examples.sample.SampleProfile;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code pbm explain}: the whole trace of one project, in either language. */
class ExplainCommandTest {

    @TempDir
    Path dir;

    private final Cli cli = new Cli();

    @Test
    void explainShowsEveryRuleFromScoreToBudget() {
        Path contract = Cli.fixture(dir, "contract-example.json");
        assertEquals(0, cli.run("explain", "--project", "652826-2023-017", contract.toString()));
        String out = cli.out();
        assertTrue(out.contains("88.73"), out);
        assertTrue(out.contains("全部规则轨迹"), out);
        for (String rule : new String[] {"R-SCORE-EXEC", "R-SCORE-GE", "R-SCORE-QUAL", "R-VETO-1", "R-LINK-3"}) {
            assertTrue(out.contains("  " + rule), rule + " in " + out);
        }
        assertEquals(0, cli.run("explain", "--project", "652826-2023-017", "--policy", "xinjiang", "--lang", "en",
                contract.toString()));
        assertTrue(cli.out().contains("Every rule applied"), cli.out());
        assertTrue(cli.out().contains("XINJIANG"), cli.out());
    }

    @Test
    void explainInJsonIsTheProjectsResultDocument() {
        Path contract = Cli.fixture(dir, "contract-example.json");
        assertEquals(0, cli.run("explain", "--project", "652826-2023-017", "--format", "json", contract.toString()));
        assertTrue(cli.out().contains("\"format\": \"pbm-result/1\""), cli.out());
        assertTrue(cli.out().contains("\"trace\""), cli.out());
    }

    @Test
    void explainTellsWhyAProjectWasNotEvaluated() {
        Path rejections = Cli.fixture(dir, "rejections.json");
        assertEquals(0, cli.run("explain", "--project", "R-001", rejections.toString()));
        assertTrue(cli.out().contains("/projects/0 R-001:"), cli.out());
        Path sample = Cli.sample(dir, 10, 2, 1, false);
        String central = SampleGenerator.generate(10, 2, 1, SampleProfile.COUNTY).stream()
                .filter(p -> p.fundCategory() == FundCategory.CENTRAL_TRANSFER).findFirst().orElseThrow().id();
        assertEquals(0, cli.run("explain", "--project", central, "--policy", "xinjiang", sample.toString()));
        assertTrue(cli.out().contains("R-PLAN-4"), cli.out());
    }

    @Test
    void anIdThatIsNotInTheDocumentIsAUsageError() {
        Path contract = Cli.fixture(dir, "contract-example.json");
        assertEquals(2, cli.run("explain", "--project", "nope", contract.toString()));
        assertTrue(cli.err().contains("--project"), cli.err());
        assertTrue(cli.err().contains("nope"), cli.err());
    }
}
