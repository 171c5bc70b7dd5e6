package io.pbm.io.project;

/**
 * One record of a pbm/1 document as read, in input order: a {@link ReadProject}, a {@link ReadUnit},
 * or a {@link RejectedRecord} with all its problems. Every record of the input is exactly one of them
 * (json-contract.md, "Nothing is lost").
 */
public sealed interface ReadRecord permits ReadProject, ReadUnit, RejectedRecord {

    /**
     * The list the record belongs to.
     *
     * @return the section
     */
    Section section();

    /**
     * The record's index within its list, from 0 — its input position.
     *
     * @return the index
     */
    int index();

    /**
     * The record's JSON pointer, such as {@code /projects/3}.
     *
     * @return the pointer
     */
    default String pointer() {
        return section().pointer(index());
    }
}
