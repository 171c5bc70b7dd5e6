package io.pbm.io.form;

import io.pbm.core.DecimalText;
import io.pbm.core.InvalidValueException;
import io.pbm.core.budget.Amount;
import io.pbm.core.evaluation.QualitativeAchievement;
import io.pbm.core.goal.IndicatorValue;
import io.pbm.io.ReadingCode;
import io.pbm.io.json.RecordProblems;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads one sheet of a form into a pbm/1 project record as written — the same members a JSON document
 * has, as text — with the cell each member came from. {@link FormReader} hands the record to the pbm/1
 * reader, so that a form is checked by exactly the rules a JSON document is, and puts every problem
 * back at its cell.
 *
 * <p>Blocks are found by their header texts ({@link Header}), never by position: the indicator table
 * by its 三级指标 header (one or two header rows), the budget block by 全年预算数 and 全年执行数 above it,
 * the labelled rows by their labels anywhere above the table (and the grade below it), the total by its
 * 总分 row.
 *
 * <p>Not thread-safe: one per sheet.
 */
final class FormSheet {

    private static final List<Header> TABLE = List.of(Header.LEVEL1, Header.LEVEL2, Header.NAME, Header.TARGET,
            Header.NATURE, Header.MEASURE, Header.ACTUAL, Header.ACHIEVEMENT, Header.WEIGHT, Header.SCORE,
            Header.EXPLANATION);
    private static final List<Header> BUDGET = List.of(Header.INITIAL, Header.ADJUSTED, Header.SPENT, Header.WEIGHT,
            Header.RATE, Header.SCORE);
    /** Members that are points, which forms may write as {@code 10分}. */
    private static final java.util.Set<String> POINTS = java.util.Set.of("weight", "reportedScore",
            "reportedExecutionScore", "reportedTotal");
    private static final Pattern TITLE_YEAR = Pattern.compile("((?:19|20|21)\\d{2})\\s*年度");

    /** What a sheet gave: not a form; a form the reader could not find its table in; or a record. */
    record Result(boolean form, @Nullable Map<String, Object> record, Map<String, String> cells, RecordProblems problems,
            @Nullable String id, String root) {}

    private final Grid grid;
    private final String file;
    private final FormDefaults defaults;
    private final Map<String, String> cells = new HashMap<>();
    private final RecordProblems problems = new RecordProblems();
    private final Map<Header, int[]> labels = new EnumMap<>(Header.class);

    FormSheet(Grid grid, String file, FormDefaults defaults) {
        this.grid = grid;
        this.file = file;
        this.defaults = defaults;
    }

    Result read() {
        int[] title = find(text -> text.contains("自评表") || text.contains("申报表") || text.contains("绩效目标表"), 0,
                grid.lastRow());
        int header = headerRow();
        String root = title == null ? grid.address(0, 0) : grid.address(title[0], title[1]);
        cells.put("", root);
        if (header < 0) {
            if (title == null) {
                return new Result(false, null, cells, problems, null, root);
            }
            problems.add(ReadingCode.FORM_NO_TABLE, "", grid.name());
            return new Result(true, null, cells, problems, null, root);
        }
        boolean goalTable = title != null && !grid.text(title[0], title[1]).contains("自评");
        int[] columns = new int[Header.values().length];
        java.util.Arrays.fill(columns, -1);
        int last = columns(header, columns);
        boolean trio = columns[Header.NATURE.ordinal()] >= 0;
        goalTable |= title == null && columns[Header.ACTUAL.ordinal()] < 0;
        labels(header);
        Map<String, Object> record = new LinkedHashMap<>();
        project(record, header, title);
        Map<String, Object> budget = budget(header, goalTable);
        record.put("budget", budget);
        List<Object> indicators = new ArrayList<>();
        int total = indicators(last + 1, columns, trio, indicators);
        record.put("indicators", indicators);
        cells.put("/indicators", grid.address(header, Math.max(columns[Header.NAME.ordinal()], 0)));
        if (total >= 0 && columns[Header.SCORE.ordinal()] >= 0) {
            cell(record, "/reportedTotal", total, columns[Header.SCORE.ordinal()]);
        }
        findings(record);
        label(record, "reportedGrade", Header.GRADE);
        Object id = record.get("id");
        return new Result(true, record, cells, problems, id instanceof String s ? s : null, root);
    }

    // ---- finding things ----

