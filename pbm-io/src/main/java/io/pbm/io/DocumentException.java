package io.pbm.io;

import io.pbm.rules.explain.Message;
import io.pbm.rules.explain.Problem;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A document that cannot be read at all — not JSON, truncated, of another format, beyond a
 * document-level limit, or a policy file with problems — with one clear message and a stable
 * {@link #code()}. json-contract.md: the command line prints the message on one line, without a
 * stack trace or a Java class name, and exits with status 1.
 *
 * <p>A problem of one project never throws: the project is rejected with its location, and the other
 * projects are read. A policy file, which is one record, lists all its problems in {@link #problems()}.
 *
 * <p>{@link #getMessage()} is the message in Chinese, as documents are; {@link #render(Locale)} gives
 * English too.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DocumentException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The code, the one part kept when the exception is serialised. */
    private final ReadingCode code;
    private final transient Message message;
    private final transient List<Problem> problems;

    /**
     * Creates the exception.
     *
     * @param code  the code, document-level, not null
     * @param message  the message, not null
     * @param problems  the located problems behind it, possibly none, not null
     * @param cause  the cause, or null
     */
    public DocumentException(ReadingCode code, Message message, List<Problem> problems, Throwable cause) {
        super(Objects.requireNonNull(message, "message is null").toString(), cause);
        this.code = Objects.requireNonNull(code, "code is null");
        this.message = message;
        this.problems = List.copyOf(Objects.requireNonNull(problems, "problems is null"));
    }

    /**
     * Creates the exception for a code, with the code's message.
     *
     * @param code  the code, not null
     * @param cause  the cause, or null
     * @param args  the arguments of the code's message
     * @return the exception
     */
    public static DocumentException of(ReadingCode code, Throwable cause, Object... args) {
        Objects.requireNonNull(code, "code is null");
        return new DocumentException(code, code.message(args), List.of(), cause);
    }

    /**
     * The code, such as {@code document.notJson} or {@code limit.records}.
     *
     * @return the code
     */
    public ReadingCode code() {
        return code;
    }

    /**
     * The message, rendered only when asked.
     *
     * @return the message
     */
    public Message message() {
        return message;
    }

    /**
     * The located problems behind the failure (a policy file's), in document order; empty when the
     * message says it all.
     *
     * @return the problems
     */
    public List<Problem> problems() {
        return problems;
    }

    /**
     * The failure as text: the message, then one line per problem.
     *
     * @param locale  English for {@code en}, Chinese otherwise; not null
     * @return the text
     */
    public String render(Locale locale) {
        StringBuilder text = new StringBuilder(message.render(locale));
        for (Problem problem : problems) {
            text.append('\n').append("  ").append(problem.render(locale));
        }
        return text.toString();
    }
}
