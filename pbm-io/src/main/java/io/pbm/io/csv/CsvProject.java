package io.pbm.io.csv;

import io.pbm.core.DecimalText;
import io.pbm.core.project.Project;
import io.pbm.io.ReadingCode;
import io.pbm.io.json.Members;
import io.pbm.io.json.Node;
import io.pbm.io.json.RecordProblems;
import io.pbm.io.project.ReadProject;
import io.pbm.io.project.ReadRecord;
import io.pbm.io.project.RejectedRecord;
import io.pbm.io.project.Section;
import io.pbm.io.written.WrittenRecords;
import io.pbm.rules.explain.Problem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One project's rows turned into a pbm/1 record — the tree of members a JSON document would hold — and
 * read by the same code as a JSON record ({@link WrittenRecords}): the same checks, the same codes. Each
 * problem's JSON pointer is then turned back into the cell it came from ({@code file.csv:7:分值}).
 *
 * <p>A project column's value is its first non-blank cell among the project's rows (a blank cell on a
 * later row repeats it, as merged cells export); another value on a later row is {@code csv.inconsistent}.
 * Each row with any indicator cell is one indicator.
 *
 * <p>Not thread-safe: one per project.
 */
final class CsvProject {

    private static final Pattern YEAR_SEPARATORS = Pattern.compile("[\\s,;，；、]+");

    /** Where a problem was found: a line and a column position (-1 for the whole row). */
    private record Located(long line, int position, Problem problem) {}

    private final CsvHeader header;
    private final int index;
    private final List<CsvSyntax.Row> rows;
    private final String pointer;
    private final List<Located> located = new ArrayList<>();
    private final Map<CsvColumn, Long> origins = new HashMap<>();
    private final List<Long> indicatorLines = new ArrayList<>();
    private final List<Long> transferLines = new ArrayList<>();
    private final Map<String, Map<String, Node>> nested = new HashMap<>();

    CsvProject(CsvHeader header, int index, List<CsvSyntax.Row> rows) {
        this.header = header;
        this.index = index;
        this.rows = rows;
        this.pointer = Section.PROJECTS.pointer(index);
    }

    /** Adds a problem found on the rows themselves (quoting, limits). */
    void add(ReadingCode code, long line, @Nullable CsvColumn column, Object... args) {
        located.add(new Located(line, column == null ? -1 : header.position(column),
                code.problem(header.location(line, column), args)));
    }

    /** Adds a problem at a position of a row. */
    void addAt(ReadingCode code, long line, int position, Object... args) {
        String name = position < header.size() && !header.name(position).isEmpty() ? header.name(position) : null;
        located.add(new Located(line, position, code.problem(CsvHeader.location(header.source(), line, name), args)));
    }

    /**
     * Reads the project.
     *
     * @param isNew  whether an id is new in the table (registering it)
     * @return the project, or its rejection with every problem
     */
    ReadRecord read(Predicate<String> isNew) {
        RecordProblems problems = new RecordProblems();
        Members members = Members.of(tree(), pointer, Section.PROJECTS.member(), problems);
        Project project = members == null ? null : WrittenRecords.project(members, pointer, problems);
        String id = header.cell(rows.get(0), CsvColumn.PROJECT_ID);
        if (!id.isEmpty() && !problems.within(pointer + "/id") && !isNew.test(id)) {
            problems.add(ReadingCode.ID_DUPLICATE, pointer + "/id", id);
        }
        if (project != null && problems.isEmpty() && located.isEmpty()) {
            return new ReadProject(index, project);
        }
        for (Problem problem : problems.sorted()) {
            locate(problem);
        }
        located.sort(Comparator.comparingLong(Located::line).thenComparingInt(Located::position));
        return new RejectedRecord(Section.PROJECTS, index, id.isEmpty() ? null : DecimalText.abbreviate(id),
                located.stream().map(Located::problem).toList());
    }

    /**
     * Puts a problem found at a JSON pointer at its cell: an indicator's member on the indicator's row, a
     * parent transfer's target on its row, a project member on the row its value came from (the
     * project's first row when it has none), in the column of the member when the header has one.
     */
    private void locate(Problem problem) {
        String relative = problem.path().length() > pointer.length() ? problem.path().substring(pointer.length()) : "";
        long line = rows.get(0).line();
        CsvColumn column = null;
        if (relative.startsWith("/indicators/")) {
            String[] parts = relative.split("/", 4);
            int i = element(parts[2], indicatorLines.size());
            if (i >= 0) {
                line = indicatorLines.get(i);
            }
            column = parts.length > 3 ? indicatorColumn(parts[3].split("/")[0]) : null;
        } else if (relative.startsWith("/transfer/indicators/")) {
            String[] parts = relative.split("/", 5);
            int i = element(parts[3], transferLines.size());
            if (i >= 0) {
                line = transferLines.get(i);
            }
            column = parts.length > 4 && parts[4].startsWith("name") ? CsvColumn.INDICATOR_NAME : CsvColumn.TRANSFER_TARGET;
        } else {
            for (CsvColumn candidate : CsvColumn.values()) {
                String member = candidate.member();
                if (!candidate.isIndicatorColumn() && (relative.equals(member) || relative.startsWith(member + "/"))) {
                    column = candidate;
                    line = origins.getOrDefault(candidate, line);
                }
            }
        }
        located.add(new Located(line, column == null ? -1 : header.position(column),
                new Problem(problem.code(), header.location(line, column), problem.message())));
    }

