package io.pbm.rules.planning;

import io.pbm.core.InvalidValueException;
import io.pbm.core.Ratio;
import io.pbm.core.budget.Amount;
import io.pbm.core.project.Project;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** The arithmetic and input checks the planners share: exact share tests, sums, unique ids. */
final class Shares {

    private Shares() {}

    /** Whether part ÷ whole ≥ share, compared exactly by cross-multiplying (5 × part ≥ whole for 1/5). */
    static boolean reaches(Amount part, Amount whole, Ratio share) {
        return part.yuan().multiply(new BigDecimal(share.denominator()))
                .compareTo(whole.yuan().multiply(new BigDecimal(share.numerator()))) >= 0;
    }

    /** ⌈share × n⌉, exact. */
    static int ceiling(Ratio share, int n) {
        BigInteger[] qr = share.numerator().multiply(BigInteger.valueOf(n)).divideAndRemainder(share.denominator());
        return qr[0].add(qr[1].signum() > 0 ? BigInteger.ONE : BigInteger.ZERO).intValueExact();
    }

    /** The sum of the adjusted budgets. */
    static Amount total(Collection<Project> projects) {
        Amount total = Amount.ZERO;
        for (Project project : projects) {
            total = total.plus(project.budget().adjusted());
        }
        return total;
    }

    /** The sum of the selected projects' budgets. */
    static Amount selected(List<PlannedProject> selected) {
        Amount total = Amount.ZERO;
        for (PlannedProject project : selected) {
            total = total.plus(project.budget());
        }
        return total;
    }

    /** The projects, null-checked, each id once: a plan of a repeated id would be ambiguous. */
    static List<Project> unique(Collection<Project> projects) {
        Objects.requireNonNull(projects, "projects is null");
        Set<String> ids = new HashSet<>();
        for (Project project : projects) {
            Objects.requireNonNull(project, "project is null");
            InvalidValueException.check(ids.add(project.id()), "project id", project.id(),
                    "ids unique within the batch");
        }
        return List.copyOf(projects);
    }

    /** A share of a planning rule: 0 < share ≤ 1. */
    static Ratio checkShare(String field, Ratio share) {
        Objects.requireNonNull(share, field + " is null");
        InvalidValueException.check(share.signum() > 0 && !share.isAbove(Ratio.ONE), field, share,
                "0 < " + field + " <= 1");
        return share;
    }
}
