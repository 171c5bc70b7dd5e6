package io.pbm.io.project;

/**
 * The lists of records a pbm/1 document holds: {@code projects}, and the unit-wide records of
 * {@code units} (R-SCORE-UNIT). A record's index counts within its list.
 */
public enum Section {
    /** The {@code projects} array. */
    PROJECTS("projects"),
    /** The {@code units} array. */
    UNITS("units");

    private final String member;

    Section(String member) {
        this.member = member;
    }

    /**
     * The member of the document that holds the list.
     *
     * @return {@code projects} or {@code units}
     */
    public String member() {
        return member;
    }

    /**
     * The JSON pointer of a record of the list.
     *
     * @param index  the record's index, from 0
     * @return such as {@code /projects/3}
     */
    public String pointer(int index) {
        return "/" + member + "/" + index;
    }
}
