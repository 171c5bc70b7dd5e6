package io.pbm.rules.evaluation;

import io.pbm.rules.explain.Rejection;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pbm.core.evaluation.QualitativeAchievement;
import io.pbm.core.goal.Level1;
import io.pbm.core.goal.Level2;
import io.pbm.rules.ProjectFixture;
import io.pbm.rules.explain.Problem;
import io.pbm.rules.explain.RuleId;
import io.pbm.rules.explain.Warning;
import io.pbm.rules.policy.Presets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The goal checks evaluate runs (domain.md section 11): hard R-GOAL-3 and R-GOAL-4 reject, with every problem;
 * soft R-GOAL-3, R-GOAL-1 and R-GOAL-2 are warnings.
 */
class GoalChecksTest {

    private static List<Warning> warnings(EvaluationResult result, RuleId rule) {
        return result.warnings().stream().filter(w -> w.rule() == rule).toList();
    }

    @Test
    void R_GOAL_3_hardWeightsAddingTo80AreRejected() {
        Rejection rejection = ProjectFixture.project("w80")
                .quantitative("新建排水管网长度", Level2.QUANTITY, ">=12公里", 50, "12")
                .quantitative("群众满意度", Level2.SERVICE_RECIPIENT, ">=90%", 30, "93")
                .reject(Presets.MOF_2020);
        assertEquals(1, rejection.problems().size(), rejection::toString);
        Problem problem = rejection.problems().get(0);
        assertEquals("R-GOAL-3", problem.code());
        assertEquals("/indicators", problem.path());
        assertTrue(problem.message().render(Locale.ENGLISH).contains("80"), problem::toString);
        assertEquals("w80", rejection.id());
    }

    @Test
    void R_GOAL_3_hardWeightsAddingTo100AreRejected() {
        Rejection rejection = ProjectFixture.project("w100")
                .quantitative("新建排水管网长度", Level2.QUANTITY, ">=12公里", 50, "12")
                .quantitative("社会效益", Level2.SOCIAL, ">=1个", 40, "1")
                .quantitative("群众满意度", Level2.SERVICE_RECIPIENT, ">=90%", 10, "93")
                .reject(Presets.MOF_2020);
        assertEquals(List.of("R-GOAL-3"), rejection.problems().stream().map(Problem::code).toList());
        assertEquals("/indicators", rejection.problems().get(0).path());
    }

    @Test
    void R_GOAL_3_everyProblemIsReportedTogether() {
        Rejection rejection = ProjectFixture.project("all")
                .quantitative("新建排水管网长度", Level2.QUANTITY, ">=12公里", 30, null)
                .qualitative("排涝能力提升", Level2.SOCIAL, 30, QualitativeAchievement.PARTLY_ACHIEVED, "25", "说明")
                .quantitative("群众满意度", Level2.SERVICE_RECIPIENT, ">=90%", 20, "93")
                .reject(Presets.MOF_2020);
        assertEquals(3, rejection.problems().size(), rejection::toString);
        Set<String> codes = rejection.problems().stream().map(p -> p.code() + " " + p.path()).collect(Collectors.toSet());
        assertTrue(codes.contains("R-GOAL-3 /indicators"), codes::toString);
        assertTrue(codes.stream().anyMatch(c -> c.startsWith("R-SCORE-GE /indicators/0")), codes::toString);
        assertTrue(codes.contains("R-SCORE-QUAL /indicators/1/score"), codes::toString);
    }

    @Test
    void R_GOAL_3_softADifferentLevelOneSplitIsAWarningAndStillScored() {
        // 40 / 30 / 20 instead of 50 / 30 / 10: common in published tables.
        EvaluationResult result = ProjectFixture.project("split")
                .quantitative("新建排水管网长度", Level2.QUANTITY, ">=12公里", 40, "12")
                .quantitative("社会效益", Level2.SOCIAL, ">=1个", 30, "1")
                .quantitative("群众满意度", Level2.SERVICE_RECIPIENT, ">=90%", 20, "93")
                .evaluate(Presets.MOF_2020);
        assertEquals("100.00", result.score().toString());
        List<Warning> split = warnings(result, RuleId.R_GOAL_3);
        assertEquals(2, split.size(), split::toString);
        String rendered = split.toString();
        assertTrue(rendered.contains(Level1.OUTPUT.label()) && rendered.contains(Level1.SATISFACTION.label()), rendered);
        assertTrue(split.stream().allMatch(w -> w.path().equals("/indicators")));
    }

