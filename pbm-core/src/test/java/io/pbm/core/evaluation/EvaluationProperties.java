package io.pbm.core.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pbm.core.goal.IndicatorValue;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Explanations, findings and enum labels over random inputs. */
class EvaluationProperties {

    @Property
    void R_DEV_1_anExplanationIsStrippedAndABlankOneIsNone(@ForAll("padding") String before,
            @ForAll("padding") String after, @ForAll("explanations") String explanation) {
        IndicatorActual actual = IndicatorActual.builder().actual(IndicatorValue.parse("1"))
                .explanation(before + explanation + after).build();
        assertEquals(explanation.isEmpty() ? Optional.empty() : Optional.of(explanation), actual.explanation());
    }

    @Property
    void anyIsTrueExactlyWhenSomethingWasFound(@ForAll boolean audit, @ForAll boolean misuse, @ForAll boolean untrue,
            @ForAll @IntRange(max = 5) int rounds, @ForAll boolean unrectified) {
        SupervisionFindings findings = SupervisionFindings.builder().auditProblems(audit).majorMisuse(misuse)
                .authenticityFailed(untrue).unrectifiedFailedMonitoringRounds(rounds).unrectifiedProblems(unrectified)
                .build();
        assertEquals(audit || misuse || untrue || rounds > 0 || unrectified, findings.any());
    }

    @Property
    void enumsParseTheirNameAndLabel(@ForAll EvaluationKind kind, @ForAll Evaluator evaluator,
            @ForAll QualitativeAchievement achievement) {
        assertEquals(kind, EvaluationKind.parse(kind.label()));
        assertEquals(evaluator, Evaluator.parse(evaluator.name()));
        assertEquals(achievement, QualitativeAchievement.parse(achievement.label()));
    }

    @Provide
    Arbitrary<String> padding() {
        return Arbitraries.strings().withChars(' ', '\t', '\n', '\u3000').ofMaxLength(3);
    }

    @Provide
    Arbitrary<String> explanations() {
        return Arbitraries.strings().withChars("因冬季停工，次年完工 0.5公里").ofMaxLength(20).map(String::strip);
    }
}
