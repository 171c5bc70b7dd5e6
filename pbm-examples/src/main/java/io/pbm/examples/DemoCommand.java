package io.pbm.examples;

import io.pbm.examples.report.DemoReport;
import io.pbm.examples.sample.SampleCounty;
import io.pbm.io.result.ResultWriter;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
            "grades, vetoes, next year's budget, the largest deviations, missing explanations;",
            "writes the full results to pbm-out/result.json."
        })
final class DemoCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--lang", paramLabel = "zh|en", defaultValue = "zh",
            description = "Language of the report and the documents: zh (default) or en.")
    private String lang;

    @Option(names = "--output-dir", paramLabel = "DIR", defaultValue = "pbm-out",
            description = "Where the full results are written (default: ${DEFAULT-VALUE}).")
    private Path outputDir;

    @Override
    public Integer call() throws IOException {
        Locale locale = PbmCommand.locale(lang, spec);
        DemoReport report;
        try (Progress progress = Progress.start(spec.commandLine().getErr(), locale, SampleCounty.PROJECTS)) {
            report = DemoReport.sampleCounty(progress::each);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(report.render(locale));
        Files.createDirectories(outputDir);
        Path results = outputDir.resolve("result.json");
        // Written whole and then moved, so a reader never sees half a document.
        Path partial = outputDir.resolve("result.json.part");
        try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(partial))) {
            ResultWriter.write(report.batch(), file, locale);
        }
        Files.move(partial, results, StandardCopyOption.REPLACE_EXISTING);
        out.println();
        out.println(Locale.ENGLISH.getLanguage().equals(locale.getLanguage())
                ? "Full results (pbm-result/1): " + results
                : "完整结果（pbm-result/1）：" + results);
        out.flush();
        return 0;
    }
}
