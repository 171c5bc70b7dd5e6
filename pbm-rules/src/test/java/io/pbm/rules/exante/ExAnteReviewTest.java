package io.pbm.rules.exante;

import static io.pbm.rules.ReviewExamples.assessment;
import static io.pbm.rules.ReviewExamples.project;
import static io.pbm.rules.ReviewExamples.sound;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pbm.core.budget.Amount;
import io.pbm.core.budget.Budget;
import io.pbm.core.budget.BudgetAction;
import io.pbm.core.exante.ExAnteAssessment;
import io.pbm.core.exante.ExAnteConclusion;
import io.pbm.core.grade.Score;
import io.pbm.core.project.Project;
import io.pbm.core.project.ProjectFlags;
import io.pbm.rules.ReviewExamples;
import io.pbm.rules.explain.Problem;
import io.pbm.rules.explain.RuleId;
import io.pbm.rules.explain.Warning;
import io.pbm.rules.policy.ExAntePolicy;
import io.pbm.rules.policy.Policy;
import io.pbm.rules.policy.Presets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Worked examples of the ex-ante assessment (R-EXANTE-1…4). */
class ExAnteReviewTest {

    private static final ExAnteReview MOF = ExAnteReview.of(Presets.MOF_2020);
    private static final ExAnteReview XINJIANG = ExAnteReview.of(Presets.XINJIANG);
    private static final ProjectFlags NEW = ProjectFlags.builder().isNew(true).build();

    /** A new project of 500,000.00 元 with an assessment. */
    private static Project newProject(ExAnteAssessment assessment) {
        return project("N-1", sound()).flags(NEW).exAnte(assessment).build();
    }

    /** A new project asking for an amount next year, assessed 98 (SUPPORT), re-assessed or not. */
    private static Project asking(String amount, boolean reassessed) {
        ExAnteAssessment assessment = ExAnteAssessment.builder().from(assessment("19.6", "19.6", "19.6", "19.6", "19.6"))
                .thirdPartyReassessed(reassessed).build();
        return project("N-2", sound()).flags(NEW).exAnte(assessment)
                .budget(Budget.builder().adjusted(Amount.ZERO).spent(Amount.ZERO)
                        .nextYearRequest(Amount.of(amount)).build())
                .build();
    }

    private static List<String> codes(ExAnteResult result) {
        return result.problems().stream().map(Problem::code).toList();
    }

    @Test
    void R_EXANTE_1_theTotalIsTheSumOfTheFiveDimensions() {
        ExAnteResult result = MOF.assess(newProject(assessment("20", "18.5", "17", "19.25", "15")));
        assertEquals(Score.parse("89.75"), result.total().orElseThrow());
        assertTrue(result.passed());
        assertFalse(result.trace().of(RuleId.R_EXANTE_1).isEmpty());
    }

    @Test
    void R_EXANTE_1_aDimensionAboveItsPointsIsAProblemAndGivesNoConclusion() {
        ExAnteResult result = MOF.assess(newProject(assessment("20.01", "19", "19", "19", "19")));
        assertEquals(List.of("R-EXANTE-1", "R-EXANTE-3"), codes(result));
        assertEquals("/exAnte/necessity", result.problems().get(0).path());
        assertEquals("立项必要性得分20.01，超过该项分值20.00", result.problems().get(0).message().toString());
        assertTrue(result.conclusion().isEmpty());
        assertEquals(RuleId.R_EXANTE_3, result.budgetDecision().orElseThrow().rule());
    }

    @Test
    void R_EXANTE_2_seed000AnAverageOf98Supports() {
        ExAnteResult result = MOF.assess(newProject(assessment("19.6", "19.6", "19.6", "19.6", "19.6")));
        assertEquals(Score.of(98), result.total().orElseThrow());
        assertEquals(ExAnteConclusion.SUPPORT, result.conclusion().orElseThrow());
        assertTrue(result.fundable());
    }

    @Test
    void R_EXANTE_2_theCutOffsAreExact() {
        assertEquals(ExAnteConclusion.SUPPORT, conclusion("16", "16"));
        assertEquals(ExAnteConclusion.PARTIAL_SUPPORT, conclusion("16", "15.99"));
        assertEquals(ExAnteConclusion.PARTIAL_SUPPORT, conclusion("12", "12"));
        assertEquals(ExAnteConclusion.NO_SUPPORT, conclusion("12", "11.99"));
    }

    /** The conclusion of four dimensions at {@code each} and the fifth at {@code last}: 80.00, 79.99, 60.00, 59.99. */
    private static ExAnteConclusion conclusion(String each, String last) {
        ExAnteResult result = MOF.assess(newProject(assessment(each, each, each, each, last)));
        return result.conclusion().orElseThrow();
    }

    @Test
    void R_EXANTE_3_aNewProjectWithoutAnAssessmentIsNotBudgeted() {
        ExAnteResult result = MOF.assess(project("N-0", sound()).flags(NEW).build());
        assertTrue(result.applicable());
        assertEquals(List.of("R-EXANTE-3"), codes(result));
        assertEquals("/exAnte", result.problems().get(0).path());
        assertEquals(BudgetAction.NOT_BUDGETED, result.budgetAction().orElseThrow());
        assertEquals(RuleId.R_EXANTE_3, result.budgetDecision().orElseThrow().rule());

        Policy optional = Presets.MOF_2020.withExAnte(ExAntePolicy.builder().from(Presets.MOF_2020.exAnte())
                .requireAssessment(false).build());
        assertTrue(ExAnteReview.of(optional).assess(project("N-0", sound()).flags(NEW).build()).fundable());
    }

