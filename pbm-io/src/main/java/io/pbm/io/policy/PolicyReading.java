package io.pbm.io.policy;

import io.pbm.core.DecimalText;
import io.pbm.core.Ratio;
import io.pbm.core.budget.Amount;
import io.pbm.core.budget.BudgetAction;
import io.pbm.core.budget.FundCategory;
import io.pbm.core.evaluation.FrameSection;
import io.pbm.core.evaluation.QualitativeAchievement;
import io.pbm.core.exante.ExAnteConclusion;
import io.pbm.core.goal.Level1;
import io.pbm.core.goal.Weight;
import io.pbm.core.goal.Level2;
import io.pbm.core.grade.Grade;
import io.pbm.core.grade.GradeBand;
import io.pbm.core.grade.GradeScale;
import io.pbm.core.grade.Score;
import io.pbm.io.ReadingCode;
import io.pbm.io.json.JsonType;
import io.pbm.io.json.Members;
import io.pbm.io.json.Node;
import io.pbm.io.json.RecordProblems;
import io.pbm.rules.policy.ExAntePolicy;
import io.pbm.rules.policy.LinkagePolicy;
import io.pbm.rules.policy.LowerIsBetterFormula;
import io.pbm.rules.policy.MismatchRule;
import io.pbm.rules.policy.MonitoringPolicy;
import io.pbm.rules.policy.OverAchievementRule;
import io.pbm.rules.policy.PlanningPolicy;
import io.pbm.rules.policy.Policy;
import io.pbm.rules.policy.Presets;
import io.pbm.rules.policy.QualitativeRange;
import io.pbm.rules.policy.VetoPolicy;
import java.math.RoundingMode;
import java.time.Month;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Reads the parameters of a pbm-policy/1 file onto a builder: a fresh one, or the preset the file
 * {@code extends}. A parameter given replaces the base's; a sub-policy ({@code vetoes}, {@code linkage},
 * {@code exAnte}, {@code monitoring}, {@code planning}) is changed member by member, so a file says only
 * what differs; a map, a list or the grade scale is replaced as a whole; {@code null} clears an optional
 * parameter. A member no policy has is reported ({@code member.unknown}) rather than ignored: a
 * misspelled parameter must not pass for a change. Every problem is collected, located.
 *
 * <p>Not thread-safe: one per file.
 */
final class PolicyReading {

    private static final Set<String> TOP = new LinkedHashSet<>(List.of("format", "extends", "name", "version"));

    static {
        TOP.addAll(PolicyWriting.parameterNames());
    }

    private final RecordProblems problems;

    PolicyReading(RecordProblems problems) {
        this.problems = problems;
    }

