package io.pbm.examples.sample;

import io.pbm.core.InvalidValueException;
import io.pbm.core.project.Project;
import io.pbm.examples.sample.UnitRoster.Member;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Deterministic synthetic projects, realistic enough to meet pbm the way a finance bureau's data does
 * (domain.md section 12): budget units with Chinese names, projects of their line of work, goal tables
 * of 7 to 12 indicators (about 9; quantified share about 70 %; weights adding up to 90, 50/30/10 most of
 * the time), targets met mostly and missed by a spread, explanations for most misses (a few missing —
 * incomplete evaluations, R-DEV-1), budgets in 元 executed at about 98 % with a tail of low rates, fund
 * categories (central transfers at the profile's share, which XINJIANG excludes, R-PLAN-4), supervision
 * findings behind every veto (R-VETO-1…4), unrectified problems (R-LINK-4), history, flags, ex-ante
 * assessments of new projects, and the figures each unit reports on its table (a few of them wrong,
 * R-AUDIT-1…5).
 *
 * <pre>{@code
 * List<Project> county = SampleGenerator.generate(998, 150, 2021, SampleProfile.COUNTY);
 * BatchResult batch = Pbm.evaluateAll(county, Presets.XINJIANG);
 *
 * // a million projects, made one at a time as they are evaluated
 * Summary summary = Pbm.evaluateAll(
 *         SampleGenerator.iterable(1_000_000, 5_000, 7, SampleProfile.PROVINCE, false), Presets.XINJIANG, o -> { });
 * }</pre>
 *
 * <p>The grades are dealt, not left to chance: the profile's outcome counts are apportioned to the
 * sample's size and drawn without replacement, so a sample of a profile's own size (998 for the county)
 * has exactly its grades under XINJIANG, whatever the seed; each project's score is aimed at its band and
 * checked with pbm's own engine.
 *
 * <p>Randomness comes only from a {@link SplittableRandom} seeded with the caller's seed: the same
 * arguments give the same projects, in the same order, on every machine and every run. Projects made
 * "with errors" are the same projects, about 2 % of those that are not central transfers carrying one
 * data-entry mistake (weights adding up to 95, a qualitative score out of its range, an indicator
 * without its unit, a missing actual) — each a rejection when evaluated.
 *
 * <p>This class has no state; its functions are thread-safe. An iterable it returns makes a new pass, with
 * the same projects, each time it is iterated.
 */
public final class SampleGenerator {

    /** The most budget units a sample may have. */
    public static final int MAX_UNITS = 100_000;

    /** The per-mille chance that a project which is not a central transfer carries a mistake, with errors. */
    private static final int ERROR_PER_MILLE = 20;

    /** Mixes the seed of the mistakes, so that they do not follow the projects' own draws. */
    private static final long ERROR_STREAM = 0x9E37_79B9_7F4A_7C15L;

    private SampleGenerator() {}

    /**
     * Generates a sample without mistakes.
     *
     * @param projects  how many projects, 0 or more
     * @param units  how many budget units, 1 to {@value #MAX_UNITS}
     * @param seed  the seed
     * @param profile  the kind of place, not null
     * @return the projects, in order
     * @throws InvalidValueException if a count is out of range
     */
    public static List<Project> generate(int projects, int units, long seed, SampleProfile profile) {
        return generate(projects, units, seed, profile, false);
    }

    /**
     * Generates a sample, with some data-entry mistakes if asked.
     *
     * @param projects  how many projects, 0 or more
     * @param units  how many budget units, 1 to {@value #MAX_UNITS}
     * @param seed  the seed
     * @param profile  the kind of place, not null
     * @param withErrors  whether about 2 % of the local projects carry a mistake that makes them
     *     rejections
     * @return the projects, in order
     * @throws InvalidValueException if a count is out of range
     */
    public static List<Project> generate(int projects, int units, long seed, SampleProfile profile,
            boolean withErrors) {
        List<Project> list = new ArrayList<>(Math.max(0, projects));
        iterable(projects, units, seed, profile, withErrors).forEach(list::add);
        return List.copyOf(list);
    }

    /**
     * A sample made one project at a time as it is iterated — none is kept — for samples too large for
     * memory. Each iteration makes the same projects.
     *
     * @param projects  how many projects, 0 or more
     * @param units  how many budget units, 1 to {@value #MAX_UNITS}
     * @param seed  the seed
     * @param profile  the kind of place, not null
     * @param withErrors  whether some projects carry a mistake
     * @return the projects
     * @throws InvalidValueException if a count is out of range
     */
    public static Iterable<Project> iterable(long projects, int units, long seed, SampleProfile profile,
            boolean withErrors) {
        Objects.requireNonNull(profile, "profile is null");
        InvalidValueException.check(projects >= 0, "projects", projects, "projects >= 0");
        InvalidValueException.check(units >= 1 && units <= MAX_UNITS, "units", units, "1 <= units <= " + MAX_UNITS);
        return () -> new Maker(projects, units, seed, profile, withErrors);
    }

    /**
     * A sample as a sequential stream, made one project at a time.
     *
     * @param projects  how many projects, 0 or more
     * @param units  how many budget units, 1 to {@value #MAX_UNITS}
     * @param seed  the seed
     * @param profile  the kind of place, not null
     * @param withErrors  whether some projects carry a mistake
     * @return the projects
     * @throws InvalidValueException if a count is out of range
     */
    public static Stream<Project> stream(long projects, int units, long seed, SampleProfile profile,
            boolean withErrors) {
        return StreamSupport.stream(iterable(projects, units, seed, profile, withErrors).spliterator(), false);
    }

    /** One pass over a sample. */
    private static final class Maker implements Iterator<Project> {
        private final long projects;
        private final List<Member> roster;
        private final long[] cumulative;
        private final int[] firstUnits;
        private final OutcomeDeck deck;
        private final Draw draw;
        private final Draw mistakes;
        private final boolean withErrors;
        private final ProjectMaker maker;
        private long next;

        Maker(long projects, int units, long seed, SampleProfile profile, boolean withErrors) {
            this.projects = projects;
            this.roster = UnitRoster.of(profile, units);
            this.cumulative = new long[roster.size()];
            long sum = 0;
            for (int i = 0; i < roster.size(); i++) {
                sum += roster.get(i).weight();
                cumulative[i] = sum;
            }
            this.deck = OutcomeDeck.of(profile, projects);
            this.draw = new Draw(new SplittableRandom(seed));
            this.mistakes = new Draw(new SplittableRandom(seed ^ ERROR_STREAM));
            // Every unit has a project before any has a second: the first projects go to the units in a
            // shuffled order, the rest by the units' weights.
            this.firstUnits = draw.permutation(roster.size());
            this.withErrors = withErrors;
            this.maker = new ProjectMaker(profile, projects);
        }

        @Override
        public boolean hasNext() {
            return next < projects;
        }

        @Override
        public Project next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            long index = next++;
            int card = deck.deal(draw);
            Member unit = index < firstUnits.length ? roster.get(firstUnits[(int) index]) : weightedUnit();
            boolean central = OutcomeDeck.central(card);
            Project project = maker.make(draw.split(), index, OutcomeDeck.outcome(card), central, unit);
            boolean mistaken = mistakes.chance(ERROR_PER_MILLE);
            Corruption corruption = Corruption.values()[mistakes.between(0, Corruption.values().length - 1)];
            return withErrors && mistaken && !central ? corruption.apply(project) : project;
        }

        private Member weightedUnit() {
            long r = draw.below(cumulative[cumulative.length - 1]);
            int low = 0;
            int high = cumulative.length - 1;
            while (low < high) {
                int mid = (low + high) >>> 1;
                if (cumulative[mid] > r) {
                    high = mid;
                } else {
                    low = mid + 1;
                }
            }
            return roster.get(low);
        }
    }
}
