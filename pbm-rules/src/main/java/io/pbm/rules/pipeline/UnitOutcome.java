package io.pbm.rules.pipeline;

/**
 * What the pipeline made of one input unit-wide record (R-SCORE-UNIT): a {@link UnitResult} or a
 * {@link RejectedUnit} — exactly one, each carrying the record's index among the document's units.
 * Units are counted apart from projects, so that {@code projects = evaluated + excluded + rejected} stays
 * true for projects.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public sealed interface UnitOutcome permits UnitResult, RejectedUnit {

    /**
     * The position of the unit-wide record among the input's units, from 0.
     *
     * @return the index
     */
    long index();

    /**
     * The unit-wide record's id.
     *
     * @return the id
     */
    String unitId();
}
