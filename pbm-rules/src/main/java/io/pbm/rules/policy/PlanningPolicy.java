package io.pbm.rules.policy;

import io.pbm.core.InvalidValueException;
import io.pbm.core.Ratio;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Planning of evaluations and checks (R-PLAN-1…3): the share of a unit's project budget its
 * department evaluates each year, the cycle in which every project is evaluated, the finance bureau's
 * key evaluations by level, and the spot-check share.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class PlanningPolicy {

    PlanningPolicy() {}

    /**
     * A builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The least share of a unit's project budget its department evaluates (R-PLAN-1): 0.2.
     *
     * @return the share
     */
    @Value.Default
    public Ratio departmentShare() {
        return Ratio.of(1, 5);
    }

    /**
     * The years within which every project is evaluated at least once (R-PLAN-1): 5.
     *
     * @return the years
     */
    @Value.Default
    public int cycleYears() {
        return 5;
    }

    /**
     * The least number of finance key evaluations at prefecture level (R-PLAN-2): 10 in XINJIANG.
     *
     * @return the count, if the policy sets one
     */
    public abstract Optional<Integer> financeMinimumPrefecture();

    /**
     * The least number of finance key evaluations at county level (R-PLAN-2): 5 in XINJIANG.
     *
     * @return the count, if the policy sets one
     */
    public abstract Optional<Integer> financeMinimumCounty();

    /**
     * The share of candidates a spot check samples (R-PLAN-3): 0.1 in both presets.
     *
     * @return the share
     */
    @Value.Default
    public Ratio spotCheckShare() {
        return Ratio.of(1, 10);
    }

    @Value.Check
    void check() {
        InvalidValueException.check(departmentShare().signum() > 0 && !departmentShare().isAbove(Ratio.ONE),
                "departmentShare", departmentShare(), "0 < departmentShare <= 1");
        InvalidValueException.check(cycleYears() >= 1 && cycleYears() <= 20, "cycleYears", cycleYears(),
                "1 <= cycleYears <= 20");
        InvalidValueException.check(spotCheckShare().signum() > 0 && !spotCheckShare().isAbove(Ratio.ONE),
                "spotCheckShare", spotCheckShare(), "0 < spotCheckShare <= 1");
        financeMinimumPrefecture().ifPresent(n -> InvalidValueException.check(n >= 1, "financeMinimumPrefecture", n,
                "financeMinimumPrefecture >= 1"));
        financeMinimumCounty().ifPresent(n -> InvalidValueException.check(n >= 1, "financeMinimumCounty", n,
                "financeMinimumCounty >= 1"));
    }

    @Override
    public String toString() {
        return "department share " + departmentShare() + ", cycle " + cycleYears() + " years, finance minimum "
                + financeMinimumPrefecture().map(String::valueOf).orElse("—") + " (prefecture) / "
                + financeMinimumCounty().map(String::valueOf).orElse("—") + " (county), spot-check share "
                + spotCheckShare();
    }

    /** The builder of {@link PlanningPolicy}. */
    public static final class Builder extends ImmutablePlanningPolicy.Builder {
        Builder() {}
    }
}
