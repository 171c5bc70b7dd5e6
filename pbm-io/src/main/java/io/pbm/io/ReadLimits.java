package io.pbm.io;

import io.pbm.core.InvalidValueException;

/**
 * The limits a reader puts on a document, against hostile shapes rather than honest size: the
 * defaults admit a national run — ten million projects in a document of up to 256 GiB — while a
 * 10,000-level nesting, a string of a gigabyte, a project with a million indicators or a record of a
 * gigabyte are refused before they fill the heap.
 *
 * <p>Document-wide limits ({@link #maxDocumentBytes}, {@link #maxDepth}, {@link #maxStringLength},
 * {@link #maxRecords}) fail the whole document with a {@link DocumentException}; per-record limits
 * ({@link #maxIndicators}, {@link #maxRecordBytes}) reject only the record, with its location, and the
 * reader goes on with the next one. Numbers are allowed as long as strings, so that the decimal
 * grammar — not the JSON parser — rejects a 10,000-digit number, and only its project.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param maxDocumentBytes  the most bytes a document may have
 * @param maxDepth  the deepest nesting of arrays and objects
 * @param maxStringLength  the longest string, member name or number, in characters
 * @param maxRecords  the most records (projects and unit-wide records together) in a document
 * @param maxIndicators  the most indicators of a record — and the most elements of any other array
 *     within it (an object's members are bounded by the record's size)
 * @param maxRecordBytes  the most bytes one record may take in the document
 */
public record ReadLimits(long maxDocumentBytes, int maxDepth, int maxStringLength, int maxRecords,
        int maxIndicators, long maxRecordBytes) {

    /** The defaults: 256 GiB, depth 64, strings of 1,000,000 characters, 10,000,000 records, 1,000 indicators, 16 MiB a record. */
    public static final ReadLimits DEFAULT = new ReadLimits(256L << 30, 64, 1_000_000, 10_000_000, 1_000, 16L << 20);

    /** The shallowest nesting a pbm document needs: a unit-wide record's transfer targets sit at depth 6. */
    private static final int MIN_DEPTH = 8;

    /**
     * Creates limits.
     *
     * @param maxDocumentBytes  at least 1
     * @param maxDepth  at least 8, the nesting a pbm document needs
     * @param maxStringLength  at least 1
     * @param maxRecords  at least 1
     * @param maxIndicators  at least 1
     * @param maxRecordBytes  at least 1
     * @throws InvalidValueException if a limit is out of range
     */
    public ReadLimits {
        InvalidValueException.check(maxDocumentBytes >= 1, "maxDocumentBytes", maxDocumentBytes, "maxDocumentBytes >= 1");
        InvalidValueException.check(maxDepth >= MIN_DEPTH, "maxDepth", maxDepth, "maxDepth >= " + MIN_DEPTH);
        InvalidValueException.check(maxStringLength >= 1, "maxStringLength", maxStringLength, "maxStringLength >= 1");
        InvalidValueException.check(maxRecords >= 1, "maxRecords", maxRecords, "maxRecords >= 1");
        InvalidValueException.check(maxIndicators >= 1, "maxIndicators", maxIndicators, "maxIndicators >= 1");
        InvalidValueException.check(maxRecordBytes >= 1, "maxRecordBytes", maxRecordBytes, "maxRecordBytes >= 1");
    }

    /**
     * A copy with another document size limit.
     *
     * @param bytes  the most bytes, at least 1
     * @return the limits
     */
    public ReadLimits withMaxDocumentBytes(long bytes) {
        return new ReadLimits(bytes, maxDepth, maxStringLength, maxRecords, maxIndicators, maxRecordBytes);
    }

    /**
     * A copy with another nesting limit.
     *
     * @param depth  the deepest nesting, at least 8
     * @return the limits
     */
    public ReadLimits withMaxDepth(int depth) {
        return new ReadLimits(maxDocumentBytes, depth, maxStringLength, maxRecords, maxIndicators, maxRecordBytes);
    }

    /**
     * A copy with another string length limit.
     *
     * @param length  the longest string, name or number, at least 1
     * @return the limits
     */
    public ReadLimits withMaxStringLength(int length) {
        return new ReadLimits(maxDocumentBytes, maxDepth, length, maxRecords, maxIndicators, maxRecordBytes);
    }

    /**
     * A copy with another limit on the number of records.
     *
     * @param records  the most records, at least 1
     * @return the limits
     */
    public ReadLimits withMaxRecords(int records) {
        return new ReadLimits(maxDocumentBytes, maxDepth, maxStringLength, records, maxIndicators, maxRecordBytes);
    }

    /**
     * A copy with another limit on the indicators (and other elements) of a record.
     *
     * @param indicators  the most indicators, at least 1
     * @return the limits
     */
    public ReadLimits withMaxIndicators(int indicators) {
        return new ReadLimits(maxDocumentBytes, maxDepth, maxStringLength, maxRecords, indicators, maxRecordBytes);
    }

    /**
     * A copy with another limit on the size of one record.
     *
     * @param bytes  the most bytes of a record, at least 1
     * @return the limits
     */
    public ReadLimits withMaxRecordBytes(long bytes) {
        return new ReadLimits(maxDocumentBytes, maxDepth, maxStringLength, maxRecords, maxIndicators, bytes);
    }
}
