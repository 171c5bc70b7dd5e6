package io.pbm.io.form;

import io.pbm.core.InvalidValueException;

/**
 * The limits a {@link FormReader} puts on a workbook, against hostile files rather than honest size.
 * Every limit fails the whole workbook with one {@link io.pbm.io.DocumentException}, before the sheets
 * are read.
 *
 * <p>The zip limits are Apache POI's {@code ZipSecureFile} settings, applied to each workbook this
 * reader opens: a part whose compressed size is below {@code minInflatePercent} % of its inflated size
 * is refused as a zip bomb, as soon as POI has inflated enough of it to tell.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param maxFileBytes  the most bytes the workbook file may have
 * @param minInflatePercent  the smallest compressed size of a part, as a whole percentage of its
 *     inflated size (POI's minimum inflate ratio × 100): 1 refuses a part that inflates more than 100 times
 * @param maxEntryBytes  the most bytes one part (a sheet's XML) may inflate to
 * @param maxTextChars  the most characters of text one part may hold
 * @param maxSheets  the most sheets of a workbook
 * @param maxRows  the most rows of a sheet (the last row's number)
 * @param maxColumns  the most columns of a row (the last cell's number)
 */
public record FormLimits(long maxFileBytes, int minInflatePercent, long maxEntryBytes, long maxTextChars, int maxSheets,
        int maxRows, int maxColumns) {

    /**
     * The defaults: files of 64 MiB, parts inflating at most 100 times (POI's own default), parts of at
     * most 256 MiB and 64 million characters of text, 1,000 sheets, 100,000 rows and 256 columns a sheet
     * — far more than any form, far less than a bomb.
     */
    public static final FormLimits DEFAULT = new FormLimits(64L << 20, 1, 256L << 20, 64_000_000L, 1_000, 100_000, 256);

    /**
     * Creates limits.
     *
     * @param maxFileBytes  at least 1
     * @param minInflatePercent  0 (no check) to 100
     * @param maxEntryBytes  at least 1
     * @param maxTextChars  at least 1
     * @param maxSheets  at least 1
     * @param maxRows  at least 1
     * @param maxColumns  at least 1
     * @throws InvalidValueException if a limit is out of range
     */
    public FormLimits {
        InvalidValueException.check(maxFileBytes >= 1, "maxFileBytes", maxFileBytes, "maxFileBytes >= 1");
        InvalidValueException.check(minInflatePercent >= 0 && minInflatePercent <= 100, "minInflatePercent",
                minInflatePercent, "0 <= minInflatePercent <= 100");
        InvalidValueException.check(maxEntryBytes >= 1, "maxEntryBytes", maxEntryBytes, "maxEntryBytes >= 1");
        InvalidValueException.check(maxTextChars >= 1, "maxTextChars", maxTextChars, "maxTextChars >= 1");
        InvalidValueException.check(maxSheets >= 1, "maxSheets", maxSheets, "maxSheets >= 1");
        InvalidValueException.check(maxRows >= 1, "maxRows", maxRows, "maxRows >= 1");
        InvalidValueException.check(maxColumns >= 1, "maxColumns", maxColumns, "maxColumns >= 1");
    }

    /**
     * A copy with another file size limit.
     *
     * @param bytes  the most bytes, at least 1
     * @return the limits
     */
    public FormLimits withMaxFileBytes(long bytes) {
        return new FormLimits(bytes, minInflatePercent, maxEntryBytes, maxTextChars, maxSheets, maxRows, maxColumns);
    }

    /**
     * A copy with another minimum inflate ratio.
     *
     * @param percent  0 to 100
     * @return the limits
     */
    public FormLimits withMinInflatePercent(int percent) {
        return new FormLimits(maxFileBytes, percent, maxEntryBytes, maxTextChars, maxSheets, maxRows, maxColumns);
    }

    /**
     * A copy with another limit on the inflated size of a part.
     *
     * @param bytes  at least 1
     * @return the limits
     */
    public FormLimits withMaxEntryBytes(long bytes) {
        return new FormLimits(maxFileBytes, minInflatePercent, bytes, maxTextChars, maxSheets, maxRows, maxColumns);
    }

    /**
     * A copy with another limit on the text of a part.
     *
     * @param chars  at least 1
     * @return the limits
     */
    public FormLimits withMaxTextChars(long chars) {
        return new FormLimits(maxFileBytes, minInflatePercent, maxEntryBytes, chars, maxSheets, maxRows, maxColumns);
    }

    /**
     * A copy with another limit on the number of sheets.
     *
     * @param sheets  at least 1
     * @return the limits
     */
    public FormLimits withMaxSheets(int sheets) {
        return new FormLimits(maxFileBytes, minInflatePercent, maxEntryBytes, maxTextChars, sheets, maxRows, maxColumns);
    }

    /**
     * A copy with another limit on the rows of a sheet.
     *
     * @param rows  at least 1
     * @return the limits
     */
    public FormLimits withMaxRows(int rows) {
        return new FormLimits(maxFileBytes, minInflatePercent, maxEntryBytes, maxTextChars, maxSheets, rows, maxColumns);
    }

    /**
     * A copy with another limit on the columns of a row.
     *
     * @param columns  at least 1
     * @return the limits
     */
    public FormLimits withMaxColumns(int columns) {
        return new FormLimits(maxFileBytes, minInflatePercent, maxEntryBytes, maxTextChars, maxSheets, maxRows, columns);
    }
}
