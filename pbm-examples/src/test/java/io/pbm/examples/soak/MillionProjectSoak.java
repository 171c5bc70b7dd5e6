package io.pbm.examples.soak;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.pbm.core.project.Project;
import io.pbm.examples.sample.SampleGenerator;
import io.pbm.examples.sample.SampleProfile;
import io.pbm.io.project.ProjectReader;
import io.pbm.io.project.ProjectWriter;
import io.pbm.io.project.ReadProject;
import io.pbm.io.project.ReadRecord;
import io.pbm.io.project.RejectedRecord;
import io.pbm.io.result.ResultWriter;
import io.pbm.rules.pipeline.Exclusion;
import io.pbm.rules.pipeline.Pipeline;
import io.pbm.rules.pipeline.ProjectOutcome;
import io.pbm.rules.pipeline.ProjectResult;
import io.pbm.rules.pipeline.RejectedProject;
import io.pbm.rules.pipeline.Summary;
import io.pbm.rules.policy.Policy;
import io.pbm.rules.policy.Presets;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The soak (issue #8): a streamed {@code pbm/1} document of 1,000,000 sample projects, 1 % of them made
 * bad by a seeded {@link Random} — each with one of several mistakes, six the reader rejects and one the
 * engine does — made on the fly as it is read, through the streaming path (reader, pipeline, result
 * writer) in a 256 MB heap. Exactly the bad records are rejected (the index sets are compared), every
 * other project is evaluated or excluded (R-PLAN-4, XINJIANG), and the heap after the run does not grow
 * with the number of projects beyond 16 bytes a project (issue #7: the duplicate-id registry, which packs
 * each of the sample's 19-character ids into one word of tables kept 53 % to 80 % full — 14.1 bytes an id
 * at 1,000,000, where it cost 50 with the ids hashed into a doubling arena), sampled after 250,000, 500,000
 * and 1,000,000 records.
 *
 * <p>Not part of the normal build (its name ends in {@code Soak}); run it with
 * <pre>{@code
 * mvn -B -Psoak verify -pl pbm-examples -am -Dtest=MillionProjectSoak -Dsurefire.failIfNoSpecifiedTests=false
 * }</pre>
 * The {@code soak} profile runs it alone in a JVM with {@code -Xmx256m}; its figures (time, heap samples)
 * go to {@code pbm-examples/target/soak-report.txt}. {@code -Dpbm.soak.projects=100000} runs a shorter soak.
 */
class MillionProjectSoak {

    private static final long PROJECTS = Long.getLong("pbm.soak.projects", 1_000_000);
    private static final long SEED = 20_260_101L;
    private static final Policy POLICY = Presets.XINJIANG;
    private static final long BYTES_PER_PROJECT = 16;

    @Test
    void aMillionProjectsWithOnePercentBadStreamThroughA256MegabyteHeapLosingNothing() throws IOException {
        assumeTrue(Runtime.getRuntime().maxMemory() <= 256L << 20, "runs in the soak profile's 256 MB heap only");
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long started = System.nanoTime();
        BadDocument document = new BadDocument(SampleGenerator.iterable(PROJECTS, 5_000, 7, SampleProfile.PROVINCE,
                false).iterator());
        BitSet rejected = new BitSet((int) PROJECTS);
        long[] counts = new long[3];
        List<String> samples = new ArrayList<>();
        List<Long> used = new ArrayList<>();
        Pipeline pipeline = Pipeline.of(POLICY);
        Summary summary;
        long records = 0;
        try (ResultWriter writer = ResultWriter.open(OutputStream.nullOutputStream(), POLICY, Locale.CHINA);
                Stream<ReadRecord> stream = ProjectReader.of().stream(document.stream())) {
            Iterator<ReadRecord> each = stream.iterator();
            while (each.hasNext()) {
                ReadRecord record = each.next();
                assertEquals(records, record.index(), "input order");
                if (record instanceof ReadProject project) {
                    ProjectOutcome outcome = pipeline.evaluate(project.project(), project.index());
                    writer.accept(outcome);
                    if (outcome instanceof RejectedProject) {
                        rejected.set(record.index());
                    }
                    counts[outcome instanceof ProjectResult ? 0 : outcome instanceof Exclusion ? 1 : 2]++;
                } else {
                    writer.reject((RejectedRecord) record);
                    rejected.set(record.index());
                    counts[2]++;
                }
                records++;
                if (records % 50_000 == 0) {
                    // A soak runs for minutes: how far it got is in target/soak-progress.txt as it goes.
                    Files.writeString(Path.of("target", "soak-progress.txt"), String.format(Locale.ROOT,
                            "%,d records, %.1f s, %,d bytes used%n", records, (System.nanoTime() - started) / 1e9,
                            memory.getHeapMemoryUsage().getUsed()), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                }
                if (records == PROJECTS / 4 || records == PROJECTS / 2 || records == PROJECTS) {
                    long heap = usedAfterGc(memory);
                    used.add(heap);
                    samples.add(String.format(Locale.ROOT, "after %,d records: %,d bytes used, %.1f s",
                            records, heap, (System.nanoTime() - started) / 1e9));
                }
            }
            summary = writer.finish();
        }
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        long growth = (used.get(2) - used.get(0)) / (PROJECTS - PROJECTS / 4);
        Files.writeString(Path.of("target", "soak-report.txt"), String.join("\n", List.of(
                "projects " + PROJECTS + ", bad " + document.bad.cardinality() + " (" + document.kinds() + ")",
                "evaluated " + counts[0] + ", excluded " + counts[1] + ", rejected " + counts[2],
                String.join("\n", samples),
                "heap growth from 1/4 to all: " + growth + " bytes a project (limit " + BYTES_PER_PROJECT + ")",
                "wall time " + seconds + " s",
                "max heap " + Runtime.getRuntime().maxMemory())) + "\n");

        assertEquals(PROJECTS, records, "every record comes out");
        assertEquals(document.bad, rejected, "exactly the bad records are rejected");
        assertEquals(PROJECTS, summary.projects());
        assertEquals(counts[0], summary.evaluated());
        assertEquals(counts[1], summary.excluded());
        assertEquals(counts[2], summary.rejected());
        assertTrue(counts[1] > 0, "central transfers are excluded under XINJIANG (R-PLAN-4)");
        assertTrue(growth <= BYTES_PER_PROJECT, () -> "the heap grows by " + growth + " bytes a project: " + samples);
    }

    private static long usedAfterGc(MemoryMXBean memory) {
        // Twice: the first collection may leave what a finaliser or a reference queue frees for the next.
        memory.gc();
        memory.gc();
        return memory.getHeapMemoryUsage().getUsed();
    }

    /** The mistakes a bad record carries: six the reader rejects, one (weights adding up to 95) the engine. */
    private enum Kind {
        NOT_AN_OBJECT, UNKNOWN_FUND_CATEGORY, EXPONENT_WEIGHT, NO_NAME, YEAR_AS_BOOLEAN, REPEATED_ID, WEIGHTS
    }

    private static final Pattern WEIGHT = Pattern.compile("\"weight\": \"([0-9.]+)\"");

    /**
     * The document, made one project at a time as it is read: each project as {@link ProjectWriter} writes
     * it, 1 % of them changed as text by a seeded random choice; the indices changed are kept to compare.
     */
    private static final class BadDocument implements Enumeration<InputStream> {

        private final Iterator<Project> projects;
        private final Random random = new Random(SEED);
        private final Pipeline pipeline = Pipeline.of(POLICY);
        private final BitSet bad = new BitSet((int) PROJECTS);
        private final long[] kinds = new long[Kind.values().length];
        private int index;
        private String lastGoodId;
        private boolean closed;

        BadDocument(Iterator<Project> projects) {
            this.projects = projects;
        }

        InputStream stream() {
            return new SequenceInputStream(this);
        }

        String kinds() {
            StringBuilder text = new StringBuilder();
            for (Kind kind : Kind.values()) {
                text.append(text.length() == 0 ? "" : ", ").append(kind).append(' ').append(kinds[kind.ordinal()]);
            }
            return text.toString();
        }

        @Override
        public boolean hasMoreElements() {
            return !closed;
        }

        @Override
        public InputStream nextElement() {
            if (!projects.hasNext()) {
                closed = true;
                return new ByteArrayInputStream("]}\n".getBytes(StandardCharsets.UTF_8));
            }
            Project project = projects.next();
            String text = ProjectWriter.toJson(List.of(project));
            // The project alone, as the writer writes it: between its document's "projects": [ and ].
            text = text.substring(text.indexOf('[', text.indexOf("\"projects\"")) + 1, text.lastIndexOf(']'));
            if (random.nextInt(100) == 0) {
                text = spoil(text, project);
            } else {
                lastGoodId = project.id();
            }
            String chunk = (index == 0 ? "{\"format\": \"pbm/1\", \"projects\": [" : ",") + text;
            index++;
            return new ByteArrayInputStream(chunk.getBytes(StandardCharsets.UTF_8));
        }

        /** One project's text with a mistake, the record marked bad; unchanged when no mistake fits it. */
        private String spoil(String text, Project project) {
            Kind kind = Kind.values()[random.nextInt(Kind.values().length)];
            if (kind == Kind.REPEATED_ID && lastGoodId == null) {
                kind = Kind.NOT_AN_OBJECT;
            }
            if (kind == Kind.WEIGHTS && !(pipeline.evaluate(project, index) instanceof ProjectResult)) {
                // An excluded project stays excluded whatever its weights (R-PLAN-4 comes first).
                kind = Kind.UNKNOWN_FUND_CATEGORY;
            }
            int start = text.lastIndexOf('{', text.indexOf("\"id\""));
            String head = text.substring(0, start);
            String object = text.substring(start);
            String spoilt = switch (kind) {
                case NOT_AN_OBJECT -> "7";
                case UNKNOWN_FUND_CATEGORY -> object.replace("\"" + project.fundCategory().name() + "\"", "\"GENERAL\"");
                case EXPONENT_WEIGHT -> WEIGHT.matcher(object).replaceFirst("\"weight\": \"1e9\"");
                case NO_NAME -> object.replaceFirst("\"name\": \"[^\"]*\",", "");
                case YEAR_AS_BOOLEAN -> object.replaceFirst("\"year\": \\d+", "\"year\": true");
                case REPEATED_ID -> object.replace("\"id\": \"" + project.id() + "\"", "\"id\": \"" + lastGoodId + "\"");
                case WEIGHTS -> {
                    Matcher m = WEIGHT.matcher(object);
                    assertTrue(m.find());
                    yield object.substring(0, m.start(1)) + new BigDecimal(m.group(1)).add(BigDecimal.valueOf(5))
                            .toPlainString() + object.substring(m.end(1));
                }
            };
            if (kind == Kind.WEIGHTS) {
                // Read, and only then rejected by the engine: the reader knows its id, a later repeat is a repeat.
                lastGoodId = project.id();
            }
            Kind chosen = kind;
            assertTrue(!spoilt.equals(object), () -> "the mistake " + chosen + " fits: " + object.substring(0, Math.min(600, object.length())).replace("\n", "⏎"));
            bad.set(index);
            kinds[kind.ordinal()]++;
            return head + spoilt;
        }
    }
}
