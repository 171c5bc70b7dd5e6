package io.pbm.examples.sample;

import io.pbm.core.FiscalYear;
import io.pbm.core.budget.Amount;
import io.pbm.core.budget.Budget;
import io.pbm.core.budget.FundCategory;
import io.pbm.core.evaluation.EvaluationInput;
import io.pbm.core.evaluation.IndicatorActual;
import io.pbm.core.evaluation.QualitativeAchievement;
import io.pbm.core.evaluation.ReportedFigures;
import io.pbm.core.evaluation.SupervisionFindings;
import io.pbm.core.exante.ExAnteAssessment;
import io.pbm.core.goal.Comparison;
import io.pbm.core.goal.Goal;
import io.pbm.core.goal.Indicator;
import io.pbm.core.goal.IndicatorValue;
import io.pbm.core.goal.Level1;
import io.pbm.core.goal.Level2;
import io.pbm.core.goal.MeasureUnit;
import io.pbm.core.goal.Weight;
import io.pbm.core.grade.Grade;
import io.pbm.core.grade.GradeBand;
import io.pbm.core.grade.GradeScale;
import io.pbm.core.grade.Score;
import io.pbm.core.project.BudgetUnit;
import io.pbm.core.project.Project;
import io.pbm.core.project.ProjectFlags;
import io.pbm.core.project.ProjectHistory;
import io.pbm.examples.sample.Catalog.Kind;
import io.pbm.examples.sample.Catalog.Sector;
import io.pbm.examples.sample.Catalog.Spec;
import io.pbm.examples.sample.Catalog.Stem;
import io.pbm.examples.sample.Catalog.Template;
import io.pbm.examples.sample.UnitRoster.Member;
import io.pbm.rules.evaluation.EvaluationEngine;
import io.pbm.rules.evaluation.EvaluationResult;
import io.pbm.rules.policy.Presets;
import io.pbm.rules.scoring.ExecutionScore;
import io.pbm.rules.scoring.IndicatorResult;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Makes one realistic project aimed at an {@link Outcome}: a name, a budget and an execution rate
 * typical of its sector and its band; a goal table of 7 to 12 indicators (about 70 % quantified, weights
 * adding up to 90 in the 50/30/10 split most of the time); actuals that meet most targets and miss a few
 * by as many points as the band needs, with explanations for most misses; the supervision findings of
 * its outcome; and the figures its unit reports on the filled-in table.
 *
 * <p>The score is aimed, then checked with pbm's own engine (both presets score alike; only their bands
 * differ): a project whose score falls outside its band is drawn again — from the same random source,
 * so the result stays a function of the seed.
 */
final class ProjectMaker {

    private static final EvaluationEngine ENGINE = EvaluationEngine.of(Presets.XINJIANG);
    private static final GradeScale BANDS = GradeScale.XINJIANG;
    private static final FiscalYear YEAR = FiscalYear.of(2021);
    private static final int ATTEMPTS = 200;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private static final FundCategory[] LOCAL_FUNDS = {FundCategory.GENERAL_PUBLIC, FundCategory.GOVERNMENT_FUND,
        FundCategory.RURAL_REVITALISATION, FundCategory.SPECIAL_BOND, FundCategory.DIRECT_FUND,
        FundCategory.SOCIAL_INSURANCE, FundCategory.STATE_CAPITAL, FundCategory.PPP};
    private static final int[] LOCAL_FUND_WEIGHTS = {780, 70, 70, 30, 30, 10, 5, 5};

    private final SampleProfile profile;
    private final int idDigits;

    ProjectMaker(SampleProfile profile, long projects) {
        this.profile = profile;
        this.idDigits = Math.max(4, Long.toString(projects).length());
    }

    /** An indicator row of the goal table being made, with what was achieved in the current attempt. */
    private static final class Row {
        final Spec spec;
        final Comparison comparison;
        final @Nullable BigDecimal target;
        final @Nullable String text;
        int weight;
        @Nullable BigDecimal actual;
        @Nullable QualitativeAchievement achievement;
        @Nullable BigDecimal score;
        @Nullable String explanation;
        boolean missed;

