package io.pbm.examples;

import io.pbm.io.DocumentException;
import io.pbm.io.csv.CsvReader;
import io.pbm.io.form.FormDefaults;
import io.pbm.io.form.FormReader;
import io.pbm.io.project.ProjectDocument;
import io.pbm.io.project.ProjectReader;
import io.pbm.io.project.ReadRecord;
import io.pbm.rules.explain.Problem;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The one place where the command line reads its INPUT: the reader is chosen by the file's extension —
 * {@code .xlsx} a workbook of the national forms, {@code .csv} a CSV file, anything else a {@code pbm/1}
 * JSON document — and every command gets the same records ({@link ReadRecord}: read or rejected with
 * all its problems, in input order).
 *
 * <p>A file that does not exist or cannot be opened fails with a {@link CommandFailure}; a document
 * that cannot be read at all with the reader's {@link DocumentException}. Both end the command with
 * exit status 1 and one line on stderr. What a reader notices without rejecting anything (a CSV column
 * pbm does not read) goes to the warnings listener.
 */
final class InputFile {

    /** Big enough that reading a large document is not a matter of system calls. */
    private static final int BUFFER = 1 << 16;

    private final Path path;
    private final FormDefaults forms;
    private final Consumer<Problem> warnings;

    private InputFile(Path path, FormDefaults forms, Consumer<Problem> warnings) {
        this.path = path;
        this.forms = forms;
        this.warnings = warnings;
    }

    /**
     * The input at a path.
     *
     * @param path  the file, not null
     * @return the input
     */
    static InputFile of(Path path) {
        return new InputFile(Objects.requireNonNull(path, "path is null"), FormDefaults.NONE, warning -> { });
    }

    /**
     * A copy reading {@code .xlsx} forms with these defaults for what a form does not say.
     *
     * @param defaults  the defaults, not null
     * @return the input
     */
    InputFile withForms(FormDefaults defaults) {
        return new InputFile(path, Objects.requireNonNull(defaults, "defaults is null"), warnings);
    }

    /**
     * A copy telling a listener what the reader noticed without rejecting anything, such as a CSV column
     * pbm does not read ({@code csv.columnUnknown}).
     *
     * @param listener  receives each warning once, not null
     * @return the input
     */
    InputFile withWarnings(Consumer<Problem> listener) {
        return new InputFile(path, forms, Objects.requireNonNull(listener, "listener is null"));
    }

    /**
     * The file.
     *
     * @return the path
     */
    Path path() {
        return path;
    }

    /**
     * The records one at a time, so that a document of any size is read in a small heap. Close the
     * stream (try-with-resources): that closes the file.
     *
     * @return the records in input order; a terminal operation throws {@link DocumentException} where
     *     the document cannot be read further
     * @throws CommandFailure if the file does not exist or cannot be opened, or its kind cannot be read
     */
    Stream<ReadRecord> records() {
        return records(null);
    }

    /**
     * {@link #records()}, with a progress line following how much of the file has been read.
     *
     * @param progress  the progress line, or null for none
     * @return the records in input order
     * @throws CommandFailure if the file does not exist or cannot be opened, or its kind cannot be read
     */
    Stream<ReadRecord> records(Progress progress) {
        String file = path.getFileName() == null ? "" : path.getFileName().toString();
        String name = file.toLowerCase(Locale.ROOT);
        Function<InputStream, Stream<ReadRecord>> reader;
        if (name.endsWith(".xlsx")) {
            reader = in -> FormReader.of().stream(in, file, forms);
        } else if (name.endsWith(".csv")) {
            reader = in -> CsvReader.of().withWarnings(warnings).stream(in, file);
        } else {
            reader = ProjectReader.of()::stream;
        }
        InputStream in = watched(open(), progress);
        try {
            return reader.apply(in).onClose(() -> close(in));
        } catch (RuntimeException e) {
            close(in);
            throw e;
        }
    }

    /**
     * The whole document in memory, for the commands that look at all projects together (review,
     * audit, compare, plan, spot checks).
     *
     * @return the document
     * @throws CommandFailure if the file does not exist or cannot be opened
     * @throws DocumentException if the document cannot be read at all
     */
    ProjectDocument read() {
        try (Stream<ReadRecord> records = records()) {
            return new ProjectDocument(records.toList());
        }
    }

    private InputStream open() {
        try {
            return new BufferedInputStream(Files.newInputStream(path), BUFFER);
        } catch (NoSuchFileException e) {
            throw CommandFailure.of("input.missing", path);
        } catch (IOException e) {
            throw CommandFailure.of("input.unreadable", path);
        }
    }

    private InputStream watched(InputStream in, Progress progress) {
        if (progress == null) {
            return in;
        }
        try {
            return progress.reading(in, Files.size(path));
        } catch (IOException e) {
            // Without a size the line counts projects only.
            return in;
        }
    }

    private static void close(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            // The records are read; a file that fails to close has nothing left to tell.
        }
    }
}
