package io.pbm.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code pbm} command line: budget performance management (预算绩效管理) from a terminal.
 *
 * <p>The launcher scripts ({@code pbm}, {@code pbm.cmd}) start this class with UTF-8 for files,
 * stdout and stderr, and set the system property {@value #STDERR_IS_TERMINAL} to say whether stderr
 * is a terminal (Java 17 cannot tell on its own), so progress shows only where a person watches.
 *
 * <p>Exit status (json-contract.md): 0 when the input was read, 1 when it cannot be read at all,
 * 2 for a usage error.
 */
@Command(
        name = "pbm",
        mixinStandardHelpOptions = true,
        versionProvider = PbmCommand.Version.class,
        subcommands = {DemoCommand.class, EvaluateCommand.class, ReviewCommand.class, MonitorCommand.class,
            AuditCommand.class, CompareCommand.class, PlanCommand.class, SpotCheckCommand.class, SampleCommand.class,
            PolicyCommand.class, ExplainCommand.class, TemplateCommand.class, JshellCommand.class},
        sortOptions = false,
        usageHelpAutoWidth = true,
        header = {"pbm — budget performance management (预算绩效管理): exact, explainable, tested."},
        description = {
            "Scores and grades spending projects (优/良/中/差) under a named policy,",
            "applies vetoes and decides next year's budget, with the rule behind",
            "every figure."
        },
        footer = {
            "",
            "Policies: mof-2020 (national, 财预〔2020〕10号),",
            "          xinjiang (Xinjiang county and prefecture practice).",
            "Exit status: 0 input read, 1 input unreadable, 2 usage error."
        })
public final class PbmCommand implements Callable<Integer> {

    /** System property set by the launcher: {@code true} when stderr is a terminal. */
    public static final String STDERR_IS_TERMINAL = "pbm.stderr.tty";

    @Spec
    private CommandSpec spec;

    /** Standard output as bytes, for documents; set by {@link #run}. */
    private PrintStream stdout = System.out;

    /**
     * Runs the command line and exits with its status.
     *
     * @param args  the arguments, not null
     */
    public static void main(String[] args) {
        System.exit(run(args, utf8(System.out), utf8(System.err)));
    }

    /**
     * Runs the command line in-process, as tests and embedding tools do.
     *
     * @param args  the arguments, not null
     * @param out  where standard output goes, not null
     * @param err  where errors go, not null
     * @return the exit status
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        PbmCommand command = new PbmCommand();
        command.stdout = out;
        CommandLine cli = new CommandLine(command);
        cli.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        cli.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        return cli.execute(args);
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }

    /**
     * Standard output as bytes, where commands write documents.
     *
     * @return the stream
     */
    PrintStream stdout() {
        return stdout;
    }

    /**
     * Whether the launcher reported stderr to be a terminal.
     *
     * @return true when progress may be drawn on stderr
     */
    public static boolean stderrIsTerminal() {
        return Boolean.getBoolean(STDERR_IS_TERMINAL);
    }

    /**
     * The language of a {@code --lang} option: documents and reports are Chinese unless English is
     * asked for, never the machine's locale.
     *
     * @param lang  {@code zh} or {@code en}
     * @param spec  the command, for the usage error
     * @return the locale
     */
    static Locale locale(String lang, CommandSpec spec) {
        switch (lang.strip().toLowerCase(Locale.ROOT)) {
            case "zh":
            case "zh-cn":
                return Locale.SIMPLIFIED_CHINESE;
            case "en":
                return Locale.ENGLISH;
            default:
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "Invalid value for option '--lang' (valid values zh, en): " + lang);
        }
    }

    private static PrintStream utf8(PrintStream stream) {
        return new PrintStream(stream, true, StandardCharsets.UTF_8);
    }

    /** Reads the version Maven wrote into the jar, so {@code --version} never lies. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            Properties properties = new Properties();
            try (InputStream in = PbmCommand.class.getResourceAsStream("version.properties")) {
                if (in != null) {
                    properties.load(in);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new String[] {
                "pbm " + properties.getProperty("version", "unknown"),
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"
            };
        }
    }
}
