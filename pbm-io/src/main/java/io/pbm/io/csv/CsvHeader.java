package io.pbm.io.csv;

import io.pbm.io.DocumentException;
import io.pbm.io.ReadingCode;
import io.pbm.rules.explain.Problem;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A table's header row: which column of pbm each position holds, in either language — even both in
 * one header — in any order. An amount column may carry a unit, {@code （万元）} / {@code (10k yuan)}
 * (its cells are converted exactly to 元) or {@code （元）} / {@code (yuan)}. A position with an empty
 * name is ignored (Excel leaves such columns); a name pbm does not read is ignored with a
 * {@code csv.columnUnknown} warning; a required column missing, or a column named twice, fails the
 * document.
 *
 * <p>This class is immutable.
 */
final class CsvHeader {

    private static final Pattern UNIT = Pattern.compile("(.*?)\\s*[（(]\\s*(万元|元|10k yuan|yuan)\\s*[）)]",
            Pattern.CASE_INSENSITIVE);
    private static final Map<String, CsvColumn> NAMES = names();

    private final String source;
    private final @Nullable CsvColumn[] columns;
    private final String[] names;
    private final boolean[] tenThousand;
    private final Map<CsvColumn, Integer> positions;

    private CsvHeader(String source, @Nullable CsvColumn[] columns, String[] names, boolean[] tenThousand,
            Map<CsvColumn, Integer> positions) {
        this.source = source;
        this.columns = columns;
        this.names = names;
        this.tenThousand = tenThousand;
        this.positions = positions;
    }

    private static Map<String, CsvColumn> names() {
        Map<String, CsvColumn> names = new HashMap<>();
        for (CsvColumn column : CsvColumn.values()) {
            names.put(column.chinese(), column);
            names.put(column.english().toLowerCase(Locale.ROOT), column);
        }
        return Map.copyOf(names);
    }

    /**
     * Reads a header row.
     *
     * @param row  the row
     * @param source  the file's name, for locations
     * @param warnings  where unknown columns are reported
     * @throws DocumentException if a required column is missing or a column is named twice
     */
    static CsvHeader of(CsvSyntax.Row row, String source, Consumer<Problem> warnings) {
        int size = row.fields().size();
        CsvColumn[] columns = new CsvColumn[size];
        String[] names = new String[size];
        boolean[] tenThousand = new boolean[size];
        Map<CsvColumn, Integer> positions = new EnumMap<>(CsvColumn.class);
        for (int i = 0; i < size; i++) {
            String name = row.field(i).strip();
            names[i] = name;
            if (name.isEmpty()) {
                continue;
            }
            CsvColumn column = NAMES.get(lookup(name));
            Matcher unit = UNIT.matcher(name);
            if (column == null && unit.matches()) {
                CsvColumn amount = NAMES.get(lookup(unit.group(1)));
                if (amount != null && amount.kind() == CsvColumn.Kind.AMOUNT) {
                    column = amount;
                    tenThousand[i] = unit.group(2).startsWith("万") || unit.group(2).startsWith("10");
                }
            }
            if (column == null) {
                warnings.accept(ReadingCode.CSV_COLUMN_UNKNOWN.problem(location(source, row.line(), name), name));
                continue;
            }
            Integer earlier = positions.putIfAbsent(column, i);
            if (earlier != null) {
                throw DocumentException.of(ReadingCode.CSV_COLUMN_REPEATED, null, name, earlier + 1, i + 1);
            }
            columns[i] = column;
        }
        for (CsvColumn column : CsvColumn.values()) {
            if (column.isRequired() && !positions.containsKey(column)) {
                throw DocumentException.of(ReadingCode.CSV_COLUMN_MISSING, null, column.chinese(), column.english());
            }
        }
        return new CsvHeader(source, columns, names, tenThousand, positions);
    }

    private static String lookup(String name) {
        return NAMES.containsKey(name) ? name : name.toLowerCase(Locale.ROOT);
    }

    /** A location: {@code file.csv:7:三级指标}, or {@code file.csv:7} without a column. */
    static String location(String source, long line, @Nullable String column) {
        return column == null ? source + ":" + line : source + ":" + line + ":" + column;
    }

    /** The file's name, for locations. */
    String source() {
        return source;
    }

    /** How many positions the header has. */
    int size() {
        return columns.length;
    }

    /** The position of a column, or -1. */
    int position(CsvColumn column) {
        Integer position = positions.get(column);
        return position == null ? -1 : position;
    }

    /** The columns present, in the order of {@link CsvColumn}. */
    Iterable<CsvColumn> present() {
        return positions.keySet();
    }

    /** The name written for a position. */
    String name(int position) {
        return names[position];
    }

    /** The name written for a column present. */
    String name(CsvColumn column) {
        return names[positions.get(column)];
    }

    /** Whether a column's amounts are in 万元. */
    boolean inTenThousand(CsvColumn column) {
        return tenThousand[positions.get(column)];
    }

    /** A row's cell of a column, stripped; empty when the column is absent. */
    String cell(CsvSyntax.Row row, CsvColumn column) {
        int position = position(column);
        return position < 0 ? "" : row.field(position).strip();
    }

    /** A location in the file. */
    String location(long line, @Nullable CsvColumn column) {
        return location(source, line, column == null || position(column) < 0 ? null : name(column));
    }

    @Override
    public String toString() {
        return Arrays.toString(names);
    }
}
