package io.pbm.io.written;

import io.pbm.core.DecimalText;
import io.pbm.core.FiscalYear;
import io.pbm.core.InvalidValueException;
import io.pbm.core.budget.Amount;
import io.pbm.core.budget.Budget;
import io.pbm.core.budget.FundCategory;
import io.pbm.core.evaluation.EvaluationInput;
import io.pbm.core.evaluation.EvaluationKind;
import io.pbm.core.evaluation.Evaluator;
import io.pbm.core.evaluation.FrameFormula;
import io.pbm.core.evaluation.FrameItem;
import io.pbm.core.evaluation.FrameSection;
import io.pbm.core.evaluation.IndicatorActual;
import io.pbm.core.evaluation.QualitativeAchievement;
import io.pbm.core.evaluation.ReportedFigures;
import io.pbm.core.evaluation.SupervisionFindings;
import io.pbm.core.exante.ExAnteAssessment;
import io.pbm.core.goal.Comparison;
import io.pbm.core.goal.Goal;
import io.pbm.core.goal.Indicator;
import io.pbm.core.goal.IndicatorFrame;
import io.pbm.core.goal.IndicatorValue;
import io.pbm.core.goal.Level1;
import io.pbm.core.goal.Level2;
import io.pbm.core.goal.MeasureUnit;
import io.pbm.core.goal.ParentTransfer;
import io.pbm.core.goal.Weight;
import io.pbm.core.grade.Grade;
import io.pbm.core.grade.Score;
import io.pbm.core.project.BudgetUnit;
import io.pbm.core.project.Project;
import io.pbm.core.project.ProjectFlags;
import io.pbm.core.project.ProjectHistory;
import io.pbm.core.project.UnitWideSpending;
import io.pbm.io.ReadingCode;
import io.pbm.io.json.RecordProblems;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Turns a record as written — already checked by Bean Validation — into pbm-core values, reporting
 * every value a pbm-core factory refuses at its location: a refused value is a located
 * {@code value.invalid} (or {@code decimal.grammar}, for a target whose number is outside the
 * grammar), never an exception. Each member is converted on its own, so that one record reports all
 * its problems; a member that already has a problem is not converted again.
 *
 * <p>Targets as forms write them (domain.md, "Targets and actuals as real forms write them"): with a
 * {@code comparison} member the target is read accordingly — kept as text for {@code qualitative};
 * without one, the comparison comes from the target's symbol ({@code ≧735人次}), and a text target makes
 * the indicator qualitative. A number with neither is {@code comparison.ambiguous}. The R-GOAL-4
 * problems that stop a goal from being built are coded {@code R-GOAL-4}.
 *
 * <p>Not thread-safe: one per record.
 */
final class ProjectAssembler {

    private static final Set<String> PROJECT_MEMBERS = Set.of("id", "name", "unit", "year", "fundCategory", "budget",
            "flags", "goal", "history", "exAnte", "transfer");
    private static final Set<String> INDICATOR_MEMBERS = Set.of("name", "level1", "level2", "comparison", "unit",
            "target", "weight");
    private static final Set<String> ACTUAL_MEMBERS = Set.of("actual", "achievement", "score", "explanation");
    private static final Set<String> FRAME_ITEM_MEMBERS = Set.of("level1", "name", "weight", "score", "formula",
            "comparison", "target", "actual");

    private final RecordProblems problems;
    private final String base;
    private final Recurring recurring;

    /**
     * Creates an assembler for one record.
     *
     * @param problems  the record's problems
     * @param base  the record's pointer, such as {@code /projects/3}
     * @param recurring  the values already built for earlier records of the document
     */
    ProjectAssembler(RecordProblems problems, String base, Recurring recurring) {
        this.problems = problems;
        this.base = base;
        this.recurring = recurring;
    }

    // ---- records ----

