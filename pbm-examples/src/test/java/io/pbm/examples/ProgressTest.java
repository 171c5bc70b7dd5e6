package io.pbm.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The progress line, with a fake terminal flag and a fake clock: what is drawn, and when. */
class ProgressTest {

    private static final long SECOND = 1_000_000_000L;

    private final StringWriter drawn = new StringWriter();
    private final PrintWriter err = new PrintWriter(drawn);
    /** The fake clock, in nanoseconds. */
    private long now;

    private Progress progress(boolean terminal, Locale locale, long total) {
        return Progress.of(terminal, err, () -> now, locale, total);
    }

    private static void steps(Progress progress, int n) {
        for (int i = 0; i < n; i++) {
            progress.step();
        }
    }

    @Test
    void nothingIsDrawnWhenStderrIsNoTerminal() {
        try (Progress progress = progress(false, Locale.CHINA, 998)) {
            now = 10 * SECOND;
            steps(progress, 998);
            assertEquals(998, progress.count());
        }
        assertEquals("", drawn.toString());
    }

    @Test
    void aBatchQuickerThanTwoSecondsStaysSilent() {
        try (Progress progress = progress(true, Locale.CHINA, 998)) {
            now = 2 * SECOND - 1;
            steps(progress, 998);
        }
        assertEquals("", drawn.toString());
    }

    @Test
    void afterTwoSecondsTheLineShowsPercentCountAndRate() {
        Progress progress = progress(true, Locale.CHINA, 998);
        now = SECOND;
        steps(progress, 498);
        now = 2 * SECOND + SECOND / 2;
        progress.step();
        // 499 of 998 is 50 %; 499 in 2.5 s is 199.6 a second, shown as 199.
        assertEquals("\r[██████████░░░░░░░░░░]  50%  499 个项目  199 个/秒", drawn.toString());
    }

    @Test
    void inEnglishWithThousandsSeparated() {
        Progress progress = progress(true, Locale.ENGLISH, 20_000);
        now = 4 * SECOND;
        steps(progress, 12_345);
        assertEquals("[████████████░░░░░░░░]  61%  12,345 projects  3,086/s", progress.line(now));
    }

    @Test
    void redrawsAtMostEveryQuarterSecond() {
        Progress progress = progress(true, Locale.CHINA, -1);
        now = 3 * SECOND;
        steps(progress, 10);
        assertEquals(1, redraws());
        now += Progress.REDRAW_NANOS - 1;
        steps(progress, 10);
        assertEquals(1, redraws());
        now += 1;
        progress.step();
        assertEquals(2, redraws());
        assertTrue(drawn.toString().endsWith("\r21 个项目  6 个/秒"), drawn.toString());
    }

    private long redraws() {
        return drawn.toString().chars().filter(c -> c == '\r').count();
    }

    @Test
    void closingErasesTheLine() {
        Progress progress = progress(true, Locale.ENGLISH, -1);
        now = 3 * SECOND;
        progress.step();
        progress.close();
        String line = "1 projects  0/s";
        assertEquals("\r" + line + "\r" + " ".repeat(line.length()) + "\r", drawn.toString());
        progress.close();
        assertEquals(3, redraws(), "a second close draws nothing");
    }

    @Test
    void withoutATotalThePercentIsTheShareOfTheInputRead() throws IOException {
        Progress progress = progress(true, Locale.ENGLISH, -1);
        try (InputStream in = progress.reading(new ByteArrayInputStream(new byte[200]), 200)) {
            in.read(new byte[50]);
            in.read();
            in.skip(9);
        }
        now = 3 * SECOND;
        progress.step();
        assertEquals("[██████░░░░░░░░░░░░░░]  30%  1 projects  0/s", progress.line(now));
    }

    @Test
    void theClockRestartsWhenTheItemsAreFirstIterated() {
        Progress progress = progress(true, Locale.ENGLISH, 4);
        now = 5 * SECOND;
        Iterable<String> items = progress.each(List.of("a", "b", "c", "d"));
        for (String item : items) {
            now += SECOND;
        }
        // 4 items in 4 seconds since the iteration began (not 9 since the progress was made); drawn
        // once the fourth is taken, 2 seconds after the start.
        assertEquals("\r[███████████████░░░░░]  75%  3 projects  1/s\r[████████████████████] 100%  4 projects  1/s",
                drawn.toString());
    }

    @Test
    void eachCountsTheItemsAsTheyAreTaken() {
        Progress progress = progress(false, Locale.ENGLISH, 3);
        List<String> seen = new ArrayList<>();
        for (String item : progress.each(List.of("a", "b", "c"))) {
            seen.add(item + progress.count());
        }
        assertEquals(List.of("a1", "b2", "c3"), seen);
    }
}
