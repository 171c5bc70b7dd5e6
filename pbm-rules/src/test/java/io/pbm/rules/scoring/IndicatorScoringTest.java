package io.pbm.rules.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pbm.core.Ratio;
import io.pbm.core.evaluation.IndicatorActual;
import io.pbm.core.evaluation.QualitativeAchievement;
import io.pbm.core.goal.Indicator;
import io.pbm.core.goal.IndicatorValue;
import io.pbm.core.goal.Level2;
import io.pbm.core.goal.Weight;
import io.pbm.core.grade.Score;
import io.pbm.rules.ProjectFixture;
import io.pbm.rules.evaluation.EvaluationResult;
import io.pbm.rules.explain.Problem;
import io.pbm.rules.explain.RuleId;
import io.pbm.rules.policy.LowerIsBetterFormula;
import io.pbm.rules.policy.OverAchievementRule;
import io.pbm.rules.policy.Policy;
import io.pbm.rules.policy.Presets;
import io.pbm.rules.policy.QualitativeRange;
import io.vavr.control.Validation;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The worked examples of R-SCORE-GE, -LE, -EQ, -QUAL, -OVER and -ROUND (domain.md section 5), under MOF_2020. */
class IndicatorScoringTest {

    private static final Policy MOF = Presets.MOF_2020;

    private static Indicator quantitative(String target, int weight) {
        return Indicator.builder().name("指标").level2(Level2.QUANTITY).target(IndicatorValue.parse(target))
                .weight(Weight.of(weight)).build();
    }

    private static Indicator qualitative(int weight) {
        return Indicator.builder().name("排涝能力提升").level2(Level2.SOCIAL).target(IndicatorValue.text("明显提升"))
                .weight(Weight.of(weight)).build();
    }

    private static IndicatorScore score(String target, int weight, String actual, Policy policy) {
        Validation<Problem, IndicatorScore> scored = IndicatorScoring.score(quantitative(target, weight),
                IndicatorActual.of(IndicatorValue.parse(actual)), policy, "/indicators/0");
        assertTrue(scored.isValid(), () -> scored.getError().render(Locale.ENGLISH));
        return scored.get();
    }

    private static String points(String target, int weight, String actual, Policy policy) {
        return score(target, weight, actual, policy).points().toPlainString();
    }

    private static Validation<Problem, IndicatorScore> qualitativeScore(int weight, QualitativeAchievement achievement,
            String score, Policy policy) {
        IndicatorActual.Builder actual = IndicatorActual.builder().achievement(achievement);
        if (score != null) {
            actual.score(Score.parse(score));
        }
        return IndicatorScoring.score(qualitative(weight), actual.build(), policy, "/indicators/3");
    }

    // ---- R-SCORE-GE ----

    @Test
    void R_SCORE_GE_shortfallScoresActualOverTargetTimesWeight() {
        // 11.5 × 30 ÷ 12 = 28.75, deviation −4.17 %, explanation required (checked through the engine).
        assertEquals("28.75", points(">=12公里", 30, "11.5", MOF));
        EvaluationResult result = ProjectFixture.project("ge")
                .quantitative("新建排水管网长度", Level2.QUANTITY, ">=12公里", 30, "11.5")
                .quantitative("管网验收合格率", Level2.QUALITY, ">=100%", 60, "100")
                .evaluate(MOF);
        IndicatorResult pipe = result.indicator("新建排水管网长度").orElseThrow();
        assertEquals("28.75", pipe.score().toString());
        assertEquals("-0.0417", pipe.deviationRatio().orElseThrow().toDecimal(4).toPlainString());
        assertEquals("-4.17%", pipe.deviationRatio().orElseThrow().toPercentString(2));
        assertTrue(pipe.explanationRequired());
        assertFalse(result.complete(), "the explanation is missing");
    }

    @Test
    void R_SCORE_GE_meetingOrExceedingTheTargetScoresFullWeight() {
        assertEquals("30.00", points(">=12公里", 30, "12", MOF));
        assertEquals("30.00", points(">=12公里", 30, "12.000", MOF));
        assertEquals("30.00", points(">=12公里", 30, "13", MOF));
    }

