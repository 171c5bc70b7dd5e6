package io.pbm.examples;

import io.pbm.io.form.FormKind;
import io.pbm.io.form.FormTemplate;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code pbm template}: a blank national form (项目支出绩效自评表 or 项目支出绩效目标申报表) as an
 * {@code .xlsx} workbook, with drop-down lists on the comparison and achievement cells, that
 * {@code pbm evaluate} (and every command taking INPUT) reads back once it is filled in.
 */
@Command(
        name = "template",
        mixinStandardHelpOptions = true,
        versionProvider = PbmCommand.Version.class,
        header = "Writes a blank national form (.xlsx) that pbm reads back once filled in.",
        description = {
            "Writes a blank 项目支出绩效自评表 (self-evaluation) or 项目支出绩效目标申报表 (goal)",
            "in the national layout, with pbm's labelled rows (项目编号, 资金类别 …) and drop-down",
            "lists; fill it in and give it to pbm evaluate, review or audit as INPUT."
        })
final class TemplateCommand extends CliCommand {

    @Option(names = "--kind", required = true, paramLabel = "self-evaluation|goal",
            description = "self-evaluation: 项目支出绩效自评表; goal: 项目支出绩效目标申报表.")
    private String kind;

    @Option(names = "--out", required = true, paramLabel = "FILE.xlsx", description = "Where the workbook goes.")
    private Path file;

    @Override
    int run() throws IOException {
        FormKind form = switch (kind.strip().toLowerCase(Locale.ROOT)) {
            case "self-evaluation", "自评表" -> FormKind.SELF_EVALUATION;
            case "goal", "目标申报表" -> FormKind.GOAL;
            default -> throw usage("Invalid value for option '--kind' (valid values self-evaluation, goal): " + kind);
        };
        try (OutputStream out = Output.open(root(), file)) {
            FormTemplate.write(form, out);
        }
        return 0;
    }
}
