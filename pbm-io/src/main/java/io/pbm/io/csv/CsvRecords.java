package io.pbm.io.csv;

import io.pbm.core.InvalidValueException;
import io.pbm.core.project.ProjectIds;
import io.pbm.io.DocumentException;
import io.pbm.io.ReadLimits;
import io.pbm.io.ReadingCode;
import io.pbm.io.project.ReadRecord;
import io.pbm.io.written.Lookahead;
import io.pbm.rules.explain.Problem;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Walks a table row by row and hands out one project at a time: the consecutive rows of one project id
 * (a blank id continues the project above), read as one record. Only the current project's rows are
 * held, and of earlier projects only their ids, so memory stays flat however long the table.
 *
 * <p>Limits ({@link ReadLimits}): the file's bytes ({@code maxDocumentBytes}) and the length of a field
 * ({@code maxStringLength}) fail the document, and so do more projects than {@code maxRecords} and a
 * header of more than {@code maxIndicators} columns (at least twice the columns pbm reads); a project of more than {@code maxIndicators} rows or
 * more than {@code maxRecordBytes} characters is rejected, its further rows read but not kept.
 *
 * <p>Not thread-safe.
 */
final class CsvRecords extends Lookahead<ReadRecord> {

    private final ReadLimits limits;
    private final CsvSyntax syntax;
    private final CsvHeader header;
    private final ProjectIds ids = new ProjectIds();
    private CsvSyntax.@Nullable Row pending;
    private int index;

    CsvRecords(InputStream in, @Nullable Charset charset, String source, ReadLimits limits,
            Consumer<Problem> warnings) {
        this.limits = limits;
        this.syntax = new CsvSyntax(new CsvText(in, charset, limits.maxDocumentBytes()), source,
                limits.maxStringLength());
        int maxColumns = maxColumns(limits);
        CsvSyntax.Row first = nonBlank(maxColumns + 1);
        if (first == null) {
            throw DocumentException.of(ReadingCode.DOCUMENT_NOT_CSV, null, "no header row");
        }
        if (first.fieldCount() > maxColumns) {
            throw new DocumentException(ReadingCode.LIMIT_INDICATORS, ReadingCode.LIMIT_INDICATORS.message(maxColumns),
                    List.of(ReadingCode.LIMIT_INDICATORS.problem(CsvHeader.location(source, first.line(), null),
                            maxColumns)), null);
        }
        this.header = CsvHeader.of(first, source, warnings);
    }

    /** The most columns a header may have: {@code maxIndicators}, and at least room for every column in both languages. */
    static int maxColumns(ReadLimits limits) {
        return Math.max(limits.maxIndicators(), 2 * CsvColumn.values().length);
    }

    @Override
    protected @Nullable ReadRecord advance() {
        CsvSyntax.Row first = pending != null ? pending : nonBlank(header.size());
        pending = null;
        if (first == null) {
            return null;
        }
        if (index >= limits.maxRecords()) {
            throw DocumentException.of(ReadingCode.LIMIT_RECORDS, null, limits.maxRecords());
        }
        String id = header.cell(first, CsvColumn.PROJECT_ID);
        List<CsvSyntax.Row> rows = new ArrayList<>();
        rows.add(first);
        long chars = first.chars();
        long tooMany = 0;
        long tooLarge = 0;
        CsvSyntax.Row row;
        while ((row = nonBlank(header.size())) != null) {
            String rowId = header.cell(row, CsvColumn.PROJECT_ID);
            if (!rowId.isEmpty() && !rowId.equals(id)) {
                pending = row;
                break;
            }
            chars += row.chars();
            if (rows.size() >= limits.maxIndicators()) {
                tooMany = tooMany == 0 ? row.line() : tooMany;
            } else if (chars > limits.maxRecordBytes()) {
                tooLarge = tooLarge == 0 ? row.line() : tooLarge;
            } else {
                rows.add(row);
            }
        }
        CsvProject project = new CsvProject(header, index++, rows);
        for (CsvSyntax.Row kept : rows) {
            if (kept.quoteProblem() >= 0) {
                project.addAt(ReadingCode.CSV_QUOTE, kept.line(), kept.quoteProblem());
            }
        }
        if (tooMany > 0) {
            project.add(ReadingCode.LIMIT_INDICATORS, tooMany, null, limits.maxIndicators());
        }
        if (tooLarge > 0) {
            project.add(ReadingCode.LIMIT_RECORD_SIZE, tooLarge, null, limits.maxRecordBytes());
        }
        return project.read(this::isNew);
    }

    /** The next row with anything in it, or null at the end. */
    private CsvSyntax.@Nullable Row nonBlank(int maxFields) {
        CsvSyntax.Row row;
        do {
            row = syntax.next(maxFields);
        } while (row != null && row.isBlank());
        return row;
    }

    /** Whether an id is new in the table; a registry that cannot hold more ids fails the document. */
    private boolean isNew(String id) {
        try {
            return ids.add(id);
        } catch (InvalidValueException full) {
            throw DocumentException.of(ReadingCode.LIMIT_RECORDS, null, ids.size());
        }
    }
}
