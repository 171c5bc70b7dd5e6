package io.pbm.rules.pipeline;

import io.pbm.core.InvalidValueException;
import io.pbm.core.Ratio;
import io.pbm.core.budget.Amount;
import io.pbm.core.budget.BudgetAction;
import io.pbm.core.grade.Grade;
import io.pbm.core.grade.Score;
import io.pbm.core.project.BudgetUnit;
import io.pbm.rules.explain.RuleId;
import io.pbm.rules.linkage.BudgetTotals;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.StringJoiner;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The summary of a batch (json-contract.md {@code summary}): how many projects, evaluated, excluded
 * and rejected ({@code projects = evaluated + excluded + rejected}); the final grades in 优/良/中/差
 * order; the mean score (the exact sum ÷ the count, HALF_UP to 2 decimals; empty when nothing was
 * evaluated); Σ adjusted budget (全年预算数) and Σ spent (全年执行数) over the evaluated projects and the
 * execution rate Σ spent ÷ Σ adjusted (exact; empty when that budget is 0); the vetoes fired per rule; the reports returned (R-REVIEW-1); and the budget
 * before and after with the number of projects per action, overall and per budget unit.
 *
 * <p>A summary is built incrementally by a {@link SummaryBuilder}, in memory that does not grow with the
 * number of projects (only with the number of budget units).
 *
 * <p>Equality: by every figure and the policy's name and version.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Summary {

    private final String policyName;
    private final String policyVersion;
    private final long projects;
    private final long evaluated;
    private final long excluded;
    private final long rejected;
    private final Map<Grade, Long> grades;
    private final @Nullable Score meanScore;
    private final @Nullable Ratio executionRate;
    private final Amount adjusted;
    private final Amount spent;
    private final Map<RuleId, Long> vetoes;
    private final long reportsReturned;
    private final BudgetTotals budget;
    private final SortedMap<BudgetUnit, BudgetTotals> units;
    private final Map<Grade, Long> unitWideGrades;
    private final long unitWideEvaluated;
    private final long unitWideRejected;

    Summary(String policyName, String policyVersion, long evaluated, long excluded, long rejected,
            Map<Grade, Long> grades, @Nullable Score meanScore, Amount adjusted, Amount spent, Map<RuleId, Long> vetoes,
            long reportsReturned, BudgetTotals budget, SortedMap<BudgetUnit, BudgetTotals> units) {
        this.policyName = policyName;
        this.policyVersion = policyVersion;
        this.projects = evaluated + excluded + rejected;
        this.evaluated = evaluated;
        this.excluded = excluded;
        this.rejected = rejected;
        Map<Grade, Long> bestFirst = new LinkedHashMap<>();
        long graded = 0;
        for (Grade grade : Grade.bestFirst()) {
            long count = grades.getOrDefault(grade, 0L);
            bestFirst.put(grade, count);
            graded += count;
        }
        InvalidValueException.check(graded == evaluated && budget.projects() == evaluated, "grades", grades,
                "one grade and one budget decision for each of the " + evaluated + " evaluated projects");
        this.grades = Collections.unmodifiableMap(bestFirst);
        this.meanScore = meanScore;
        this.adjusted = adjusted;
        this.spent = spent;
        this.executionRate = adjusted.yuan().signum() == 0 ? null : Ratio.of(spent.yuan(), adjusted.yuan());
        this.vetoes = Collections.unmodifiableMap(vetoes.isEmpty() ? Map.of() : new EnumMap<>(vetoes));
        this.reportsReturned = reportsReturned;
        this.budget = budget;
        this.units = Collections.unmodifiableSortedMap(new TreeMap<>(units));
        this.unitWideGrades = bestFirst(Map.of());
        this.unitWideEvaluated = 0;
        this.unitWideRejected = 0;
    }

    /** This summary with the counts of unit-wide records (R-SCORE-UNIT), which leave the projects' alone. */
    private Summary(Summary projects, Map<Grade, Long> unitWideGrades, long unitWideRejected) {
        this.policyName = projects.policyName;
        this.policyVersion = projects.policyVersion;
        this.projects = projects.projects;
        this.evaluated = projects.evaluated;
        this.excluded = projects.excluded;
        this.rejected = projects.rejected;
        this.grades = projects.grades;
        this.meanScore = projects.meanScore;
        this.executionRate = projects.executionRate;
        this.adjusted = projects.adjusted;
        this.spent = projects.spent;
        this.vetoes = projects.vetoes;
        this.reportsReturned = projects.reportsReturned;
        this.budget = projects.budget;
        this.units = projects.units;
        this.unitWideGrades = bestFirst(unitWideGrades);
        this.unitWideEvaluated = this.unitWideGrades.values().stream().mapToLong(Long::longValue).sum();
        this.unitWideRejected = unitWideRejected;
    }

    Summary withUnitWide(Map<Grade, Long> grades, long rejected) {
        return new Summary(this, grades, rejected);
    }

    private static Map<Grade, Long> bestFirst(Map<Grade, Long> grades) {
        Map<Grade, Long> bestFirst = new LinkedHashMap<>();
        for (Grade grade : Grade.bestFirst()) {
            bestFirst.put(grade, grades.getOrDefault(grade, 0L));
        }
        return Collections.unmodifiableMap(bestFirst);
    }

    /**
     * The number of unit-wide records (R-SCORE-UNIT) in the input: evaluated + rejected, counted apart
     * from {@link #projects()}.
     *
     * @return the number, 0 when the input has no units
     */
    public long unitWide() {
        return unitWideEvaluated + unitWideRejected;
    }

    /**
     * The number of unit-wide records evaluated (R-SCORE-UNIT).
     *
     * @return the number
     */
    public long unitWideEvaluated() {
        return unitWideEvaluated;
    }

    /**
     * The number of unit-wide records that cannot be evaluated.
     *
     * @return the number
     */
    public long unitWideRejected() {
        return unitWideRejected;
    }

    /**
     * The number of evaluated unit-wide records per grade, best first (优, 良, 中, 差), every grade present.
     *
     * @return the counts
     */
    public Map<Grade, Long> unitWideGrades() {
        return unitWideGrades;
    }

    /**
     * The name of the policy.
     *
     * @return such as {@code MOF_2020}
     */
    public String policyName() {
        return policyName;
    }

    /**
     * The version of the policy.
     *
     * @return the version
     */
    public String policyVersion() {
        return policyVersion;
    }

    /**
     * The number of input projects: evaluated + excluded + rejected.
     *
     * @return the count
     */
    public long projects() {
        return projects;
    }

    /**
     * The number of projects evaluated.
     *
     * @return the count
     */
    public long evaluated() {
        return evaluated;
    }

    /**
     * The number of projects the policy left out (R-PLAN-4).
     *
     * @return the count
     */
    public long excluded() {
        return excluded;
    }

    /**
     * The number of projects that cannot be evaluated.
     *
     * @return the count
     */
    public long rejected() {
        return rejected;
    }

    /**
     * The number of evaluated projects per final grade, best first (优, 良, 中, 差), every grade present.
     *
     * @return the counts
     */
    public Map<Grade, Long> grades() {
        return grades;
    }

    /**
     * The number of evaluated projects with a final grade.
     *
     * @param grade  the grade, not null
     * @return the count
     */
    public long count(Grade grade) {
        return grades.get(Objects.requireNonNull(grade, "grade is null"));
    }

    /**
     * The mean score: the exact sum ÷ the count, HALF_UP to 2 decimals.
     *
     * @return the mean, empty when nothing was evaluated
     */
    public Optional<Score> meanScore() {
        return Optional.ofNullable(meanScore);
    }

    /**
     * Σ spent ÷ Σ adjusted budget over the evaluated projects, exact; shown HALF_UP to 4 decimals
     * ({@code 0.9505}).
     *
     * @return the rate, empty when nothing was evaluated or the budgets add up to 0
     */
    public Optional<Ratio> executionRate() {
        return Optional.ofNullable(executionRate);
    }

    /**
     * Σ adjusted budget of the year (全年预算数) over the evaluated projects, exact — the denominator of
     * {@link #executionRate()}.
     *
     * @return the amount, 0 when nothing was evaluated
     */
    public Amount adjusted() {
        return adjusted;
    }

    /**
     * Σ spent of the year (全年执行数) over the evaluated projects, exact — the numerator of
     * {@link #executionRate()}.
     *
     * @return the amount, 0 when nothing was evaluated
     */
    public Amount spent() {
        return spent;
    }

    /**
     * The number of times each veto fired (R-VETO-1…4), only vetoes that fired, in rule order.
     *
     * @return the counts
     */
    public Map<RuleId, Long> vetoes() {
        return vetoes;
    }

    /**
     * The number of self-evaluation reports returned for rectification (R-REVIEW-1).
     *
     * @return the count
     */
    public long reportsReturned() {
        return reportsReturned;
    }

    /**
     * The budget decisions of all evaluated projects added up.
     *
     * @return the totals
     */
    public BudgetTotals budget() {
        return budget;
    }

    /**
     * Next year's budget before the decisions, over the evaluated projects.
     *
     * @return the amount
     */
    public Amount budgetBefore() {
        return budget.before();
    }

    /**
     * Next year's budget after the decisions, over the evaluated projects.
     *
     * @return the amount
     */
    public Amount budgetAfter() {
        return budget.after();
    }

    /**
     * The budget decisions added up per budget unit.
     *
     * @return the totals, by unit name
     */
    public SortedMap<BudgetUnit, BudgetTotals> units() {
        return units;
    }

    /**
     * The final grades on one line, as reports write them: {@code 优 535 / 良 49 / 中 26 / 差 17}.
     *
     * @param locale  the language of the labels, not null
     * @return the line
     */
    public String gradesLine(Locale locale) {
        Objects.requireNonNull(locale, "locale is null");
        return gradesLine(grades, locale);
    }

    private static String gradesLine(Map<Grade, Long> grades, Locale locale) {
        StringJoiner line = new StringJoiner(" / ");
        grades.forEach((grade, count) -> line.add(Text.label(grade, locale) + " " + count));
        return line.toString();
    }

    /**
     * The figures as labelled rows, in a fixed order — what {@link #render} prints and a policy
     * comparison sets side by side.
     *
     * @param locale  the language, not null
     * @return the rows, label to value
     */
    public Map<String, String> rows(Locale locale) {
        Objects.requireNonNull(locale, "locale is null");
        Map<String, String> rows = new LinkedHashMap<>();
        rows.put(Text.message(locale, "summary.projects"), Long.toString(projects));
        rows.put(Text.message(locale, "summary.evaluated"), Long.toString(evaluated));
        rows.put(Text.message(locale, "summary.excluded"), Long.toString(excluded));
        rows.put(Text.message(locale, "summary.rejected"), Long.toString(rejected));
        rows.put(Text.message(locale, "summary.grades"), gradesLine(locale));
        rows.put(Text.message(locale, "summary.meanScore"), meanScore == null ? "—" : meanScore.toString());
        rows.put(Text.message(locale, "summary.executionRate"), executionRate == null ? "—"
                : executionRate.toDecimal(4).toPlainString() + " (" + executionRate.toPercentString(2) + ")");
        StringJoiner fired = new StringJoiner(" / ").setEmptyValue("—");
        vetoes.forEach((rule, count) -> fired.add(rule.id() + " " + count));
        rows.put(Text.message(locale, "summary.vetoes"), fired.toString());
        rows.put(Text.message(locale, "summary.reportsReturned"), Long.toString(reportsReturned));
        rows.put(Text.message(locale, "summary.budgetBefore"), budget.before().toString());
        rows.put(Text.message(locale, "summary.budgetAfter"), budget.after().toString());
        rows.put(Text.message(locale, "summary.actions"), actionsLine(budget, locale));
        if (unitWide() > 0) {
            rows.put(Text.message(locale, "summary.unitWide"),
                    Text.message(locale, "summary.unitWide.counts", Long.toString(unitWide()),
                            Long.toString(unitWideEvaluated), Long.toString(unitWideRejected)));
            rows.put(Text.message(locale, "summary.unitWideGrades"), gradesLine(unitWideGrades, locale));
        }
        return rows;
    }

    static String actionsLine(BudgetTotals totals, Locale locale) {
        StringJoiner line = new StringJoiner(" / ").setEmptyValue("—");
        for (Map.Entry<BudgetAction, Long> entry : totals.actions().entrySet()) {
            if (entry.getValue() > 0) {
                line.add(Text.label(entry.getKey(), locale) + " " + entry.getValue());
            }
        }
        return line.toString();
    }

    /**
     * The summary for a person: the figures, then the budget of each unit.
     *
     * @param locale  the language, not null
     * @return the text
     */
    public String render(Locale locale) {
        return render(locale, Integer.MAX_VALUE);
    }

    /** The summary for a person, listing at most {@code shown} units. */
    String render(Locale locale, int shown) {
        StringBuilder text = new StringBuilder(Text.message(locale, "summary.header", policyName, policyVersion))
                .append('\n');
        Map<String, String> rows = rows(locale);
        int labels = Text.column(rows.keySet());
        rows.forEach((label, value) -> text.append("  ").append(Text.pad(label, labels)).append(value).append('\n'));
        if (!units.isEmpty()) {
            text.append(Text.message(locale, "summary.units")).append('\n');
            Text.list(text, units.entrySet(), shown, locale, "summary.units()", entry -> entry.getKey() + ": "
                    + entry.getValue().before() + " → " + entry.getValue().after() + ", "
                    + actionsLine(entry.getValue(), locale));
        }
        return text.toString();
    }

    @Override
    public boolean equals(Object obj) {
        return this == obj || obj instanceof Summary other && policyName.equals(other.policyName)
                && policyVersion.equals(other.policyVersion) && evaluated == other.evaluated
                && excluded == other.excluded && rejected == other.rejected && grades.equals(other.grades)
                && Objects.equals(meanScore, other.meanScore) && adjusted.equals(other.adjusted) && spent.equals(other.spent)
                && vetoes.equals(other.vetoes) && reportsReturned == other.reportsReturned
                && budget.equals(other.budget) && units.equals(other.units)
                && unitWideGrades.equals(other.unitWideGrades) && unitWideRejected == other.unitWideRejected;
    }

    @Override
    public int hashCode() {
        return Objects.hash(policyName, policyVersion, evaluated, excluded, rejected, grades, meanScore, adjusted, spent,
                vetoes, reportsReturned, budget, units, unitWideGrades, unitWideRejected);
    }

    /**
     * The summary in Chinese, as {@link #render} writes it but listing only the first
     * {@value Text#SHOWN} budget units (by name), so that a county prints on one screen — in JShell, say.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return render(Locale.SIMPLIFIED_CHINESE, Text.SHOWN);
    }
}
