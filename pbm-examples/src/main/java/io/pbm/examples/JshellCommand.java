package io.pbm.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import jdk.jshell.tool.JavaShellToolBuilder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code pbm jshell}: the JDK's JShell with pbm on the class path and the startup script {@code pbm.jsh}
 * (the API imported; {@code county()}, {@code load(file)}, {@code evaluate(projects, policy)},
 * {@code compare(projects, a, b)}, {@code policy(name)}, {@code explain(projects, policy, id)}).
 *
 * <p>JShell runs in this JVM, so Ctrl-C interrupts a snippet rather than killing the launcher; it runs
 * snippets in a JVM of its own, started with the class path given here. The launcher runs pbm from the
 * class path as one jar whose manifest names its libraries, so the class path handed to JShell is that
 * jar and every jar its manifest names — JShell's compiler and its execution JVM both see every library.
 * The script ships as a resource of the jar and is copied to a temporary file for the session, so it is
 * found from any working directory.
 */
@Command(
        name = "jshell",
        mixinStandardHelpOptions = true,
        versionProvider = PbmCommand.Version.class,
        header = "JShell with pbm on the class path and helpers for research.",
        description = {
            "Starts JShell with pbm on the class path and helpers for research:",
            "  var projects = county()            the sample county (or load(\"county.json\"))",
            "  evaluate(projects, XINJIANG)       grades, mean score, vetoes, budget",
            "  println(compare(projects, MOF_2020, MOF_2020.withGradeScale(",
            "          GradeScale.NATIONAL.withLowerBound(Grade.FAIR, Score.of(70)))))",
            "Options after the command go to jshell (for example -R-Xmx2g). Needs a JDK."
        })
final class JshellCommand implements Callable<Integer> {

    /** The startup script's resource name, next to this class in the jar. */
    static final String SCRIPT = "pbm.jsh";

    @Spec
    private CommandSpec spec;

    @CommandLine.ParentCommand
    private PbmCommand parent;

    @CommandLine.Unmatched
    private List<String> jshellOptions = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        try {
            return launch(System.in, parent.stdout(), System.err, jshellOptions);
        } catch (LinkageError e) {
            // A Java runtime without the jdk.jshell module (a JRE or a trimmed image).
            spec.commandLine().getErr().println("pbm: jshell needs a JDK 17+ with the jdk.jshell module; "
                    + System.getProperty("java.home") + " has none");
            return 1;
        }
    }

    /**
     * Runs JShell in this JVM until the user leaves it.
     *
     * @param in  what the user types
     * @param out  where JShell writes
     * @param err  where JShell writes its errors
     * @param options  more jshell options, after pbm's
     * @return JShell's exit status
     * @throws IOException if the startup script cannot be written to a temporary file
     */
    static int launch(InputStream in, PrintStream out, PrintStream err, List<String> options) throws IOException {
        Path script = Files.createTempFile("pbm-", ".jsh");
        try {
            try (InputStream resource = JshellCommand.class.getResourceAsStream(SCRIPT)) {
                Files.copy(Objects.requireNonNull(resource, "pbm.jsh is missing from the jar"), script,
                        StandardCopyOption.REPLACE_EXISTING);
            }
            List<String> args = new ArrayList<>(arguments(classPath(System.getProperty("java.class.path")), script));
            args.addAll(options);
            return JavaShellToolBuilder.builder().in(in, null).out(out).err(err)
                    .start(args.toArray(String[]::new));
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            // JShell's own failure to start, such as a bad option: it has said why on err.
            err.println("pbm: jshell failed: " + e.getMessage());
            return 1;
        } finally {
            Files.deleteIfExists(script);
        }
    }

    /**
     * The jshell arguments: the class path, JShell's default imports and {@code println}s (a value shown
     * after {@code ==>} is cut at 1000 characters; {@code println(comparison)} prints it whole), then
     * pbm's script.
     *
     * @param classPath  the class path
     * @param script  the startup script
     * @return the arguments
     */
    static List<String> arguments(List<Path> classPath, Path script) {
        List<String> entries = classPath.stream().map(Path::toString).toList();
        return List.of("--class-path", String.join(java.io.File.pathSeparator, entries),
                "--startup", "DEFAULT", "--startup", "PRINTING", "--startup", script.toString());
    }

    /**
     * A class path with every jar's manifest {@code Class-Path} spelled out, in order and without
     * repeats: JShell's execution JVM is handed the entries themselves, not the launcher's one jar.
     *
     * @param classPath  a class path as {@code java.class.path} holds it
     * @return the entries, each followed by the entries its manifest names
     */
    static List<Path> classPath(String classPath) {
        Set<Path> entries = new LinkedHashSet<>();
        for (String entry : classPath.split(java.io.File.pathSeparator)) {
            if (!entry.isBlank()) {
                add(Path.of(entry).toAbsolutePath().normalize(), entries);
            }
        }
        return List.copyOf(entries);
    }

    private static void add(Path entry, Set<Path> entries) {
        if (!entries.add(entry) || !Files.isRegularFile(entry)) {
            return;
        }
        String named;
        try (JarFile jar = new JarFile(entry.toFile())) {
            Manifest manifest = jar.getManifest();
            named = manifest == null ? null : manifest.getMainAttributes().getValue(Attributes.Name.CLASS_PATH);
        } catch (IOException e) {
            return; // not a jar: the entry stays, JShell says what it makes of it
        }
        if (named == null) {
            return;
        }
        URI base = entry.getParent().toUri();
        for (String relative : named.trim().split("\\s+")) {
            try {
                add(Path.of(base.resolve(relative)).normalize(), entries);
            } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
                // A manifest entry that names no local file: the JVM skips it too.
            }
        }
    }
}