    /** The project, or null when it has problems (all of them recorded). */
    @Nullable Project project(WrittenProject w) {
        BudgetUnit unit = convert(at("/unit"), w.unit(), BudgetUnit::of);
        FiscalYear year = convert(at("/year"), w.year(), FiscalYear::of);
        FundCategory fundCategory = constant(at("/fundCategory"), w.fundCategory(), FundCategory.class);
        Budget budget = w.budget() == null ? null : budget(w.budget(), at("/budget"));
        ProjectFlags flags = w.flags() == null ? ProjectFlags.none() : flags(w.flags());
        Goal goal = goal(w.goal(), w.goalVersion(), w.indicators(), IndicatorFrame.PROJECT);
        ProjectHistory history = w.history() == null ? ProjectHistory.none() : history(w.history(), at("/history"));
        Optional<EvaluationInput> evaluation = evaluation(w.kind(), w.evaluator(), w.indicators(), w.findings(),
                w.reportReviewScore(), w.frameItems(), w.budget() == null ? null : w.budget().reportedExecutionScore(),
                w.reportedTotal(), w.reportedGrade());
        ExAnteAssessment exAnte = w.exAnte() == null ? null : exAnte(w.exAnte(), at("/exAnte"));
        ParentTransfer transfer = w.transfer() == null ? null : transfer(w.transfer(), at("/transfer"));
        if (!problems.isEmpty()) {
            return null;
        }
        Project.Builder builder = Project.builder().id(w.id()).name(w.name()).unit(unit).year(year)
                .fundCategory(fundCategory).budget(budget).flags(flags).goal(goal).history(history);
        evaluation.ifPresent(builder::evaluation);
        if (exAnte != null) {
            builder.exAnte(exAnte);
        }
        if (transfer != null) {
            builder.transfer(transfer);
        }
        return build(base, PROJECT_MEMBERS, builder::build);
    }

    /** The unit-wide record, or null when it has problems (all of them recorded). */
    @Nullable UnitWideSpending unit(WrittenUnit w) {
        BudgetUnit unit = convert(at("/name"), w.name(), BudgetUnit::of);
        FiscalYear year = convert(at("/year"), w.year(), FiscalYear::of);
        Budget budget = w.budget() == null ? null : budget(w.budget(), at("/budget"));
        Goal goal = goal(w.goal(), w.goalVersion(), w.indicators(), IndicatorFrame.UNIT_WIDE);
        Optional<EvaluationInput> evaluation = evaluation(w.kind(), w.evaluator(), w.indicators(), w.findings(),
                null, null, w.budget() == null ? null : w.budget().reportedExecutionScore(), null, null);
        if (!problems.isEmpty()) {
            return null;
        }
        UnitWideSpending.Builder builder = UnitWideSpending.builder().id(w.id()).unit(unit).year(year).budget(budget)
                .goal(goal);
        evaluation.ifPresent(builder::evaluation);
        return build(base, Set.of("id", "budget"), builder::build);
    }

    // ---- parts ----

    private @Nullable Budget budget(WrittenBudget w, String at) {
        Amount adjusted = amount(at, "adjusted", w.adjusted());
        Amount spent = amount(at, "spent", w.spent());
        Amount initial = amount(at, "initial", w.initial());
        Amount received = amount(at, "received", w.received());
        Amount nextYearRequest = amount(at, "nextYearRequest", w.nextYearRequest());
        if (adjusted == null || spent == null || problems.within(at)) {
            return null;
        }
        Budget.Builder builder = Budget.builder().adjusted(adjusted).spent(spent);
        if (initial != null) {
            builder.initial(initial);
        }
        if (received != null) {
            builder.received(received);
        }
        if (nextYearRequest != null) {
            builder.nextYearRequest(nextYearRequest);
        }
        if (w.explanation() != null) {
            builder.explanation(w.explanation());
        }
        return build(at, Set.of("initial", "adjusted", "received", "spent", "nextYearRequest"), builder::build);
    }

