package io.pbm.examples;

import io.pbm.examples.report.DemoReport;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code pbm demo}: the main job — the built-in sample county (998 projects over 150 units, calibrated
 * to 沙湾 2021) through the whole pipeline under XINJIANG, and a report a finance officer can read.
 */
@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        versionProvider = PbmCommand.Version.class,
        description = {
            "Runs the built-in sample county (998 projects, 150 units; synthetic, calibrated to",
            "沙湾 2021) through the whole pipeline under XINJIANG and prints the report:",
            "grades, vetoes, next year's budget, the largest deviations, missing explanations."
        })
final class DemoCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--lang", paramLabel = "zh|en", defaultValue = "zh",
            description = "Language of the report: zh (default) or en.")
    private String lang;

    @Override
    public Integer call() {
        Locale locale = PbmCommand.locale(lang, spec);
        spec.commandLine().getOut().print(DemoReport.sampleCounty().render(locale));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
