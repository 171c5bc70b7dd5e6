package io.pbm.io.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pbm.io.ReadLimits;
import io.pbm.io.json.JsonInput;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A document of 100,000 generated projects is read in a small, flat heap — asserted by counting: the
 * document is never held (it is generated as it is read), each record is handed out before the input
 * has gone more than a parser buffer past it, and the duplicate-id registry holds about 16 bytes a
 * project.
 */
class StreamingTest {

    private static final int PROJECTS = 100_000;

    /** A pbm/1 document generated on the fly, counting the bytes read from it. */
    static final class GeneratedDocument extends InputStream {
        private final int projects;
        private byte[] chunk = "{\"format\": \"pbm/1\", \"projects\": [".getBytes(StandardCharsets.UTF_8);
        private int at;
        private int next;
        private long read;
        private final long[] ends;

        GeneratedDocument(int projects) {
            this.projects = projects;
            this.ends = new long[projects];
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (at == chunk.length) {
                if (next > projects) {
                    return -1;
                }
                if (next == projects) {
                    chunk = "]}".getBytes(StandardCharsets.UTF_8);
                } else {
                    String text = (next == 0 ? "" : ",\n") + Documents.project("652826-2023-" + next);
                    chunk = text.getBytes(StandardCharsets.UTF_8);
                    ends[next] = read + chunk.length;
                }
                next++;
                at = 0;
            }
            int n = Math.min(len, chunk.length - at);
            System.arraycopy(chunk, at, b, off, n);
            at += n;
            read += n;
            return n;
        }
    }

    @Test
    @Tag("volume") // many records: under mutation testing it would run again for every mutant
    void aHundredThousandProjectsAreReadRecordByRecord() {
        GeneratedDocument document = new GeneratedDocument(PROJECTS);
        int read = 0;
        long furthestAhead = 0;
        try (RecordIterator records = new RecordIterator(new JsonInput(ReadLimits.DEFAULT), document)) {
            while (records.hasNext()) {
                ReadRecord record = records.next();
                assertTrue(record instanceof ReadProject, () -> record.toString());
                assertEquals(read, record.index());
                furthestAhead = Math.max(furthestAhead, document.read - document.ends[read]);
                read++;
            }
            assertEquals(PROJECTS, read);
            assertTrue(furthestAhead <= 64 * 1024, "the reader runs at most a buffer ahead: " + furthestAhead);
            assertTrue(records.idFootprint() <= 22L * PROJECTS, "id registry bytes: " + records.idFootprint());
        }
    }

    @Test
    void theStreamIsLazy() {
        GeneratedDocument document = new GeneratedDocument(PROJECTS);
        long first = ProjectReader.of().stream(document).limit(3).count();
        assertEquals(3, first);
        assertTrue(document.read < 64 * 1024, "only the beginning was read: " + document.read);
    }
}