    /** An amount in 元, not negative — checked here for each amount, so that every negative one is reported. */
    private @Nullable Amount amount(String budget, String member, @Nullable String text) {
        String pointer = budget + "/" + member;
        Amount amount = convert(pointer, text, Amount::of);
        if (amount != null && amount.isNegative()) {
            problems.add(ReadingCode.VALUE_INVALID, pointer, "budget." + member, amount, "budget." + member + " >= 0.00");
            return null;
        }
        return amount;
    }

    private static ProjectFlags flags(WrittenFlags w) {
        ProjectFlags.Builder builder = ProjectFlags.builder();
        if (w.newProject() != null) {
            builder.isNew(w.newProject());
        }
        if (w.key() != null) {
            builder.isKey(w.key());
        }
        if (w.oneTime() != null) {
            builder.isOneTime(w.oneTime());
        }
        if (w.major() != null) {
            builder.isMajor(w.major());
        }
        return builder.build();
    }

    private @Nullable Goal goal(@Nullable String text, @Nullable Integer version,
            @Nullable List<@Nullable WrittenIndicator> written, IndicatorFrame frame) {
        if (written == null) {
            return null;
        }
        List<Indicator> indicators = new ArrayList<>(written.size());
        Set<String> names = new HashSet<>();
        for (int i = 0; i < written.size(); i++) {
            WrittenIndicator w = written.get(i);
            String at = at("/indicators/" + i);
            if (w == null) {
                continue;
            }
            if (w.name() != null && !w.name().isBlank() && !names.add(w.name().strip())) {
                problems.add(ReadingCode.GOAL_NAME_REPEATED, at + "/name", w.name().strip());
            }
            Indicator indicator = indicator(w, at, frame);
            if (indicator != null) {
                indicators.add(indicator);
            }
        }
        if (indicators.size() < written.size() || problems.within(at("/goal")) || problems.within(at("/goalVersion"))) {
            return null;
        }
        Goal.Builder builder = Goal.builder().frame(frame).indicators(indicators);
        if (text != null) {
            builder.text(text);
        }
        if (version != null) {
            builder.version(version);
        }
        return build(at("/indicators"), Set.of(), builder::build);
    }

    /**
     * An indicator, built once for all the records that write it alike: a record with a problem within
     * the indicator is read in full, so that every problem is found as without the table.
     */
    private @Nullable Indicator indicator(WrittenIndicator w, String at, IndicatorFrame frame) {
        if (problems.within(at)) {
            return build(w, at, frame);
        }
        Recurring.IndicatorKey key = Recurring.IndicatorKey.of(w, frame);
        Indicator known = recurring.indicator(key);
        return known != null ? known : recurring.indicator(key, () -> build(w, at, frame));
    }

    private @Nullable Indicator build(WrittenIndicator w, String at, IndicatorFrame frame) {
        String name = w.name() == null ? null : w.name().strip();
        Level1 level1 = constant(at + "/level1", w.level1(), Level1.class);
        if (level1 != null && level1.frame() != frame) {
            problems.add(ReadingCode.VALUE_INVALID, at + "/level1", "level1", level1.name(), "one of " + Arrays.stream(
                    Level1.values()).filter(l -> l.frame() == frame).map(Enum::name).collect(Collectors.joining(", ")));
            level1 = null;
        }
        Level2 level2 = constant(at + "/level2", w.level2(), Level2.class);
        if (frame == IndicatorFrame.PROJECT && w.level2() == null && !problems.within(at + "/level2")) {
            problems.add(ReadingCode.REQUIRED, at + "/level2", "level2");
        }
        Comparison comparison = constant(at + "/comparison", w.comparison(), Comparison.class);
        MeasureUnit unit = convert(at + "/unit", w.unit(), MeasureUnit::of);
        IndicatorValue target = target(w, name, comparison, at);
        Weight weight = weight(at + "/weight", w.weight(), name);
        if (name == null || level1 == null || target == null || weight == null || problems.within(at)) {
            return null;
        }
        Indicator.Builder builder = Indicator.builder().name(name).level1(level1).target(target).weight(weight);
        if (level2 != null) {
            builder.level2(level2);
        }
        if (comparison != null) {
            builder.comparison(comparison);
        }
        if (unit != null) {
            builder.unit(unit);
        }
        return build(at, INDICATOR_MEMBERS, builder::build);
    }