    @Test
    void R_EXANTE_3_aNewProjectConcludedPartialSupportIsNotBudgeted() {
        ExAnteResult result = MOF.assess(newProject(assessment("14", "14", "14", "14", "14")));
        assertEquals(ExAnteConclusion.PARTIAL_SUPPORT, result.conclusion().orElseThrow());
        assertEquals(List.of("R-EXANTE-3"), codes(result));
        assertEquals("the new project's ex-ante conclusion is partial support: not budgeted",
                result.budgetDecision().orElseThrow().message().render(Locale.ENGLISH));

        // Seed 001 names only 不支持: a policy that budgets partial support.
        Policy seed001 = Presets.XINJIANG.withExAnte(ExAntePolicy.builder().from(Presets.XINJIANG.exAnte())
                .notBudgeted(List.of(ExAnteConclusion.NO_SUPPORT)).build());
        assertTrue(ExAnteReview.of(seed001).assess(newProject(assessment("14", "14", "14", "14", "14"))).fundable());
    }

    @Test
    void R_EXANTE_3_aContinuingProjectsConclusionDecidesNoBudget() {
        Project continuing = project("C-1", sound()).exAnte(assessment("10", "10", "10", "10", "10")).build();
        ExAnteResult result = MOF.assess(continuing);
        assertTrue(result.applicable());
        assertEquals(ExAnteConclusion.NO_SUPPORT, result.conclusion().orElseThrow());
        assertTrue(result.fundable());
        assertTrue(result.passed());
        assertEquals(List.of(RuleId.R_EXANTE_3), result.warnings().stream().map(Warning::rule).toList());
        assertFalse(MOF.assess(project("C-2", sound()).build()).applicable(), "no assessment, not new: not concerned");
    }

    @Test
    void R_EXANTE_4_underXinjiangOneMillionIsMajorAndTheReassessmentRequired() {
        ExAnteResult major = XINJIANG.assess(asking("1000000.00", false));
        assertTrue(major.major());
        assertEquals(Reassessment.REQUIRED, major.reassessment());
        assertEquals(List.of("R-EXANTE-4"), codes(major));
        assertEquals("/exAnte/thirdPartyReassessed", major.problems().get(0).path());
        assertEquals(RuleId.R_EXANTE_4, major.budgetDecision().orElseThrow().rule());

        ExAnteResult below = XINJIANG.assess(asking("999999.99", false));
        assertFalse(below.major());
        assertEquals(Reassessment.NOT_NEEDED, below.reassessment());
        assertTrue(below.fundable());

        assertTrue(XINJIANG.assess(asking("1000000.00", true)).fundable(), "re-assessed: budgeted");
    }

    @Test
    void R_EXANTE_4_underMof2020TheReassessmentIsOnlyRecommended() {
        ExAnteResult result = MOF.assess(asking("5000000.00", false));
        assertEquals(Reassessment.RECOMMENDED, result.reassessment());
        assertTrue(result.fundable());
        assertTrue(result.passed());
        assertEquals(List.of(RuleId.R_EXANTE_4), result.warnings().stream().map(Warning::rule).toList());
        assertFalse(MOF.assess(asking("4999999.99", false)).major());
    }

    @Test
    void R_EXANTE_4_aProjectFlaggedMajorIsMajorWhateverItsAmount() {
        Project flagged = project("N-3", sound()).flags(ProjectFlags.builder().isNew(true).isMajor(true).build())
                .exAnte(assessment("19", "19", "19", "19", "19")).build();
        ExAnteResult result = XINJIANG.assess(flagged);
        assertTrue(result.major());
        assertEquals(RuleId.R_EXANTE_4, result.budgetDecision().orElseThrow().rule());
    }

    @Test
    void R_EXANTE_4_theAmountIsNextYearsRequestNotThisYearsBudget() {
        Project project = project("N-4", sound()).flags(NEW).exAnte(assessment("19", "19", "19", "19", "19"))
                .budget(Budget.builder().adjusted(Amount.of(2_000_000)).spent(Amount.ZERO)
                        .nextYearRequest(Amount.of(900_000)).build()).build();
        assertFalse(XINJIANG.assess(project).major());
        Project withoutRequest = project("N-5", sound()).flags(NEW).exAnte(assessment("19", "19", "19", "19", "19"))
                .budget(Budget.of(Amount.of(2_000_000), Amount.ZERO)).build();
        assertTrue(XINJIANG.assess(withoutRequest).major(), "without a request, this year's adjusted budget");
    }

    @Test
    void everyMessageHasItsTextInBothLanguages() {
        List<Project> projects = List.of(
                newProject(assessment("20.01", "19", "19", "19", "19")),
                newProject(assessment("14", "14", "14", "14", "14")),
                project("N-0", sound()).flags(NEW).build(),
                project("C-1", sound()).exAnte(assessment("10", "10", "10", "10", "10")).build(),
                asking("1000000.00", false), asking("1000000.00", true), asking("5000000", false),
                project("N-3", sound()).flags(ProjectFlags.builder().isNew(true).isMajor(true).build())
                        .exAnte(assessment("19", "19", "19", "19", "19")).build());
        for (ExAnteReview review : List.of(MOF, XINJIANG)) {
            for (Project project : projects) {
                ExAnteResult result = review.assess(project);
                ReviewExamples.assertTexts(result.problems(), result.warnings(), result.trace());
            }
        }
    }

    @Test
    void nullArgumentsAreRefusedByName() {
        assertEquals("policy is null", assertThrows(NullPointerException.class, () -> ExAnteReview.of(null)).getMessage());
        assertEquals("project is null", assertThrows(NullPointerException.class, () -> MOF.assess(null)).getMessage());
    }
}
