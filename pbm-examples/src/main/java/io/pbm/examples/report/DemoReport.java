package io.pbm.examples.report;

import io.pbm.core.InvalidValueException;
import io.pbm.core.Labelled;
import io.pbm.core.Ratio;
import io.pbm.core.budget.Amount;
import io.pbm.core.budget.BudgetAction;
import io.pbm.core.budget.FundCategory;
import io.pbm.core.grade.Grade;
import io.pbm.core.grade.GradeBand;
import io.pbm.core.project.BudgetUnit;
import io.pbm.core.project.Project;
import io.pbm.examples.sample.SampleCounty;
import io.pbm.rules.Pbm;
import io.pbm.rules.explain.RuleId;
import io.pbm.rules.linkage.BudgetTotals;
import io.pbm.rules.pipeline.BatchResult;
import io.pbm.rules.pipeline.Exclusion;
import io.pbm.rules.pipeline.ProjectResult;
import io.pbm.rules.pipeline.RejectedProject;
import io.pbm.rules.pipeline.Summary;
import io.pbm.rules.policy.Policy;
import io.pbm.rules.policy.Presets;
import io.pbm.rules.scoring.IndicatorFlag;
import io.pbm.rules.scoring.IndicatorResult;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;
import java.util.function.Function;

/**
 * The report {@code pbm demo} prints: a batch evaluated under a policy, for a finance officer — the
 * final grades with bars (优/良/中/差), the mean score and the execution rate; the vetoes fired, by rule
 * (R-VETO-1…4); next year's budget in total and for the units that lose most (R-LINK-1…4); the five
 * largest deviations (R-DEV-1, R-DEV-2); the projects whose deviation explanations are missing; and
 * the projects excluded (R-PLAN-4) or rejected.
 *
 * <pre>{@code
 * DemoReport report = DemoReport.sampleCounty();     // the built-in county under XINJIANG
 * System.out.print(report.render(Locale.CHINA));       // 优 535 ████████████████████ 85.3% …
 * BatchResult batch = report.batch();                  // every result, for writing out
 * }</pre>
 *
 * <p>The report is in Chinese unless the locale's language is English, and never depends on the
 * machine's locale: numbers are written with plain digits, a comma between thousands and a point before
 * decimals; amounts in 万元 (and 亿元 where large), in English in millions of yuan.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DemoReport {

    /** The width of the longest bar. */
    private static final int BAR = 20;
    /** How many of a list the report shows. */
    private static final int SHOWN = 5;
    private static final BigDecimal HUNDRED_MILLION = BigDecimal.valueOf(100_000_000);
    private static final BigDecimal BILLION = BigDecimal.valueOf(1_000_000_000);

    private final BatchResult batch;
    private final Policy policy;
    private final Function<Locale, String> title;

    private DemoReport(BatchResult batch, Policy policy, Function<Locale, String> title) {
        this.batch = batch;
        this.policy = policy;
        this.title = title;
    }

    /**
     * Generates the built-in sample county ({@link SampleCounty}) and evaluates it under XINJIANG.
     *
     * @return the report
     */
    public static DemoReport sampleCounty() {
        return sampleCounty(projects -> projects);
    }

    /**
     * Generates the built-in sample county and evaluates it under XINJIANG, the projects passing through
     * a watcher on their way — a progress line counting them.
     *
     * @param watch  gives the projects to evaluate, in the same order, for the county's projects; not null
     * @return the report
     */
    public static DemoReport sampleCounty(Function<List<Project>, Iterable<Project>> watch) {
        Objects.requireNonNull(watch, "watch is null");
        Policy policy = Presets.XINJIANG;
        return new DemoReport(Pbm.evaluateAll(watch.apply(SampleCounty.projects()), policy), policy,
                SampleCounty::description);
    }

    /**
     * A report of any batch.
     *
     * @param batch  the batch, not null
     * @param policy  the policy that evaluated it, not null
     * @return the report
     * @throws InvalidValueException if the batch was evaluated under another policy
     */
    public static DemoReport of(BatchResult batch, Policy policy) {
        Objects.requireNonNull(batch, "batch is null");
        Objects.requireNonNull(policy, "policy is null");
        InvalidValueException.check(batch.summary().policyName().equals(policy.name())
                && batch.summary().policyVersion().equals(policy.version()), "policy", policy.name() + " "
                + policy.version(), "the policy of the batch, " + batch.summary().policyName() + " "
                + batch.summary().policyVersion());
        return new DemoReport(batch, policy, locale -> Phrase.RESULTS.format(locale));
    }

    /**
     * The batch behind the report: every result, exclusion and rejection, and the summary.
     *
     * @return the batch
     */
    public BatchResult batch() {
        return batch;
    }

    /**
     * The policy the batch was evaluated under.
     *
     * @return the policy
     */
    public Policy policy() {
        return policy;
    }

    /**
     * The report as text, one line after another, each ending with a line break.
     *
     * @param locale  English if its language is {@code en}, Chinese otherwise; not null
     * @return the text
     */
    public String render(Locale locale) {
        Objects.requireNonNull(locale, "locale is null");
        Summary summary = batch.summary();
        List<String> lines = new ArrayList<>();
        lines.add(Phrase.TITLE.format(locale, title.apply(locale)));
        lines.add(Phrase.POLICY.format(locale, policy.name(), policy.version(), bands(locale)));
        lines.add(Phrase.PROJECTS.format(locale, summary.projects(), summary.evaluated(), summary.excluded(),
                summary.rejected()));
        lines.add("");
        grades(locale, summary, lines);
        lines.add("");
        vetoes(locale, summary, lines);
        lines.add("");
        budget(locale, summary, lines);
        lines.add("");
        deviations(locale, lines);
        lines.add("");
        missing(locale, lines);
        lines.add("");
        others(locale, lines);
        StringBuilder text = new StringBuilder();
        lines.forEach(line -> text.append(line).append('\n'));
        return text.toString();
    }

    /**
     * The report in Chinese.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return render(Locale.SIMPLIFIED_CHINESE);
    }

    // ---------------------------------------------------------------- sections

    private String bands(Locale locale) {
        StringJoiner bands = new StringJoiner(Phrase.english(locale) ? ", " : "，");
        for (Grade grade : Grade.bestFirst()) {
            GradeBand band = policy.gradeScale().band(grade);
            bands.add(label(grade, locale) + (grade == Grade.POOR ? " <" + plain(band.upper().points())
                    : " ≥" + plain(band.lower().points())));
        }
        return bands.toString();
    }

    private void grades(Locale locale, Summary summary, List<String> lines) {
        lines.add(Phrase.GRADES.format(locale));
        long most = 0;
        int widest = 1;
        for (long count : summary.grades().values()) {
            most = Math.max(most, count);
            widest = Math.max(widest, Long.toString(count).length());
        }
        int labels = 1;
        for (Grade grade : Grade.bestFirst()) {
            labels = Math.max(labels, label(grade, locale).length());
        }
        for (Map.Entry<Grade, Long> entry : summary.grades().entrySet()) {
            long count = entry.getValue();
            int length = most == 0 ? 0 : (int) Math.max(count > 0 ? 1 : 0, (count * BAR * 2 + most) / (most * 2));
            String share = summary.evaluated() == 0 ? "0.0%" : BigDecimal.valueOf(count * 100)
                    .divide(BigDecimal.valueOf(summary.evaluated()), 1, RoundingMode.HALF_UP).toPlainString() + "%";
            lines.add("  " + padRight(label(entry.getKey(), locale), labels) + "  " + padLeft(Long.toString(count), widest)
                    + "  " + padRight("█".repeat(length), BAR) + "  " + padLeft(share, 6));
        }
        lines.add(summary.meanScore().map(mean -> Phrase.MEAN.format(locale, mean)).orElse(Phrase.NO_MEAN.format(locale)));
        summary.executionRate().ifPresent(rate -> lines.add(Phrase.EXECUTION.format(locale, rate.toPercentString(2),
                money(locale, summary.spent()), money(locale, summary.adjusted()))));
    }

    private void vetoes(Locale locale, Summary summary, List<String> lines) {
        lines.add(Phrase.VETOES.format(locale));
        if (summary.vetoes().isEmpty()) {
            lines.add(Phrase.NO_VETO.format(locale));
            return;
        }
        Map<RuleId, Long> lowered = new EnumMap<>(RuleId.class);
        for (ProjectResult result : batch.results()) {
            result.vetoes().stream().filter(veto -> veto.lowers(result.rawGrade()))
                    .forEach(veto -> lowered.merge(veto.rule(), 1L, Long::sum));
        }
        summary.vetoes().forEach((rule, count) -> lines.add(Phrase.VETO.format(locale, rule.id(), rule, count,
                lowered.getOrDefault(rule, 0L))));
    }

    private static void budget(Locale locale, Summary summary, List<String> lines) {
        lines.add(Phrase.BUDGET.format(locale));
        BudgetTotals total = summary.budget();
        lines.add(Phrase.BUDGET_TOTAL.format(locale, money(locale, total.before()), money(locale, total.after()),
                money(locale, total.reduction())));
        lines.add(Phrase.ACTIONS.format(locale, actions(locale, total)));
        List<Map.Entry<BudgetUnit, BudgetTotals>> units = new ArrayList<>(summary.units().entrySet());
        units.removeIf(unit -> unit.getValue().reduction().yuan().signum() <= 0);
        if (units.isEmpty()) {
            lines.add(Phrase.NO_CUT.format(locale));
            return;
        }
        units.sort(Comparator.comparing((Map.Entry<BudgetUnit, BudgetTotals> unit) -> unit.getValue().reduction())
                .reversed().thenComparing(Map.Entry::getKey));
        lines.add(Phrase.UNITS.format(locale));
        for (int i = 0; i < Math.min(SHOWN, units.size()); i++) {
            BudgetTotals unit = units.get(i).getValue();
            lines.add(Phrase.UNIT.format(locale, i + 1, units.get(i).getKey(), money(locale, unit.before()),
                    money(locale, unit.after()), money(locale, unit.reduction()), actions(locale, unit)));
        }
    }

    private static String actions(Locale locale, BudgetTotals totals) {
        StringJoiner actions = new StringJoiner(Phrase.LIST_SEPARATOR.format(locale));
        for (Map.Entry<BudgetAction, Long> action : totals.actions().entrySet()) {
            if (action.getValue() > 0) {
                actions.add(Phrase.ACTION.format(locale, action.getKey(), action.getValue()));
            }
        }
        return actions.toString();
    }

    /** An indicator's deviation, with where it comes from. */
    private record Deviation(Ratio deviation, IndicatorResult indicator, ProjectResult project) {

        String line(Locale locale, Phrase phrase, Object first) {
            String shown = (deviation.signum() > 0 ? "+" : "") + deviation.toPercentString(2);
            // Shortfalls are listed in a column, right-aligned; the over-achievement stands in a sentence.
            return phrase.format(locale, first, phrase == Phrase.DEVIATION ? padLeft(shown, 8) : shown,
                    indicator.name(), project.projectId(), project.evaluation().name());
        }
    }

    /**
     * The five largest shortfalls (R-DEV-1), then how many indicators were far above their targets
     * (R-DEV-2) and the largest of them. Among equal deviations the first in the input comes first.
     */
    private void deviations(Locale locale, List<String> lines) {
        lines.add(Phrase.DEVIATIONS.format(locale));
        List<Deviation> shortfalls = new ArrayList<>();
        Deviation most = null;
        long over = 0;
        for (ProjectResult result : batch.results()) {
            for (IndicatorResult indicator : result.evaluation().indicators()) {
                Ratio deviation = indicator.deviationRatio().orElse(null);
                if (deviation != null && deviation.signum() < 0) {
                    shortfalls.add(new Deviation(deviation, indicator, result));
                }
                if (deviation != null && indicator.flags().contains(IndicatorFlag.OVER_ACHIEVED)) {
                    over++;
                    if (most == null || deviation.compareTo(most.deviation()) > 0) {
                        most = new Deviation(deviation, indicator, result);
                    }
                }
            }
        }
        if (shortfalls.isEmpty()) {
            lines.add(Phrase.NO_DEVIATION.format(locale));
        }
        shortfalls.sort(Comparator.comparing(Deviation::deviation));
        for (int i = 0; i < Math.min(SHOWN, shortfalls.size()); i++) {
            lines.add(shortfalls.get(i).line(locale, Phrase.DEVIATION, i + 1));
        }
        if (most != null) {
            lines.add(most.line(locale, Phrase.OVER, over));
        }
    }

    private void missing(Locale locale, List<String> lines) {
        List<ProjectResult> incomplete = batch.results().stream().filter(r -> !r.evaluation().complete()).toList();
        lines.add(Phrase.MISSING.format(locale, incomplete.size()));
        for (int i = 0; i < Math.min(SHOWN, incomplete.size()); i++) {
            ProjectResult result = incomplete.get(i);
            StringJoiner names = new StringJoiner(Phrase.LIST_SEPARATOR.format(locale));
            result.evaluation().indicators().stream().filter(IndicatorResult::explanationMissing)
                    .forEach(indicator -> names.add(indicator.name()));
            lines.add(Phrase.MISSING_PROJECT.format(locale, result.projectId(), result.evaluation().name(),
                    result.unit(), names));
        }
        if (incomplete.size() > SHOWN) {
            lines.add(Phrase.MORE.format(locale, incomplete.size() - SHOWN));
        }
    }

    private void others(Locale locale, List<String> lines) {
        lines.add(Phrase.OTHERS.format(locale));
        lines.add(Phrase.EXCLUDED.format(locale, batch.excluded().size()));
        Map<String, Long> groups = new LinkedHashMap<>();
        Map<String, Object[]> labels = new LinkedHashMap<>();
        for (Exclusion exclusion : batch.excluded()) {
            String key = exclusion.rule().id() + " " + exclusion.fundCategory().name();
            groups.merge(key, 1L, Long::sum);
            labels.putIfAbsent(key, new Object[] {exclusion.rule().id(), exclusion.fundCategory()});
        }
        groups.forEach((key, count) -> lines.add(Phrase.EXCLUDED_GROUP.format(locale, labels.get(key)[0],
                (FundCategory) labels.get(key)[1], count)));
        lines.add(Phrase.REJECTED.format(locale, batch.rejected().size()));
        List<RejectedProject> rejected = batch.rejected();
        for (int i = 0; i < Math.min(SHOWN, rejected.size()); i++) {
            RejectedProject project = rejected.get(i);
            lines.add(Phrase.REJECTED_PROJECT.format(locale, project.projectId(), project.problems().get(0).render(locale)));
        }
        if (rejected.size() > SHOWN) {
            lines.add(Phrase.MORE.format(locale, rejected.size() - SHOWN));
        }
    }

    // ---------------------------------------------------------------- figures

    private static String label(Labelled labelled, Locale locale) {
        return Phrase.english(locale) ? labelled.englishLabel() : labelled.label();
    }

    /** An amount for a reader: 万元 (and 亿元 from 1亿) in Chinese; millions of yuan in English, billions from 1 billion. */
    static String money(Locale locale, Amount amount) {
        BigDecimal yuan = amount.yuan();
        if (Phrase.english(locale)) {
            return yuan.abs().compareTo(BILLION) >= 0
                    ? Phrase.YI.format(locale, "", grouped(yuan.movePointLeft(9).setScale(2, RoundingMode.HALF_UP)))
                    : Phrase.WAN.format(locale, grouped(yuan.movePointLeft(6).setScale(2, RoundingMode.HALF_UP)));
        }
        boolean large = yuan.abs().compareTo(HUNDRED_MILLION) >= 0;
        String wan = grouped(yuan.movePointLeft(4).setScale(2, RoundingMode.HALF_UP));
        return large ? Phrase.YI.format(locale, wan, grouped(yuan.movePointLeft(8).setScale(2, RoundingMode.HALF_UP)))
                : Phrase.WAN.format(locale, wan);
    }

    /** A decimal with a comma between thousands: {@code 145,742.46}. */
    static String grouped(BigDecimal value) {
        String plain = value.abs().toPlainString();
        int point = plain.indexOf('.');
        String whole = point < 0 ? plain : plain.substring(0, point);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                out.append(',');
            }
            out.append(whole.charAt(i));
        }
        return (value.signum() < 0 ? "-" : "") + out + (point < 0 ? "" : plain.substring(point));
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static String padLeft(String text, int width) {
        return " ".repeat(Math.max(0, width - text.length())) + text;
    }

    private static String padRight(String text, int width) {
        return text + " ".repeat(Math.max(0, width - text.length()));
    }
}
