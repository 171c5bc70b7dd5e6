package io.pbm.examples;

import io.pbm.io.policy.PolicyFile;
import io.pbm.rules.policy.Policy;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code pbm policy show|export}: a policy — a preset ({@code mof-2020}, {@code xinjiang}) or a
 * {@code pbm-policy/1} file — listed parameter by parameter for a person, or written as a policy file
 * to start one's own from.
 */
@Command(
        name = "policy",
        mixinStandardHelpOptions = true,
        versionProvider = PbmCommand.Version.class,
        header = "Shows or exports a policy (pbm-policy/1).",
        subcommands = {PolicyCommand.Show.class, PolicyCommand.Export.class},
        description = {"Shows a policy's parameters, or exports it as a pbm-policy/1 file."})
final class PolicyCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }

    /** {@code pbm policy show NAME|FILE}: every parameter, one per line, with its name in the language. */
    @Command(
            name = "show",
            mixinStandardHelpOptions = true,
            versionProvider = PbmCommand.Version.class,
            header = "Lists every parameter of a policy (zh or en).",
            description = {"Lists every parameter of a policy, one per line (zh or en)."})
    static final class Show extends CliCommand {

        @Parameters(paramLabel = "NAME|FILE", description = "A preset (mof-2020, xinjiang) or a pbm-policy/1 file.")
        private String name;

        @Override
        int run() throws IOException {
            Map<String, String> parameters = policy("NAME|FILE", name).parameters();
            int width = 0;
            for (String key : parameters.keySet()) {
                width = Math.max(width, label(key).codePointCount(0, label(key).length()));
            }
            try (OutputStream out = Output.open(root(), null)) {
                PrintWriter text = Output.text(out);
                for (Map.Entry<String, String> parameter : parameters.entrySet()) {
                    String label = label(parameter.getKey());
                    text.println(label + " ".repeat(width - label.codePointCount(0, label.length()) + 2)
                            + parameter.getValue());
                }
                text.flush();
            }
            return 0;
        }

        /** {@code 等级划分 (gradeScale)}: the parameter's name in the language, and its key in files. */
        private String label(String key) {
            String label = text("policy." + key);
            return label.equals("policy." + key) || label.equals(key) ? key : label + " (" + key + ")";
        }
    }

    /** {@code pbm policy export NAME [--out FILE]}: the policy as a {@code pbm-policy/1} file. */
    @Command(
            name = "export",
            mixinStandardHelpOptions = true,
            versionProvider = PbmCommand.Version.class,
            header = "Writes a policy as a pbm-policy/1 file.",
            description = {"Writes a policy with every parameter as a pbm-policy/1 file."})
    static final class Export extends CliCommand {

        @Parameters(paramLabel = "NAME|FILE", description = "A preset (mof-2020, xinjiang) or a pbm-policy/1 file.")
        private String name;

        @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of standard output.")
        private Path file;

        @Override
        int run() throws IOException {
            Policy policy = policy("NAME|FILE", name);
            try (OutputStream out = Output.open(root(), file)) {
                PolicyFile.write(policy, out);
            }
            return 0;
        }
    }
}
