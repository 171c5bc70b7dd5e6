package io.pbm.io.result;

import io.pbm.io.DocumentException;
import io.pbm.io.project.ProjectReader;
import io.pbm.io.project.ReadProject;
import io.pbm.io.project.ReadRecord;
import io.pbm.io.project.ReadUnit;
import io.pbm.io.project.RejectedRecord;
import io.pbm.io.project.Section;
import io.pbm.rules.pipeline.Pipeline;
import io.pbm.rules.pipeline.ProjectOutcome;
import io.pbm.rules.pipeline.Summary;
import io.pbm.rules.pipeline.UnitOutcome;
import io.pbm.rules.policy.Policy;
import java.io.InputStream;
import java.util.Iterator;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Where a streamed evaluation goes — the result document or the result workbook — and the one loop that
 * feeds it from a {@code pbm/1} document read record by record. {@code begun} tells whether anything was
 * taken yet: a failure before that is the caller's, with nothing written.
 */
record OutcomeSink(Consumer<ProjectOutcome> accept, Consumer<RejectedRecord> reject, BooleanSupplier begun,
        Supplier<Summary> finish, Function<DocumentException, Summary> fail, Consumer<UnitOutcome> unit) {

    /**
     * Reads a document record by record, runs each project through the pipeline into the sink and ends
     * it: finished, or failed with an error when the document fails after its first record. A unit-wide
     * record is evaluated too (R-SCORE-UNIT), or rejected with its reasons: nothing is lost.
     */
    static ResultWriter.Written evaluate(ProjectReader reader, InputStream in, Policy policy, OutcomeSink sink) {
        Objects.requireNonNull(reader, "reader is null");
        Objects.requireNonNull(in, "in is null");
        return evaluate(() -> reader.stream(in), policy, sink, () -> { });
    }

    /**
     * The same from any reader's records (JSON, a workbook, a CSV table), telling {@code eachProject}
     * after each project record; the records are opened here, so that a document that fails at once
     * fails before anything is written.
     */
    static ResultWriter.Written evaluate(Supplier<Stream<ReadRecord>> open, Policy policy, OutcomeSink sink,
            Runnable eachProject) {
        Pipeline pipeline = Pipeline.of(policy);
        try (Stream<ReadRecord> records = open.get()) {
            Iterator<ReadRecord> each = records.iterator();
            try {
                while (each.hasNext()) {
                    ReadRecord record = each.next();
                    if (record instanceof ReadProject project) {
                        sink.accept().accept(pipeline.evaluate(project.project(), project.index()));
                        eachProject.run();
                    } else if (record instanceof ReadUnit unit) {
                        sink.unit().accept(pipeline.evaluateUnit(unit.unit(), unit.index()));
                    } else if (record instanceof RejectedRecord rejected) {
                        // The sink tells a rejected unit from a rejected project by its section.
                        sink.reject().accept(rejected);
                        if (rejected.section() == Section.PROJECTS) {
                            eachProject.run();
                        }
                    }
                }
            } catch (DocumentException failure) {
                if (!sink.begun().getAsBoolean()) {
                    throw failure;
                }
                return new ResultWriter.Written(sink.fail().apply(failure), failure);
            }
            return new ResultWriter.Written(sink.finish().get(), null);
        }
    }
}
