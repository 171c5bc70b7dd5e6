package io.pbm.io.project;

import io.pbm.core.project.Project;
import java.util.Objects;

/**
 * A project read without problems.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param index  its index in {@code projects}
 * @param project  the project
 */
public record ReadProject(int index, Project project) implements ReadRecord {

    /**
     * Creates the record.
     *
     * @param index  the index, 0 or more
     * @param project  the project, not null
     */
    public ReadProject {
        Objects.requireNonNull(project, "project is null");
    }

    @Override
    public Section section() {
        return Section.PROJECTS;
    }
}