    private @Nullable IndicatorValue target(WrittenIndicator w, @Nullable String name,
            @Nullable Comparison comparison, String at) {
        String pointer = at + "/target";
        if (w.target() == null || problems.within(pointer)) {
            return null;
        }
        String text = w.target().written();
        if (comparison == Comparison.QUALITATIVE) {
            return convert(pointer, text, IndicatorValue::text);
        }
        IndicatorValue value = convert(pointer, text, recurring::value);
        if (value == null || problems.within(at + "/comparison")) {
            return value;
        }
        if (comparison == null && value.isQuantitative() && value.comparison().isEmpty()) {
            problems.add(ReadingCode.COMPARISON_AMBIGUOUS, pointer, name, text);
            return null;
        }
        if (comparison != null && value.isQualitative()) {
            problems.add(ReadingCode.GOAL_TARGET_NOT_NUMBER, pointer, name, text, comparison.symbol());
            return null;
        }
        return value;
    }

    /** A goal indicator's weight: not positive is R-GOAL-4, above 100 or finer than a cent a refused value. */
    private @Nullable Weight weight(String pointer, @Nullable String text, @Nullable String name) {
        BigDecimal points = decimal(pointer, text);
        if (points == null) {
            return null;
        }
        if (points.signum() <= 0) {
            problems.add(ReadingCode.GOAL_WEIGHT_NOT_POSITIVE, pointer, name, text);
            return null;
        }
        return convert(pointer, points, Weight::of);
    }

    private Optional<EvaluationInput> evaluation(@Nullable String kind, @Nullable String evaluator,
            @Nullable List<@Nullable WrittenIndicator> indicators, @Nullable WrittenFindings findings,
            @Nullable String reportReviewScore, @Nullable List<@Nullable WrittenFrameItem> frameItems,
            @Nullable String reportedExecutionScore, @Nullable String reportedTotal, @Nullable String reportedGrade) {
        EvaluationInput.Builder builder = EvaluationInput.builder();
        ReportedFigures.Builder reported = ReportedFigures.builder();
        boolean any = false;
        boolean anyReported = false;
        for (int i = 0; indicators != null && i < indicators.size(); i++) {
            WrittenIndicator w = indicators.get(i);
            if (w == null || w.name() == null || w.name().isBlank()) {
                continue;
            }
            String at = at("/indicators/" + i);
            if (w.hasActual()) {
                IndicatorActual actual = actual(w, at);
                if (actual != null) {
                    builder.putActuals(w.name().strip(), actual);
                }
                any = true;
            }
            BigDecimal score = decimal(at + "/reportedScore", w.reportedScore());
            if (score != null) {
                reported.putIndicatorScores(w.name().strip(), score);
                anyReported = true;
            }
        }
        EvaluationKind evaluationKind = constant(at("/kind"), kind, EvaluationKind.class);
        if (evaluationKind != null) {
            builder.kind(evaluationKind);
            any = true;
        }
        Evaluator who = constant(at("/evaluator"), evaluator, Evaluator.class);
        if (who != null) {
            builder.evaluator(who);
            any = true;
        }
        if (findings != null) {
            builder.findings(findings(findings));
            any = true;
        }
        Score review = score(at("/reportReviewScore"), reportReviewScore);
        if (review != null) {
            builder.reportReviewScore(review);
            any = true;
        }
        for (int i = 0; frameItems != null && i < frameItems.size(); i++) {
            WrittenFrameItem w = frameItems.get(i);
            FrameItem item = w == null ? null : frameItem(w, at("/frameItems/" + i));
            if (item != null) {
                builder.addFrameItems(item);
            }
            any = true;
        }
        BigDecimal execution = decimal(at("/budget/reportedExecutionScore"), reportedExecutionScore);
        if (execution != null) {
            reported.executionScore(execution);
            anyReported = true;
        }
        BigDecimal total = decimal(at("/reportedTotal"), reportedTotal);
        if (total != null) {
            reported.total(total);
            anyReported = true;
        }
        Grade grade = constant(at("/reportedGrade"), reportedGrade, Grade.class);
        if (grade != null) {
            reported.grade(grade);
            anyReported = true;
        }
        if (anyReported) {
            ReportedFigures figures = build(base, Set.of(), reported::build);
            if (figures != null) {
                builder.reported(figures);
            }
        }
        if (!(any || anyReported) || !problems.isEmpty()) {
            return Optional.empty();
        }
        return Optional.ofNullable(build(at("/indicators"), Set.of(), builder::build));
    }

