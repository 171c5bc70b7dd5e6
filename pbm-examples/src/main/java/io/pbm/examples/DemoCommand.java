package io.pbm.examples;

import io.pbm.examples.report.DemoReport;
import io.pbm.examples.sample.SampleCounty;
import io.pbm.io.result.ResultWorkbook;
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
        header = "Runs the sample county through the whole pipeline and prints the report.",
        description = {
            "Runs the built-in sample county (998 projects, 150 units; synthetic, calibrated to",
            "沙湾 2021) through the whole pipeline under XINJIANG and prints the report:",
            "grades, vetoes, next year's budget, the largest deviations, missing explanations;",
            "writes the full results to pbm-out/result.json and the result workbook to",
            "pbm-out/result.xlsx."
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
        Path results = writeWhole(outputDir.resolve("result.json"),
                file -> ResultWriter.write(report.batch(), file, locale));
        Path workbook = writeWhole(outputDir.resolve("result.xlsx"),
                file -> ResultWorkbook.write(report.batch(), file, locale));
        boolean english = Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
        out.println();
        out.println(english ? "Full results (pbm-result/1): " + results : "完整结果（pbm-result/1）：" + results);
        out.println(english ? "Result workbook: " + workbook : "结果工作簿：" + workbook);
        out.flush();
        return 0;
    }

    /** What writes a file's content. */
    @FunctionalInterface
    private interface Content {
        void writeTo(OutputStream file) throws IOException;
    }

    /** Writes a file whole and then moves it into place, so a reader never sees half a document. */
    private static Path writeWhole(Path target, Content content) throws IOException {
        Path partial = target.resolveSibling(target.getFileName() + ".part");
        try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(partial))) {
            content.writeTo(file);
        }
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
        return target;
    }
}