    private interface TextTest {
        boolean test(String normalised);
    }

    /** The first own cell, row by row, whose normalised text passes, as {row, column}, or null. */
    private int @Nullable [] find(TextTest test, int from, int to) {
        for (int row = from; row <= to; row++) {
            for (int column = 0; column <= grid.lastColumn(row); column++) {
                if (grid.isOwnCell(row, column) && test.test(Grid.normalise(grid.text(row, column)))) {
                    return new int[] {row, column};
                }
            }
        }
        return null;
    }

    private int headerRow() {
        int[] at = find(Header.NAME::matches, 0, grid.lastRow());
        return at == null ? -1 : at[0];
    }

    /**
     * The table's columns from one or two header rows (a group header 年度指标值 over 指标性质 / 指标值 /
     * 度量单位): the lower row's header wins. Returns the last header row.
     */
    private int columns(int header, int[] columns) {
        boolean two = false;
        int lower = header + 1;
        for (int column = 0; column <= grid.lastColumn(lower); column++) {
            if (grid.isOwnCell(lower, column) && Header.of(Grid.normalise(grid.text(lower, column)), TABLE) != null) {
                two = true;
            }
        }
        int width = Math.max(grid.lastColumn(header), two ? grid.lastColumn(lower) : -1);
        for (int column = 0; column <= width; column++) {
            Header top = Header.of(Grid.normalise(grid.text(header, column)), TABLE);
            Header bottom = two ? Header.of(Grid.normalise(grid.text(lower, column)), TABLE) : null;
            Header found = bottom != null ? bottom : top;
            if (found != null && columns[found.ordinal()] < 0) {
                columns[found.ordinal()] = column;
            }
        }
        return two ? lower : header;
    }

    /** The labelled cells above the table, and the grade anywhere: the first of each label wins. */
    private void labels(int header) {
        for (int row = 0; row <= grid.lastRow(); row++) {
            for (int column = 0; column <= grid.lastColumn(row); column++) {
                if (!grid.isOwnCell(row, column)) {
                    continue;
                }
                String text = grid.text(row, column);
                int colon = Math.max(text.indexOf('：'), text.indexOf(':'));
                String label = Grid.normalise(colon > 0 ? text.substring(0, colon) : text);
                Header found = Header.of(label, Header.LABELS);
                if (found == null || labels.containsKey(found) || row >= header && found != Header.GRADE) {
                    continue;
                }
                if (colon > 0 && !text.substring(colon + 1).isBlank()) {
                    labels.put(found, new int[] {row, column, 1});
                } else {
                    int value = valueRight(row, grid.endColumn(row, column) + 1);
                    // An empty value beside the next label: the label's own value is blank.
                    if (value >= 0 && Header.of(Grid.normalise(grid.text(row, value)), Header.LABELS) == null) {
                        labels.put(found, new int[] {row, value, 0});
                    }
                }
            }
        }
    }

    private int valueRight(int row, int from) {
        for (int column = from; column <= grid.lastColumn(row); column++) {
            if (grid.isOwnCell(row, column) && !grid.value(row, column).isBlank()) {
                return column;
            }
        }
        return -1;
    }

    /** A label's value text, or null. */
    private @Nullable String labelText(Header header) {
        int[] at = labels.get(header);
        if (at == null) {
            return null;
        }
        String text = grid.text(at[0], at[1]);
        if (at[2] == 1) {
            int colon = Math.max(text.indexOf('：'), text.indexOf(':'));
            text = text.substring(colon + 1).strip();
        }
        return text.isBlank() ? null : text;
    }

    // ---- the project ----

    private void project(Map<String, Object> record, int header, int @Nullable [] title) {
        String id = labelText(Header.PROJECT_ID);
        if (id != null) {
            put(record, "id", id, Header.PROJECT_ID);
        } else if (defaults.ids() == FormDefaults.Ids.FILE_AND_SHEET) {
            record.put("id", stem(file) + "/" + grid.name());
        } else {
            missing("/id", Header.PROJECT_ID);
        }
        if (!put(record, "name", labelText(Header.PROJECT_NAME), Header.PROJECT_NAME)) {
            missing("/name", Header.PROJECT_NAME);
        }
        Header unitLabel = labelText(Header.IMPLEMENTER) != null ? Header.IMPLEMENTER : Header.DEPARTMENT;
        if (!put(record, "unit", labelText(unitLabel), unitLabel)) {
            if (defaults.unit() != null) {
                record.put("unit", defaults.unit().name());
            } else {
                missing("/unit", Header.IMPLEMENTER, Header.DEPARTMENT);
            }
        }
        year(record, header, title);
        if (!put(record, "fundCategory", labelText(Header.FUND_CATEGORY), Header.FUND_CATEGORY)) {
            if (defaults.fundCategory() != null) {
                record.put("fundCategory", defaults.fundCategory().name());
            } else {
                missing("/fundCategory", Header.FUND_CATEGORY);
            }
        }
        put(record, "kind", labelText(Header.KIND), Header.KIND);
        put(record, "evaluator", labelText(Header.EVALUATOR), Header.EVALUATOR);
        goal(record);
    }