        Row(Spec spec, Comparison comparison, @Nullable BigDecimal target, @Nullable String text) {
            this.spec = spec;
            this.comparison = comparison;
            this.target = target;
            this.text = text;
        }

        Indicator indicator() {
            Indicator.Builder indicator = Indicator.builder().name(spec.name()).level2(spec.level2())
                    .weight(Weight.of(weight));
            if (spec.qualitative()) {
                return indicator.target(IndicatorValue.text(text)).build();
            }
            return indicator.comparison(comparison).target(IndicatorValue.of(null, target, MeasureUnit.of(spec.unit())))
                    .build();
        }

        IndicatorActual actual() {
            IndicatorActual.Builder built = IndicatorActual.builder();
            if (spec.qualitative()) {
                built.achievement(achievement).score(Score.of(score));
            } else {
                built.actual(IndicatorValue.of(actual, MeasureUnit.of(spec.unit())));
            }
            if (explanation != null) {
                built.explanation(explanation);
            }
            return built.build();
        }
    }

    /**
     * Makes a project.
     *
     * @param draw  its own random source
     * @param index  its position in the sample, from 0
     * @param outcome  what it is made to be
     * @param central  whether it is a central transfer
     * @param member  its budget unit
     * @return the project
     */
    Project make(Draw draw, long index, Outcome outcome, boolean central, Member member) {
        Sector sector = member.sector() == Sector.TOWNSHIP ? draw.pick(Catalog.TOWNSHIP_WORK) : member.sector();
        Template template = Catalog.template(sector);
        Stem stem = draw.pick(stems(template, member.sector() == Sector.TOWNSHIP ? Catalog.townshipKeywords(sector)
                : member.keywords()));
        Grade band = scoredBand(draw, outcome);

        Budget budget = budget(draw, template, member, band, stem.oneTime());
        BigDecimal executionPoints = ExecutionScore.of(budget, Presets.XINJIANG).points();
        List<Row> rows = rows(draw, template, stem, budget.adjusted());
        Goal goal = goal(rows);

        Project.Builder project = Project.builder()
                .id(profile.code() + "-" + YEAR + "-" + pad(index + 1))
                .name(name(draw, member.unit(), stem))
                .unit(member.unit())
                .year(YEAR)
                .fundCategory(central ? FundCategory.CENTRAL_TRANSFER : LOCAL_FUNDS[draw.weighted(LOCAL_FUND_WEIGHTS)])
                .budget(budget)
                .goal(goal);
        flagsAndHistory(draw, project, budget.adjusted(), stem.oneTime());

        SupervisionFindings findings = findings(draw, outcome, band);
        @Nullable Score review = central ? Score.of(BigDecimal.valueOf(draw.chance(80) ? draw.between(7500, 8999)
                : draw.between(9000, 10000), 2)) : null;
        GradeBand wanted = BANDS.band(band);
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            int lost = indicatorLoss(draw, band, executionPoints);
            achieve(draw, rows, lost, budget, stem.oneTime());
            EvaluationInput.Builder input = EvaluationInput.builder().findings(findings);
            rows.forEach(row -> input.putActuals(row.spec.name(), row.actual()));
            if (review != null) {
                input.reportReviewScore(review);
            }
            Project candidate = project.evaluation(input.build()).build();
            Validation<?, EvaluationResult> evaluated = ENGINE.evaluate(candidate);
            if (evaluated.isValid() && inside(evaluated.get().score(), wanted)) {
                input.reported(reported(draw, rows, evaluated.get()));
                return project.evaluation(input.build()).build();
            }
        }
        throw new IllegalStateException("no score in " + wanted + " for project " + index + " after " + ATTEMPTS
                + " attempts");
    }

    /** The projects of a template whose names contain one of the keywords; all of them if none does. */
    private static List<Stem> stems(Template template, String keywords) {
        if (keywords.isEmpty()) {
            return template.stems();
        }
        List<Stem> matching = new ArrayList<>();
        for (Stem stem : template.stems()) {
            for (String keyword : keywords.split("\\|")) {
                if (stem.name().contains(keyword)) {
                    matching.add(stem);
                    break;
                }
            }
        }
        return matching.isEmpty() ? template.stems() : matching;
    }

    /**
     * Inside the band, and at least 0.20 above its lower bound: a project sitting on a boundary would make
     * the sample's grades hinge on its last cent.
     */
    private static boolean inside(Score score, GradeBand band) {
        return band.contains(score) && (band.grade() == Grade.POOR || score.points().compareTo(band.lower().points()
                .add(BigDecimal.valueOf(20, 2))) >= 0);
    }

    private static Grade scoredBand(Draw draw, Outcome outcome) {
        if (outcome == Outcome.FAIR_BY_AUDIT && draw.chance(400)) {
            return Grade.GOOD;
        }
        if (outcome == Outcome.POOR_BY_MISUSE && draw.chance(500)) {
            return Grade.FAIR;
        }
        return outcome.scored();
    }

    private String pad(long number) {
        String digits = Long.toString(number);
        return "0".repeat(Math.max(0, idDigits - digits.length())) + digits;
    }

    private static String name(Draw draw, BudgetUnit unit, Stem stem) {
        String unitName = unit.name();
        if (unitName.endsWith("人民政府")) {
            return unitName.substring(0, unitName.length() - 4) + stem.name();
        }
        return draw.weighted(45, 55) == 0 ? YEAR + "年" + stem.name() : stem.name();
    }

    // ---------------------------------------------------------------- budget

    private Budget budget(Draw draw, Template template, Member member, Grade band, boolean oneTime) {
        long base = draw.logUniform(template.budgetLow() * 10_000L, template.budgetHigh() * 10_000L, 100);
        long yuan = Math.max(20_000, base * member.budgetPercent() / 100 * profile.budgetPercent() / 100 / 100 * 100);
        Amount adjusted = Amount.of(yuan);
        int rate = executionRate(draw, band);
        Amount spent = Amount.of(Draw.scale(adjusted.yuan(), rate, 10_000, 2, RoundingMode.HALF_UP));
        Budget.Builder budget = Budget.builder().adjusted(adjusted).spent(spent);
        if (draw.chance(650)) {
            budget.initial(adjusted);
        } else {
            int percent = draw.chance(850) ? draw.between(60, 99) : draw.between(101, 115);
            budget.initial(Amount.of(yuan * percent / 100 / 100 * 100));
        }
        if (draw.chance(900)) {
            budget.received(adjusted);
        } else {
            BigDecimal gap = adjusted.yuan().subtract(spent.yuan());
            budget.received(Amount.of(spent.yuan().add(Draw.scale(gap, draw.between(0, 100), 100, 2, RoundingMode.DOWN))));
        }
        if (!oneTime && draw.chance(700)) {
            budget.nextYearRequest(Amount.of(yuan * draw.between(90, 120) / 100 / 100 * 100));
        }
        return budget.build();
    }

    /** The execution rate in 1/10,000, by band: most projects spend all; low scores come with low spending (R-DEV-4). */
    private static int executionRate(Draw draw, Grade band) {
        int[][] table = switch (band) {
            case EXCELLENT -> new int[][] {{750, 10_000, 10_000}, {230, 9_700, 9_999}, {20, 9_000, 9_699}};
            case GOOD -> new int[][] {{450, 10_000, 10_000}, {400, 9_000, 9_999}, {150, 7_500, 8_999}};
            case FAIR -> new int[][] {{300, 10_000, 10_000}, {350, 8_500, 9_999}, {350, 6_000, 8_499}};
            case POOR -> new int[][] {{200, 10_000, 10_000}, {300, 6_000, 8_999}, {500, 2_000, 5_999}};
        };
        int[] row = table[draw.weighted(table[0][0], table[1][0], table[2][0])];
        return draw.between(row[1], row[2]);
    }

    // ---------------------------------------------------------------- goal

    private static List<Row> rows(Draw draw, Template template, Stem stem, Amount adjusted) {
        int n = 7 + draw.weighted(250, 270, 230, 130, 70, 50);
        int qualitative = (29 * n + draw.between(0, 99)) / 100;
        if (draw.chance(100)) {
            qualitative += draw.chance(500) ? 1 : -1;
        }
        qualitative = Math.max(1, Math.min(n - 4, qualitative));
        int benefit = n <= 8 ? 2 : n <= 10 ? 3 : 4;
        if (draw.chance(150)) {
            benefit = Math.max(2, Math.min(4, benefit + (draw.chance(500) ? 1 : -1)));
        }
        int output = n - benefit - 1;
        int cost = output >= 5 ? 1 : 0;
        int quantity = output <= 5 ? 2 : output <= 7 ? 3 : 4;
        int quality = output - quantity - 1 - cost;
        if (quality > 1 && draw.chance(300)) {
            quantity++;
            quality--;
        }
        int qualitativeBenefit = Math.min(qualitative, benefit);
        int qualitativeOutput = qualitative - qualitativeBenefit;

        Set<String> used = new HashSet<>();
        List<Row> rows = new ArrayList<>(n);
        pick(draw, List.of(stem.specs(Level2.QUANTITY), Catalog.QUANTITY_ANY), quantity, false, used, rows, adjusted);
        List<Spec> own = new ArrayList<>(stem.specs(Level2.QUALITY));
        if (stem.oneTime() && draw.chance(250)) {
            own.add(Catalog.NO_ACCIDENT);
        }
        int qualityQualitative = Math.min(qualitativeOutput, quality);
        pick(draw, List.of(Catalog.OUTPUT_QUALITATIVE), qualityQualitative, true, used, rows, adjusted);
        pick(draw, List.of(own, template.quality(), stem.oneTime() ? Catalog.QUALITY_WORKS : Catalog.QUALITY_RECURRING),
                quality - qualityQualitative, false, used, rows, adjusted);
        if (qualitativeOutput > qualityQualitative) {
            pick(draw, List.of(Catalog.OUTPUT_QUALITATIVE), 1, true, used, rows, adjusted);
        } else {
            pick(draw, List.of(stem.oneTime() ? Catalog.TIMELINESS_WORKS : Catalog.TIMELINESS_RECURRING), 1, false, used,
                    rows, adjusted);
        }
        if (cost == 1) {
            Spec spec = stem.oneTime() && draw.chance(150) ? Catalog.UNIT_COST : Catalog.COST;
            rows.add(row(draw, spec, adjusted));
            used.add(spec.name());
        }
        List<List<Spec>> benefits = List.of(stem.benefits(), template.benefit(), Catalog.BENEFIT_ANY);
        pick(draw, benefits, qualitativeBenefit, true, used, rows, adjusted);
        pick(draw, benefits, benefit - qualitativeBenefit, false, used, rows, adjusted);
        String who = draw.pick(template.satisfaction());
        rows.add(row(draw, Catalog.rate(Level2.SERVICE_RECIPIENT, who + "满意度", "85", "90", "90", "95"), adjusted));
        weigh(draw, rows);
        return rows;
    }

    /**
     * Adds {@code count} rows, qualitative or quantitative, from pools in order of preference (the
     * project's own indicators, then its sector's, then any project's), skipping names already used.
     */
    private static void pick(Draw draw, List<List<Spec>> pools, int count, boolean qualitative, Set<String> used,
            List<Row> rows, Amount adjusted) {
        int added = 0;
        for (List<Spec> pool : pools) {
            int[] order = draw.permutation(pool.size());
            for (int i = 0; i < order.length && added < count; i++) {
                Spec spec = pool.get(order[i]);
                if (spec.qualitative() == qualitative && used.add(spec.name())) {
                    rows.add(row(draw, spec, adjusted));
                    added++;
                }
            }
        }
        // Pools too small for the goal: number further tasks of the project.
        for (int k = 1; added < count; k++) {
            Spec spec = qualitative
                    ? Catalog.qual(Level2.SOCIAL, "项目实施效果（" + UnitRoster.numeral(k) + "）", "明显")
                    : Catalog.count(Level2.QUANTITY, "完成建设任务（" + UnitRoster.numeral(k) + "）", "项", 3, 20);
            if (used.add(spec.name())) {
                rows.add(row(draw, spec, adjusted));
                added++;
            }
        }
    }

    private static Row row(Draw draw, Spec spec, Amount adjusted) {
        return switch (spec.kind()) {
            case QUALITATIVE -> new Row(spec, Comparison.QUALITATIVE, null, draw.pick(spec.choices()));
            case COUNT -> {
                int scale = spec.decimals() == 1 ? 10 : 1;
                long target = draw.between(spec.low() * scale, spec.high() * scale);
                long round = scale == 1 && spec.high() >= 1_000 ? 100 : scale == 1 && spec.high() >= 100 ? 10 : 1;
                target = Math.max(round, target / round * round);
                Comparison comparison = draw.chance(20) ? Comparison.MORE_THAN : Comparison.AT_LEAST;
                yield new Row(spec, comparison, plain(BigDecimal.valueOf(target, spec.decimals())), null);
            }
            case RATE -> {
                BigDecimal target = new BigDecimal(draw.pick(spec.choices()));
                Comparison comparison = target.compareTo(HUNDRED) == 0 && draw.chance(450) ? Comparison.EQUAL
                        : Comparison.AT_LEAST;
                yield new Row(spec, comparison, target, null);
            }
            case LIMIT -> new Row(spec, Comparison.AT_MOST, BigDecimal.valueOf(draw.between(spec.low(), spec.high())), null);
            case ZERO -> new Row(spec, Comparison.AT_MOST, BigDecimal.ZERO, null);
            case COST -> new Row(spec, Comparison.AT_MOST, plain(adjusted.yuan().movePointLeft(4)
                    .setScale(2, RoundingMode.HALF_UP)), null);
        };
    }

    /**
     * Weights adding up to 90: output / benefit / satisfaction 50/30/10 most of the time, 40/30/20,
     * 40/40/10 or 60/20/10 sometimes (R-GOAL-3 soft warns of those); within a level 1, multiples of 5
     * where they go round, the larger ones first.
     */
    private static void weigh(Draw draw, List<Row> rows) {
        int[][] splits = {{50, 30, 10}, {40, 30, 20}, {40, 40, 10}, {60, 20, 10}};
        int[] split = splits[draw.weighted(820, 100, 40, 40)];
        int output = 0;
        int benefit = 0;
        for (Row row : rows) {
            switch (row.spec.level2().level1()) {
                case OUTPUT -> output++;
                case BENEFIT -> benefit++;
                default -> { }
            }
        }
        int[] outputPoints = points(draw, split[0], output);
        int[] benefitPoints = points(draw, split[1], benefit);
        int o = 0;
        int b = 0;
        for (Row row : rows) {
            switch (row.spec.level2().level1()) {
                case OUTPUT -> row.weight = outputPoints[o++];
                case BENEFIT -> row.weight = benefitPoints[b++];
                default -> row.weight = split[2];
            }
        }
    }

    private static int[] points(Draw draw, int total, int parts) {
        int[] points = new int[parts];
        int step = total / parts >= 5 ? 5 : 1;
        int base = total / parts / step * step;
        Arrays.fill(points, base);
        int[] order = draw.permutation(parts);
        for (int left = total - base * parts, i = 0; left > 0; left -= step, i++) {
            points[order[i % parts]] += step;
        }
        if (parts > 1 && draw.chance(200)) {
            int from = order[0];
            int to = order[1];
            if (points[from] >= 10) {
                points[from] -= 5;
                points[to] += 5;
            }
        }
        Arrays.sort(points);
        for (int i = 0; i < parts / 2; i++) {
            int swap = points[i];
            points[i] = points[parts - 1 - i];
            points[parts - 1 - i] = swap;
        }
        return points;
    }

    private static Goal goal(List<Row> rows) {
        Goal.Builder goal = Goal.builder();
        rows.forEach(row -> goal.addIndicators(row.indicator()));
        Row first = rows.get(0);
        Row effect = rows.stream().filter(r -> r.spec.level2().level1() == Level1.BENEFIT
                && r.spec.qualitative()).findFirst().orElse(null);
        String text = "完成" + first.spec.name() + first.target.toPlainString() + first.spec.unit()
                + (effect == null ? "" : "，" + effect.spec.name() + effect.text) + "。";
        return goal.text(text).build();
    }

    // ---------------------------------------------------------------- achievement

    /**
     * The points the indicators lose, in hundredths, so that the total lands in the band: 优 mostly near
     * the top (many projects lose nothing), 良 and 中 anywhere in their band, 差 mostly in its upper half.
     */
    private static int indicatorLoss(Draw draw, Grade band, BigDecimal executionPoints) {
        int executionLoss = 1_000 - executionPoints.movePointRight(2).intValueExact();
        int[] range = switch (band) {
            case EXCELLENT -> new int[] {9_030, 10_000};
            case GOOD -> new int[] {8_030, 8_970};
            case FAIR -> new int[] {7_030, 7_970};
            case POOR -> new int[] {4_500, 6_970};
        };
        int most = Math.max(0, 10_000 - range[0] - executionLoss);
        int least = Math.max(0, 10_000 - range[1] - executionLoss);
        int u = draw.between(0, 1_000);
        return switch (band) {
            case EXCELLENT -> draw.chance(300) ? 0 : (int) ((long) most * (u * 1_000L + (long) u * u) / 2_000_000L);
            case POOR -> least + (int) ((long) (most - least) * u * u / 1_000_000L);
            default -> least + (int) ((long) (most - least) * u / 1_000L);
        };
    }

    /** Sets every row's actual: met by default, the loss spread over a few rows that miss. */
    private static void achieve(Draw draw, List<Row> rows, int loss, Budget budget, boolean oneTime) {
        for (Row row : rows) {
            met(draw, row, budget);
        }
        if (loss <= 0) {
            return;
        }
        int misses = loss <= 200 ? 1 : loss <= 600 ? draw.between(1, 2) : loss <= 1_500 ? draw.between(2, 3)
                : loss <= 3_000 ? draw.between(3, 5) : draw.between(4, 7);
        int[] order = draw.permutation(rows.size());
        int left = loss;
        for (int i = 0, missed = 0; i < order.length && left > 0; i++) {
            Row row = rows.get(order[i]);
            if (!row.spec.canMiss()) {
                continue;
            }
            // A rate falls short by a few points, a count or a qualitative aim can fall far short.
            int cap = row.weight * switch (row.spec.kind()) {
                case COUNT, QUALITATIVE -> 90;
                case LIMIT -> 50;
                default -> 20;
            };
            int share = missed + 1 >= misses ? left : left * draw.between(25, 60) / 100;
            int lost = Math.max(1, Math.min(cap, share));
            miss(draw, row, lost, oneTime);
            left -= lost;
            missed++;
        }
    }

    private static void met(Draw draw, Row row, Budget budget) {
        row.missed = false;
        row.explanation = null;
        row.achievement = null;
        row.score = null;
        BigDecimal t = row.target;
        switch (row.spec.kind()) {
            case QUALITATIVE -> {
                row.achievement = QualitativeAchievement.ACHIEVED;
                row.score = BigDecimal.valueOf(row.weight);
            }
            case COUNT -> {
                int kind = draw.weighted(600, 280, 120);
                if (kind == 0) {
                    row.actual = t;
                } else if (kind == 1) {
                    row.actual = plain(Draw.scale(t, 100 + draw.between(1, 15), 100, row.spec.decimals(), RoundingMode.DOWN).max(t));
                } else {
                    row.actual = plain(Draw.scale(t, draw.between(120, 220), 100, row.spec.decimals(), RoundingMode.UP));
                    row.explanation = draw.chance(950) ? draw.pick(Catalog.OVERSHOOT) : null;
                }
            }
            case RATE -> {
                int room = HUNDRED.subtract(t).min(BigDecimal.valueOf(5)).intValue();
                row.actual = row.comparison == Comparison.EQUAL || room <= 0 || draw.chance(550) ? t
                        : t.add(BigDecimal.valueOf(draw.between(0, room)));
            }
            case LIMIT -> row.actual = t.compareTo(BigDecimal.TEN) < 0 || draw.chance(600) ? t
                    : plain(Draw.scale(t, draw.between(85, 99), 100, 0, RoundingMode.DOWN));
            case ZERO -> row.actual = BigDecimal.ZERO;
            case COST -> {
                row.actual = plain(budget.spent().yuan().movePointLeft(4).setScale(2, RoundingMode.HALF_UP));
                // More than a fifth unspent is a deviation that needs a reason (R-DEV-1).
                if (row.actual.multiply(BigDecimal.valueOf(5)).compareTo(t.multiply(BigDecimal.valueOf(4))) < 0) {
                    row.explanation = draw.chance(950) ? draw.pick(Catalog.UNSPENT) : null;
                }
            }
        }
    }

    /** Misses a row by about {@code lost} hundredths of a point, with an explanation most of the time. */
    private static void miss(Draw draw, Row row, int lost, boolean oneTime) {
        int weight = row.weight * 100;
        BigDecimal t = row.target;
        switch (row.spec.kind()) {
            case QUALITATIVE -> {
                int score = (weight - lost) / 50 * 50;
                row.score = BigDecimal.valueOf(Math.max(0, score), 2);
                row.achievement = score * 5 >= weight * 4 ? QualitativeAchievement.ACHIEVED
                        : score * 5 >= weight * 3 ? QualitativeAchievement.PARTLY_ACHIEVED
                        : QualitativeAchievement.NOT_ACHIEVED;
            }
            case COUNT, RATE -> {
                BigDecimal step = BigDecimal.ONE.movePointLeft(row.spec.decimals());
                BigDecimal actual = Draw.scale(t, weight - lost, weight, row.spec.decimals(), RoundingMode.DOWN)
                        .min(t.subtract(step));
                // Something was done: nothing at all only where the target was a single item.
                row.actual = plain(actual.max(t.compareTo(step) > 0 ? step : BigDecimal.ZERO));
            }
            case LIMIT -> {
                BigDecimal actual = Draw.scale(t, weight + lost, weight, 0, RoundingMode.UP).max(t.add(BigDecimal.ONE));
                // A completion month is at most December.
                row.actual = plain(row.spec.unit().equals("月") ? actual.min(BigDecimal.valueOf(12)) : actual);
            }
            default -> throw new IllegalArgumentException(row.spec.kind() + " never misses in a sample");
        }
        row.missed = true;
        row.explanation = draw.chance(960) ? draw.pick(reasons(row.spec, oneTime)) : null;
    }

    /** The reasons a unit writes for a shortfall of an indicator like this one. */
    private static List<String> reasons(Spec spec, boolean oneTime) {
        if (spec.level2() == Level2.SERVICE_RECIPIENT) {
            return Catalog.SHORTFALL_SATISFACTION;
        }
        if (spec.level2() == Level2.COST) {
            return Catalog.SHORTFALL_COST;
        }
        return oneTime ? Catalog.SHORTFALL_WORKS : Catalog.SHORTFALL_SERVICE;
    }

    // ---------------------------------------------------------------- findings, flags, history, reports

    /** The finding of the outcome (R-VETO-1…4), and now and then one that changes no grade. */
    private static SupervisionFindings findings(Draw draw, Outcome outcome, Grade band) {
        SupervisionFindings.Builder findings = SupervisionFindings.builder();
        switch (outcome.finding()) {
            case AUDIT -> findings.auditProblems(true);
            case MONITORING -> findings.unrectifiedFailedMonitoringRounds(draw.chance(800) ? 2 : 3);
            case AUTHENTICITY -> findings.authenticityFailed(true);
            case MISUSE -> findings.majorMisuse(true);
            case NONE -> {
                if (band.compareTo(Grade.FAIR) <= 0 && draw.chance(120)) {
                    findings.auditProblems(true);
                }
                if (draw.chance(20)) {
                    findings.unrectifiedFailedMonitoringRounds(1);
                }
            }
        }
        if (draw.chance(6)) {
            findings.unrectifiedProblems(true);
        }
        return findings.build();
    }

    private static void flagsAndHistory(Draw draw, Project.Builder project, Amount adjusted, boolean oneTime) {
        long yuan = adjusted.yuan().longValue();
        boolean isNew = draw.chance(120);
        boolean major = yuan >= 10_000_000;
        project.flags(ProjectFlags.builder()
                .isNew(isNew)
                .isKey(yuan >= 5_000_000 ? draw.chance(400) : draw.chance(30))
                .isOneTime(oneTime)
                .isMajor(major)
                .build());
        if (isNew) {
            project.exAnte(ExAnteAssessment.builder()
                    .necessity(Score.of(draw.between(16, 20)))
                    .economy(Score.of(draw.chance(250) ? draw.between(10, 14) : draw.between(15, 20)))
                    .goalSoundness(Score.of(draw.between(14, 20)))
                    .feasibility(Score.of(draw.between(15, 20)))
                    .fundingCompliance(Score.of(draw.between(17, 20)))
                    .thirdPartyReassessed(major || yuan >= 1_000_000 && draw.chance(600))
                    .build());
            return;
        }
        ProjectHistory.Builder history = ProjectHistory.builder()
                .lastYearSelfEvaluated(draw.chance(990))
                .previousGrade(new Grade[] {Grade.EXCELLENT, Grade.GOOD, Grade.FAIR, Grade.POOR}[
                        draw.weighted(850, 90, 40, 20)]);
        if (draw.chance(250)) {
            history.addEvaluatedYears(FiscalYear.of(draw.between(2016, 2020)));
        }
        project.history(history.build());
    }

    /**
     * What the unit writes in its filled-in table: pbm's own figures, except in about 2 % of tables,
     * where a missed indicator is given full marks and the total raised with it (R-AUDIT-1, R-AUDIT-3),
     * or the grade is written one better than the total earns (R-AUDIT-5).
     */
    private static ReportedFigures reported(Draw draw, List<Row> rows, EvaluationResult result) {
        ReportedFigures.Builder reported = ReportedFigures.builder()
                .executionScore(result.executionScore().points());
        BigDecimal total = result.score().points();
        Grade grade = result.rawGrade();
        boolean generous = draw.chance(20);
        boolean raised = false;
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            IndicatorResult computed = result.indicators().get(i);
            BigDecimal score = computed.score().points();
            if (generous && !raised && row.missed) {
                total = total.add(computed.pointsLost());
                score = computed.weight().points();
                raised = true;
            }
            reported.putIndicatorScores(row.spec.name(), score);
        }
        if (raised) {
            grade = BANDS.grade(Score.of(total.min(HUNDRED)));
        } else if (draw.chance(5) && grade != Grade.EXCELLENT) {
            grade = Grade.values()[grade.ordinal() + 1];
        }
        return reported.total(total).grade(grade).build();
    }

    private static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
