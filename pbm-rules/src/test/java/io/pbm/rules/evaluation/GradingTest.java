package io.pbm.rules.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pbm.core.evaluation.QualitativeAchievement;
import io.pbm.core.goal.Level2;
import io.pbm.core.grade.Grade;
import io.pbm.core.grade.GradeScale;
import io.pbm.core.grade.Score;
import io.pbm.rules.ProjectFixture;
import io.pbm.rules.explain.RuleId;
import io.pbm.rules.explain.TraceStep;
import io.pbm.rules.policy.Policy;
import io.pbm.rules.policy.Presets;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** R-GRADE-1 and R-GRADE-2 at their boundaries, through the engine and through the policy's scale. */
class GradingTest {

    /**
     * A project whose total is exactly {@code total}: the execution rate earns its full 10, one qualitative
     * indicator of weight 90 earns the rest, at the achievement whose range holds it.
     */
    static EvaluationResult totalling(String total, Policy policy) {
        BigDecimal points = new BigDecimal(total).subtract(BigDecimal.TEN);
        QualitativeAchievement achievement = points.compareTo(BigDecimal.valueOf(72)) >= 0 ? QualitativeAchievement.ACHIEVED
                : points.compareTo(BigDecimal.valueOf(54)) >= 0 ? QualitativeAchievement.PARTLY_ACHIEVED
                : QualitativeAchievement.NOT_ACHIEVED;
        EvaluationResult result = ProjectFixture.project("total-" + total)
                .qualitative("综合效益", Level2.SOCIAL, 90, achievement, points.toPlainString(), "说明")
                .evaluate(policy);
        assertEquals(new BigDecimal(total).setScale(2).toPlainString(), result.score().toString());
        return result;
    }

    private static Grade grade(String total, Policy policy) {
        return totalling(total, policy).rawGrade();
    }

    @Test
    void R_GRADE_1_boundariesThroughTheEngine() {
        Policy mof = Presets.MOF_2020;
        assertEquals(Grade.GOOD, grade("89.99", mof));
        assertEquals(Grade.EXCELLENT, grade("90.00", mof));
        assertEquals(Grade.EXCELLENT, grade("100", mof));
        assertEquals(Grade.GOOD, grade("80", mof));
        assertEquals(Grade.FAIR, grade("79.99", mof));
        assertEquals(Grade.FAIR, grade("60", mof));
        assertEquals(Grade.POOR, grade("59.99", mof));
        assertEquals(Grade.POOR, grade("10", mof));
    }

    @Test
    void R_GRADE_2_xinjiangStartsFairAtSeventy() {
        Policy xinjiang = Presets.XINJIANG;
        assertEquals(Grade.POOR, grade("69.99", xinjiang));
        assertEquals(Grade.FAIR, grade("70", xinjiang));
        assertEquals(Grade.FAIR, grade("69.99", Presets.MOF_2020), "the same total is 中 nationally");
        assertEquals(Grade.GOOD, grade("89.99", xinjiang));
        assertEquals(Grade.EXCELLENT, grade("90", xinjiang));
    }

    @Test
    void R_GRADE_1_and_2_throughThePolicyScale() {
        GradeScale mof = Presets.MOF_2020.gradeScale();
        GradeScale xinjiang = Presets.XINJIANG.gradeScale();
        assertEquals(Grade.GOOD, mof.grade(Score.parse("89.99")));
        assertEquals(Grade.EXCELLENT, mof.grade(Score.parse("90.00")));
        assertEquals(Grade.POOR, mof.grade(Score.parse("59.99")));
        assertEquals(Grade.FAIR, mof.grade(Score.parse("69.99")));
        assertEquals(Grade.POOR, xinjiang.grade(Score.parse("69.99")));
        assertEquals(GradeScale.NATIONAL, mof);
        assertEquals(GradeScale.XINJIANG, xinjiang);
    }

    @Test
    void theGradeDecisionIsTracedWithTheRuleOfTheScale() {
        assertEquals(RuleId.R_GRADE_1, gradeStep(totalling("89.99", Presets.MOF_2020)).rule());
        assertEquals(RuleId.R_GRADE_2, gradeStep(totalling("89.99", Presets.XINJIANG)).rule());
        Policy custom = Presets.MOF_2020.withGradeScale(GradeScale.NATIONAL.withLowerBound(Grade.EXCELLENT, Score.of(95)));
        EvaluationResult result = totalling("92", custom);
        assertEquals(Grade.GOOD, result.rawGrade());
        TraceStep step = gradeStep(result);
        assertEquals(RuleId.R_GRADE_3, step.rule());
        assertEquals("GOOD", step.outcome());
    }

    @Test
    void theBandOfTheResultHoldsItsRawGrade() {
        EvaluationResult result = totalling("85", Presets.MOF_2020);
        assertEquals(Grade.GOOD, result.rawGrade());
        assertEquals(Presets.MOF_2020.gradeScale().band(Grade.GOOD), result.band());
    }

    static TraceStep gradeStep(EvaluationResult result) {
        List<TraceStep> steps = result.trace().steps().stream()
                .filter(s -> EnumSet.of(RuleId.R_GRADE_1, RuleId.R_GRADE_2, RuleId.R_GRADE_3).contains(s.rule())).toList();
        assertEquals(1, steps.size(), result.trace()::toString);
        return steps.get(0);
    }
}
