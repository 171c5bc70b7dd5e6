package io.pbm.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.VarSnippet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JShell kit: the startup script {@code pbm.jsh} runs in JShell (through the {@code jdk.jshell} API,
 * snippets executed in this JVM) and the README's worked examples — every fenced block of README.md and
 * README.zh-CN.md that starts with {@code jshell>} — print exactly what the READMEs show; {@code pbm
 * jshell} starts JShell with the script and pbm's whole class path.
 */
class JshellKitTest {

    private static final String PROMPT = "jshell> ";

    private static JShell shell;
    /** User snippets so far in this session. */
    private static int typed;
    private static boolean started;

    @BeforeAll
    static void startTheScript() throws IOException {
        shell = JShell.builder().executionEngine("local")
                .out(new PrintStream(OutputStream.nullOutputStream())).err(new PrintStream(OutputStream.nullOutputStream()))
                .build();
        JshellCommand.classPath(System.getProperty("java.class.path"))
                .forEach(entry -> shell.addToClasspath(entry.toString()));
        // What --startup DEFAULT and PRINTING hold (println as PRINTING defines it), then pbm's script, as
        // pbm jshell starts them.
        for (String defaultImport : List.of("java.io", "java.math", "java.net", "java.nio.file", "java.util",
                "java.util.concurrent", "java.util.function", "java.util.prefs", "java.util.regex", "java.util.stream")) {
            evaluate("import " + defaultImport + ".*;");
        }
        evaluate("void println(Object obj) { System.out.println(obj); }");
        try (InputStream script = JshellCommand.class.getResourceAsStream(JshellCommand.SCRIPT)) {
            evaluate(new String(script.readAllBytes(), StandardCharsets.UTF_8));
        }
        started = true;
    }

    @AfterAll
    static void close() {
        shell.close();
    }

