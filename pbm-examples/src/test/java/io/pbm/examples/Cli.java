package io.pbm.examples;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import io.pbm.examples.sample.SampleGenerator;
import io.pbm.examples.sample.SampleProfile;
import io.pbm.io.project.ProjectWriter;

/** The command line run in-process as a user types it, with what it printed; and the test documents. */
final class Cli {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    /** Runs a command line, after forgetting what the last one printed. */
    int run(String... args) {
        out.reset();
        err.reset();
        return PbmCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    /** pbm-io's sample document (its test-jar) copied into a directory. */
    static Path fixture(Path dir, String name) {
        Path file = dir.resolve(name);
        try (InputStream in = Cli.class.getResourceAsStream("/samples/" + name)) {
            Files.write(file, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** A synthetic county written as a pbm/1 document. */
    static Path sample(Path dir, int projects, int units, long seed, boolean withErrors) {
        Path file = dir.resolve("sample-" + projects + "-" + seed + (withErrors ? "-errors" : "") + ".json");
        try (OutputStream stream = Files.newOutputStream(file)) {
            ProjectWriter.write(SampleGenerator.iterable(projects, units, seed, SampleProfile.COUNTY, withErrors), stream);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}