    private void year(Map<String, Object> record, int header, int @Nullable [] title) {
        String text = labelText(Header.YEAR);
        String pointer = "/year";
        if (text != null) {
            locate(pointer, Header.YEAR);
            String digits = text.replaceAll("\\s*年度?$", "");
            if (digits.matches("\\d{1,9}")) {
                record.put("year", Integer.valueOf(digits));
            } else {
                problems.add(ReadingCode.TYPE, pointer, Header.YEAR.label(), "a year such as 2023", text);
            }
            return;
        }
        for (int row = 0; row < header; row++) {
            for (int column = 0; column <= grid.lastColumn(row); column++) {
                Matcher matcher = TITLE_YEAR.matcher(grid.isOwnCell(row, column) ? grid.text(row, column) : "");
                if (matcher.find()) {
                    record.put("year", Integer.valueOf(matcher.group(1)));
                    cells.put(pointer, grid.address(row, column));
                    return;
                }
            }
        }
        if (defaults.year() != null) {
            record.put("year", defaults.year().value());
        } else {
            missing(pointer, Header.YEAR);
        }
    }

    private void goal(Map<String, Object> record) {
        int[] at = labels.get(Header.GOAL);
        if (at == null) {
            return;
        }
        // The self-evaluation table puts 预期目标 | 实际完成情况 beside the label and the texts below them.
        int row = at[0];
        for (int column = 0; column <= grid.lastColumn(row); column++) {
            if (Header.EXPECTED.matches(Grid.normalise(grid.text(row, column)))) {
                String below = grid.text(row + 1, column);
                if (!below.isBlank()) {
                    record.put("goal", below);
                    cells.put("/goal", grid.address(row + 1, column));
                }
                return;
            }
        }
        put(record, "goal", labelText(Header.GOAL), Header.GOAL);
    }

    private void findings(Map<String, Object> record) {
        Map<String, Object> findings = new LinkedHashMap<>();
        flag(findings, "auditProblems", Header.AUDIT_PROBLEMS);
        flag(findings, "majorMisuse", Header.MAJOR_MISUSE);
        flag(findings, "authenticityFailed", Header.AUTHENTICITY_FAILED);
        flag(findings, "unrectifiedProblems", Header.UNRECTIFIED);
        String rounds = labelText(Header.FAILED_ROUNDS);
        if (rounds != null) {
            locate("/findings/unrectifiedFailedMonitoringRounds", Header.FAILED_ROUNDS);
            if (rounds.matches("\\d{1,9}")) {
                findings.put("unrectifiedFailedMonitoringRounds", Integer.valueOf(rounds));
            } else {
                problems.add(ReadingCode.TYPE, "/findings/unrectifiedFailedMonitoringRounds",
                        Header.FAILED_ROUNDS.label(), "a whole number", rounds);
            }
        }
        if (!findings.isEmpty()) {
            record.put("findings", findings);
        }
    }

    private void flag(Map<String, Object> findings, String member, Header header) {
        String text = labelText(header);
        if (text == null) {
            return;
        }
        String pointer = "/findings/" + member;
        locate(pointer, header);
        switch (text.toLowerCase(java.util.Locale.ROOT)) {
            case "是", "有", "true", "yes", "y" -> findings.put(member, Boolean.TRUE);
            case "否", "无", "false", "no", "n" -> findings.put(member, Boolean.FALSE);
            default -> problems.add(ReadingCode.TYPE, pointer, header.label(), "是 / 否", text);
        }
    }

    // ---- the budget ----

