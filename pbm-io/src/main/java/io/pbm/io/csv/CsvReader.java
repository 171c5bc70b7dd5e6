package io.pbm.io.csv;

import io.pbm.io.DocumentException;
import io.pbm.io.ReadLimits;
import io.pbm.io.ReadingCode;
import io.pbm.io.project.ProjectDocument;
import io.pbm.io.project.ReadRecord;
import io.pbm.rules.explain.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;

/**
 * Reads pbm's flat indicator table — one row per indicator, its project's columns repeated on each row
 * (the columns are listed in the {@linkplain io.pbm.io.csv package documentation}) — into the same
 * records as the JSON reader: {@link io.pbm.io.project.ReadProject} or
 * {@link io.pbm.io.project.RejectedRecord} with <em>all</em> its problems.
 *
 * <pre>{@code
 * ProjectDocument document = CsvReader.of().read(Path.of("county.csv"));       // the whole table
 * try (Stream<ReadRecord> records = CsvReader.of(limits).stream(in, "county.csv")) {  // project by project
 *     records.forEach(record -> …);
 * }
 * CsvReader.of().withCharset(CsvReader.GB18030).withWarnings(warnings::add).read(path);
 * }</pre>
 *
 * <p><strong>Encoding</strong>: detected unless given — a UTF-8 byte order mark, else UTF-8 when the
 * first 64 KiB are valid UTF-8, else GB18030 (a superset of GBK, what Chinese Excel writes). Bytes that
 * are not text of that encoding fail the document with {@code document.encoding} at their line; so does
 * UTF-16.
 *
 * <p><strong>Locations</strong>: every problem's path is {@code file.csv:line:column} — the physical line
 * where the row begins (as a text editor numbers it; the header is line 1) and the column's header as
 * written, such as {@code county.csv:7:三级指标}; {@code county.csv:7} when the problem is the row's.
 * Codes are those of the JSON reader ({@link ReadingCode}): the same value is refused the same way in
 * both.
 *
 * <p><strong>Nothing is lost</strong>: every project of the table comes out exactly once, in table
 * order, read or rejected; a project id that appears again after other projects' rows is rejected
 * ({@code id.duplicate}). Columns pbm does not read are ignored, each reported once to the warnings
 * listener ({@code csv.columnUnknown}). A table that cannot be read at all — empty, without a required
 * column, a quote never closed, beyond a document limit of {@link ReadLimits} — fails with one
 * {@link DocumentException}.
 *
 * <p>This class is immutable, and thread-safe when its warnings listener is.
 */
public final class CsvReader {

    /** GB18030, a superset of GBK: the encoding Chinese Excel gives a CSV. */
    public static final Charset GB18030 = CsvText.GB18030;

    private static final CsvReader DEFAULT = new CsvReader(ReadLimits.DEFAULT, null, problem -> { });

    private final ReadLimits limits;
    private final @Nullable Charset charset;
    private final Consumer<Problem> warnings;

    private CsvReader(ReadLimits limits, @Nullable Charset charset, Consumer<Problem> warnings) {
        this.limits = limits;
        this.charset = charset;
        this.warnings = warnings;
    }

    /**
     * A reader with the default limits, detecting the encoding, ignoring warnings.
     *
     * @return the reader
     */
    public static CsvReader of() {
        return DEFAULT;
    }

    /**
     * A reader with other limits.
     *
     * @param limits  the limits, not null
     * @return the reader
     */
    public static CsvReader of(ReadLimits limits) {
        Objects.requireNonNull(limits, "limits is null");
        return new CsvReader(limits, null, DEFAULT.warnings);
    }

    /**
     * A copy that reads every table in one encoding instead of detecting it.
     *
     * @param charset  the encoding, such as {@link #GB18030} or UTF-8 (a byte order mark is skipped), not null
     * @return the reader
     */
    public CsvReader withCharset(Charset charset) {
        Objects.requireNonNull(charset, "charset is null");
        return new CsvReader(limits, charset, warnings);
    }

    /**
     * A copy that reports warnings — columns pbm does not read — to a listener, on the reading thread.
     *
     * @param listener  the listener, not null
     * @return the reader
     */
    public CsvReader withWarnings(Consumer<Problem> listener) {
        Objects.requireNonNull(listener, "listener is null");
        return new CsvReader(limits, charset, listener);
    }

    /**
     * The limits of this reader.
     *
     * @return the limits
     */
    public ReadLimits limits() {
        return limits;
    }

    /**
     * The encoding given, empty when it is detected.
     *
     * @return the encoding
     */
    public Optional<Charset> charset() {
        return Optional.ofNullable(charset);
    }

    /**
     * Reads a whole table file into memory; locations name the file.
     *
     * @param file  the table, not null
     * @return the records, in table order
     * @throws DocumentException if the table cannot be read at all
     */
    public ProjectDocument read(Path file) {
        Objects.requireNonNull(file, "file is null");
        try (Stream<ReadRecord> records = stream(file)) {
            return new ProjectDocument(records.toList());
        }
    }

    /**
     * Reads a whole table into memory.
     *
     * @param in  the table, not closed by this method, not null
     * @param source  the name locations give the table, such as {@code county.csv}, not null
     * @return the records, in table order
     * @throws DocumentException if the table cannot be read at all
     */
    public ProjectDocument read(InputStream in, String source) {
        try (Stream<ReadRecord> records = stream(in, source)) {
            return new ProjectDocument(records.toList());
        }
    }

    /**
     * Reads a table file project by project; close the stream to close the file.
     *
     * @param file  the table, not null
     * @return the records, in table order
     * @throws DocumentException if the file cannot be opened or its header read; a terminal operation
     *     throws it where the table cannot be read further
     */
    public Stream<ReadRecord> stream(Path file) {
        Objects.requireNonNull(file, "file is null");
        InputStream in;
        try {
            in = Files.newInputStream(file);
        } catch (IOException e) {
            throw DocumentException.of(ReadingCode.DOCUMENT_IO, e, file + ": " + e.getMessage());
        }
        try {
            return stream(in, String.valueOf(file.getFileName())).onClose(() -> close(in));
        } catch (RuntimeException e) {
            close(in);
            throw e;
        }
    }

    /**
     * Reads a table project by project: only the current project's rows are held, and of the projects
     * before it only their ids, so a table of a million projects is read in a small, flat heap.
     *
     * @param in  the table, the caller's to close, not null
     * @param source  the name locations give the table, such as {@code county.csv}, not null
     * @return the records, in table order
     * @throws DocumentException if the header cannot be read; a terminal operation throws it where the
     *     table cannot be read further
     */
    public Stream<ReadRecord> stream(InputStream in, String source) {
        Objects.requireNonNull(in, "in is null");
        Objects.requireNonNull(source, "source is null");
        CsvRecords records = new CsvRecords(in, charset, source, limits, warnings);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(records,
                Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    private static void close(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            // A file only read: nothing is lost when its close fails.
        }
    }
}
