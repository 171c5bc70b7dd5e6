package io.pbm.examples;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * The one place where the command line writes its output: the {@code --format} and {@code --out}
 * options (a picocli mixin), standard output or a file, and the formats of json-contract.md —
 * {@code json} for documents, {@code table} for people, {@code csv} for pandas and R, {@code xlsx}
 * with {@code --out}. Everything written is UTF-8.
 */
final class Output {

    /** The output formats of json-contract.md. */
    enum Format {
        /** The command's JSON document. */
        JSON,
        /** Text for a person. */
        TABLE,
        /** Comma-separated values. */
        CSV,
        /** A workbook, with {@code --out}. */
        XLSX;

        String text() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "json: the document; table: text for a person (default: ${DEFAULT-VALUE}); csv; xlsx"
                    + " (with --out) — the formats a command writes are listed when another is asked for.")
    private String format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    private Path file;

    /**
     * The format asked for, if the command writes it.
     *
     * @param spec  the command, for the usage error
     * @param first  a format the command writes
     * @param more  the other formats it writes
     * @return the format
     * @throws CommandLine.ParameterException if the command does not write that format (exit status 2)
     */
    Format format(CommandSpec spec, Format first, Format... more) {
        Set<Format> supported = EnumSet.of(first, more);
        Format asked = Arrays.stream(Format.values()).filter(f -> f.text().equals(format.strip().toLowerCase(Locale.ROOT)))
                .findFirst().orElse(null);
        if (asked == null || !supported.contains(asked)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Invalid value for option '--format' (valid values "
                    + supported.stream().map(Format::text).collect(Collectors.joining(", ")) + "): " + format);
        }
        if (asked == Format.XLSX && file == null) {
            // A workbook is binary: it goes to a file, never into a terminal or a pipe of text.
            throw new CommandLine.ParameterException(spec.commandLine(), "Option '--format xlsx' needs '--out FILE.xlsx'");
        }
        return asked;
    }

    /**
     * The format asked for, for a command that writes a document in every format of json-contract.md.
     *
     * @param spec  the command, for the usage error
     * @return the format
     * @throws CommandLine.ParameterException if the format is none of them (exit status 2)
     */
    Format anyFormat(CommandSpec spec) {
        return format(spec, Format.JSON, Format.TABLE, Format.CSV, Format.XLSX);
    }

    /**
     * Whether the output goes to a file ({@code --out}) rather than standard output.
     *
     * @return true with {@code --out}
     */
    boolean toFile() {
        return file != null;
    }

    /**
     * A file beside the {@code --out} file, named after it: {@code result.csv} → {@code result-indicators.csv}.
     *
     * @param suffix  what to add before the extension, such as {@code -indicators}
     * @return the sibling, or null when the output is standard output
     */
    Path sibling(String suffix) {
        if (file == null) {
            return null;
        }
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String sibling = dot <= 0 ? name + suffix : name.substring(0, dot) + suffix + name.substring(dot);
        return file.resolveSibling(sibling);
    }

    /**
     * Opens where the output goes: the {@code --out} file, or standard output (left open).
     *
     * @param root  the command line, for its standard output
     * @return the stream; close it when done
     * @throws CommandFailure if the file cannot be created
     */
    OutputStream open(PbmCommand root) {
        return open(root, file);
    }

    /**
     * Opens a file, or standard output when there is none.
     *
     * @param root  the command line, for its standard output
     * @param file  the file, or null for standard output
     * @return the stream; close it when done (standard output stays open)
     * @throws CommandFailure if the file cannot be created
     */
    static OutputStream open(PbmCommand root, Path file) {
        if (file == null) {
            return new NonClosing(root.stdout());
        }
        try {
            return new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
        } catch (IOException e) {
            throw CommandFailure.of("output.cannotCreate", file);
        }
    }

    /**
     * Text on a stream, in UTF-8; flush it when done.
     *
     * @param out  the stream
     * @return the writer
     */
    static PrintWriter text(OutputStream out) {
        return new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), false);
    }

    /** Standard output stays open after the command: the JVM and other commands still write to it. */
    private static final class NonClosing extends FilterOutputStream {
        NonClosing(PrintStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