    private Map<String, Object> budget(int header, boolean goalTable) {
        Map<String, Object> budget = new LinkedHashMap<>();
        int blockHeader = -1;
        int[] columns = new int[Header.values().length];
        for (int row = 0; row < header && blockHeader < 0; row++) {
            java.util.Arrays.fill(columns, -1);
            for (int column = 0; column <= grid.lastColumn(row); column++) {
                Header found = grid.isOwnCell(row, column) ? Header.of(Grid.normalise(grid.text(row, column)), BUDGET)
                        : null;
                if (found != null && columns[found.ordinal()] < 0) {
                    columns[found.ordinal()] = column;
                }
            }
            if (columns[Header.ADJUSTED.ordinal()] >= 0 && columns[Header.SPENT.ordinal()] >= 0) {
                blockHeader = row;
            }
        }
        boolean wan = wan(blockHeader < 0 ? 0 : blockHeader, header);
        if (blockHeader >= 0) {
            int row = budgetRow(blockHeader, header, columns[Header.ADJUSTED.ordinal()]);
            cells.put("/budget", grid.address(blockHeader, columns[Header.ADJUSTED.ordinal()]));
            amount(budget, "initial", row, columns[Header.INITIAL.ordinal()], wan);
            amount(budget, "adjusted", row, columns[Header.ADJUSTED.ordinal()], wan);
            amount(budget, "spent", row, columns[Header.SPENT.ordinal()], wan);
            if (columns[Header.SCORE.ordinal()] >= 0) {
                cell(budget, "/budget/reportedExecutionScore", row, columns[Header.SCORE.ordinal()]);
            }
        } else {
            int[] funds = find(Header.FUNDS_TOTAL::matches, 0, header - 1);
            int value = funds == null ? -1 : valueRight(funds[0], grid.endColumn(funds[0], funds[1]) + 1);
            if (value >= 0) {
                cells.put("/budget", grid.address(funds[0], funds[1]));
                amount(budget, "adjusted", funds[0], value, wan);
            } else {
                problems.add(ReadingCode.FORM_MISSING, "/budget/adjusted", Header.ADJUSTED.label(), grid.name(),
                        Header.ADJUSTED.spellings() + " / " + Header.FUNDS_TOTAL.spellings());
            }
            if (goalTable) {
                // A goal table is written before the year: nothing is spent yet.
                budget.put("spent", "0.00");
            } else {
                problems.add(ReadingCode.FORM_MISSING, "/budget/spent", Header.SPENT.label(), grid.name(),
                        Header.SPENT.spellings());
            }
        }
        String next = labelText(Header.NEXT_YEAR);
        if (next != null) {
            locate("/budget/nextYearRequest", Header.NEXT_YEAR);
            amount(budget, "nextYearRequest", next, wan);
        }
        return budget;
    }

    /** The row of the budget block's totals: 年度资金总额 (or 合计), else the first row with a budget. */
    private int budgetRow(int blockHeader, int header, int adjusted) {
        int first = -1;
        for (int row = blockHeader + 1; row < header; row++) {
            for (int column = 0; column < adjusted; column++) {
                String text = Grid.normalise(grid.text(row, column));
                if (Header.FUNDS_TOTAL.matches(text) || text.equals("合计")) {
                    return row;
                }
            }
            if (first < 0 && !grid.value(row, adjusted).isBlank()) {
                first = row;
            }
        }
        return first < 0 ? blockHeader + 1 : first;
    }

    /** Whether amounts are in 万元: the budget block's texts, then the rows above the table, then the default. */
    private boolean wan(int from, int header) {
        Boolean unit = unitIn(from, header);
        if (unit == null) {
            unit = unitIn(0, header);
        }
        return unit == null ? defaults.amounts() == FormDefaults.AmountUnit.WAN : unit;
    }

    private @Nullable Boolean unitIn(int from, int to) {
        for (int row = from; row < to; row++) {
            for (int column = 0; column <= grid.lastColumn(row); column++) {
                Grid.Value value = grid.value(row, column);
                if (value.number() || !grid.isOwnCell(row, column)) {
                    continue;
                }
                String text = value.text().replaceAll("\\s", "");
                if (text.contains("（万元）") || text.contains("(万元)") || text.contains("单位：万元")
                        || text.contains("单位:万元")) {
                    return Boolean.TRUE;
                }
                if (text.contains("（元）") || text.contains("(元)") || text.contains("单位：元") || text.contains("单位:元")) {
                    return Boolean.FALSE;
                }
            }
        }
        return null;
    }

