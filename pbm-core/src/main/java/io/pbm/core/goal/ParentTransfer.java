package io.pbm.core.goal;

import io.pbm.core.InvalidValueException;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The higher-level transfer a project's goal was split down from, with the parent's targets
 * (R-GOAL-6: the children's counts and amounts add up to at least the parent's, each child's rate is
 * at least as demanding). The children are the projects that name the same transfer id.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ParentTransfer {

    ParentTransfer() {}

    /**
     * A builder of parent transfers.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The id of the transfer, shared by its children.
     *
     * @return the id
     */
    public abstract String id();

    /**
     * The parent's targets by indicator name.
     *
     * @return the targets, in the order given
     */
    public abstract Map<String, IndicatorValue> targets();

    @Value.Check
    void check() {
        InvalidValueException.check(!id().isBlank(), "transfer id", "\"" + id() + "\"", "a non-blank id");
    }

    /** The builder of {@link ParentTransfer}. */
    public static final class Builder extends ImmutableParentTransfer.Builder {
        Builder() {}
    }
}
