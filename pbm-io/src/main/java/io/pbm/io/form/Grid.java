package io.pbm.io.form;

import io.pbm.io.ReadingCode;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.jspecify.annotations.Nullable;

/**
 * A sheet seen as a form sees it: a cell inside a merged region reads as the region's top-left cell,
 * numbers are read from the characters the file stores (never through {@code double}), and a formula
 * reads as its cached result.
 *
 * <p>Not thread-safe: one per sheet being read.
 */
final class Grid {

    /** Excel keeps 15 significant digits; the file may store 17 ({@code 0.10000000000000001}). */
    private static final MathContext EXCEL_DIGITS = new MathContext(15, RoundingMode.HALF_UP);

    /** What a cell holds, as text; {@code fault} is set when it holds nothing usable. */
    record Value(String text, boolean number, boolean percent, @Nullable ReadingCode fault) {
        static final Value BLANK = new Value("", false, false, null);

        boolean isBlank() {
            return fault == null && text.isBlank();
        }
    }

    private final XSSFSheet sheet;
    private final List<CellRangeAddress> merged;

    Grid(XSSFSheet sheet) {
        this.sheet = sheet;
        this.merged = sheet.getMergedRegions();
    }

    String name() {
        return sheet.getSheetName();
    }

    int lastRow() {
        return sheet.getLastRowNum();
    }

    int lastColumn(int row) {
        XSSFRow r = sheet.getRow(row);
        return r == null ? -1 : r.getLastCellNum() - 1;
    }

    /** The address of a cell, as {@code 自评表!F12}. */
    String address(int row, int column) {
        return new CellReference(sheet.getSheetName(), row, column, false, false).formatAsString();
    }

    /** The merged region a cell lies in, or null. */
    @Nullable CellRangeAddress region(int row, int column) {
        for (CellRangeAddress region : merged) {
            if (region.isInRange(row, column)) {
                return region;
            }
        }
        return null;
    }

    /** Whether the cell is the top-left of its region, or not merged. */
    boolean isOwnCell(int row, int column) {
        CellRangeAddress region = region(row, column);
        return region == null || region.getFirstRow() == row && region.getFirstColumn() == column;
    }

    /** The last column a cell's region covers. */
    int endColumn(int row, int column) {
        CellRangeAddress region = region(row, column);
        return region == null ? column : region.getLastColumn();
    }

    /** The text of a cell, stripped, merged regions read from their top-left cell; blank for a fault. */
    String text(int row, int column) {
        Value value = value(row, column);
        return value.fault == null ? value.text.strip() : "";
    }

    /** The value of a cell, merged regions read from their top-left cell. */
    Value value(int row, int column) {
        CellRangeAddress region = region(row, column);
        int r = region == null ? row : region.getFirstRow();
        int c = region == null ? column : region.getFirstColumn();
        XSSFRow cells = sheet.getRow(r);
        XSSFCell cell = cells == null ? null : cells.getCell(c);
        return cell == null ? Value.BLANK : read(cell);
    }

    private static Value read(XSSFCell cell) {
        CellType type = cell.getCellType();
        boolean formula = type == CellType.FORMULA;
        if (formula) {
            if (cell.getCTCell().getV() == null) {
                return new Value("", false, false, ReadingCode.FORM_FORMULA);
            }
            type = cell.getCachedFormulaResultType();
        }
        return switch (type) {
            case STRING -> new Value(cell.getStringCellValue(), false, false, null);
            case NUMERIC -> number(cell);
            case BOOLEAN -> new Value("1".equals(cell.getCTCell().getV()) ? "是" : "否", false, false, null);
            case ERROR -> new Value("", false, false, formula ? ReadingCode.FORM_FORMULA : ReadingCode.FORM_ERROR);
            default -> Value.BLANK;
        };
    }

    private static Value number(XSSFCell cell) {
        String raw = cell.getCTCell().getV();
        String text = raw == null ? "" : plain(raw.strip());
        String format = cell.getCellStyle() == null ? "" : cell.getCellStyle().getDataFormatString();
        boolean percent = format != null && format.contains("%");
        if (percent && text.matches("-?\\d+(\\.\\d+)?")) {
            text = new BigDecimal(text).movePointRight(2).stripTrailingZeros().toPlainString();
        }
        return new Value(text, true, percent, null);
    }

    /**
     * The characters a number cell stores, as a plain decimal of Excel's 15 significant digits; left as
     * stored when it is not a reasonable number, so that the decimal grammar refuses it with its location.
     */
    static String plain(String raw) {
        if (raw.length() > 40 || !raw.matches("-?\\d+(\\.\\d+)?([eE][+-]?\\d{1,3})?")) {
            return raw;
        }
        BigDecimal value = new BigDecimal(raw);
        if (Math.abs(value.scale()) > 40) {
            return raw;
        }
        BigDecimal rounded = value.round(EXCEL_DIGITS).stripTrailingZeros();
        return (rounded.scale() < 0 ? rounded.setScale(0) : rounded).toPlainString();
    }

    /** A header or label as compared: no white space, no bracketed part, no trailing colon. */
    static String normalise(String text) {
        String s = text.replaceAll("[\\s\\u3000]+", "");
        s = s.replaceAll("[（(][^）)]*[）)]", "");
        s = s.replaceAll("[:：]+$", "");
        return s.replace("*", "").replace("★", "");
    }
}