    @Test
    void R_SCORE_GE_moreThanIsScoredAsAtLeastAndEqualityCountsAsMet() {
        assertEquals("30.00", points(">12公里", 30, "12", MOF));
        assertEquals("28.75", points(">12公里", 30, "11.5", MOF));
    }

    @Test
    void R_SCORE_GE_negativeOrZeroActualScoresZero() {
        assertEquals("0.00", points(">=12公里", 30, "0", MOF));
        assertEquals("0.00", points(">=12公里", 30, "-3", MOF));
    }

    // ---- R-SCORE-LE ----

    @Test
    void R_SCORE_LE_betweenTargetAndTwiceTheTargetLosesLinearly() {
        // (1 − (13 − 10) ÷ 10) × 20 = 14.00
        assertEquals("14.00", points("<=10天", 20, "13", MOF));
        assertEquals("14.00", points("<10天", 20, "13", MOF));
    }

    @Test
    void R_SCORE_LE_actualTwiceTheTargetScoresZero() {
        assertEquals("0.00", points("<=10天", 20, "20", MOF));
        assertEquals("0.00", points("<=10天", 20, "35", MOF));
    }

    @Test
    void R_SCORE_LE_withinTheTargetScoresFullWeight() {
        assertEquals("20.00", points("<=10天", 20, "9", MOF));
        assertEquals("20.00", points("<=10天", 20, "10", MOF));
    }

    @Test
    void R_SCORE_LE_targetOverActualFormulaOfThePolicy() {
        Policy policy = MOF.withLowerIsBetterFormula(LowerIsBetterFormula.TARGET_OVER_ACTUAL);
        // 10 × 20 ÷ 13 = 15.3846 → 15.38
        assertEquals("15.38", points("<=10天", 20, "13", policy));
        assertEquals("10.00", points("<=10天", 20, "20", policy));
        assertEquals("20.00", points("<=10天", 20, "9", policy));
    }

    @Test
    void R_SCORE_LE_zeroTargetScoresFullOnlyWithoutAnyIncident() {
        // 安全事故数 ≤ 0
        assertEquals("5.00", points("<=0起", 5, "0", MOF));
        assertEquals("0.00", points("<=0起", 5, "1", MOF));
        assertEquals("0.00", points("<=0起", 5, "1", MOF.withLowerIsBetterFormula(LowerIsBetterFormula.TARGET_OVER_ACTUAL)));
    }

    // ---- R-SCORE-EQ ----

    @Test
    void R_SCORE_EQ_zeroTargetScoresFullOnlyAtZero() {
        assertEquals("5.00", points("=0起", 5, "0", MOF));
        assertEquals("0.00", points("=0起", 5, "1", MOF));
    }

    @Test
    void R_SCORE_EQ_positiveTargetIsScoredAsAtLeast() {
        assertEquals("9.50", points("=100%", 10, "95", MOF));
        assertEquals("10.00", points("=100%", 10, "100", MOF));
        assertEquals("10.00", points("=100%", 10, "105", MOF));
    }

    // ---- R-SCORE-QUAL ----

    @Test
    void R_SCORE_QUAL_scoreInsideThePartlyAchievedRangeIsAccepted() {
        Validation<Problem, IndicatorScore> scored = qualitativeScore(10, QualitativeAchievement.PARTLY_ACHIEVED, "7.9", MOF);
        assertTrue(scored.isValid());
        assertEquals("7.90", scored.get().points().toPlainString());
        assertTrue(qualitativeScore(10, QualitativeAchievement.PARTLY_ACHIEVED, "6", MOF).isValid(), "6 is the lower bound");
    }

    @Test
    void R_SCORE_QUAL_theUpperBoundOfPartlyAchievedIsRejected() {
        Validation<Problem, IndicatorScore> scored = qualitativeScore(10, QualitativeAchievement.PARTLY_ACHIEVED, "8.0", MOF);
        assertTrue(scored.isInvalid());
        Problem problem = scored.getError();
        assertEquals("R-SCORE-QUAL", problem.code());
        assertEquals("/indicators/3/score", problem.path());
        String message = problem.message().render(Locale.SIMPLIFIED_CHINESE);
        assertTrue(message.contains("排涝能力提升"), message);
        assertTrue(message.contains("8.00"), message);
        assertTrue(message.contains("[6.00, 8.00)"), message);
    }

