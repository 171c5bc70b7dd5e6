package io.pbm.examples;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Iterator;
import java.util.Locale;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * A progress line on stderr for a batch that runs more than a couple of seconds: how many projects so
 * far, how many a second, and — when the total is known, or the share of the input read — the percent
 * with a bar: {@code [████████░░░░░░░░░░░░]  41%  12,345 个项目  3,456 个/秒}.
 *
 * <p>It draws only when the launcher says stderr is a terminal ({@link PbmCommand#stderrIsTerminal()}),
 * and then only once {@link #QUIET_NANOS} have passed, so a quick run and a redirected stderr stay
 * silent; it redraws in place ({@code \r}) at most every {@link #REDRAW_NANOS}, and {@link #close()}
 * erases the line, so what follows on stderr starts clean.
 *
 * <pre>{@code
 * try (Progress progress = Progress.start(spec.commandLine().getErr(), locale, projects.size())) {
 *     for (Project project : progress.each(projects)) { … }          // or progress.step() per project
 * }
 * InputStream in = progress.reading(Files.newInputStream(file), Files.size(file));   // percent of the input
 * }</pre>
 *
 * <p>The clock is the JVM's monotonic {@link System#nanoTime()}; tests give their own.
 *
 * <p>This class is mutable and <em>not</em> thread-safe: step it from the thread that runs the batch.
 */
final class Progress implements AutoCloseable {

    /** Nothing is drawn before a batch has run this long: 2 seconds. */
    static final long QUIET_NANOS = 2_000_000_000L;

    /** The line is redrawn at most this often: a quarter of a second. */
    static final long REDRAW_NANOS = 250_000_000L;

    private static final long SECOND = 1_000_000_000L;
    private static final int BAR = 20;

    private final boolean terminal;
    private final PrintWriter err;
    private final LongSupplier clock;
    private final boolean english;
    private final long total;
    private long started;
    private long count;
    private long bytesRead;
    private long bytesTotal = -1;
    private long drawnAt;
    private int drawnWidth;

    private Progress(boolean terminal, PrintWriter err, LongSupplier clock, Locale locale, long total) {
        this.terminal = terminal;
        this.err = err;
        this.clock = clock;
        this.english = "en".equals(locale.getLanguage());
        this.total = total;
        this.started = clock.getAsLong();
    }

    /**
     * Progress on stderr, drawn only if the launcher says stderr is a terminal.
     *
     * @param err  stderr, not null
     * @param locale  English if its language is {@code en}, Chinese otherwise; not null
     * @param total  the number of projects, or a negative number when it is not known
     * @return the progress, started now
     */
    static Progress start(PrintWriter err, Locale locale, long total) {
        return of(PbmCommand.stderrIsTerminal(), err, System::nanoTime, locale, total);
    }

    /**
     * Progress with a given terminal flag and clock, as tests make it.
     *
     * @param terminal  whether to draw at all
     * @param err  where to draw, not null
     * @param clock  nanoseconds from a fixed origin, never decreasing, not null
     * @param locale  English if its language is {@code en}, Chinese otherwise; not null
     * @param total  the number of projects, or a negative number when it is not known
     * @return the progress, started at the clock's current time
     */
    static Progress of(boolean terminal, PrintWriter err, LongSupplier clock, Locale locale, long total) {
        return new Progress(terminal, Objects.requireNonNull(err, "err is null"),
                Objects.requireNonNull(clock, "clock is null"), Objects.requireNonNull(locale, "locale is null"), total);
    }

    /**
     * Progress that never draws, for output that shows its own.
     *
     * @param err  stderr, not null
     * @return the progress
     */
    static Progress silent(PrintWriter err) {
        return of(false, err, () -> 0L, Locale.ROOT, -1);
    }

    /** One more project done. */
    void step() {
        count++;
        if (terminal) {
            long now = clock.getAsLong();
            if (now - started >= QUIET_NANOS && (drawnWidth == 0 || now - drawnAt >= REDRAW_NANOS)) {
                draw(now);
            }
        }
    }

    /**
     * The items, with a {@link #step()} as each is taken; the clock restarts when they are first
     * iterated, so the time spent making them counts neither for the rate nor for the quiet start.
     *
     * @param <T>  the type of the items
     * @param items  the items, not null
     * @return the same items, counted as they are iterated
     */
    <T> Iterable<T> each(Iterable<T> items) {
        Objects.requireNonNull(items, "items is null");
        return () -> {
            if (count == 0) {
                // The batch starts when it is first iterated, not when its items were being made.
                started = clock.getAsLong();
            }
            Iterator<T> it = items.iterator();
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return it.hasNext();
                }

                @Override
                public T next() {
                    T next = it.next();
                    step();
                    return next;
                }
            };
        };
    }

    /**
     * The input, counting the bytes read so that the percent shows the share of the input done when
     * the number of projects is not known ahead (a streamed document).
     *
     * @param in  the input, not null
     * @param size  its size in bytes, or a negative number when not known
     * @return the same input, counted
     */
    InputStream reading(InputStream in, long size) {
        Objects.requireNonNull(in, "in is null");
        bytesTotal = size;
        return new FilterInputStream(in) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                bytesRead += b < 0 ? 0 : 1;
                return b;
            }

            @Override
            public int read(byte[] buffer, int off, int len) throws IOException {
                int n = super.read(buffer, off, len);
                bytesRead += Math.max(n, 0);
                return n;
            }

            @Override
            public long skip(long n) throws IOException {
                long skipped = super.skip(n);
                bytesRead += skipped;
                return skipped;
            }
        };
    }

    /**
     * The line as it would be drawn now.
     *
     * @param now  the clock's time
     * @return such as {@code [████████░░░░░░░░░░░░]  41%  12,345 个项目  3,456 个/秒}
     */
    String line(long now) {
        StringBuilder line = new StringBuilder();
        long percent = total > 0 ? Math.min(100, count * 100 / total)
                : bytesTotal > 0 ? Math.min(100, bytesRead * 100 / bytesTotal) : -1;
        if (percent >= 0) {
            int filled = (int) (percent * BAR / 100);
            line.append('[').append("█".repeat(filled)).append("░".repeat(BAR - filled)).append("] ")
                    .append(String.format(Locale.ROOT, "%3d%%  ", percent));
        }
        long elapsed = Math.max(now - started, 1);
        String done = String.format(Locale.ROOT, "%,d", count);
        String rate = String.format(Locale.ROOT, "%,d", count * SECOND / elapsed);
        line.append(english ? done + " projects  " + rate + "/s" : done + " 个项目  " + rate + " 个/秒");
        return line.toString();
    }

    private void draw(long now) {
        String line = line(now);
        int width = width(line);
        // Spaces cover what is left of a longer line drawn before.
        err.print('\r' + line + " ".repeat(Math.max(0, drawnWidth - width)));
        err.flush();
        drawnAt = now;
        drawnWidth = Math.max(width, 1);
    }

    /** The number of projects done so far. */
    long count() {
        return count;
    }

    /** Erases the line, if one was drawn, so that what comes next on stderr starts at the margin. */
    @Override
    public void close() {
        if (drawnWidth > 0) {
            err.print('\r' + " ".repeat(drawnWidth) + '\r');
            err.flush();
            drawnWidth = 0;
        }
    }

    /** Columns on a terminal: a CJK character takes two. */
    private static int width(String text) {
        return text.codePoints().map(c -> c >= 0x1100 && c != 0x2588 && c != 0x2591 ? 2 : 1).sum();
    }
}