    private static int element(String segment, int size) {
        try {
            int i = Integer.parseInt(segment);
            return i < size ? i : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static @Nullable CsvColumn indicatorColumn(String member) {
        for (CsvColumn column : CsvColumn.values()) {
            if (column.isIndicatorColumn() && column.member().equals(member)) {
                return column;
            }
        }
        return null;
    }

    // ---- the tree ----

    private Node.Obj tree() {
        Map<String, Node> root = new LinkedHashMap<>();
        for (CsvColumn column : header.present()) {
            if (!column.isIndicatorColumn()) {
                String value = projectValue(column);
                if (value != null) {
                    put(root, column.member(), node(column, value));
                }
            }
        }
        List<Node> indicators = new ArrayList<>();
        List<Node> targets = new ArrayList<>();
        for (CsvSyntax.Row row : rows) {
            Map<String, Node> indicator = new LinkedHashMap<>();
            for (CsvColumn column : header.present()) {
                String cell = header.cell(row, column);
                if (!column.isIndicatorColumn() || cell.isEmpty()) {
                    continue;
                }
                if (column == CsvColumn.TRANSFER_TARGET) {
                    Map<String, Node> target = new LinkedHashMap<>();
                    String name = header.cell(row, CsvColumn.INDICATOR_NAME);
                    if (!name.isEmpty()) {
                        target.put("name", new Node.Str(name));
                    }
                    target.put("target", new Node.Str(cell));
                    targets.add(new Node.Obj(target));
                    transferLines.add(row.line());
                } else {
                    indicator.put(column.member(), node(column, cell));
                }
            }
            if (!indicator.isEmpty()) {
                indicators.add(new Node.Obj(indicator));
                indicatorLines.add(row.line());
            }
        }
        root.put("indicators", new Node.Arr(indicators));
        if (!targets.isEmpty() || root.containsKey("transfer")) {
            put(root, "/transfer/indicators", new Node.Arr(targets));
        }
        return new Node.Obj(root);
    }

    /** The first non-blank cell of a project column; another value on a later row is reported. */
    private @Nullable String projectValue(CsvColumn column) {
        String value = null;
        long line = 0;
        for (CsvSyntax.Row row : rows) {
            String cell = header.cell(row, column);
            if (cell.isEmpty()) {
                continue;
            }
            if (value == null) {
                value = cell;
                line = row.line();
                origins.put(column, line);
            } else if (!value.equals(cell)) {
                add(ReadingCode.CSV_INCONSISTENT, row.line(), column, header.name(column),
                        DecimalText.abbreviate(cell), line, DecimalText.abbreviate(value));
            }
        }
        return value;
    }

    /** Puts a member at a pointer within the project: {@code /id}, or one level down, {@code /budget/spent}. */
    private void put(Map<String, Node> root, String member, Node node) {
        int slash = member.indexOf('/', 1);
        if (slash < 0) {
            root.put(member.substring(1), node);
            return;
        }
        // Node.Obj is a view of the map it is given, so the nested map stays open while the row is read.
        Map<String, Node> object = nested.computeIfAbsent(member.substring(1, slash), name -> {
            Map<String, Node> members = new LinkedHashMap<>();
            root.put(name, new Node.Obj(members));
            return members;
        });
        object.put(member.substring(slash + 1), node);
    }

    private Node node(CsvColumn column, String cell) {
        return switch (column.kind()) {
            case BOOLEAN -> bool(cell);
            case YEARS -> new Node.Arr(YEAR_SEPARATORS.splitAsStream(cell).filter(s -> !s.isEmpty())
                    .map(s -> (Node) new Node.Str(s)).toList());
            case AMOUNT -> new Node.Str(header.inTenThousand(column) ? yuan(cell) : cell);
            default -> new Node.Str(cell);
        };
    }

    /**
     * An amount in 万元 as 元, exactly: a plain decimal of at most 6 decimals moves its point by four. Text
     * outside that grammar is left as written, for the decimal grammar to reject where it stands.
     */
    private static String yuan(String wan) {
        if (!DecimalText.matches(wan, DecimalText.MAX_DECIMALS)) {
            return wan;
        }
        BigDecimal yuan = new BigDecimal(wan).movePointRight(4);
        return yuan.setScale(Math.max(0, yuan.scale())).toPlainString();
    }

    private static Node bool(String cell) {
        return switch (cell.toLowerCase(java.util.Locale.ROOT)) {
            case "是", "true", "1", "y", "yes" -> new Node.Bool(true);
            case "否", "false", "0", "n", "no" -> new Node.Bool(false);
            default -> new Node.Str(cell);
        };
    }
}
