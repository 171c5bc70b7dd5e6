package io.pbm.io.project;

import io.pbm.io.DocumentException;
import io.pbm.io.ReadLimits;
import io.pbm.io.json.JsonInput;
import java.io.InputStream;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads pbm/1 documents (json-contract.md, "Input document") into pbm-core values: projects
 * ({@code io.pbm.core.project.Project}, with their goal, budget, flags, history, evaluation input,
 * ex-ante assessment and parent transfer) and unit-wide records (R-SCORE-UNIT).
 *
 * <pre>{@code
 * ProjectDocument document = ProjectReader.of().read(in);           // a whole document
 * try (Stream<ReadRecord> records = ProjectReader.of().stream(in)) { // a million projects, flat heap
 *     records.forEach(record -> …);
 * }
 * }</pre>
 *
 * <p><strong>Nothing is lost</strong>: every record of the input comes out exactly once, in input
 * order, read or rejected. A rejected record lists <em>all</em> its problems, each with a JSON pointer,
 * a stable code ({@link io.pbm.io.ReadingCode}) and a message in Chinese and English; the other records
 * are still read. A record whose id repeats an earlier one of its list is rejected
 * ({@code id.duplicate}). Weights that do not add up, a qualitative score outside its achievement's
 * range, a missing actual are <em>not</em> reading problems: the engines report them.
 *
 * <p><strong>A document that cannot be read at all</strong> — not JSON (unquoted {@code NaN}
 * included), truncated, without {@code "format": "pbm/1"} before its records, beyond a document-level
 * limit of {@link ReadLimits} — fails with one {@link DocumentException}: from {@link #read} before
 * anything is returned, from a {@link #stream} when the stream reaches the failure (the records before
 * it have been delivered).
 *
 * <p><strong>Decimals</strong> (amounts, weights, scores, targets, actuals) are checked on the
 * characters of the token — a JSON string or the text of a JSON number — before any number is built:
 * {@code 1e999999999} or a 10,000-digit number rejects its project, in microseconds
 * ({@code decimal.grammar}).
 *
 * <p>This class is immutable and thread-safe; each document is read on the calling thread.
 */
public final class ProjectReader {

    /** The format of the documents this reader reads. */
    public static final String FORMAT = "pbm/1";

    private static final ProjectReader DEFAULT = new ProjectReader(ReadLimits.DEFAULT);

    private final JsonInput input;

    private ProjectReader(ReadLimits limits) {
        this.input = new JsonInput(limits);
    }

    /**
     * A reader with the default limits.
     *
     * @return the reader
     */
    public static ProjectReader of() {
        return DEFAULT;
    }

    /**
     * A reader with other limits.
     *
     * @param limits  the limits, not null
     * @return the reader
     */
    public static ProjectReader of(ReadLimits limits) {
        Objects.requireNonNull(limits, "limits is null");
        return new ProjectReader(limits);
    }

    /**
     * The limits of this reader.
     *
     * @return the limits
     */
    public ReadLimits limits() {
        return input.limits();
    }

    /**
     * Reads a whole document into memory.
     *
     * @param in  the document in UTF-8, not closed by this method, not null
     * @return the records, in input order
     * @throws DocumentException if the document cannot be read at all
     */
    public ProjectDocument read(InputStream in) {
        Objects.requireNonNull(in, "in is null");
        try (Stream<ReadRecord> records = stream(in)) {
            return new ProjectDocument(records.toList());
        }
    }

    /**
     * Reads a document record by record: each record is read when the stream asks for it, and nothing of
     * it is kept afterwards but its id, so a document of a million projects is read in a small, flat
     * heap. Close the stream (try-with-resources) to release the parser; the input stream is the
     * caller's to close.
     *
     * @param in  the document in UTF-8, not null
     * @return the records, in input order; a terminal operation throws {@link DocumentException} where
     *     the document cannot be read further
     */
    public Stream<ReadRecord> stream(InputStream in) {
        Objects.requireNonNull(in, "in is null");
        RecordIterator records = new RecordIterator(input, in);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(records,
                Spliterator.ORDERED | Spliterator.NONNULL), false).onClose(records::close);
    }
}