    @Nullable Policy policy(Members m) {
        known(m, TOP);
        Policy base = m.has("extends") ? problems.convert(m.pointer("extends"), m.text("extends"), Presets::named) : null;
        Policy.Builder b = base != null ? base.toBuilder() : Policy.builder();
        for (String required : List.of("name", "version")) {
            if (!m.has(required)) {
                problems.add(ReadingCode.REQUIRED, m.pointer(required), required);
            }
        }
        set(m, "name", m.text("name"), Function.identity(), b::name);
        set(m, "version", m.text("version"), Function.identity(), b::version);
        if (m.contains("description")) {
            b.description(Optional.ofNullable(m.text("description")).orElse(""));
        }
        if (m.has("gradeScale")) {
            List<GradeBand> bands = m.list("gradeScale", this::band);
            if (bands != null && !bands.contains(null) && !problems.within(m.pointer("gradeScale"))) {
                set(m, "gradeScale", bands, GradeScale::of, b::gradeScale);
            }
        }
        set(m, "scoreScale", m.integer("scoreScale"), Function.identity(), b::scoreScale);
        constant(m, "roundingMode", RoundingMode.class, b::roundingMode);
        set(m, "executionWeight", m.decimal("executionWeight"), PolicyReading::weight, b::executionWeight);
        map(m, "levelOneWeights", Level1.class, converted(PolicyReading::weight), b::levelOneWeights);
        set(m, "satisfactionToBenefit", m.bool("satisfactionToBenefit"), Function.identity(), b::satisfactionToBenefit);
        constant(m, "lowerIsBetterFormula", LowerIsBetterFormula.class, b::lowerIsBetterFormula);
        qualitativeRanges(m, b);
        constant(m, "overAchievementRule", OverAchievementRule.class, b::overAchievementRule);
        set(m, "deviationThreshold", m.decimal("deviationThreshold"), Ratio::parse, b::deviationThreshold);
        set(m, "overAchievementHigh", m.decimal("overAchievementHigh"), Ratio::parse, b::overAchievementHigh);
        set(m, "overAchievementLow", m.decimal("overAchievementLow"), Ratio::parse, b::overAchievementLow);
        constant(m, "mismatchRule", MismatchRule.class, b::mismatchRule);
        set(m, "mismatchThreshold", m.decimal("mismatchThreshold"), Ratio::parse, b::mismatchThreshold);
        set(m, "unspentThreshold", m.decimal("unspentThreshold"), Ratio::parse, b::unspentThreshold);
        set(m, "lowScoreThreshold", m.decimal("lowScoreThreshold"), PolicyReading::score, b::lowScoreThreshold);
        map(m, "frameWeights", FrameSection.class, converted(PolicyReading::weight), b::frameWeights);
        set(m, "minOutputBenefitShare", m.decimal("minOutputBenefitShare"), Ratio::parse, b::minOutputBenefitShare);
        optional(m, "minIndicators", m.integer("minIndicators"), Function.identity(), b::minIndicators);
        optional(m, "minQuantifiedShare", m.decimal("minQuantifiedShare"), Ratio::parse, b::minQuantifiedShare);
        list(m, "excludedFundCategories", FundCategory.class, b::excludedFundCategories);
        sub(m.object("vetoes"), members -> vetoes(members, base == null ? VetoPolicy.seeds() : base.vetoes()),
                b::vetoes);
        sub(m.object("linkage"), members -> linkage(members, base == null ? null : base.linkage()), b::linkage);
        sub(m.object("exAnte"), members -> exAnte(members, base == null ? null : base.exAnte()), b::exAnte);
        sub(m.object("monitoring"), members -> monitoring(members, base == null ? null : base.monitoring()),
                b::monitoring);
        sub(m.object("planning"), members -> planning(members, base == null ? null : base.planning()), b::planning);
        set(m, "auditTolerance", m.decimal("auditTolerance"), PolicyReading::score, b::auditTolerance);
        if (!problems.isEmpty()) {
            return null;
        }
        return problems.build(m.pointer(), TOP, b::build);
    }

    private @Nullable GradeBand band(Node node, String at) {
        Members band = Members.of(node, at, "gradeScale", problems);
        if (band == null) {
            return null;
        }
        known(band, Set.of("grade", "lower", "upper"));
        Grade grade = problems.constant(band.pointer("grade"), required(band, "grade", band.text("grade")), Grade.class);
        Score lower = problems.convert(band.pointer("lower"), required(band, "lower", band.decimal("lower")),
                PolicyReading::score);
        Score upper = problems.convert(band.pointer("upper"), required(band, "upper", band.decimal("upper")),
                PolicyReading::score);
        return grade == null || lower == null || upper == null ? null
                : problems.build(at, Set.of(), () -> GradeBand.of(grade, lower, upper));
    }