    @Test
    void R_SCORE_QUAL_eachLevelHasItsRange() {
        assertTrue(qualitativeScore(10, QualitativeAchievement.ACHIEVED, "10", MOF).isValid(), "the top range includes 1");
        assertTrue(qualitativeScore(10, QualitativeAchievement.ACHIEVED, "8", MOF).isValid());
        assertTrue(qualitativeScore(10, QualitativeAchievement.ACHIEVED, "7.99", MOF).isInvalid());
        assertTrue(qualitativeScore(10, QualitativeAchievement.NOT_ACHIEVED, "5.99", MOF).isValid());
        assertTrue(qualitativeScore(10, QualitativeAchievement.NOT_ACHIEVED, "0", MOF).isValid());
        assertTrue(qualitativeScore(10, QualitativeAchievement.NOT_ACHIEVED, "6", MOF).isInvalid());
        assertTrue(qualitativeScore(10, QualitativeAchievement.PARTLY_ACHIEVED, "5.99", MOF).isInvalid());
    }

    @Test
    void R_SCORE_QUAL_aMissingScoreIsRejectedNamingTheIndicatorAndTheRange() {
        Validation<Problem, IndicatorScore> scored = qualitativeScore(10, QualitativeAchievement.PARTLY_ACHIEVED, null, MOF);
        assertTrue(scored.isInvalid());
        Problem problem = scored.getError();
        assertEquals("R-SCORE-QUAL", problem.code());
        assertEquals("/indicators/3/score", problem.path());
        for (Locale locale : new Locale[] {Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH}) {
            String message = problem.message().render(locale);
            assertTrue(message.contains("排涝能力提升"), message);
            assertTrue(message.contains("[6.00, 8.00)"), message);
        }
    }

    @Test
    void R_SCORE_QUAL_aMissingScoreIsRejectedByTheEngineWithItsLocation() {
        var rejection = ProjectFixture.project("qual")
                .quantitative("管网验收合格率", Level2.QUALITY, ">=100%", 80, "100")
                .qualitative("排涝能力提升", Level2.SOCIAL, 10, QualitativeAchievement.PARTLY_ACHIEVED, null, "说明")
                .reject(MOF);
        assertEquals(1, rejection.problems().size(), rejection::toString);
        assertEquals("/indicators/1/score", rejection.problems().get(0).path());
    }

    @Test
    void R_SCORE_QUAL_thePolicyDefaultPointIsUsedAndFlagged() {
        Policy policy = MOF.withQualitativeRange(QualitativeAchievement.PARTLY_ACHIEVED,
                QualitativeRange.of(Ratio.of(3, 5), Ratio.of(4, 5)).withDefaultPoint(Ratio.of(7, 10)));
        Validation<Problem, IndicatorScore> scored = qualitativeScore(10, QualitativeAchievement.PARTLY_ACHIEVED, null, policy);
        assertTrue(scored.isValid());
        assertEquals("7.00", scored.get().points().toPlainString());
        assertTrue(scored.get().defaultScore());

        EvaluationResult result = ProjectFixture.project("default")
                .quantitative("管网验收合格率", Level2.QUALITY, ">=100%", 80, "100")
                .qualitative("排涝能力提升", Level2.SOCIAL, 10, QualitativeAchievement.PARTLY_ACHIEVED, null, "说明")
                .evaluate(policy);
        IndicatorResult indicator = result.indicator("排涝能力提升").orElseThrow();
        assertEquals("7.00", indicator.score().toString());
        assertEquals(Set.of(IndicatorFlag.DEFAULT_SCORE), indicator.flags());
        assertEquals("97.00", result.score().toString());
        // A score the evaluator gives still wins over the default point.
        assertEquals("7.50", qualitativeScore(10, QualitativeAchievement.PARTLY_ACHIEVED, "7.5", policy).get().points()
                .toPlainString());
        assertFalse(qualitativeScore(10, QualitativeAchievement.PARTLY_ACHIEVED, "7.5", policy).get().defaultScore());
    }

