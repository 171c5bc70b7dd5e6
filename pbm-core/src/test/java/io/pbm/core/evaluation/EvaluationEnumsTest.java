package io.pbm.core.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pbm.core.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The enums of an evaluation carry their official Chinese labels and parse by name and label. */
class EvaluationEnumsTest {

    @Test
    void kindLabels() {
        assertEquals("单位自评", EvaluationKind.SELF.label());
        assertEquals("部门评价", EvaluationKind.DEPARTMENT.label());
        assertEquals("财政评价", EvaluationKind.FINANCE.label());
        assertEquals(3, EvaluationKind.values().length);
    }

    @Test
    void evaluatorLabels() {
        assertEquals("预算单位", Evaluator.UNIT.label());
        assertEquals("主管部门", Evaluator.DEPARTMENT.label());
        assertEquals("财政部门", Evaluator.FINANCE.label());
        assertEquals("第三方机构", Evaluator.THIRD_PARTY.label());
        assertEquals(4, Evaluator.values().length);
    }

    @Test
    void R_SCORE_QUAL_achievementLabelsAreTheExactNationalOnes() {
        assertEquals("达成年度指标", QualitativeAchievement.ACHIEVED.label());
        assertEquals("部分达成年度指标并具有一定效果", QualitativeAchievement.PARTLY_ACHIEVED.label());
        assertEquals("未达成年度指标且效果较差", QualitativeAchievement.NOT_ACHIEVED.label());
        assertEquals(3, QualitativeAchievement.values().length);
    }

    @ParameterizedTest
    @EnumSource(EvaluationKind.class)
    void kindParsesNameAndLabel(EvaluationKind kind) {
        assertEquals(kind, EvaluationKind.parse(kind.name()));
        assertEquals(kind, EvaluationKind.parse(kind.name().toLowerCase(java.util.Locale.ROOT)));
        assertEquals(kind, EvaluationKind.parse(" " + kind.label() + " "));
        assertEquals(kind, EvaluationKind.parse(kind.englishLabel()));
    }

    @ParameterizedTest
    @EnumSource(Evaluator.class)
    void evaluatorParsesNameAndLabel(Evaluator evaluator) {
        assertEquals(evaluator, Evaluator.parse(evaluator.name()));
        assertEquals(evaluator, Evaluator.parse(evaluator.label()));
        assertEquals(evaluator, Evaluator.parse(evaluator.englishLabel()));
    }

    @ParameterizedTest
    @EnumSource(QualitativeAchievement.class)
    void achievementParsesNameAndLabel(QualitativeAchievement achievement) {
        assertEquals(achievement, QualitativeAchievement.parse(achievement.name()));
        assertEquals(achievement, QualitativeAchievement.parse(achievement.label()));
        assertEquals(achievement, QualitativeAchievement.parse(achievement.englishLabel()));
    }

    @Test
    void aBadKindListsTheValidValues() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> EvaluationKind.parse("THIRD_PARTY"));
        assertEquals("Invalid value for kind (valid values one of SELF 单位自评, DEPARTMENT 部门评价, FINANCE 财政评价): "
                + "THIRD_PARTY", e.getMessage());
    }

    @Test
    void aBadEvaluatorListsTheValidValues() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> Evaluator.parse("专家组"));
        assertEquals("evaluator", e.field());
        assertEquals("专家组", e.value());
        assertEquals("one of UNIT 预算单位, DEPARTMENT 主管部门, FINANCE 财政部门, THIRD_PARTY 第三方机构", e.validRange());
    }

    @Test
    void aBadAchievementListsTheValidValues() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> QualitativeAchievement.parse("达成"));
        assertEquals("achievement", e.field());
        for (QualitativeAchievement a : QualitativeAchievement.values()) {
            assertTrue(e.validRange().contains(a.name() + " " + a.label()), e::getMessage);
        }
    }

    @Test
    void nullsAreNamed() {
        assertEquals("kind is null", assertThrows(NullPointerException.class, () -> EvaluationKind.parse(null)).getMessage());
        assertEquals("evaluator is null",
                assertThrows(NullPointerException.class, () -> Evaluator.parse(null)).getMessage());
        assertEquals("achievement is null",
                assertThrows(NullPointerException.class, () -> QualitativeAchievement.parse(null)).getMessage());
    }
}
