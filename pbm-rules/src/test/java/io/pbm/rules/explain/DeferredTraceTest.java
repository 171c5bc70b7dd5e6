package io.pbm.rules.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A deferred trace (issue 7) reads as the trace of its steps, made again on every read. */
class DeferredTraceTest {

    private static final TraceStep SCORE = new TraceStep(RuleId.R_SCORE_GE, "新建排水管网长度", "28.75",
            Message.of("R-SCORE-GE.partial", "11.5", "12", "30", "28.75"));
    private static final TraceStep GRADE = new TraceStep(RuleId.R_GRADE_1, "", "GOOD",
            Message.of("R-GRADE.top", "95.76", "优"));

    @Test
    void aDeferredTraceReadsAsTheTraceOfItsSteps() {
        Trace kept = Trace.of(List.of(SCORE, GRADE));
        Trace deferred = Trace.deferred(() -> List.of(SCORE, GRADE));
        assertEquals(kept.steps(), deferred.steps());
        assertEquals(kept, deferred);
        assertEquals(deferred, kept);
        assertEquals(kept.hashCode(), deferred.hashCode());
        assertEquals(kept.render(Locale.ENGLISH), deferred.render(Locale.ENGLISH));
        assertEquals(kept.toString(), deferred.toString());
        assertEquals(List.of(SCORE), deferred.of(RuleId.R_SCORE_GE));
        assertEquals(List.of(GRADE), deferred.of(RuleId.R_GRADE_1));
        assertEquals(List.of(SCORE), deferred.about("新建排水管网长度"));
        assertEquals(List.of(GRADE), deferred.about(""));
        assertEquals(List.of(SCORE, GRADE, GRADE), deferred.plus(List.of(GRADE)).steps());
        assertNotEquals(Trace.of(List.of(SCORE)), deferred);
    }

    @Test
    void aDeferredTraceIsMadeAgainOnEveryReadAndCannotBeChanged() {
        AtomicInteger made = new AtomicInteger();
        List<TraceStep> source = new ArrayList<>(List.of(SCORE));
        Trace deferred = Trace.deferred(() -> {
            made.incrementAndGet();
            return source;
        });
        assertEquals(0, made.get());
        deferred.steps();
        deferred.steps();
        assertEquals(2, made.get());
        assertThrows(UnsupportedOperationException.class, () -> deferred.steps().add(GRADE));
    }

    @Test
    void aDeferredTraceNeedsASource() {
        assertThrows(NullPointerException.class, () -> Trace.deferred(null));
    }
}
