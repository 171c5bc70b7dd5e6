package io.pbm.examples.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.pbm.examples.sample.SampleDocument;
import io.pbm.examples.sample.SampleGenerator;
import io.pbm.examples.sample.SampleProfile;
import io.pbm.io.project.ProjectReader;
import io.pbm.io.result.ResultWriter;
import io.pbm.rules.pipeline.Summary;
import io.pbm.rules.policy.Presets;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A 100,000-project document streams from its bytes through the reader, the pipeline and the result
 * writer in a 128 MB heap (issue 5, "Done when"): this class runs only in its own surefire execution,
 * whose JVM has {@code -Xmx128m}. The document is made as it is read, and the result is counted, not
 * kept, so what stays in the heap is pbm's own: the duplicate-id registry, the summary's per-unit totals,
 * and at most {@link ResultWriter#HELD_IN_MEMORY} of held exclusions and rejections a list before they
 * spill to a temporary file.
 */
class StreamingBoundedHeapTest {

    private static final int PROJECTS = 100_000;

    @Test
    void aHundredThousandProjectsStreamThroughA128MegabyteHeap() {
        // Run by name (-Dtest) the default execution meets it too, with the build's heap: only the
        // bounded-heap execution proves anything.
        assumeTrue(Runtime.getRuntime().maxMemory() <= 128L << 20, "runs in the bounded-heap execution only");
        Counting out = new Counting();
        InputStream in = SampleDocument.stream(
                SampleGenerator.iterable(PROJECTS, 5_000, 7, SampleProfile.PROVINCE, true));
        ResultWriter.Written written = ResultWriter.evaluate(ProjectReader.of(), in, Presets.XINJIANG, out, Locale.CHINA);

        assertTrue(written.complete(), () -> String.valueOf(written.failure()));
        Summary summary = written.summary();
        assertEquals(PROJECTS, summary.projects());
        assertEquals(PROJECTS, summary.evaluated() + summary.excluded() + summary.rejected(),
                "nothing is lost: every project is evaluated, excluded or rejected");
        assertTrue(summary.rejected() > 0, "the sample's mistakes are rejected: " + summary.rejected());
        assertTrue(summary.excluded() > 0, "central transfers are excluded under XINJIANG (R-PLAN-4)");
        assertTrue(out.count > PROJECTS * 1_000L, "every result is written: " + out.count + " bytes");
    }

    /** Counts the bytes of the result and keeps none. */
    private static final class Counting extends OutputStream {
        private long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