    /** Evaluates source snippet by snippet, failing on any error, and returns what the tool would show. */
    private static String evaluate(String source) {
        StringBuilder shown = new StringBuilder();
        // Snippets run in this JVM: what they print goes to this JVM's System.out, caught here.
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream stdout = System.out;
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            evaluate(source, shown);
        } finally {
            System.setOut(stdout);
        }
        return shown.append(printed.toString(StandardCharsets.UTF_8)).toString();
    }

    private static void evaluate(String source, StringBuilder shown) {
        SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
        String rest = source;
        while (!rest.isBlank()) {
            SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(rest);
            assertTrue(info.completeness().isComplete(), () -> "incomplete snippet: " + info.remaining());
            for (SnippetEvent event : shell.eval(info.source())) {
                assertEquals(null, event.exception(), () -> "exception in: " + info.source());
                assertTrue(event.status() == Snippet.Status.VALID || event.status() == Snippet.Status.OVERWRITTEN,
                        () -> event.status() + ": " + info.source() + " "
                                + shell.diagnostics(event.snippet()).map(d -> d.getMessage(null)).toList());
                if (event.causeSnippet() == null && event.snippet() instanceof VarSnippet variable
                        && event.value() != null) {
                    // JShell's tool names the value of its n-th snippet $n.
                    String name = variable.subKind() == Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND
                            ? "$" + (typed + 1) : variable.name();
                    shown.append(name).append(" ==> ").append(event.value()).append('\n');
                }
            }
            if (started) {
                typed++;
            }
            rest = info.remaining();
        }
    }

    @Test
    void theScriptDefinesTheHelpers() {
        assertEquals("XINJIANG", value("policy(\"xinjiang\").name()"));
        assertEquals("MOF_2020", value("evaluate(List.of(), MOF_2020).summary().policyName()"));
    }

    @Test
    void loadListsTheProjectsOfADocument() throws IOException {
        Path sample = Path.of("..", "pbm-io", "src", "test", "resources", "samples", "contract-example.json");
        String loaded = value("load(\"" + sample.toString().replace("\\", "\\\\") + "\").toString()");
        assertTrue(loaded.startsWith("1个项目，1个预算单位："), loaded);
    }

    private static String value(String expression) {
        String shown = evaluate(expression);
        return shown.substring(shown.indexOf(" ==> ") + 5).strip().replaceAll("^\"|\"$", "");
    }

    @Test
    void theReadmesWorkedExamplesPrintWhatTheyShow() throws IOException {
        int checked = 0;
        for (String readme : List.of("README.md", "README.zh-CN.md")) {
            for (List<String> block : transcripts(Files.readString(Path.of("..", readme)))) {
                typed = 0; // each worked example is a session of its own: its values are $1, $2 …
                StringBuilder expected = new StringBuilder();
                StringBuilder actual = new StringBuilder();
                for (String line : block) {
                    if (line.startsWith(PROMPT)) {
                        actual.append(line).append('\n').append(evaluate(line.substring(PROMPT.length())));
                    }
                    expected.append(line).append('\n');
                }
                assertEquals(expected.toString().strip(), actual.toString().strip(), readme);
                checked++;
            }
        }
        assertTrue(checked >= 2, "a worked example in each README");
    }

    /** The fenced blocks whose first line is a jshell prompt, blank lines dropped. */
    private static List<List<String>> transcripts(String readme) {
        List<List<String>> blocks = new ArrayList<>();
        List<String> block = null;
        for (String line : readme.lines().toList()) {
            if (line.startsWith("```")) {
                if (block != null && !block.isEmpty() && block.get(0).startsWith(PROMPT)) {
                    blocks.add(block);
                }
                block = block == null ? new ArrayList<>() : null;
            } else if (block != null && !line.isBlank()) {
                block.add(line);
            }
        }
        return blocks;
    }

    @Test
    void theClassPathSpellsOutEachJarsManifest(@TempDir Path dir) throws IOException {
        Path app = jar(dir.resolve("app.jar"), "lib/a.jar lib/b.jar");
        jar(Files.createDirectories(dir.resolve("lib")).resolve("a.jar"), "b.jar c.jar");
        jar(dir.resolve("lib/b.jar"), null);
        Path classes = Files.createDirectories(dir.resolve("classes"));
        List<Path> entries = JshellCommand.classPath(app + java.io.File.pathSeparator + classes);
        assertEquals(List.of(app, dir.resolve("lib/a.jar"), dir.resolve("lib/b.jar"), dir.resolve("lib/c.jar"), classes),
                entries);
    }

    private static Path jar(Path path, String classPath) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        if (classPath != null) {
            manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, classPath);
        }
        try (OutputStream out = Files.newOutputStream(path); JarOutputStream jar = new JarOutputStream(out, manifest)) {
            jar.flush();
        }
        return path.toAbsolutePath().normalize();
    }

    @Test
    void theArgumentsStartDefaultThenPbmsScript() {
        Path jar = Path.of("pbm.jar").toAbsolutePath();
        Path script = Path.of("pbm.jsh").toAbsolutePath();
        assertEquals(List.of("--class-path", jar.toString(), "--startup", "DEFAULT", "--startup", "PRINTING", "--startup",
                script.toString()),
                JshellCommand.arguments(List.of(jar), script));
    }

    @Test
    void pbmListsTheCommandAndItsHelpNamesTheHelpers() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        assertEquals(0, PbmCommand.run(new String[] {"--help"}, print, print));
        assertTrue(out.toString(StandardCharsets.UTF_8).matches("(?s).*jshell +JShell with pbm on the class path.*"),
                out.toString(StandardCharsets.UTF_8));
        out.reset();
        assertEquals(0, PbmCommand.run(new String[] {"jshell", "--help"}, print, print));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("var projects = county()"), out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void pbmJshellStartsJshellWithTheScript() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = JshellCommand.launch(new ByteArrayInputStream("county().size()\n/exit\n".getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                List.of("--execution", "local", "-q"));
        assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("$1 ==> 998"), out.toString(StandardCharsets.UTF_8));
        assertFalse(err.toString(StandardCharsets.UTF_8).contains("Exception"), err.toString(StandardCharsets.UTF_8));
    }
}