    private void amount(Map<String, Object> budget, String member, int row, int column, boolean wan) {
        String pointer = "/budget/" + member;
        if (column < 0) {
            return;
        }
        cells.put(pointer, grid.address(row, column));
        Grid.Value value = grid.value(row, column);
        if (fault(pointer, row, column, value) || value.isBlank()) {
            return;
        }
        amount(budget, member, value.text().strip(), wan);
    }

    /** An amount as written, converted to 元: a unit written in the cell wins over the form's. */
    private void amount(Map<String, Object> budget, String member, String text, boolean wan) {
        String pointer = "/budget/" + member;
        boolean unitWritten = text.endsWith("元");
        try {
            Amount amount = Amount.parse(unitWritten || !wan ? text : text + "万元");
            budget.put(member, amount.toString());
        } catch (InvalidValueException e) {
            problems.add(ReadingCode.VALUE_INVALID, pointer, "budget." + member, DecimalText.abbreviate(text),
                    e.validRange());
        }
    }

    // ---- the indicators ----

    /** Reads the indicator rows from {@code first} up to the total row; returns the total row, or -1. */
    private int indicators(int first, int[] columns, boolean trio, List<Object> indicators) {
        int nameColumn = columns[Header.NAME.ordinal()];
        for (int row = first; row <= grid.lastRow(); row++) {
            if (isTotalRow(row, Math.max(nameColumn, columns[Header.LEVEL1.ordinal()]))) {
                cells.put("/reportedTotal", grid.address(row, Math.max(columns[Header.SCORE.ordinal()], 0)));
                return row;
            }
            if (!hasIndicator(row, columns)) {
                continue;
            }
            String at = "/indicators/" + indicators.size();
            Map<String, Object> w = new LinkedHashMap<>();
            cells.put(at, grid.address(row, nameColumn));
            text(w, at, "name", row, nameColumn);
            text(w, at, "level1", row, columns[Header.LEVEL1.ordinal()]);
            text(w, at, "level2", row, columns[Header.LEVEL2.ordinal()]);
            boolean qualitative = target(w, at, row, columns, trio);
            String actual = null;
            if (columns[Header.ACTUAL.ordinal()] >= 0) {
                Grid.Value value = grid.value(row, columns[Header.ACTUAL.ordinal()]);
                cells.put(at + "/actual", grid.address(row, columns[Header.ACTUAL.ordinal()]));
                cells.put(at + "/achievement", grid.address(row, columns[Header.ACTUAL.ordinal()]));
                if (!fault(at + "/actual", row, columns[Header.ACTUAL.ordinal()], value) && !value.isBlank()) {
                    actual = value.text().strip() + (value.percent() ? "%" : "");
                }
            }
            String achievement = null;
            if (columns[Header.ACHIEVEMENT.ordinal()] >= 0) {
                String written = grid.text(row, columns[Header.ACHIEVEMENT.ordinal()]);
                if (!written.isBlank()) {
                    achievement = written;
                    cells.put(at + "/achievement", grid.address(row, columns[Header.ACHIEVEMENT.ordinal()]));
                }
            }
            if (achievement == null && qualitative && actual != null && isAchievement(actual)) {
                achievement = actual;
                actual = null;
            }
            if (actual != null) {
                w.put("actual", actual);
            }
            if (achievement != null) {
                w.put("achievement", achievement);
            }
            text(w, at, "weight", row, columns[Header.WEIGHT.ordinal()]);
            if (columns[Header.SCORE.ordinal()] >= 0) {
                String score = text(w, at, "reportedScore", row, columns[Header.SCORE.ordinal()]);
                if (qualitative && score != null) {
                    // A qualitative indicator's 得分 is the evaluator's pick within its achievement's range.
                    w.put("score", score);
                    cells.put(at + "/score", cells.get(at + "/reportedScore"));
                }
            }
            text(w, at, "explanation", row, columns[Header.EXPLANATION.ordinal()]);
            indicators.add(w);
        }
        return -1;
    }

    private boolean isTotalRow(int row, int before) {
        for (int column = 0; column <= Math.max(before, 0) && column <= grid.lastColumn(row); column++) {
            if (Header.TOTAL.matches(Grid.normalise(grid.text(row, column)))) {
                return true;
            }
        }
        return false;
    }

