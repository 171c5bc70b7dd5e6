package io.pbm.rules.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pbm.core.Ratio;
import io.pbm.core.budget.Amount;
import io.pbm.core.budget.BudgetAction;
import io.pbm.core.budget.FundCategory;
import io.pbm.core.grade.Grade;
import io.pbm.core.project.Project;
import io.pbm.rules.Examples;
import io.pbm.rules.Pbm;
import io.pbm.rules.policy.Policy;
import io.pbm.rules.policy.Presets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What-if: the same batch under two policies. */
class PolicyComparisonTest {

    private static final Project CONTRACT = Examples.contractProject();
    private static final Project TRANSFER = Examples.contractVariant("652826-2023-090", FundCategory.CENTRAL_TRANSFER,
            input -> input);

    @Test
    void theContractIsCutAlikeUnderBothPresets() {
        // MOF_2020: 中 → CUT by R-LINK-3; XINJIANG: 中 → CUT by R-LINK-2; the same amount.
        PolicyComparison comparison = Pbm.compare(List.of(CONTRACT), Presets.MOF_2020, Presets.XINJIANG);
        assertTrue(comparison.changes().isEmpty(), comparison::toString);
        assertEquals(Amount.of("1737450.00"), comparison.first().budgetAfter());
        assertEquals(Amount.of("1737450.00"), comparison.second().budgetAfter());
    }

    @Test
    void aHigherCutRatioChangesTheAmountOfEveryCut() {
        Policy fifth = Presets.MOF_2020.withCutRatio(Ratio.of(1, 5));
        PolicyComparison comparison = Pbm.compare(List.of(CONTRACT), Presets.MOF_2020, fifth);
        assertEquals(1, comparison.changes().size());
        ProjectChange change = comparison.changes().get(0);
        assertEquals("652826-2023-017", change.projectId());
        assertEquals(Optional.of(Grade.FAIR), change.fromGrade());
        assertEquals(Optional.of(Grade.FAIR), change.toGrade());
        assertEquals(Optional.of(BudgetAction.CUT), change.toAction());
        assertEquals(Optional.of(Amount.of("1737450.00")), change.fromAmount());
        assertEquals(Optional.of(Amount.of("1544400.00")), change.toAmount());
        assertEquals("[0] 652826-2023-017 焉耆县住房和城乡建设局: 中 → 中, 调减 → 调减, 1737450.00 → 1544400.00",
                change.toString());
        assertTrue(comparison.policyDifferences().stream().anyMatch(d -> d.parameter().equals("linkage")));
    }

    @Test
    void R_PLAN_4_aCentralTransferEvaluatedUnderOneAndExcludedUnderTheOtherIsAChange() {
        PolicyComparison comparison = Pbm.compare(List.of(CONTRACT, TRANSFER), Presets.MOF_2020, Presets.XINJIANG);
        assertEquals(1, comparison.changes().size());
        ProjectChange change = comparison.changes().get(0);
        assertEquals(1, change.index());
        assertEquals(OutcomeKind.EVALUATED, change.fromKind());
        assertEquals(OutcomeKind.EXCLUDED, change.toKind());
        assertEquals(Optional.empty(), change.toGrade());
        assertEquals(Optional.empty(), change.toAmount());
        assertEquals(1, comparison.second().excluded());
        assertEquals(2, comparison.first().evaluated());
    }

    @Test
    void toStringSetsTheSummariesSideBySideAndListsTheChanges() {
        PolicyComparison comparison = Pbm.compare(List.of(CONTRACT, TRANSFER), Presets.MOF_2020, Presets.XINJIANG);
        String text = comparison.toString();
        assertTrue(text.startsWith("政策比较：MOF_2020 2020.1 → XINJIANG 2023.1"), text);
        assertTrue(text.contains("excludedFundCategories: [] → [CENTRAL_TRANSFER]"), text);
        assertTrue(text.lines().anyMatch(l -> l.matches("  项目数 +2 +2")), text);
        assertTrue(text.lines().anyMatch(l -> l.matches("  不纳入评价 +0 +1")), text);
        assertTrue(text.contains("结果变化的项目：1个"), text);
        assertTrue(text.contains("[1] 652826-2023-090 焉耆县住房和城乡建设局: 中 → 不纳入评价, 调减 → —, 1737450.00 → —"), text);
        String english = comparison.render(Locale.ENGLISH);
        assertTrue(english.contains("Projects whose outcome changes: 1"), english);
        assertTrue(english.lines().anyMatch(l -> l.matches("  excluded +0 +1")), english);
    }

    @Test
    void aLongListOfChangesIsShortenedInTheTextOnly() {
        List<Project> many = java.util.Collections.nCopies(PolicyComparison.RENDERED_CHANGES + 5, CONTRACT);
        PolicyComparison comparison = Pbm.compare(many, Presets.MOF_2020, Presets.MOF_2020.withCutRatio(Ratio.of(1, 5)));
        assertEquals(PolicyComparison.RENDERED_CHANGES + 5, comparison.changes().size());
        assertTrue(comparison.toString().contains("……另有5个（见 changes()）"), comparison::toString);
    }
}
