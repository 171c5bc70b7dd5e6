package io.pbm.core.project;

import org.immutables.value.Value;

/**
 * The flags of a project: new (新增, R-EXANTE-3), key (重点, R-PLAN-1), one-time (一次性, R-PLAN-1) and
 * major (重大, R-EXANTE-4). All are false unless set.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ProjectFlags {

    ProjectFlags() {}

    /**
     * A builder of flags.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * No flag set.
     *
     * @return the flags of an ordinary continuing project
     */
    public static ProjectFlags none() {
        return builder().build();
    }

    /**
     * A new project, which needs an ex-ante assessment before it is budgeted (R-EXANTE-3).
     *
     * @return true if new
     */
    @Value.Default
    public boolean isNew() {
        return false;
    }

    /**
     * A key project, preferred for department evaluation (R-PLAN-1).
     *
     * @return true if key
     */
    @Value.Default
    public boolean isKey() {
        return false;
    }

    /**
     * A one-time project, preferred for department evaluation (R-PLAN-1).
     *
     * @return true if one-time
     */
    @Value.Default
    public boolean isOneTime() {
        return false;
    }

    /**
     * A major project, which gets a third-party re-assessment (R-EXANTE-4).
     *
     * @return true if major
     */
    @Value.Default
    public boolean isMajor() {
        return false;
    }

    /** The builder of {@link ProjectFlags}. */
    public static final class Builder extends ImmutableProjectFlags.Builder {
        Builder() {}
    }
}
