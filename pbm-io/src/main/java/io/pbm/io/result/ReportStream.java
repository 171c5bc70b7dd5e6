package io.pbm.io.result;

import com.fasterxml.jackson.core.JsonGenerator;
import io.pbm.core.InvalidValueException;
import io.pbm.io.DocumentException;
import io.pbm.io.project.RejectedRecord;
import io.pbm.rules.explain.Problem;
import io.pbm.rules.explain.Rejection;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Writes a review, monitoring or audit document ({@code pbm-review/1}, {@code pbm-monitor/1},
 * {@code pbm-audit/1}) as results arrive, so a document of any size is checked in a small heap: each
 * project's result goes into {@code results} at once; rejections — the engine's and the reader's — are
 * held aside (on disk when large, as {@link ResultWriter} holds them) until {@code results} is closed,
 * then written in the order they arrived, followed by the summary, added up as the results came.
 * Obtain one from {@link ReportWriter#review}, {@link ReportWriter#monitor} or {@link ReportWriter#audit}.
 *
 * <pre>{@code
 * BudgetReview review = BudgetReview.of(policy);
 * try (ReportStream<ProjectReview, ReviewSummary> writer = ReportWriter.review(out, policy, locale)) {
 *     for (ReadRecord record : (Iterable<ReadRecord>) reader.stream(in)::iterator) {
 *         if (record instanceof ReadProject project) {
 *             writer.accept(project.index(), review.review(project.project()));
 *         } else if (record instanceof RejectedRecord rejected) {
 *             writer.reject(rejected);
 *         }
 *     }
 *     writer.finish();
 * }
 * }</pre>
 *
 * <p>Each result is given with the project's index in the document (the engines are functions of the
 * project alone and do not know where it stood): it is written as the result's {@code index}, and the
 * result's record-relative paths become document pointers ({@code /projects/<index>/indicators}). Fed the
 * same results in input order, the document is byte-identical to what {@link ReportWriter}'s whole-report
 * methods write with the {@code ProjectDocument}.
 *
 * <p>If the input fails after output has begun, {@link #fail(String, String)} closes the document validly,
 * with what was processed and an {@code "error": {"code", "message"}} member.
 *
 * <p>This class is mutable and <em>not</em> thread-safe: feed it from one thread, in input order.
 *
 * @param <R> the engine's result of one project
 * @param <S> the summary of the document
 */
public final class ReportStream<R, S> implements AutoCloseable {

    /**
     * What one kind of document writes: its members before {@code results}, a result, and the summary,
     * which is added up from the summaries of one result or of rejections alone.
     */
    abstract static class Kind<R, S> {

        private final String format;
        private final Function<R, String> projectId;
        private final BiFunction<List<R>, Integer, S> summaries;
        private final BinaryOperator<S> plus;

        Kind(String format, Function<R, String> projectId, BiFunction<List<R>, Integer, S> summaries,
                BinaryOperator<S> plus) {
            this.format = format;
            this.projectId = projectId;
            this.summaries = summaries;
            this.plus = plus;
        }

        final String format() {
            return format;
        }

        final String projectId(R result) {
            return projectId.apply(result);
        }

        /** The summary of one result. */
        final S summaryOf(R result) {
            return summaries.apply(List.of(result), 0);
        }

        /** The summary of a number of rejections and nothing else. */
        final S rejected(int count) {
            return summaries.apply(List.of(), count);
        }

        final S plus(S first, S second) {
            return plus.apply(first, second);
        }

        /** Members between {@code policy} and {@code results}, such as the month of a monitoring. */
        void head(DocumentOut doc) throws IOException {
            // most documents have none
        }

        /** Writes one result; its paths prefixed with {@code prefix}, its index null when unknown. */
        abstract void result(DocumentOut doc, R result, @Nullable Long index, String prefix) throws IOException;

        abstract void summary(DocumentOut doc, S summary) throws IOException;
    }

    private final Kind<R, S> kind;
    private final DocumentOut doc;
    private final JsonGenerator g;
    private final Held rejected;
    private final String policyName;
    private final String policyVersion;
    private S summary;
    private boolean begun;
    private boolean finished;

    ReportStream(Kind<R, S> kind, OutputStream out, Locale locale, String policyName, String policyVersion,
            long heldInMemory) {
        this.kind = kind;
        this.doc = new DocumentOut(out, locale);
        this.g = doc.g;
        this.rejected = new Held(heldInMemory, locale);
        this.policyName = policyName;
        this.policyVersion = policyVersion;
        this.summary = kind.rejected(0);
    }

    private void begin() {
        if (finished) {
            throw new IllegalStateException("the document is finished");
        }
        if (begun) {
            return;
        }
        begun = true;
        DocumentOut.io(() -> {
            doc.begin(kind.format(), policyName, policyVersion);
            kind.head(doc);
            g.writeArrayFieldStart("results");
        });
    }

    /**
     * Takes the next project's result: written at once.
     *
     * @param index  the project's position in the document, from 0
     * @param result  the engine's result, not null
     * @throws InvalidValueException if the index is negative
     * @throws IllegalStateException if the document is finished
     * @throws UncheckedIOException if the stream cannot be written
     */
    public void accept(long index, R result) {
        Objects.requireNonNull(result, "result is null");
        requireIndex(index);
        write(result, index, "/projects/" + index);
    }

    /** Writes a result; the whole-report writers pass what their {@code ProjectDocument} knows. */
    void write(R result, @Nullable Long index, String prefix) {
        begin();
        summary = kind.plus(summary, kind.summaryOf(result));
        DocumentOut.io(() -> kind.result(doc, result, index, prefix));
    }

    /**
     * Takes a project the engine rejected: held until {@code results} closes, its problems' paths made
     * document pointers.
     *
     * @param index  the project's position in the document, from 0
     * @param rejection  the engine's rejection, not null
     * @throws InvalidValueException if the index is negative
     * @throws IllegalStateException if the document is finished
     */
    public void reject(long index, Rejection rejection) {
        Objects.requireNonNull(rejection, "rejection is null");
        requireIndex(index);
        hold(rejection.id(), index, "/projects/" + index, rejection.problems());
    }

    /**
     * Takes a record the reader rejected: held until {@code results} closes, its problems' paths written
     * as they are (they are already document pointers).
     *
     * @param record  the record, not null
     * @throws IllegalStateException if the document is finished
     */
    public void reject(RejectedRecord record) {
        Objects.requireNonNull(record, "record is null");
        hold(record.knownId().orElse(""), (long) record.index(), "", record.problems());
    }

    /** Holds a rejection; the whole-report writers pass what their {@code ProjectDocument} knows. */
    void hold(String projectId, @Nullable Long index, String prefix, List<Problem> problems) {
        begin();
        summary = kind.plus(summary, kind.rejected(1));
        DocumentOut.io(() -> {
            rejected.out().rejected(projectId, index, prefix, problems);
            rejected.added();
        });
    }

    /**
     * The summary of what was taken so far.
     *
     * @return the summary
     */
    public S summary() {
        return summary;
    }

    /**
     * Closes {@code results}, writes the held rejections and the summary, and ends the document.
     *
     * @return the summary written
     * @throws IllegalStateException if the document is finished
     * @throws UncheckedIOException if the stream cannot be written
     */
    public S finish() {
        return end(summary, null, null);
    }

    /**
     * Ends the document after a failure of the input (json-contract.md: a document-level failure after
     * output has begun): what was processed, its summary, and an {@code "error": {"code", "message"}} member.
     *
     * @param code  the failure's code, such as {@code document.truncated}, not null
     * @param message  the failure in the writer's language, not null
     * @return the summary of what was processed
     * @throws IllegalStateException if the document is finished
     * @throws UncheckedIOException if the stream cannot be written
     */
    public S fail(String code, String message) {
        Objects.requireNonNull(code, "code is null");
        Objects.requireNonNull(message, "message is null");
        return end(summary, code, message);
    }

    /**
     * Ends the document after the reader failed: {@link #fail(String, String)} with the failure's code
     * and its message in the writer's language.
     *
     * @param failure  the reader's failure, not null
     * @return the summary of what was processed
     * @throws IllegalStateException if the document is finished
     */
    public S fail(DocumentException failure) {
        Objects.requireNonNull(failure, "failure is null");
        return fail(failure.code().code(), failure.render(doc.locale()));
    }

    /**
     * Whether the document is ended.
     *
     * @return true after {@link #finish()} or {@link #fail}
     */
    public boolean finished() {
        return finished;
    }

    /**
     * Whether held rejections went beyond the bound in memory to a temporary file (deleted when the
     * document ends or the writer closes).
     *
     * @return true if a temporary file was used
     */
    public boolean spilled() {
        return rejected.spilled();
    }

    /** Ends the document with a summary; the whole-report writers pass the report's own. */
    S end(S written, @Nullable String code, @Nullable String message) {
        begin();
        DocumentOut.io(() -> {
            g.writeEndArray();
            g.writeArrayFieldStart("rejected");
            rejected.copyTo(g);
            g.writeEndArray();
            kind.summary(doc, written);
            doc.error(code, message);
            doc.end();
        });
        DocumentOut.io(rejected::close);
        finished = true;
        return written;
    }

    /**
     * Flushes and releases the generator and deletes the held rejections' temporary file; the stream
     * stays open. A document not finished is left unfinished: call {@link #finish()} or {@link #fail} first.
     *
     * @throws UncheckedIOException if the stream cannot be written
     */
    @Override
    public void close() {
        DocumentOut.io(() -> {
            try {
                g.close();
            } finally {
                rejected.close();
            }
        });
    }

    private static void requireIndex(long index) {
        InvalidValueException.check(index >= 0, "index", index, "index >= 0");
    }
}
