package io.pbm.rules.scoring;

import io.pbm.core.goal.Goal;
import io.pbm.core.goal.Indicator;
import io.pbm.rules.explain.Message;
import io.pbm.rules.explain.Problem;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Names given for indicators a goal does not have — an actual or a reported score for "群众满意" when
 * the goal says "群众满意度" is a typo to report, never a figure to drop silently. Shared by
 * evaluation, monitoring and the table check.
 *
 * <p>Pure and thread-safe.
 */
public final class UnknownNames {

    /** Goals of at most this many indicators are scanned rather than hashed. */
    private static final int SCANNED = 16;

    private UnknownNames() {}

    private static boolean isIndicator(List<Indicator> indicators, String name) {
        for (int i = 0; i < indicators.size(); i++) {
            if (indicators.get(i).name().equals(name)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Adds a problem for each name that is not an indicator of the goal.
     *
     * @param goal  the goal, not null
     * @param names  the names given, in input order, not null
     * @param code  the problem's code and message key, such as {@code actual.unknown}, not null
     * @param parent  the JSON pointer under which the names stand, such as {@code /actuals}, not null
     * @param problems  where the problems go, not null
     */
    public static void report(Goal goal, Iterable<String> names, String code, String parent, List<Problem> problems) {
        Objects.requireNonNull(goal, "goal is null");
        Objects.requireNonNull(names, "names is null");
        Objects.requireNonNull(code, "code is null");
        Objects.requireNonNull(parent, "parent is null");
        Objects.requireNonNull(problems, "problems is null");
        List<Indicator> indicators = goal.indicators();
        // A project's goal has about ten indicators: scanning them is cheaper than a set per project.
        Set<String> known = null;
        if (indicators.size() > SCANNED) {
            known = new HashSet<>();
            for (Indicator indicator : indicators) {
                known.add(indicator.name());
            }
        }
        for (String name : names) {
            if (known != null ? !known.contains(name) : !isIndicator(indicators, name)) {
                problems.add(new Problem(code, parent + "/" + Problem.pointerToken(name), Message.of(code, name)));
            }
        }
    }
}
