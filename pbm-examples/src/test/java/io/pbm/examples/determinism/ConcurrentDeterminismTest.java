package io.pbm.examples.determinism;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pbm.core.budget.FundCategory;
import io.pbm.core.project.Project;
import io.pbm.examples.sample.SampleGenerator;
import io.pbm.examples.sample.SampleProfile;
import io.pbm.io.csv.ResultCsv;
import io.pbm.io.project.ProjectReader;
import io.pbm.io.project.ProjectWriter;
import io.pbm.io.result.ResultWriter;
import io.pbm.rules.Pbm;
import io.pbm.rules.pipeline.BatchResult;
import io.pbm.rules.pipeline.Pipeline;
import io.pbm.rules.policy.Policy;
import io.pbm.rules.policy.Presets;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Determinism (issue #8): the same batch gives byte-identical result documents (pbm-result/1, and the
 * two CSV result tables) evaluated sequentially, in parallel ({@link Pbm#evaluateAllParallel},
 * {@link Pipeline#evaluateAllParallel}), and from 8 threads at once that share one {@link Policy}, one
 * {@link Pipeline} and one {@link ProjectReader} — released together by a start gate, so that they really
 * overlap. The batch is 300 sample projects with the sample's mistakes (engine rejections), records the
 * reader rejects, and unit-wide records, valid and not (R-SCORE-UNIT), under XINJIANG, which also
 * excludes (R-PLAN-4).
 */
class ConcurrentDeterminismTest {

    private static final int THREADS = 8;
    private static final Policy POLICY = Presets.XINJIANG;
    private static final ExecutorService POOL = Executors.newFixedThreadPool(THREADS);

    /** The pbm/1 document: bad records first and last among the projects, then the units. */
    private static final byte[] DOCUMENT = document();

    @AfterAll
    static void stopThePool() {
        POOL.shutdownNow();
    }

    @Test
    void aStreamedDocumentGivesTheSameBytesFromEightThreadsSharingOneReaderAndPolicy() throws Exception {
        ProjectReader reader = ProjectReader.of();
        byte[] sequential = streamed(reader);
        JsonNode result = new ObjectMapper().readTree(sequential);
        assertTrue(result.get("rejected").size() >= 4 && result.get("excluded").size() > 0
                && result.get("unitsRejected").size() == 1 && result.get("units").size() > 0, "the batch has every kind");

        for (byte[] concurrent : together(() -> streamed(reader))) {
            assertArrayEquals(sequential, concurrent);
        }
    }

    @Test
    void aBatchGivesTheSameBytesSequentiallyInParallelAndFromEightThreadsSharingOnePolicy() throws Exception {
        List<Project> projects = ProjectReader.of().read(new ByteArrayInputStream(DOCUMENT)).projects();
        Pipeline pipeline = Pipeline.of(POLICY);
        byte[] sequential = written(Pbm.evaluateAll(projects, POLICY));

        assertArrayEquals(sequential, written(Pbm.evaluateAllParallel(projects, POLICY)));
        assertArrayEquals(sequential, written(pipeline.evaluateAllParallel(projects)));
        List<Function<List<Project>, BatchResult>> ways = List.of(pipeline::evaluateAll, pipeline::evaluateAllParallel,
                p -> Pbm.evaluateAll(p, POLICY), p -> Pbm.evaluateAllParallel(p, POLICY));
        List<Callable<byte[]>> threads = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            Function<List<Project>, BatchResult> way = ways.get(i % ways.size());
            threads.add(() -> written(way.apply(projects)));
        }
        for (byte[] concurrent : together(threads)) {
            assertArrayEquals(sequential, concurrent);
        }
    }

    /** Runs the tasks on 8 threads released at once by a start gate; their results in task order. */
    private static List<byte[]> together(List<Callable<byte[]>> tasks) throws Exception {
        CountDownLatch ready = new CountDownLatch(tasks.size());
        CountDownLatch start = new CountDownLatch(1);
        List<Future<byte[]>> futures = new ArrayList<>();
        for (Callable<byte[]> task : tasks) {
            futures.add(POOL.submit(() -> {
                ready.countDown();
                start.await();
                return task.call();
            }));
        }
        ready.await();
        start.countDown();
        List<byte[]> results = new ArrayList<>();
        for (Future<byte[]> future : futures) {
            results.add(future.get());
        }
        return results;
    }

    private static List<byte[]> together(Callable<byte[]> task) throws Exception {
        return together(Collections.nCopies(THREADS, task));
    }

    private static byte[] streamed(ProjectReader reader) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ResultWriter.Written written = ResultWriter.evaluate(reader, new ByteArrayInputStream(DOCUMENT), POLICY, out,
                Locale.CHINA);
        assertTrue(written.complete());
        return out.toByteArray();
    }

    /** The result document, then the projects table, then the indicators table. */
    private static byte[] written(BatchResult batch) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ResultWriter.write(batch, out, Locale.CHINA);
        ByteArrayOutputStream indicators = new ByteArrayOutputStream();
        ResultCsv.write(batch, out, indicators, Locale.CHINA);
        indicators.writeTo(out);
        return out.toByteArray();
    }

    private static byte[] document() {
        List<Project> projects = SampleGenerator.generate(300, 40, 20_260_101, SampleProfile.COUNTY, true);
        String text = ProjectWriter.toJson(projects);
        Project general = projects.stream().filter(p -> p.fundCategory() == FundCategory.GENERAL_PUBLIC)
                .findFirst().orElseThrow();
        // Rejected by the reader: no object, no name, an unknown fund category, an id repeated further on.
        String bad = String.join(",\n", "7", "{\"id\": \"no-name\"}",
                projectText(general).replace(general.id(), "bad-category").replace("GENERAL_PUBLIC", "GENERAL"),
                projectText(projects.get(0)));
        int first = text.indexOf('[', text.indexOf("\"projects\"")) + 1;
        int last = text.lastIndexOf(']');
        String units;
        try (InputStream in = ConcurrentDeterminismTest.class.getClassLoader()
                .getResourceAsStream("samples/county-2023.json")) {
            units = new ObjectMapper().readTree(in).get("units").toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // The sample has one unit: a copy of it with a project's dimension is rejected (R-SCORE-UNIT).
        String badUnit = units.substring(1, units.length() - 1).replace("\"RUNNING_COST\"", "\"OUTPUT\"")
                .replaceFirst("\"id\":\"[^\"]*\"", "\"id\":\"bad-unit\"");
        String document = text.substring(0, first) + bad + ",\n" + text.substring(first, last) + ",\n"
                + bad.replace("bad-category", "bad-category-2").replace(projects.get(0).id(), projects.get(1).id())
                + "\n], \"units\": [" + units.substring(1, units.length() - 1) + "," + badUnit + "]}";
        return document.getBytes(StandardCharsets.UTF_8);
    }

    /** A project as the writer writes it, without the document around it. */
    private static String projectText(Project project) {
        String text = ProjectWriter.toJson(List.of(project));
        return text.substring(text.indexOf('[', text.indexOf("\"projects\"")) + 1, text.lastIndexOf(']'));
    }
}