    private void qualitativeRanges(Members m, Policy.Builder b) {
        Members ranges = m.object("qualitativeRanges");
        if (ranges == null) {
            return;
        }
        Map<QualitativeAchievement, QualitativeRange> read = new LinkedHashMap<>();
        for (String name : ranges.names()) {
            QualitativeAchievement level = problems.constant(ranges.pointer(name), name, QualitativeAchievement.class);
            Members range = ranges.object(name);
            if (level == null || range == null) {
                continue;
            }
            known(range, Set.of("lower", "upper", "defaultPoint"));
            Ratio lower = problems.convert(range.pointer("lower"), required(range, "lower", range.decimal("lower")),
                    Ratio::parse);
            Ratio upper = problems.convert(range.pointer("upper"), required(range, "upper", range.decimal("upper")),
                    Ratio::parse);
            Ratio point = problems.convert(range.pointer("defaultPoint"), range.decimal("defaultPoint"), Ratio::parse);
            if (lower != null && upper != null) {
                QualitativeRange value = problems.build(range.pointer(), Set.of("defaultPoint"),
                        () -> new QualitativeRange(lower, upper, point));
                if (value != null) {
                    read.put(level, value);
                }
            }
        }
        b.qualitativeRanges(read);
    }

    /** A sub-policy, changed member by member from the base's. */
    private static <T> void sub(@Nullable Members members, Function<Members, @Nullable T> read, Consumer<T> setter) {
        T value = members == null ? null : read.apply(members);
        if (value != null) {
            setter.accept(value);
        }
    }

    private @Nullable VetoPolicy vetoes(Members m, VetoPolicy base) {
        known(m, Set.of("auditProblems", "auditCap", "unrectifiedMonitoring", "unrectifiedRounds", "monitoringCap",
                "majorMisuse", "misuseGrade", "authenticity", "authenticityGrade", "reportReviewMinimum"));
        VetoPolicy.Builder b = VetoPolicy.builder();
        b.from(base);
        set(m, "auditProblems", m.bool("auditProblems"), Function.identity(), b::auditProblems);
        constant(m, "auditCap", Grade.class, b::auditCap);
        set(m, "unrectifiedMonitoring", m.bool("unrectifiedMonitoring"), Function.identity(), b::unrectifiedMonitoring);
        set(m, "unrectifiedRounds", m.integer("unrectifiedRounds"), Function.identity(), b::unrectifiedRounds);
        constant(m, "monitoringCap", Grade.class, b::monitoringCap);
        set(m, "majorMisuse", m.bool("majorMisuse"), Function.identity(), b::majorMisuse);
        constant(m, "misuseGrade", Grade.class, b::misuseGrade);
        set(m, "authenticity", m.bool("authenticity"), Function.identity(), b::authenticity);
        constant(m, "authenticityGrade", Grade.class, b::authenticityGrade);
        set(m, "reportReviewMinimum", m.decimal("reportReviewMinimum"), PolicyReading::score, b::reportReviewMinimum);
        return problems.build(m.pointer(), Set.of("unrectifiedRounds"), b::build);
    }

    private @Nullable LinkagePolicy linkage(Members m, @Nullable LinkagePolicy base) {
        known(m, Set.of("gradeActions", "cutBelowScore", "cutRatio", "suspendUnrectified", "recallOnVeto"));
        LinkagePolicy.Builder b = LinkagePolicy.builder();
        if (base != null) {
            b.from(base);
        }
        map(m, "gradeActions", Grade.class, (at, t) -> problems.constant(at, t, BudgetAction.class), b::gradeActions);
        optional(m, "cutBelowScore", m.decimal("cutBelowScore"), PolicyReading::score, b::cutBelowScore);
        set(m, "cutRatio", m.decimal("cutRatio"), Ratio::parse, b::cutRatio);
        set(m, "suspendUnrectified", m.bool("suspendUnrectified"), Function.identity(), b::suspendUnrectified);
        set(m, "recallOnVeto", m.bool("recallOnVeto"), Function.identity(), b::recallOnVeto);
        return problems.build(m.pointer(), Set.of("cutRatio", "gradeActions"), b::build);
    }

