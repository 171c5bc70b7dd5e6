package io.pbm.rules.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pbm.core.Ratio;
import io.pbm.core.project.Project;
import io.pbm.rules.Examples;
import io.pbm.rules.Pbm;
import io.pbm.rules.evaluation.UnitWideEvaluationTest;
import io.pbm.rules.policy.Policy;
import io.pbm.rules.policy.Presets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What a person reads: the summary's columns padded to the widest label plus two, CJK and full-width
 * characters counted as two columns, and lists shortened in {@code toString} only beyond
 * {@value Text#SHOWN} entries (changes beyond {@value PolicyComparison#RENDERED_CHANGES}).
 */
class ReportLayoutTest {

    private static final Project CONTRACT = Examples.contractProject();

    @Test
    void theSummaryPadsEveryLabelToTheWidestPlusTwoColumns() {
        String expected = """
                Summary (policy MOF_2020 2020.1)
                  projects          0
                  evaluated         0
                  excluded          0
                  rejected          0
                  grades            excellent 0 / good 0 / fair 0 / poor 0
                  mean score        —
                  execution rate    —
                  vetoes            —
                  reports returned  0
                  budget before     0.00
                  budget after      0.00
                  budget actions    —
                """;
        assertEquals(expected, Pbm.evaluateAll(List.of(), Presets.MOF_2020).summary().render(Locale.ENGLISH));
    }

    @Test
    void R_SCORE_UNIT_theUnitWideRowsAppearFromTheFirstUnitWideRecord() {
        SummaryBuilder builder = SummaryBuilder.of(Presets.MOF_2020);
        assertFalse(builder.build().rows(Locale.ENGLISH).containsKey("Unit-wide evaluations"));
        builder.add(Pipeline.of(Presets.MOF_2020).evaluateUnit(UnitWideEvaluationTest.unit("4900000.00"), 0));
        var rows = builder.build().rows(Locale.ENGLISH);
        assertEquals("1 (evaluated 1 / rejected 0)", rows.get("Unit-wide evaluations"));
        assertEquals("excellent 1 / good 0 / fair 0 / poor 0", rows.get("Unit-wide grades"));
    }

    /** {@code n} copies of the contract: the first is evaluated, the others rejected as repeated ids. */
    private static String printedWithRepeats(int repeats) {
        return Pbm.evaluateAll(Collections.nCopies(repeats + 1, CONTRACT), Presets.MOF_2020).toString();
    }

    @Test
    void tenRejectionsArePrintedInFull() {
        String text = printedWithRepeats(Text.SHOWN);
        assertTrue(text.contains("[10] 652826-2023-017"), text);
        assertFalse(text.contains("另有"), text);
    }

    @Test
    void theEleventhRejectionIsCountedNotPrinted() {
        String text = printedWithRepeats(Text.SHOWN + 1);
        assertTrue(text.contains("[10] 652826-2023-017"), text);
        assertFalse(text.contains("[11] 652826-2023-017"), text);
        assertTrue(text.contains("  ……另有1个（见 rejected()）\n"), text);
    }

    @Test
    void exactlyTheRenderedNumberOfChangesIsListedWithoutARemainder() {
        List<Project> many = Collections.nCopies(PolicyComparison.RENDERED_CHANGES, CONTRACT);
        String text = Pbm.compare(many, Presets.MOF_2020, Presets.MOF_2020.withCutRatio(Ratio.of(1, 5))).toString();
        assertTrue(text.contains("结果变化的项目：" + PolicyComparison.RENDERED_CHANGES + "个"), text);
        assertFalse(text.contains("另有"), text);
    }

    /**
     * The first policy's name heads the value column: the spaces after it are the column's width less
     * the name's display width — 1 column for each character outside the CJK and full-width ranges, 2
     * inside, checked at both ends of every range.
     */
    @ParameterizedTest(name = "U+{0} is {1} column(s) wide")
    @CsvSource({
        "10FF, 1", "1100, 2", "115F, 2", "1160, 1",
        "2E7F, 1", "2E80, 2", "A4CF, 2", "A4D0, 1",
        "ABFF, 1", "AC00, 2", "D7A3, 2", "D7A4, 1",
        "F8FF, 1", "F900, 2", "FAFF, 2", "FB00, 1",
        "FE2F, 1", "FE30, 2", "FE4F, 2", "FE50, 1",
        "FEFF, 1", "FF00, 2", "FF60, 2", "FF61, 1",
        "FFDF, 1", "FFE0, 2", "FFE6, 2", "FFE7, 1",
        "1F600, 1"})
    void aNameIsPaddedByItsDisplayWidth(String codePoint, int columns) {
        String name = "P" + Character.toString(Integer.parseInt(codePoint, 16));
        assertEquals(gapAfter("P"), gapAfter(name) + columns);
    }

    /** The spaces between the first policy's name and the second's in a comparison's column header. */
    private static int gapAfter(String firstName) {
        Policy first = Presets.MOF_2020.toBuilder().name(firstName).build();
        Policy second = Presets.MOF_2020.toBuilder().name("Q").build();
        String text = PolicyComparison.of(List.of(), first, second).render(Locale.ENGLISH);
        String nameA = firstName + " 2020.1";
        String header = text.lines().filter(l -> l.endsWith("Q 2020.1") && l.strip().startsWith(nameA)).findFirst()
                .orElseThrow(() -> new AssertionError(text));
        String after = header.substring(header.indexOf(nameA) + nameA.length());
        return after.length() - "Q 2020.1".length();
    }

    @Test
    void theValueColumnIsTheWidestValuePlusTwo() {
        // The grades line is the widest value: 38 columns, so the second policy starts 40 columns in.
        Policy q = Presets.MOF_2020.toBuilder().name("Q").build();
        List<String> lines = new ArrayList<>(PolicyComparison.of(List.of(), Presets.MOF_2020, q)
                .render(Locale.ENGLISH).lines().toList());
        assertTrue(lines.contains("  grades            excellent 0 / good 0 / fair 0 / poor 0  "
                + "excellent 0 / good 0 / fair 0 / poor 0"), lines::toString);
        assertTrue(lines.contains("                    MOF_2020 2020.1" + " ".repeat(40 - 15) + "Q 2020.1"),
                lines::toString);
    }
}
