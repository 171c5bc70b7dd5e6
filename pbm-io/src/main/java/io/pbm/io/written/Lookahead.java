package io.pbm.io.written;

import java.util.Iterator;
import java.util.NoSuchElementException;
import org.jspecify.annotations.Nullable;

/**
 * An iterator over records read one at a time, as a reader of any format hands them out: the next
 * record is read when {@link #hasNext()} asks, and a failure ends the iteration — it is thrown once,
 * and the iterator then has nothing more.
 *
 * <p>Not thread-safe.
 *
 * @param <T>  the records
 */
public abstract class Lookahead<T> implements Iterator<T> {

    private @Nullable T next;
    private boolean done;

    /** Creates the iterator. */
    protected Lookahead() {}

    /**
     * Reads the next record.
     *
     * @return the record, or null at the end
     */
    protected abstract @Nullable T advance();

    @Override
    public final boolean hasNext() {
        if (next == null && !done) {
            try {
                next = advance();
            } catch (RuntimeException e) {
                done = true;
                throw e;
            }
            done = next == null;
        }
        return next != null;
    }

    @Override
    public final T next() {
        if (!hasNext()) {
            throw new NoSuchElementException("no more records");
        }
        T record = next;
        next = null;
        return record;
    }
}
