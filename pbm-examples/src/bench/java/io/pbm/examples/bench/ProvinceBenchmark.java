package io.pbm.examples.bench;

import io.pbm.core.project.Project;
import io.pbm.examples.bench.drools.DroolsPeer;
import io.pbm.examples.bench.drools.ProjectFact;
import io.pbm.examples.sample.SampleGenerator;
import io.pbm.examples.sample.SampleProfile;
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
 * A province in one call (issue 7): 67,280 projects of about 9 indicators (the province sample profile)
 * under XINJIANG, in memory.
 *
 * <pre>
 * java -jar pbm-examples/target/benchmarks.jar ProvinceBenchmark -f 1 -wi 2 -i 3
 * </pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-Dslf4j.internal.verbosity=ERROR"})
@State(Scope.Benchmark)
public class ProvinceBenchmark {

    /** The province batch: as many projects as Xinjiang self-evaluated in 2019 (domain.md section 12). */
    static final int PROVINCE_PROJECTS = 67_280;

    /** The budget units of the province batch. */
    static final int PROVINCE_UNITS = 3_000;

    /** The seed of the province batch. */
    static final long PROVINCE_SEED = 2019;

    /** The province batch, in input order. */
    protected List<Project> projects;

    /** The policy every benchmark of the class evaluates under. */
    protected Policy policy;

    /** Builds the batch once. */
    @Setup(Level.Trial)
    public void setUp() {
        policy = Presets.XINJIANG;
        projects = SampleGenerator.generate(PROVINCE_PROJECTS, PROVINCE_UNITS, PROVINCE_SEED, SampleProfile.PROVINCE);
        setUpDrools();
    }

    // ---- ProvinceBenchmark.drools: the Drools peer (DroolsPeer, province.drl) ----

    /** The Drools peer: its KieBase compiled once. */
    protected DroolsPeer drools;

    /** The batch as the peer's facts, converted once (a Drools application keeps its own beans). */
    protected DroolsPeer.Facts droolsFacts;

    private void setUpDrools() {
        drools = DroolsPeer.of(policy);
        droolsFacts = drools.facts(projects);
    }

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

    // ---- end of ProvinceBenchmark.drools ----
}
