package io.pbm.io.policy;

import com.fasterxml.jackson.core.JsonGenerator;
import io.pbm.core.Ratio;
import io.pbm.core.grade.GradeBand;
import io.pbm.core.grade.Score;
import io.pbm.rules.policy.ExAntePolicy;
import io.pbm.rules.policy.LinkagePolicy;
import io.pbm.rules.policy.MonitoringPolicy;
import io.pbm.rules.policy.PlanningPolicy;
import io.pbm.rules.policy.Policy;
import io.pbm.rules.policy.QualitativeRange;
import io.pbm.rules.policy.VetoPolicy;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Writes a policy as pbm-policy/1: every parameter, in the order of {@link Policy#parameters()} —
 * decimals (weights, scores, amounts) as strings with 2 decimals, ratios as fraction strings
 * ({@code "0.2"}, {@code "1/3"}), enumerations by constant name, the grade scale as bands best first,
 * an absent optional as {@code null}. With a base preset, the file says {@code "extends"} and holds
 * only the parameters that differ.
 */
final class PolicyWriting {

    /** A top-level parameter: its name, its value (to compare with a base) and how it is written. */
    private record Parameter(String name, Function<Policy, Object> value, Writer write) {}

    @FunctionalInterface
    private interface Writer {
        void write(JsonGenerator g, Policy policy) throws IOException;
    }

    /** The parameters after name and version, in the order of {@link Policy#parameters()}. */
    static final List<Parameter> PARAMETERS = List.of(
            new Parameter("description", Policy::description, (g, p) -> g.writeString(p.description())),
            new Parameter("gradeScale", Policy::gradeScale, (g, p) -> {
                g.writeStartArray();
                List<GradeBand> bands = p.gradeScale().bands();
                for (int i = bands.size() - 1; i >= 0; i--) {
                    GradeBand band = bands.get(i);
                    g.writeStartObject();
                    g.writeStringField("grade", band.grade().name());
                    g.writeStringField("lower", band.lower().toString());
                    g.writeStringField("upper", band.upper().toString());
                    g.writeEndObject();
                }
                g.writeEndArray();
            }),
            new Parameter("scoreScale", Policy::scoreScale, (g, p) -> g.writeNumber(p.scoreScale())),
            new Parameter("roundingMode", Policy::roundingMode, (g, p) -> g.writeString(p.roundingMode().name())),
            new Parameter("executionWeight", Policy::executionWeight, (g, p) -> g.writeString(p.executionWeight().toString())),
            new Parameter("levelOneWeights", Policy::levelOneWeights, (g, p) -> map(g, p.levelOneWeights(), Object::toString)),
            new Parameter("satisfactionToBenefit", Policy::satisfactionToBenefit,
                    (g, p) -> g.writeBoolean(p.satisfactionToBenefit())),
            new Parameter("lowerIsBetterFormula", Policy::lowerIsBetterFormula,
                    (g, p) -> g.writeString(p.lowerIsBetterFormula().name())),
            new Parameter("qualitativeRanges", Policy::qualitativeRanges, (g, p) -> {
                g.writeStartObject();
                for (Map.Entry<? extends Enum<?>, QualitativeRange> range : p.qualitativeRanges().entrySet()) {
                    g.writeObjectFieldStart(range.getKey().name());
                    g.writeStringField("lower", range.getValue().lower().toString());
                    g.writeStringField("upper", range.getValue().upper().toString());
                    g.writeFieldName("defaultPoint");
                    nullable(g, range.getValue().defaultShare());
                    g.writeEndObject();
                }
                g.writeEndObject();
            }),
            new Parameter("overAchievementRule", Policy::overAchievementRule,
                    (g, p) -> g.writeString(p.overAchievementRule().name())),
            new Parameter("deviationThreshold", Policy::deviationThreshold, (g, p) -> ratio(g, p.deviationThreshold())),
            new Parameter("overAchievementHigh", Policy::overAchievementHigh, (g, p) -> ratio(g, p.overAchievementHigh())),
            new Parameter("overAchievementLow", Policy::overAchievementLow, (g, p) -> ratio(g, p.overAchievementLow())),
            new Parameter("mismatchRule", Policy::mismatchRule, (g, p) -> g.writeString(p.mismatchRule().name())),
            new Parameter("mismatchThreshold", Policy::mismatchThreshold, (g, p) -> ratio(g, p.mismatchThreshold())),
            new Parameter("unspentThreshold", Policy::unspentThreshold, (g, p) -> ratio(g, p.unspentThreshold())),
            new Parameter("lowScoreThreshold", Policy::lowScoreThreshold, (g, p) -> g.writeString(p.lowScoreThreshold().toString())),
            new Parameter("frameWeights", Policy::frameWeights, (g, p) -> map(g, p.frameWeights(), Object::toString)),
            new Parameter("minOutputBenefitShare", Policy::minOutputBenefitShare,
                    (g, p) -> ratio(g, p.minOutputBenefitShare())),
            new Parameter("minIndicators", Policy::minIndicators, (g, p) -> nullable(g, p.minIndicators())),
            new Parameter("minQuantifiedShare", Policy::minQuantifiedShare, (g, p) -> nullable(g, p.minQuantifiedShare())),
            new Parameter("excludedFundCategories", Policy::excludedFundCategories,
                    (g, p) -> names(g, p.excludedFundCategories())),
            new Parameter("vetoes", Policy::vetoes, (g, p) -> vetoes(g, p.vetoes())),
            new Parameter("linkage", Policy::linkage, (g, p) -> linkage(g, p.linkage())),
            new Parameter("exAnte", Policy::exAnte, (g, p) -> exAnte(g, p.exAnte())),
            new Parameter("monitoring", Policy::monitoring, (g, p) -> monitoring(g, p.monitoring())),
            new Parameter("planning", Policy::planning, (g, p) -> planning(g, p.planning())),
            new Parameter("auditTolerance", Policy::auditTolerance, (g, p) -> g.writeString(p.auditTolerance().toString())));

    private PolicyWriting() {}

    /** The policy as one object; with a base, {@code extends} it and only the parameters that differ. */
    static void write(JsonGenerator g, Policy policy, Policy base, String baseName) throws IOException {
        g.writeStartObject();
        g.writeStringField("format", PolicyFile.FORMAT);
        if (base != null) {
            g.writeStringField("extends", baseName);
        }
        g.writeStringField("name", policy.name());
        g.writeStringField("version", policy.version());
        for (Parameter parameter : PARAMETERS) {
            if (base == null || !parameter.value.apply(policy).equals(parameter.value.apply(base))) {
                g.writeFieldName(parameter.name);
                parameter.write.write(g, policy);
            }
        }
        g.writeEndObject();
    }

    /** The names of the parameters a file holds besides format, extends, name and version. */
    static List<String> parameterNames() {
        return PARAMETERS.stream().map(Parameter::name).toList();
    }

    private static void vetoes(JsonGenerator g, VetoPolicy v) throws IOException {
        g.writeStartObject();
        g.writeBooleanField("auditProblems", v.auditProblems());
        g.writeStringField("auditCap", v.auditCap().name());
        g.writeBooleanField("unrectifiedMonitoring", v.unrectifiedMonitoring());
        g.writeNumberField("unrectifiedRounds", v.unrectifiedRounds());
        g.writeStringField("monitoringCap", v.monitoringCap().name());
        g.writeBooleanField("majorMisuse", v.majorMisuse());
        g.writeStringField("misuseGrade", v.misuseGrade().name());
        g.writeBooleanField("authenticity", v.authenticity());
        g.writeStringField("authenticityGrade", v.authenticityGrade().name());
        g.writeStringField("reportReviewMinimum", v.reportReviewMinimum().toString());
        g.writeEndObject();
    }

    private static void linkage(JsonGenerator g, LinkagePolicy l) throws IOException {
        g.writeStartObject();
        g.writeFieldName("gradeActions");
        map(g, l.gradeActions(), Enum::name);
        g.writeFieldName("cutBelowScore");
        nullable(g, l.cutBelowScore());
        g.writeStringField("cutRatio", l.cutRatio().toString());
        g.writeBooleanField("suspendUnrectified", l.suspendUnrectified());
        g.writeBooleanField("recallOnVeto", l.recallOnVeto());
        g.writeEndObject();
    }

    private static void exAnte(JsonGenerator g, ExAntePolicy e) throws IOException {
        g.writeStartObject();
        g.writeStringField("dimensionPoints", e.dimensionPoints().toString());
        g.writeStringField("supportFrom", e.supportFrom().toString());
        g.writeStringField("partialSupportFrom", e.partialSupportFrom().toString());
        g.writeFieldName("notBudgeted");
        names(g, e.notBudgeted());
        g.writeBooleanField("requireAssessment", e.requireAssessment());
        g.writeStringField("majorThreshold", e.majorThreshold().toString());
        g.writeBooleanField("reassessmentRequired", e.reassessmentRequired());
        g.writeBooleanField("requireLastYearSelfEvaluation", e.requireLastYearSelfEvaluation());
        g.writeEndObject();
    }

    private static void monitoring(JsonGenerator g, MonitoringPolicy m) throws IOException {
        g.writeStartObject();
        g.writeFieldName("checkMonths");
        names(g, m.checkMonths());
        g.writeNumberField("reportDueDay", m.reportDueDay());
        g.writeStringField("redBelow", m.redBelow().toString());
        g.writeStringField("greenFrom", m.greenFrom().toString());
        g.writeFieldName("executionFloors");
        map(g, m.executionFloors(), Object::toString);
        g.writeStringField("reminderFrom", m.reminderFrom().name());
        g.writeStringField("zeroSpendingFrom", m.zeroSpendingFrom().name());
        g.writeFieldName("accumulatingCategories");
        // Written in declaration order, so that the same policy always gives the same bytes.
        names(g, new java.util.TreeSet<>(m.accumulatingCategories()));
        g.writeStringField("scrutinyAtOrBelow", m.scrutinyAtOrBelow().name());
        g.writeEndObject();
    }

    private static void planning(JsonGenerator g, PlanningPolicy p) throws IOException {
        g.writeStartObject();
        g.writeStringField("departmentShare", p.departmentShare().toString());
        g.writeNumberField("cycleYears", p.cycleYears());
        g.writeFieldName("financeMinimumPrefecture");
        nullable(g, p.financeMinimumPrefecture());
        g.writeFieldName("financeMinimumCounty");
        nullable(g, p.financeMinimumCounty());
        g.writeStringField("spotCheckShare", p.spotCheckShare().toString());
        g.writeEndObject();
    }

    private static void ratio(JsonGenerator g, Ratio ratio) throws IOException {
        g.writeString(ratio.toString());
    }

    /** An optional number as a number, an optional ratio or score as a string, an empty one as null. */
    private static void nullable(JsonGenerator g, Optional<?> value) throws IOException {
        if (value.isEmpty()) {
            g.writeNull();
        } else if (value.get() instanceof Integer n) {
            g.writeNumber(n);
        } else {
            g.writeString(value.get() instanceof Score || value.get() instanceof Ratio ? value.get().toString()
                    : String.valueOf(value.get()));
        }
    }

    private static void names(JsonGenerator g, Collection<? extends Enum<?>> constants) throws IOException {
        g.writeStartArray();
        for (Enum<?> constant : constants) {
            g.writeString(constant.name());
        }
        g.writeEndArray();
    }

    private static <V> void map(JsonGenerator g, Map<? extends Enum<?>, V> map, Function<V, String> text)
            throws IOException {
        g.writeStartObject();
        for (Map.Entry<? extends Enum<?>, V> entry : map.entrySet()) {
            g.writeStringField(entry.getKey().name(), text.apply(entry.getValue()));
        }
        g.writeEndObject();
    }
}
