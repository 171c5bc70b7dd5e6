package io.pbm.examples.bench;

import io.pbm.core.project.Project;
import io.pbm.examples.bench.drools.DroolsPeer;
import io.pbm.examples.bench.drools.ProjectFact;
import io.pbm.examples.floor.ProvinceFloor;
import io.pbm.rules.pipeline.BatchResult;
import io.pbm.rules.pipeline.Pipeline;
import io.pbm.rules.policy.Policy;
import io.pbm.rules.policy.Presets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A province in one call (issue 7): {@value ProvinceFloor#PROVINCE_PROJECTS} projects of about 9
 * indicators (the province sample profile) under XINJIANG, in memory — the whole pipeline (score,
 * deviation, grade, vetoes, linkage, summary) on one core and on all, against the floor: a hand-written
 * loop over primitive arrays computing the same outputs ({@link ProvinceFloor}, which
 * {@code ProvinceFloorTest} proves agrees with pbm) — and against the peer a Java team would otherwise
 * pick: the same rules in DRL for Drools 10 ({@link DroolsPeer}, which {@code DroolsPeerTest} proves
 * agrees with pbm).
 *
 * <p>The state — the batch, the policy, the pipeline, the floor's columns — is built once per trial and
 * shared by every benchmark of this class, so that peers measured here read the same batch.
 *
 * <pre>
 * java -jar pbm-examples/target/benchmarks.jar ProvinceBenchmark -f 1 -wi 3 -i 5 -prof gc
 * </pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-Dslf4j.internal.verbosity=ERROR"})
@State(Scope.Benchmark)
public class ProvinceBenchmark {

    /** The province batch, in input order. */
    protected List<Project> projects;

    /** The policy every benchmark of the class evaluates under. */
    protected Policy policy;

    /** The pipeline of the policy. */
    protected Pipeline pipeline;

    /** The floor of the policy. */
    protected ProvinceFloor floor;

    /** The batch as the floor's arrays. */
    protected ProvinceFloor.Columns columns;

    /** Builds the batch and the floor's arrays once. */
    @Setup(Level.Trial)
    public void setUp() {
        policy = Presets.XINJIANG;
        projects = ProvinceFloor.provinceBatch();
        pipeline = Pipeline.of(policy);
        floor = ProvinceFloor.of(policy);
        columns = floor.columns(projects);
        drools = DroolsPeer.of(policy);
        droolsFacts = drools.facts(projects);
    }

    /**
     * The whole pipeline on one core.
     *
     * @return the batch's results, so that nothing is optimised away
     */
    @Benchmark
    public BatchResult pipeline() {
        return pipeline.evaluateAll(projects);
    }

    /**
     * The whole pipeline on all available cores.
     *
     * @return the batch's results
     */
    @Benchmark
    public BatchResult pipelineParallel() {
        return pipeline.evaluateAllParallel(projects);
    }

    /**
     * The floor: the same outputs by one loop over primitive arrays.
     *
     * @return the floor's outcomes
     */
    @Benchmark
    public ProvinceFloor.Outcomes baseline() {
        return floor.run(columns);
    }

    /** The Drools peer: its KieBase compiled once. */
    protected DroolsPeer drools;

    /** The batch as the peer's facts, converted once (a Drools application keeps its own beans). */
    protected DroolsPeer.Facts droolsFacts;

    /**
     * The peer: the same scoring, grading, vetoes and budget linkage written in DRL for Drools 10, the
     * batch inserted into one stateless session and fired once.
     *
     * @return the projects with their outcomes, so that nothing is optimised away
     */
    @Benchmark
    public List<ProjectFact> drools() {
        return drools.run(droolsFacts);
    }
}