    private @Nullable IndicatorActual actual(WrittenIndicator w, String at) {
        IndicatorActual.Builder builder = IndicatorActual.builder();
        if (w.actual() != null) {
            IndicatorValue actual = convert(at + "/actual", w.actual().written(), recurring::value);
            if (actual != null) {
                builder.actual(actual);
            }
        }
        QualitativeAchievement achievement = constant(at + "/achievement", w.achievement(), QualitativeAchievement.class);
        if (achievement != null) {
            builder.achievement(achievement);
        }
        Score score = score(at + "/score", w.score());
        if (score != null) {
            builder.score(score);
        }
        if (w.explanation() != null) {
            builder.explanation(w.explanation());
        }
        for (String member : ACTUAL_MEMBERS) {
            if (problems.within(at + "/" + member)) {
                return null;
            }
        }
        return build(at, ACTUAL_MEMBERS, builder::build);
    }

    private static SupervisionFindings findings(WrittenFindings w) {
        SupervisionFindings.Builder builder = SupervisionFindings.builder();
        if (w.auditProblems() != null) {
            builder.auditProblems(w.auditProblems());
        }
        if (w.majorMisuse() != null) {
            builder.majorMisuse(w.majorMisuse());
        }
        if (w.authenticityFailed() != null) {
            builder.authenticityFailed(w.authenticityFailed());
        }
        if (w.unrectifiedFailedMonitoringRounds() != null && w.unrectifiedFailedMonitoringRounds() >= 0) {
            builder.unrectifiedFailedMonitoringRounds(w.unrectifiedFailedMonitoringRounds());
        }
        if (w.unrectifiedProblems() != null) {
            builder.unrectifiedProblems(w.unrectifiedProblems());
        }
        return builder.build();
    }

    private @Nullable FrameItem frameItem(WrittenFrameItem w, String at) {
        FrameSection section = constant(at + "/level1", w.level1(), FrameSection.class);
        Weight weight = convert(at + "/weight", decimal(at + "/weight", w.weight()), Weight::of);
        Score score = score(at + "/score", w.score());
        FrameFormula formula = constant(at + "/formula", w.formula(), FrameFormula.class);
        Comparison comparison = constant(at + "/comparison", w.comparison(), Comparison.class);
        IndicatorValue target = w.target() == null ? null
                : convert(at + "/target", w.target().written(), recurring::value);
        if (target != null && comparison != null && target.isQuantitative()) {
            target = convert(at + "/comparison", comparison, target::withComparison);
        }
        IndicatorValue actual = w.actual() == null ? null
                : convert(at + "/actual", w.actual().written(), recurring::value);
        if (section == null || weight == null || problems.within(at)) {
            return null;
        }
        FrameItem.Builder builder = FrameItem.builder().section(section).name(w.name()).weight(weight);
        Optional.ofNullable(score).ifPresent(builder::score);
        Optional.ofNullable(formula).ifPresent(builder::formula);
        Optional.ofNullable(target).ifPresent(builder::target);
        Optional.ofNullable(actual).ifPresent(builder::actual);
        return build(at, FRAME_ITEM_MEMBERS, builder::build);
    }

