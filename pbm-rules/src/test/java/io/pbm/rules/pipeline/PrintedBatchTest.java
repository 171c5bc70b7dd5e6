package io.pbm.rules.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pbm.core.budget.FundCategory;
import io.pbm.core.project.BudgetUnit;
import io.pbm.core.project.Project;
import io.pbm.rules.Examples;
import io.pbm.rules.Pbm;
import io.pbm.rules.policy.Presets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * How a batch prints in JShell: {@code toString} lists the first ten units, exclusions (R-PLAN-4) and
 * rejections and says how many more there are, while {@code render} lists them all.
 */
class PrintedBatchTest {

    /** 12 units, each with an evaluated project and a central transfer that XINJIANG leaves out. */
    private static final List<Project> TWELVE_UNITS = twelveUnits();

    private static List<Project> twelveUnits() {
        List<Project> projects = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String unit = String.format("单位%02d", i);
            projects.add(Project.builder().from(Examples.contractProject()).id("P-" + i).unit(BudgetUnit.of(unit)).build());
            projects.add(Examples.contractVariant("T-" + i, FundCategory.CENTRAL_TRANSFER, input -> input));
        }
        return projects;
    }

    @Test
    void toStringListsTenOfEachAndCountsTheRest() {
        BatchResult batch = Pbm.evaluateAll(TWELVE_UNITS, Presets.XINJIANG);
        String printed = batch.toString();
        assertTrue(printed.contains("  单位09: 1930500.00 → 1737450.00, 调减 1\n"), printed);
        assertTrue(!printed.contains("单位10:"), printed);
        assertTrue(printed.contains("  ……另有2个（见 summary.units()）\n"), printed);
        assertTrue(printed.contains("  ……另有2个（见 excluded()）\n"), printed);
        assertTrue(printed.contains("[19] T-9 R-PLAN-4"), printed);
        assertTrue(!printed.contains("T-10 "), printed);
        assertEquals(batch.summary().toString(), printed.substring(0, batch.summary().toString().length()));
    }

    @Test
    void renderListsThemAll() {
        BatchResult batch = Pbm.evaluateAll(TWELVE_UNITS, Presets.XINJIANG);
        String rendered = batch.render(Locale.ENGLISH);
        assertTrue(rendered.contains("  单位11: 1930500.00 → 1737450.00, cut 1\n"), rendered);
        assertTrue(rendered.contains("[23] T-11 R-PLAN-4"), rendered);
        assertTrue(!rendered.contains("more (see"), rendered);
        assertEquals(batch.summary().render(Locale.ENGLISH), rendered.substring(0, rendered.indexOf("Excluded projects:")));
    }
}
