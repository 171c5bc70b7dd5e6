package io.pbm.io.form;

import io.pbm.io.project.ProjectDocument;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A workbook of forms as read: the {@link ProjectDocument} — one record per form sheet, in sheet order,
 * each a project or a rejection with all its problems at their cells — the sheets skipped because they
 * are not forms (an instructions sheet), and where each record's values came from, so that the findings
 * of a later check ({@code Pbm.audit}: {@code /indicators/2}, {@code /reportedTotal}) can be shown at
 * their cells ({@code 自评表!H12}).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param document  the records, one per form sheet
 * @param sheets  the name of each record's sheet, by record index
 * @param skipped  the names of the sheets that are not forms, in workbook order
 * @param cells  for each record, the cell of each member read, by JSON pointer within the record
 *     ({@code ""} is the sheet's title)
 */
public record FormWorkbook(ProjectDocument document, List<String> sheets, List<String> skipped,
        List<Map<String, String>> cells) {

    /**
     * Creates the workbook.
     *
     * @param document  the document, not null
     * @param sheets  the sheet names, one per record, not null
     * @param skipped  the skipped sheets, not null
     * @param cells  the cells, one map per record, not null
     */
    public FormWorkbook {
        Objects.requireNonNull(document, "document is null");
        sheets = List.copyOf(Objects.requireNonNull(sheets, "sheets is null"));
        skipped = List.copyOf(Objects.requireNonNull(skipped, "skipped is null"));
        cells = Objects.requireNonNull(cells, "cells is null").stream().map(Map::copyOf).toList();
    }

    /**
     * The cell a path within a record stands for: the cell of the member, or of the nearest enclosing
     * member read ({@code /indicators/2} is the indicator's 三级指标 cell).
     *
     * @param index  the record's index, from 0
     * @param path  a JSON pointer within the record, such as {@code /indicators/2/weight}, not null
     * @return such as {@code 自评表!F12}, or empty when the index is out of range
     */
    public Optional<String> cell(int index, String path) {
        Objects.requireNonNull(path, "path is null");
        if (index < 0 || index >= cells.size()) {
            return Optional.empty();
        }
        return Optional.of(FormReader.locate(cells.get(index), path));
    }
}