    private @Nullable ExAntePolicy exAnte(Members m, @Nullable ExAntePolicy base) {
        known(m, Set.of("dimensionPoints", "supportFrom", "partialSupportFrom", "notBudgeted", "requireAssessment",
                "majorThreshold", "reassessmentRequired", "requireLastYearSelfEvaluation"));
        ExAntePolicy.Builder b = ExAntePolicy.builder();
        if (base != null) {
            b.from(base);
        }
        set(m, "dimensionPoints", m.decimal("dimensionPoints"), PolicyReading::score, b::dimensionPoints);
        set(m, "supportFrom", m.decimal("supportFrom"), PolicyReading::score, b::supportFrom);
        set(m, "partialSupportFrom", m.decimal("partialSupportFrom"), PolicyReading::score, b::partialSupportFrom);
        list(m, "notBudgeted", ExAnteConclusion.class, b::notBudgeted);
        set(m, "requireAssessment", m.bool("requireAssessment"), Function.identity(), b::requireAssessment);
        set(m, "majorThreshold", m.decimal("majorThreshold"), PolicyReading::amount, b::majorThreshold);
        set(m, "reassessmentRequired", m.bool("reassessmentRequired"), Function.identity(), b::reassessmentRequired);
        set(m, "requireLastYearSelfEvaluation", m.bool("requireLastYearSelfEvaluation"), Function.identity(),
                b::requireLastYearSelfEvaluation);
        return problems.build(m.pointer(), Set.of("partialSupportFrom", "majorThreshold"), b::build);
    }

    private @Nullable MonitoringPolicy monitoring(Members m, @Nullable MonitoringPolicy base) {
        known(m, Set.of("checkMonths", "reportDueDay", "redBelow", "greenFrom", "executionFloors", "reminderFrom",
                "zeroSpendingFrom", "accumulatingCategories", "scrutinyAtOrBelow"));
        MonitoringPolicy.Builder b = MonitoringPolicy.builder();
        if (base != null) {
            b.from(base);
        }
        list(m, "checkMonths", Month.class, b::checkMonths);
        set(m, "reportDueDay", m.integer("reportDueDay"), Function.identity(), b::reportDueDay);
        set(m, "redBelow", m.decimal("redBelow"), Ratio::parse, b::redBelow);
        set(m, "greenFrom", m.decimal("greenFrom"), Ratio::parse, b::greenFrom);
        map(m, "executionFloors", Month.class, converted(Ratio::parse), b::executionFloors);
        constant(m, "reminderFrom", Month.class, b::reminderFrom);
        constant(m, "zeroSpendingFrom", Month.class, b::zeroSpendingFrom);
        list(m, "accumulatingCategories", Level2.class, b::accumulatingCategories);
        constant(m, "scrutinyAtOrBelow", Grade.class, b::scrutinyAtOrBelow);
        return problems.build(m.pointer(), Set.of("reportDueDay", "redBelow", "executionFloors"), b::build);
    }

    private @Nullable PlanningPolicy planning(Members m, @Nullable PlanningPolicy base) {
        known(m, Set.of("departmentShare", "cycleYears", "financeMinimumPrefecture", "financeMinimumCounty",
                "spotCheckShare"));
        PlanningPolicy.Builder b = PlanningPolicy.builder();
        if (base != null) {
            b.from(base);
        }
        set(m, "departmentShare", m.decimal("departmentShare"), Ratio::parse, b::departmentShare);
        set(m, "cycleYears", m.integer("cycleYears"), Function.identity(), b::cycleYears);
        optional(m, "financeMinimumPrefecture", m.integer("financeMinimumPrefecture"), Function.identity(),
                b::financeMinimumPrefecture);
        optional(m, "financeMinimumCounty", m.integer("financeMinimumCounty"), Function.identity(),
                b::financeMinimumCounty);
        set(m, "spotCheckShare", m.decimal("spotCheckShare"), Ratio::parse, b::spotCheckShare);
        return problems.build(m.pointer(), Set.of("departmentShare", "cycleYears", "spotCheckShare",
                "financeMinimumPrefecture", "financeMinimumCounty"), b::build);
    }

