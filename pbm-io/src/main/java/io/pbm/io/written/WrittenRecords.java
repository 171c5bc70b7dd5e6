package io.pbm.io.written;

import io.pbm.core.project.Project;
import io.pbm.core.project.UnitWideSpending;
import io.pbm.io.json.BeanCheck;
import io.pbm.io.json.Members;
import io.pbm.io.json.RecordProblems;
import org.jspecify.annotations.Nullable;

/**
 * The one way from a record as written — a tree of members, whatever format it came from (a pbm/1
 * document, a row group of a CSV table) — to pbm-core values: the written record is read member by
 * member, Bean Validation checks it, and {@link ProjectAssembler} builds the values, every problem at its
 * JSON pointer. Readers of every format share it, so a value means the same and is refused the same in
 * each.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class WrittenRecords {

    private WrittenRecords() {}

    /**
     * Reads a project.
     *
     * @param members  the record's members
     * @param pointer  the record's pointer, such as {@code /projects/3}
     * @param problems  where every problem goes
     * @return the project, or null when the record has problems (all of them in {@code problems})
     */
    public static @Nullable Project project(Members members, String pointer, RecordProblems problems) {
        return project(members, pointer, problems, new Recurring());
    }

    /**
     * Reads a project of a document whose records share values (issue 7): what recurs is built once.
     *
     * @param members  the record's members
     * @param pointer  the record's pointer, such as {@code /projects/3}
     * @param problems  where every problem goes
     * @param recurring  the values built for the document's earlier records, one per document
     * @return the project, or null when the record has problems (all of them in {@code problems})
     */
    public static @Nullable Project project(Members members, String pointer, RecordProblems problems,
            Recurring recurring) {
        WrittenProject written = WrittenProject.read(members);
        BeanCheck.check(written, pointer, problems);
        return new ProjectAssembler(problems, pointer, recurring).project(written);
    }

    /**
     * Reads a unit-wide record (R-SCORE-UNIT).
     *
     * @param members  the record's members
     * @param pointer  the record's pointer, such as {@code /units/0}
     * @param problems  where every problem goes
     * @return the record, or null when it has problems (all of them in {@code problems})
     */
    public static @Nullable UnitWideSpending unit(Members members, String pointer, RecordProblems problems) {
        WrittenUnit written = WrittenUnit.read(members);
        BeanCheck.check(written, pointer, problems);
        return new ProjectAssembler(problems, pointer, new Recurring()).unit(written);
    }
}
