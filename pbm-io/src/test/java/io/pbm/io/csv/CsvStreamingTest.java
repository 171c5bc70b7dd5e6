package io.pbm.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pbm.io.project.ReadProject;
import io.pbm.io.project.ReadRecord;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The stream reads a table project by project: the first project arrives long before the table's end. */
class CsvStreamingTest {

    /** A table of projects made as it is read, counting the bytes handed out. */
    private static final class Table extends InputStream {
        private final int projects;
        private byte[] chunk = CsvReaderTest.HEADER.getBytes(StandardCharsets.UTF_8);
        private int position;
        private int made;
        private long read;

        Table(int projects) {
            this.projects = projects;
        }

        @Override
        public int read() {
            if (position == chunk.length) {
                if (made == projects) {
                    return -1;
                }
                chunk = CsvReaderTest.row("P-" + made++).getBytes(StandardCharsets.UTF_8);
                position = 0;
            }
            read++;
            return chunk[position++] & 0xFF;
        }
    }

    @Test
    @Tag("volume") // many records: under mutation testing it would run again for every mutant
    void theFirstProjectArrivesBeforeTheTableIsReadAndEveryProjectArrivesOnce() {
        Table table = new Table(20_000);
        try (Stream<ReadRecord> records = CsvReader.of().stream(table, "t.csv")) {
            Iterator<ReadRecord> iterator = records.iterator();
            assertEquals("P-0", ((ReadProject) iterator.next()).project().id());
            assertTrue(table.read < 200_000, "bytes read for the first project: " + table.read);
            long count = 1;
            while (iterator.hasNext()) {
                assertTrue(iterator.next() instanceof ReadProject);
                count++;
            }
            assertEquals(20_000, count);
            assertTrue(table.read > 1_000_000, "bytes read in all: " + table.read);
        }
    }
}