    // ---- R-SCORE-ROUND ----

    @Test
    void R_SCORE_ROUND_theScoreIsRoundedOnceFromTheExactInputs() {
        // 11 × 15 ÷ 24 = 6.875 → 6.88; rounding the ratio 0.4583 first would give 6.87.
        assertEquals("6.88", points(">=24个", 15, "11", MOF));
        assertEquals("6.88", points(">=24个", 15, "11", Presets.XINJIANG));
    }

    @Test
    void R_SCORE_ROUND_aWholeNumberPolicyStillWritesTwoDecimals() {
        Policy whole = MOF.withScoreScale(0);
        assertEquals("7.00", points(">=24个", 15, "11", whole));
        assertEquals("29.00", points(">=12公里", 30, "11.5", whole));
        assertEquals("14.00", points("<=10天", 20, "13", whole));
        assertEquals("15.00", points("<=10天", 20, "13", whole.withLowerIsBetterFormula(LowerIsBetterFormula.TARGET_OVER_ACTUAL)));
        assertEquals("30.00", points(">=12公里", 30, "12", whole));
        assertEquals("0.00", points("<=10天", 20, "20", whole));
    }

    @Test
    void R_SCORE_ROUND_aWholeNumberScoreNeverExceedsAFractionalWeight() {
        Policy whole = MOF.withScoreScale(0);
        Indicator indicator = Indicator.builder().name("指标").level2(Level2.QUANTITY)
                .target(IndicatorValue.parse(">=100个")).weight(Weight.parse("10.7")).build();
        // 99 × 10.7 ÷ 100 = 10.593: rounded to a whole number it would be 11, above the weight.
        IndicatorScore scored = IndicatorScoring.score(indicator, IndicatorActual.of(IndicatorValue.parse("99")), whole,
                "/indicators/0").get();
        assertTrue(scored.points().compareTo(new java.math.BigDecimal("10.7")) <= 0, scored.points()::toPlainString);

        // Through the engine the total would pass 100 (10 + 11 + 79.3), which no Score can hold.
        Indicator filler = Indicator.builder().name("填充").level2(Level2.QUALITY).target(IndicatorValue.parse(">=100%"))
                .weight(Weight.parse("79.3")).build();
        EvaluationResult result = ProjectFixture.project("whole")
                .add(indicator, IndicatorActual.builder().actual(IndicatorValue.parse("99")).explanation("x").build())
                .add(filler, IndicatorActual.of(IndicatorValue.parse("100")))
                .evaluate(whole);
        assertTrue(result.score().points().compareTo(java.math.BigDecimal.valueOf(100)) <= 0, result::toString);
    }

    // ---- an actual written as a bound ----

    @Test
    void R_SCORE_GE_aBoundThatSatisfiesTheTargetMeetsIt() {
        IndicatorScore scored = score(">=90%", 10, "≥90%", MOF);
        assertEquals("10.00", scored.points().toPlainString());
        assertTrue(scored.metByBound());
        assertTrue(score(">=90%", 10, "≥95%", MOF).metByBound());

        EvaluationResult result = ProjectFixture.project("bound")
                .quantitative("群众满意度", Level2.SERVICE_RECIPIENT, ">=90%", 10, "≥90%")
                .quantitative("管网验收合格率", Level2.QUALITY, ">=100%", 80, "100")
                .evaluate(MOF);
        IndicatorResult satisfaction = result.indicator("群众满意度").orElseThrow();
        assertEquals(Set.of(IndicatorFlag.MET_BY_BOUND), satisfaction.flags());
        assertEquals("10.00", satisfaction.score().toString());
        assertFalse(satisfaction.explanationRequired());
    }