    // ---- reading one member onto a builder ----

    /** Sets a member read and converted, if it is given and its conversion succeeds. */
    private <S, T> void set(Members m, String name, @Nullable S written, Function<S, T> convert, Consumer<T> setter) {
        T value = problems.convert(m.pointer(name), written, convert);
        if (value != null) {
            setter.accept(value);
        }
    }

    /** An optional member: given, it sets the value; {@code null}, it clears the base's. */
    private <S, T> void optional(Members m, String name, @Nullable S written, Function<S, T> convert,
            Consumer<Optional<T>> setter) {
        if (!m.contains(name)) {
            return;
        }
        if (!m.has(name)) {
            setter.accept(Optional.empty());
            return;
        }
        T value = problems.convert(m.pointer(name), written, convert);
        if (value != null) {
            setter.accept(Optional.of(value));
        }
    }

    private <E extends Enum<E>> void constant(Members m, String name, Class<E> type, Consumer<E> setter) {
        E value = problems.constant(m.pointer(name), m.text(name), type);
        if (value != null) {
            setter.accept(value);
        }
    }

    /** A map member keyed by constant names, replacing the base's map as a whole. */
    private <K extends Enum<K>, V> void map(Members m, String name, Class<K> keys,
            BiFunction<String, String, @Nullable V> values, Consumer<Map<K, V>> setter) {
        Members map = m.object(name);
        if (map == null) {
            return;
        }
        Map<K, V> read = new LinkedHashMap<>();
        for (String key : map.names()) {
            K constant = problems.constant(map.pointer(key), key, keys);
            Node node = map.node(key);
            String text = node instanceof Node.Str s ? s.text().strip() : node instanceof Node.Num n ? n.text() : null;
            if (node != null && text == null) {
                typeProblem(map.pointer(key), key, JsonType.STRING_OR_NUMBER, node);
                continue;
            }
            String value0 = required(map, key, text);
            V value = value0 == null ? null : values.apply(map.pointer(key), value0);
            if (constant != null && value != null) {
                read.put(constant, value);
            }
        }
        if (!problems.within(m.pointer(name))) {
            setter.accept(read);
        }
    }

    /** A list member of constant names, replacing the base's as a whole. */
    private <E extends Enum<E>> void list(Members m, String name, Class<E> type, Consumer<List<E>> setter) {
        List<E> read = m.list(name, (node, at) -> node instanceof Node.Str s
                ? problems.constant(at, s.text(), type)
                : typeProblem(at, name, JsonType.STRING, node));
        if (read != null && !problems.within(m.pointer(name))) {
            setter.accept(new ArrayList<>(read));
        }
    }

    /** A value of a map read by a pbm-core factory, a refusal located. */
    private <V> BiFunction<String, String, @Nullable V> converted(Function<String, V> factory) {
        return (at, text) -> problems.convert(at, text, factory);
    }

    private <T> @Nullable T typeProblem(String at, String name, JsonType expected, Node node) {
        problems.add(ReadingCode.TYPE, at, name, expected, node.type());
        return null;
    }

    private <T> @Nullable T required(Members m, String name, @Nullable T value) {
        if (value == null && !problems.within(m.pointer(name))) {
            problems.add(ReadingCode.REQUIRED, m.pointer(name), name);
        }
        return value;
    }

    private void known(Members m, Set<String> names) {
        for (String name : m.names()) {
            if (!names.contains(name)) {
                problems.add(ReadingCode.MEMBER_UNKNOWN, m.pointer(name), name, String.join(", ", names));
            }
        }
    }

    private static Weight weight(String text) {
        return Weight.of(DecimalText.parse("weight", text, DecimalText.MAX_DECIMALS));
    }

    private static Score score(String text) {
        return Score.of(DecimalText.parse("score", text, DecimalText.MAX_DECIMALS));
    }

    private static Amount amount(String text) {
        return Amount.of(DecimalText.parse("amount", text, 2));
    }
}
