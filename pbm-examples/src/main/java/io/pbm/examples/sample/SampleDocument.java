package io.pbm.examples.sample;

import io.pbm.core.project.Project;
import io.pbm.io.project.ProjectWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.Objects;

/**
 * Projects as a {@code pbm/1} document made on the fly: {@link #stream} gives the bytes pbm-io's
 * {@link ProjectWriter} writes, one project at a time as they are read — a million projects without a
 * million projects, or their text, in memory. Benchmarks and the bounded-heap test feed the reader with it.
 *
 * <p>This class has no state; its functions are thread-safe.
 */
public final class SampleDocument {

    private SampleDocument() {}

    /**
     * Writes projects as a {@code pbm/1} document; the stream is left open.
     *
     * @param projects  the projects, not null
     * @param out  where to write, not null
     * @throws IOException if writing fails
     */
    public static void write(Iterable<Project> projects, OutputStream out) throws IOException {
        Objects.requireNonNull(out, "out is null");
        try (InputStream in = stream(projects)) {
            in.transferTo(out);
        }
    }

    /**
     * A {@code pbm/1} document of projects, made one project at a time as it is read: only the project
     * being read is held, as text.
     *
     * @param projects  the projects, iterated once as the stream is read, not null
     * @return the document's UTF-8 bytes, the same as {@link ProjectWriter#write} gives
     */
    public static InputStream stream(Iterable<Project> projects) {
        return new Document(Objects.requireNonNull(projects, "projects is null").iterator());
    }

    /** Pulls one project at a time through the writer into a buffer, and hands the buffer out. */
    private static final class Document extends InputStream {

        private final Iterator<Project> projects;
        private final Buffer buffer = new Buffer();
        private final ProjectWriter writer;
        private boolean closed;
        private int position;

        Document(Iterator<Project> projects) {
            this.projects = projects;
            this.writer = ProjectWriter.of(buffer);
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] into, int offset, int length) {
            Objects.checkFromIndexSize(offset, length, into.length);
            if (length == 0) {
                return 0;
            }
            while (position == buffer.size()) {
                if (closed) {
                    return -1;
                }
                buffer.reset();
                position = 0;
                if (projects.hasNext()) {
                    writer.accept(projects.next());
                } else {
                    writer.close();
                    closed = true;
                }
            }
            int n = Math.min(length, buffer.size() - position);
            System.arraycopy(buffer.bytes(), position, into, offset, n);
            position += n;
            return n;
        }
    }

    /** A byte buffer whose array can be read without a copy. */
    private static final class Buffer extends ByteArrayOutputStream {
        byte[] bytes() {
            return buf;
        }
    }
}
