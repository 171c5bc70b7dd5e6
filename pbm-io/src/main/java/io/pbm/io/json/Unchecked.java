package io.pbm.io.json;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Runs a step of writing that may throw {@link IOException} where only unchecked exceptions may pass
 * (a {@code Consumer}, a stream's pipeline): the writers' one way of saying "the output failed".
 */
public final class Unchecked {

    /** A step of writing. */
    @FunctionalInterface
    public interface Step {
        /**
         * Runs the step.
         *
         * @throws IOException if the output fails
         */
        void run() throws IOException;
    }

    private Unchecked() {
    }

    /**
     * Runs a step.
     *
     * @param step  the step, not null
     * @throws UncheckedIOException wrapping the step's {@link IOException}
     */
    public static void io(Step step) {
        try {
            step.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