    private boolean hasIndicator(int row, int[] columns) {
        for (Header header : List.of(Header.NAME, Header.TARGET, Header.ACTUAL, Header.WEIGHT, Header.SCORE,
                Header.NATURE)) {
            int column = columns[header.ordinal()];
            if (column >= 0 && grid.isOwnCell(row, column) && !grid.value(row, column).isBlank()) {
                return true;
            }
        }
        return false;
    }

    /** Writes the target (and for the trio, comparison and unit); returns whether the indicator is qualitative. */
    private boolean target(Map<String, Object> w, String at, int row, int[] columns, boolean trio) {
        int column = columns[Header.TARGET.ordinal()];
        if (column < 0) {
            return false;
        }
        cells.put(at + "/target", grid.address(row, column));
        Grid.Value value = grid.value(row, column);
        if (fault(at + "/target", row, column, value) || value.isBlank()) {
            return false;
        }
        String target = value.text().strip();
        if (!trio) {
            target += value.percent() ? "%" : "";
            w.put("target", target);
            return isQualitativeText(target);
        }
        String nature = text(new LinkedHashMap<>(), at, "comparison", row, columns[Header.NATURE.ordinal()]);
        String comparison = nature == null ? null : switch (nature) {
            case "正向", "正向指标" -> ">=";
            case "反向", "反向指标" -> "<=";
            case "定性", "定性指标" -> "qualitative";
            default -> nature;
        };
        if (comparison != null) {
            w.put("comparison", comparison);
        }
        w.put("target", target);
        int measure = columns[Header.MEASURE.ordinal()];
        String unit = measure < 0 ? "" : grid.text(row, measure);
        if (!unit.isBlank()) {
            w.put("unit", unit);
            cells.put(at + "/unit", grid.address(row, measure));
        } else if (value.percent()) {
            w.put("unit", "%");
        }
        return "qualitative".equals(comparison) || comparison == null && isQualitativeText(target);
    }

    private static boolean isQualitativeText(String text) {
        try {
            return IndicatorValue.parse(text).isQualitative();
        } catch (InvalidValueException e) {
            return false;
        }
    }

    private static boolean isAchievement(String text) {
        try {
            QualitativeAchievement.parse(text);
            return true;
        } catch (InvalidValueException e) {
            return false;
        }
    }

    // ---- cells ----

    /** Writes an indicator member from its cell; returns the text written, or null. */
    private @Nullable String text(Map<String, Object> w, String at, String member, int row, int column) {
        return cell(w, at + "/" + member, row, column);
    }

    /**
     * Writes the member a pointer ends in from its cell, and remembers the cell; a number of points may
     * be written with 分. Returns the text written, or null for a blank or faulty cell.
     */
    private @Nullable String cell(Map<String, Object> into, String pointer, int row, int column) {
        if (column < 0) {
            return null;
        }
        cells.put(pointer, grid.address(row, column));
        Grid.Value value = grid.value(row, column);
        if (fault(pointer, row, column, value) || value.isBlank()) {
            return null;
        }
        String member = pointer.substring(pointer.lastIndexOf('/') + 1);
        String text = value.text().strip();
        if (POINTS.contains(member) && text.matches("-?[0-9.]+\\s*分")) {
            text = text.substring(0, text.length() - 1).strip();
        }
        into.put(member, text);
        return text;
    }

    private boolean fault(String pointer, int row, int column, Grid.Value value) {
        if (value.fault() == null) {
            return false;
        }
        problems.add(value.fault(), pointer, grid.address(row, column));
        return true;
    }

    private boolean put(Map<String, Object> record, String member, @Nullable String text, Header label) {
        if (text == null) {
            return false;
        }
        record.put(member, text);
        locate("/" + member, label);
        return true;
    }

    private void label(Map<String, Object> record, String member, Header label) {
        put(record, member, labelText(label), label);
    }

    private void locate(String pointer, Header label) {
        int[] at = labels.get(label);
        if (at != null) {
            cells.put(pointer, grid.address(at[0], at[1]));
        }
    }

    private void missing(String pointer, Header... looked) {
        StringBuilder where = new StringBuilder();
        for (Header header : looked) {
            where.append(where.length() == 0 ? "" : " / ").append(header.spellings());
        }
        problems.add(ReadingCode.FORM_MISSING, pointer, looked[0].label(), grid.name(), where.toString());
    }

    private static String stem(String file) {
        String name = file.substring(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