    @Test
    void R_SCORE_EQ_aBoundNeverMeetsATargetOfZeroFromAbove() {
        // 安全事故数 = 0: "≥1" says at least one accident happened, which misses the target.
        assertEquals("0.00", points("=0起", 5, "≥1起", MOF));
        assertFalse(score("=0起", 5, "≥1起", MOF).metByBound());
        assertEquals("5.00", points("=0起", 5, "≤0起", MOF));
        assertTrue(score("=0起", 5, "≤0起", MOF).metByBound());
    }

    @Test
    void R_SCORE_GE_aBoundThatMissesTheTargetScoresAsItsNumber() {
        IndicatorScore scored = score(">=90%", 10, "≥85%", MOF);
        // 85 × 10 ÷ 90 = 9.444 → 9.44
        assertEquals("9.44", scored.points().toPlainString());
        assertFalse(scored.metByBound());
        assertEquals(0, scored.actual().compareTo(new java.math.BigDecimal("85")));
    }

    @Test
    void R_SCORE_LE_aBoundWithinTheTargetMeetsIt() {
        IndicatorScore scored = score("<=10天", 20, "≤8天", MOF);
        assertEquals("20.00", scored.points().toPlainString());
        assertTrue(scored.metByBound());
    }

    // ---- R-SCORE-OVER ----

    @Test
    void R_SCORE_OVER_bothPresetsGiveFullMarksAndAFlag() {
        for (Policy policy : Presets.all()) {
            assertEquals(OverAchievementRule.FLAG_ONLY, policy.overAchievementRule());
            assertEquals("10.00", points(">=100个", 10, "150", policy));
        }
        EvaluationResult result = ProjectFixture.project("over")
                .quantitative("培训人次", Level2.QUANTITY, ">=100人次", 10, "150", "目标偏低")
                .quantitative("管网验收合格率", Level2.QUALITY, ">=100%", 80, "100")
                .evaluate(MOF);
        assertEquals(Set.of(IndicatorFlag.OVER_ACHIEVED), result.indicator("培训人次").orElseThrow().flags());
    }

    @Test
    void R_SCORE_OVER_aPolicyMayDeductTheDeviation() {
        Policy deduct = MOF.withOverAchievementRule(OverAchievementRule.DEDUCT_DEVIATION);
        // 10 × (1 − 0.5) = 5.00
        IndicatorScore scored = score(">=100个", 10, "150", deduct);
        assertEquals("5.00", scored.points().toPlainString());
        assertEquals(RuleId.R_SCORE_OVER, scored.step().rule());
        assertEquals("0.00", points(">=100个", 10, "250", deduct), "never below 0");
        assertEquals("10.00", points(">=100个", 10, "119", deduct), "not far enough above to be flagged");
        // ≤: flagged from 80 % of the target down; weight × actual ÷ target.
        assertEquals("7.00", points("<=100个", 10, "70", deduct));
    }

    // ---- edge cases the review found ----

    @Test
    void R_SCORE_GE_aNegativeActualCountsAsZeroAndMeetsATargetOfZero() {
        assertEquals("10.00", points(">=0个", 10, "-1", MOF));
        assertEquals("0.00", points(">=5个", 10, "-1", MOF));
    }

    @Test
    void R_SCORE_LE_aNegativeLimitIsMetWithinItAndEarnsNothingBeyondIt() {
        assertEquals("15.00", points("<=-5度", 15, "-6", MOF));
        assertEquals("0.00", points("<=-5度", 15, "-1", MOF));
    }

    @Test
    void R_DEV_1_aShortfallAgainstANegativeTargetIsNegative() {
        Indicator indicator = quantitative(">=-10度", 10);
        assertEquals(Ratio.of(-1, 1), Deviation.of(indicator, new java.math.BigDecimal("-20")));
        assertEquals(Ratio.of(1, 2), Deviation.of(indicator, new java.math.BigDecimal("-5")));
    }

    @Test
    void R_SCORE_OVER_aBoundFarAboveTheTargetIsDeductedLikeItsNumber() {
        Policy deduct = MOF.withOverAchievementRule(OverAchievementRule.DEDUCT_DEVIATION);
        assertEquals(points(">=10个", 15, "15", deduct), points(">=10个", 15, "≥15", deduct));
        assertEquals("7.50", points(">=10个", 15, "≥15", deduct));
    }
}
