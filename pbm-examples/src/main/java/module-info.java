/**
 * pbm-examples: the {@code pbm} command line, sample data, the JShell kit and benchmarks.
 */
module io.pbm.examples {
    requires io.pbm.io;
    requires info.picocli;
    // pbm jshell runs the JDK's JShell in-process; a runtime without it gets a clear message instead.
    requires static jdk.jshell;

    exports io.pbm.examples;
    exports io.pbm.examples.sample;
    exports io.pbm.examples.report;
    opens io.pbm.examples to info.picocli;
}
