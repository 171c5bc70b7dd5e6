package io.pbm.examples;

import io.pbm.core.InvalidValueException;
import io.pbm.core.Labelled;
import io.pbm.io.DocumentException;
import io.pbm.io.policy.PolicyFile;
import io.pbm.io.project.ProjectReader;
import io.pbm.io.project.ReadProject;
import io.pbm.io.project.ReadRecord;
import io.pbm.io.project.RejectedRecord;
import io.pbm.io.result.ResultWriter;
import io.pbm.rules.pipeline.Pipeline;
import io.pbm.rules.pipeline.ProjectOutcome;
import io.pbm.rules.pipeline.ProjectResult;
import io.pbm.rules.pipeline.SummaryBuilder;
import io.pbm.rules.policy.Policy;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code pbm evaluate}: a {@code pbm/1} document through the whole pipeline under a policy —
 * exclusion (R-PLAN-4), scoring and grading, vetoes, next year's budget — read, evaluated and written
 * project by project, so a document of any size runs in a small heap.
 *
 * <p>Exit status (json-contract.md): 0 when the document was read (rejected projects are reported, not
 * fatal); 1 when it cannot be read at all — one line on stderr, and with {@code --format json} the
 * output still closes as a valid document with an {@code error} member; 2 for a usage error.
 */
@Command(
        name = "evaluate",
        mixinStandardHelpOptions = true,
        versionProvider = PbmCommand.Version.class,
        description = {
            "Evaluates the projects of a pbm/1 document under a policy: scores, grades,",
            "vetoes and next year's budget, with the rule behind every figure."
        })
final class EvaluateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @CommandLine.ParentCommand
    private PbmCommand parent;

    @Option(names = "--policy", required = true, paramLabel = "mof-2020|xinjiang|FILE",
            description = "A preset (mof-2020, xinjiang) or a pbm-policy/1 file.")
    private String policyName;

    @Option(names = "--format", paramLabel = "json|table", defaultValue = "table",
            description = "json: the pbm-result/1 document; table: a line per project and the summary"
                    + " (default: ${DEFAULT-VALUE}).")
    private String format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    private Path outFile;

    @Option(names = "--lang", paramLabel = "zh|en", defaultValue = "zh",
            description = "Language of messages: zh (default) or en.")
    private String lang;

    @Parameters(paramLabel = "INPUT", description = "The pbm/1 document (JSON).")
    private Path input;

    @Override
    public Integer call() throws IOException {
        Locale locale = PbmCommand.locale(lang, spec);
        boolean json = switch (format.strip().toLowerCase(Locale.ROOT)) {
            case "json" -> true;
            case "table" -> false;
            default -> throw new CommandLine.ParameterException(spec.commandLine(),
                    "Invalid value for option '--format' (valid values json, table): " + format);
        };
        Policy policy = policy(locale);
        if (policy == null) {
            return 1;
        }
        // A table on standard output shows its own progress, and a progress line would break into it.
        try (Progress progress = json || outFile != null ? Progress.start(spec.commandLine().getErr(), locale, -1)
                : Progress.silent(spec.commandLine().getErr());
                InputStream in = progress.reading(open(input), Files.size(input)); OutputStream out = outFile == null
                ? new NonClosing(parent.stdout()) : new BufferedOutputStream(Files.newOutputStream(outFile))) {
            DocumentException failure = json ? writeJson(in, out, policy, locale, progress)
                    : writeTable(in, out, policy, locale, progress);
            out.flush();
            progress.close();
            if (failure != null) {
                return unreadable(failure.render(locale));
            }
            return 0;
        } catch (NoSuchFileException e) {
            return unreadable(english(locale) ? "pbm: no such file: " + input : "pbm：找不到文件 " + input);
        } catch (DocumentException e) {
            return unreadable(e.render(locale));
        }
    }

    private static InputStream open(Path path) throws IOException {
        return new java.io.BufferedInputStream(Files.newInputStream(path), 1 << 16);
    }

    private DocumentException writeJson(InputStream in, OutputStream out, Policy policy, Locale locale,
            Progress progress) {
        return ResultWriter.evaluate(ProjectReader.of(), in, policy, out, locale, progress::step).failure();
    }

    private DocumentException writeTable(InputStream in, OutputStream out, Policy policy, Locale locale,
            Progress progress) {
        PrintWriter table = new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), false);
        Pipeline pipeline = Pipeline.of(policy);
        SummaryBuilder summary = SummaryBuilder.of(policy);
        boolean english = english(locale);
        DocumentException failure = null;
        try (Stream<ReadRecord> records = ProjectReader.of().stream(in)) {
            Iterator<ReadRecord> each = records.iterator();
            while (each.hasNext()) {
                ReadRecord record = each.next();
                if (record instanceof ReadProject || record instanceof RejectedRecord) {
                    progress.step();
                }
                if (record instanceof ReadProject read) {
                    ProjectOutcome outcome = pipeline.evaluate(read.project(), read.index());
                    summary.add(outcome);
                    table.println(line(outcome, english, locale));
                } else if (record instanceof RejectedRecord rejected) {
                    summary.add(new io.pbm.rules.pipeline.RejectedProject(rejected.index(), rejected.toRejection()));
                    table.print(rejected.render(locale));
                }
            }
        } catch (DocumentException e) {
            failure = e;
        }
        io.pbm.rules.pipeline.Summary totals = summary.build();
        // A document that fails before its first record has nothing to sum up: the error line says it all.
        if (failure == null || totals.projects() > 0) {
            table.println();
            table.print(totals.render(locale));
        }
        table.flush();
        return failure;
    }

    private static String line(ProjectOutcome outcome, boolean english, Locale locale) {
        if (outcome instanceof ProjectResult result) {
            return result.projectId() + "  " + result.score() + "  " + label(result.rawGrade(), english)
                    + (result.grade() == result.rawGrade() ? "" : " → " + label(result.grade(), english))
                    + "  " + label(result.budgetDecision().action(), english) + " " + result.budgetDecision().before()
                    + " → " + result.budgetDecision().after();
        }
        return outcome.asExclusion().map(e -> e.projectId() + "  " + e.rule() + "  " + e.message().render(locale))
                .or(() -> outcome.asRejected().map(r -> r.rejection().render(locale).strip()))
                .orElse(outcome.toString());
    }

    private static String label(Labelled labelled, boolean english) {
        return english ? labelled.englishLabel() : labelled.label();
    }

    private Policy policy(Locale locale) {
        Path file = Path.of(policyName);
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                return PolicyFile.read(in);
            } catch (DocumentException e) {
                unreadable(e.render(locale));
                return null;
            } catch (IOException e) {
                unreadable((english(locale) ? "pbm: cannot read " : "pbm：无法读取 ") + file);
                return null;
            }
        }
        try {
            return PolicyFile.preset(policyName);
        } catch (InvalidValueException e) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "Invalid value for option '--policy' (valid values mof-2020, xinjiang, or a policy file): "
                            + policyName);
        }
    }

    private int unreadable(String message) {
        PrintWriter err = spec.commandLine().getErr();
        err.println(message.strip().lines().findFirst().orElse(message));
        err.flush();
        return 1;
    }

    private static boolean english(Locale locale) {
        return "en".equals(locale.getLanguage());
    }

    /** Standard output stays open after the command: the JVM and other commands still write to it. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
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
