package io.pbm.rules.pipeline;

import io.pbm.core.InvalidValueException;
import io.pbm.rules.explain.Problem;
import io.pbm.rules.explain.Rejection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A unit-wide record that cannot be evaluated (R-SCORE-UNIT), with its position among the input's units
 * and <em>all</em> its problems.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param index  the record's position among the input's units, from 0
 * @param rejection  the rejection, with every problem
 */
public record RejectedUnit(long index, Rejection rejection) implements UnitOutcome {

    /**
     * Creates a rejected unit.
     *
     * @param index  0 or more
     * @param rejection  not null
     */
    public RejectedUnit {
        InvalidValueException.check(index >= 0, "index", index, "index >= 0");
        Objects.requireNonNull(rejection, "rejection is null");
    }

    @Override
    public String unitId() {
        return rejection.id();
    }

    /**
     * Every problem of the record.
     *
     * @return the problems, at least one
     */
    public List<Problem> problems() {
        return rejection.problems();
    }

    /**
     * The rejection, one problem per line, after the index.
     *
     * @param locale  the language, not null
     * @return the text
     */
    public String render(Locale locale) {
        return "[" + index + "] " + rejection.render(locale);
    }
}