    private ProjectHistory history(WrittenHistory w, String at) {
        ProjectHistory.Builder builder = ProjectHistory.builder();
        for (int i = 0; w.evaluatedYears() != null && i < w.evaluatedYears().size(); i++) {
            FiscalYear year = convert(at + "/evaluatedYears/" + i, w.evaluatedYears().get(i), FiscalYear::of);
            if (year != null) {
                builder.addEvaluatedYears(year);
            }
        }
        if (w.lastYearSelfEvaluated() != null) {
            builder.lastYearSelfEvaluated(w.lastYearSelfEvaluated());
        }
        Grade grade = constant(at + "/previousGrade", w.previousGrade(), Grade.class);
        if (grade != null) {
            builder.previousGrade(grade);
        }
        return builder.build();
    }

    private @Nullable ExAnteAssessment exAnte(WrittenExAnte w, String at) {
        Score necessity = score(at + "/necessity", w.necessity());
        Score economy = score(at + "/economy", w.economy());
        Score goalSoundness = score(at + "/goalSoundness", w.goalSoundness());
        Score feasibility = score(at + "/feasibility", w.feasibility());
        Score fundingCompliance = score(at + "/fundingCompliance", w.fundingCompliance());
        if (problems.within(at)) {
            return null;
        }
        ExAnteAssessment.Builder builder = ExAnteAssessment.builder().necessity(necessity).economy(economy)
                .goalSoundness(goalSoundness).feasibility(feasibility).fundingCompliance(fundingCompliance);
        if (w.thirdPartyReassessed() != null) {
            builder.thirdPartyReassessed(w.thirdPartyReassessed());
        }
        return build(at, Set.of(), builder::build);
    }

    private @Nullable ParentTransfer transfer(WrittenTransfer w, String at) {
        ParentTransfer.Builder builder = ParentTransfer.builder();
        if (w.id() != null) {
            builder.id(w.id().strip());
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; w.indicators() != null && i < w.indicators().size(); i++) {
            WrittenTransfer.Target target = w.indicators().get(i);
            String pointer = at + "/indicators/" + i;
            if (target == null || target.name() == null || target.target() == null) {
                continue;
            }
            String name = target.name().strip();
            if (!names.add(name)) {
                problems.add(ReadingCode.NAME_DUPLICATE, pointer + "/name", name);
            }
            IndicatorValue value = convert(pointer + "/target", target.target().written(), recurring::value);
            if (value != null) {
                builder.putTargets(name, value);
            }
        }
        return problems.within(at) ? null : build(at, Set.of("id"), builder::build);
    }

    // ---- conversions that report instead of throwing ----

    private String at(String relative) {
        return base + relative;
    }

    private @Nullable BigDecimal decimal(String pointer, @Nullable String text) {
        String member = pointer.substring(pointer.lastIndexOf('/') + 1);
        return convert(pointer, text, t -> DecimalText.parse(member, t, DecimalText.MAX_DECIMALS));
    }

    private @Nullable Score score(String pointer, @Nullable String text) {
        return convert(pointer, decimal(pointer, text), Score::of);
    }

    private <E extends Enum<E>> @Nullable E constant(String pointer, @Nullable String text, Class<E> type) {
        return problems.constant(pointer, text, type);
    }

    private <S, T> @Nullable T convert(String pointer, @Nullable S written, Function<S, T> factory) {
        return problems.convert(pointer, written, factory);
    }

    private <T> @Nullable T build(String pointer, Set<String> members, Supplier<T> builder) {
        return problems.build(pointer, members, builder);
    }
}
