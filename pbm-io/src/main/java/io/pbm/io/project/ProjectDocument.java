package io.pbm.io.project;

import io.pbm.core.project.Project;
import io.pbm.core.project.UnitWideSpending;
import java.util.List;
import java.util.Objects;

/**
 * A whole pbm/1 document as read: every record in input order — projects, then unit-wide records,
 * as the document lists them — each read or rejected with all its problems. The number of records
 * equals the number of records in the input (json-contract.md, "Nothing is lost").
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param records  the records in input order
 */
public record ProjectDocument(List<ReadRecord> records) {

    /**
     * Creates the document.
     *
     * @param records  the records, not null
     */
    public ProjectDocument {
        records = List.copyOf(Objects.requireNonNull(records, "records is null"));
    }

    /**
     * The projects read, in input order.
     *
     * @return the projects
     */
    public List<Project> projects() {
        return records.stream().filter(ReadProject.class::isInstance).map(r -> ((ReadProject) r).project()).toList();
    }

    /**
     * The unit-wide records read, in input order.
     *
     * @return the units
     */
    public List<UnitWideSpending> units() {
        return records.stream().filter(ReadUnit.class::isInstance).map(r -> ((ReadUnit) r).unit()).toList();
    }

    /**
     * The rejected records, in input order.
     *
     * @return the rejections
     */
    public List<RejectedRecord> rejected() {
        return records.stream().filter(RejectedRecord.class::isInstance).map(RejectedRecord.class::cast).toList();
    }
}
