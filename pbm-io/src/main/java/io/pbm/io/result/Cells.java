package io.pbm.io.result;

import io.pbm.core.Labelled;
import io.pbm.core.Ratio;
import io.pbm.core.budget.Amount;
import io.pbm.io.ReadingCode;
import java.math.BigDecimal;
import java.util.Locale;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The cells of a result workbook in one language: labels from pbm-io's message bundle, and figures as
 * numeric cells with number formats. An exact decimal becomes a double only here, at POI's boundary
 * (a cell holds a double): pbm's amounts, scores and ratios have at most 15 significant digits, which a
 * double carries exactly as written. Not thread-safe: one per workbook.
 */
final class Cells {

    private final Locale locale;
    private final boolean english;
    final CellStyle header;
    final CellStyle title;
    final CellStyle amount;
    final CellStyle score;
    final CellStyle rate;
    final CellStyle whole;
    final CellStyle general;
    final CellStyle wrapped;

    Cells(Workbook workbook, Locale locale) {
        this.locale = locale;
        this.english = "en".equals(locale.getLanguage());
        DataFormat formats = workbook.createDataFormat();
        Font bold = workbook.createFont();
        bold.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(bold);
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        header.setWrapText(true);
        bordered(header);
        Font large = workbook.createFont();
        large.setBold(true);
        large.setFontHeightInPoints((short) 14);
        title = workbook.createCellStyle();
        title.setFont(large);
        title.setAlignment(HorizontalAlignment.CENTER);
        amount = numeric(workbook, formats, "#,##0.00");
        score = numeric(workbook, formats, "0.00");
        rate = numeric(workbook, formats, "0.00%");
        whole = numeric(workbook, formats, "0");
        general = numeric(workbook, formats, "General");
        wrapped = workbook.createCellStyle();
        wrapped.setWrapText(true);
        wrapped.setVerticalAlignment(VerticalAlignment.TOP);
    }

    private static CellStyle numeric(Workbook workbook, DataFormat formats, String format) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(formats.getFormat(format));
        return style;
    }

    private static void bordered(CellStyle style) {
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
    }

    Locale locale() {
        return locale;
    }

    /** A label of the workbook from pbm-io's bundle. */
    String text(String key, Object... args) {
        return ReadingCode.texts().message(key, args).render(locale);
    }

    String label(Labelled labelled) {
        return english ? labelled.englishLabel() : labelled.label();
    }

    Cell header(Row row, int column, String text) {
        Cell cell = row.createCell(column);
        cell.setCellValue(text);
        cell.setCellStyle(header);
        return cell;
    }

    void text(Row row, ResultWorkbook.Column column, String text) {
        text(row, column.ordinal(), text);
    }

    void text(Row row, int column, String text) {
        if (!text.isEmpty()) {
            Cell cell = row.createCell(column);
            cell.setCellValue(text);
            if (text.indexOf('\n') >= 0) {
                cell.setCellStyle(wrapped);
            }
        }
    }

    void number(Row row, int column, long value) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(whole);
    }

    void amount(Row row, int column, Amount value) {
        decimal(row, column, value.yuan(), amount);
    }

    void score(Row row, int column, BigDecimal value) {
        decimal(row, column, value, score);
    }

    /** A ratio at 4 decimals (HALF_UP), as documents write it, shown as a percentage. */
    void rate(Row row, int column, Ratio value) {
        decimal(row, column, value.toDecimal(4), rate);
    }

    void decimal(Row row, int column, BigDecimal value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value.doubleValue());
        cell.setCellStyle(style);
    }
}
