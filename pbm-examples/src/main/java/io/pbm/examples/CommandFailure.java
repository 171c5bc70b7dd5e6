package io.pbm.examples;

import java.util.List;
import java.util.Locale;

/**
 * A failure the command line reports as one line on stderr with exit status 1 (json-contract.md): an
 * input that does not exist or cannot be read, an output that cannot be written. The message is a key
 * of {@link CliText}, rendered in the command's language — never a stack trace or a class name.
 */
final class CommandFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Object> args;

    private CommandFailure(String key, Object... args) {
        super(key, null, false, false);
        this.args = List.of(args);
    }

    /**
     * A failure with its message.
     *
     * @param key  the key in {@code cli_*.properties}, not null
     * @param args  the arguments, none null
     * @return the failure
     */
    static CommandFailure of(String key, Object... args) {
        return new CommandFailure(key, args);
    }

    /**
     * The message in a language.
     *
     * @param locale  the language, not null
     * @return the one-line message
     */
    String render(Locale locale) {
        return CliText.get(locale, getMessage(), args.toArray());
    }
}
