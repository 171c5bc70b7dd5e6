package io.pbm.examples;

import io.pbm.core.InvalidValueException;
import io.pbm.core.Labelled;
import io.pbm.io.DocumentException;
import io.pbm.io.policy.PolicyFile;
import io.pbm.rules.policy.Policy;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * What every {@code pbm} command that reads or writes a document shares: the {@code --lang} option,
 * policies by preset name or file, and the exit statuses of json-contract.md — 0 when the input was
 * read (rejected projects are reported, not fatal), 1 when it cannot be read at all (one line on
 * stderr in the chosen language: no stack trace, no class name), 2 for a usage error (picocli's
 * {@link CommandLine.ParameterException}, with the usage help).
 */
abstract class CliCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--lang", paramLabel = "zh|en", defaultValue = "zh",
            description = "Language of messages: zh (default) or en.")
    private String lang;

    private Locale locale = Locale.SIMPLIFIED_CHINESE;

    @Override
    public final Integer call() throws IOException {
        locale = PbmCommand.locale(lang, spec);
        try {
            return run();
        } catch (CommandFailure e) {
            return unreadable(e.render(locale));
        } catch (DocumentException e) {
            return unreadable(e.render(locale));
        } catch (UncheckedIOException e) {
            return unreadable(CliText.get(locale, "output.unwritable"));
        }
    }

    /**
     * Runs the command once its language is known.
     *
     * @return the exit status
     * @throws IOException if the output cannot be written
     * @throws CommandFailure if the input cannot be opened
     * @throws DocumentException if the input cannot be read at all
     */
    abstract int run() throws IOException;

    /**
     * The language of {@code --lang}.
     *
     * @return Chinese unless English was asked for
     */
    final Locale locale() {
        return locale;
    }

    /**
     * Whether the output is in English.
     *
     * @return true for {@code --lang en}
     */
    final boolean english() {
        return CliText.english(locale);
    }

    /**
     * A constant's label in the command's language.
     *
     * @param labelled  the constant, or null
     * @return its Chinese or English label; {@code —} for null
     */
    final String label(Labelled labelled) {
        return labelled == null ? "—" : english() ? labelled.englishLabel() : labelled.label();
    }

    /**
     * A text of the command line in the command's language.
     *
     * @param key  the key, not null
     * @param args  the arguments
     * @return the text
     */
    final String text(String key, Object... args) {
        return CliText.get(locale, key, args);
    }

    /**
     * A policy named on the command line: an existing file is a {@code pbm-policy/1} file, anything else
     * the name of a preset ({@code mof-2020}, {@code xinjiang}).
     *
     * @param option  the option, for the usage error, such as {@code --policy}
     * @param name  the preset's name or the file, not null
     * @return the policy
     * @throws CommandLine.ParameterException if it is neither a file nor a preset (exit status 2)
     * @throws DocumentException if the file is not a usable policy file (exit status 1)
     * @throws CommandFailure if the file cannot be read
     */
    final Policy policy(String option, String name) {
        Path file = Path.of(name);
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                return PolicyFile.read(in);
            } catch (IOException e) {
                throw CommandFailure.of("input.unreadable", file);
            }
        }
        try {
            return PolicyFile.preset(name);
        } catch (InvalidValueException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Invalid value for option '" + option
                    + "' (valid values mof-2020, xinjiang, or a policy file): " + name);
        }
    }

    /**
     * A usage error of this command (exit status 2).
     *
     * @param message  what is wrong, naming the option and the valid values
     * @return the exception to throw
     */
    final CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }

    /**
     * Reads an option's value with a pbm factory: a value the factory refuses is a usage error naming
     * the option and the valid values.
     *
     * @param <T>  the value's type
     * @param option  the option, such as {@code --year}
     * @param value  makes the value
     * @return the value
     * @throws CommandLine.ParameterException if the factory refuses it (exit status 2)
     */
    final <T> T option(String option, Supplier<T> value) {
        try {
            return value.get();
        } catch (InvalidValueException e) {
            throw usage("Invalid value for option '" + option + "': " + e.getMessage());
        }
    }

    /**
     * Prints the first line of a message on stderr.
     *
     * @param message  the message
     * @return 1, the exit status of an input that cannot be read
     */
    final int unreadable(String message) {
        PrintWriter err = spec.commandLine().getErr();
        err.println(message.strip().lines().findFirst().orElse(message));
        err.flush();
        return 1;
    }

    /**
     * The command line this command runs in, for its standard output.
     *
     * @return the root command
     */
    final PbmCommand root() {
        return (PbmCommand) spec.root().userObject();
    }
}