    @Test
    void R_GOAL_3_withoutASatisfactionIndicatorItsPointsGoToBenefit() {
        EvaluationResult result = ProjectFixture.project("nosat")
                .quantitative("新建排水管网长度", Level2.QUANTITY, ">=12公里", 50, "12")
                .quantitative("社会效益", Level2.SOCIAL, ">=1个", 40, "1")
                .evaluate(Presets.MOF_2020);
        assertEquals(List.of(), warnings(result, RuleId.R_GOAL_3));

        EvaluationResult other = ProjectFixture.project("nosat2")
                .quantitative("新建排水管网长度", Level2.QUANTITY, ">=12公里", 60, "12")
                .quantitative("社会效益", Level2.SOCIAL, ">=1个", 30, "1")
                .evaluate(Presets.MOF_2020);
        assertEquals(2, warnings(other, RuleId.R_GOAL_3).size(), "60 / 30 against 50 / 40");
    }

    @Test
    void R_GOAL_3_thePolicySplitGivesNoWarning() {
        EvaluationResult result = ProjectFixture.project("policy")
                .quantitative("新建排水管网长度", Level2.QUANTITY, ">=12公里", 50, "12")
                .quantitative("社会效益", Level2.SOCIAL, ">=1个", 30, "1")
                .quantitative("群众满意度", Level2.SERVICE_RECIPIENT, ">=90%", 10, "93")
                .evaluate(Presets.MOF_2020);
        assertEquals(List.of(), result.warnings());
    }

    @Test
    void R_GOAL_4_aQuantitativeIndicatorWithoutAUnitIsRejected() {
        Rejection rejection = ProjectFixture.project("unit")
                .quantitative("群众满意度", Level2.SERVICE_RECIPIENT, ">=90%", 10, "93")
                .quantitative("新建排水管网长度", Level2.QUANTITY, ">=12", 80, "12")
                .reject(Presets.MOF_2020);
        assertEquals(1, rejection.problems().size(), rejection::toString);
        assertEquals("R-GOAL-4", rejection.problems().get(0).code());
        assertEquals("/indicators/1/unit", rejection.problems().get(0).path());
        assertTrue(rejection.problems().get(0).message().render(Locale.ENGLISH).contains("新建排水管网长度"));
    }

    @Test
    void R_GOAL_1_fewerThanSevenIndicatorsIsAWarningUnderXinjiang() {
        ProjectFixture six = ProjectFixture.project("six");
        for (int i = 1; i <= 6; i++) {
            six.quantitative("产出" + i, Level2.QUANTITY, ">=10个", 15, "10");
        }
        EvaluationResult xinjiang = six.evaluate(Presets.XINJIANG);
        assertEquals(1, warnings(xinjiang, RuleId.R_GOAL_1).size(), xinjiang.warnings()::toString);
        assertEquals("100.00", xinjiang.score().toString());
        assertEquals(List.of(), warnings(six.evaluate(Presets.MOF_2020), RuleId.R_GOAL_1), "MOF_2020 sets no minimum");

        ProjectFixture seven = ProjectFixture.project("seven");
        for (int i = 1; i <= 6; i++) {
            seven.quantitative("产出" + i, Level2.QUANTITY, ">=10个", 12, "10");
        }
        seven.quantitative("产出7", Level2.QUANTITY, ">=10个", 18, "10");
        assertEquals(List.of(), warnings(seven.evaluate(Presets.XINJIANG), RuleId.R_GOAL_1));
    }

    @Test
    void R_GOAL_2_sevenOfTenQuantifiedIsAWarning() {
        ProjectFixture project = ProjectFixture.project("7of10");
        for (int i = 1; i <= 7; i++) {
            project.quantitative("产出" + i, Level2.QUANTITY, ">=10个", 9, "10");
        }
        for (int i = 1; i <= 3; i++) {
            project.qualitative("效益" + i, Level2.SOCIAL, 9, QualitativeAchievement.ACHIEVED, "9", null);
        }
        EvaluationResult result = project.evaluate(Presets.XINJIANG);
        List<Warning> share = warnings(result, RuleId.R_GOAL_2);
        assertEquals(1, share.size(), result.warnings()::toString);
        assertTrue(share.get(0).message().render(Locale.ENGLISH).contains("7 of 10"), share::toString);
        assertEquals("100.00", result.score().toString());
        assertEquals(List.of(), warnings(project.evaluate(Presets.MOF_2020), RuleId.R_GOAL_2));
    }

    @Test
    void R_GOAL_2_eightOfElevenQuantifiedPasses() {
        ProjectFixture project = ProjectFixture.project("8of11");
        int[] weights = {8, 8, 8, 8, 8, 8, 8, 8, 8, 9, 9};
        for (int i = 0; i < 11; i++) {
            if (i < 8) {
                project.quantitative("产出" + i, Level2.QUANTITY, ">=10个", weights[i], "10");
            } else {
                project.qualitative("效益" + i, Level2.SOCIAL, weights[i], QualitativeAchievement.ACHIEVED,
                        String.valueOf(weights[i]), null);
            }
        }
        EvaluationResult result = project.evaluate(Presets.XINJIANG);
        assertEquals(List.of(), warnings(result, RuleId.R_GOAL_2));
        assertEquals(List.of(), warnings(result, RuleId.R_GOAL_1));
    }
}
