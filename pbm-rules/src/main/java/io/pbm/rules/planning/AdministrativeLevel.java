package io.pbm.rules.planning;

import io.pbm.core.Labelled;
import io.pbm.rules.policy.PlanningPolicy;
import java.util.Objects;
import java.util.Optional;

/**
 * The level of the finance bureau that carries out key evaluations (R-PLAN-2): a prefecture (地市级)
 * evaluates at least {@link PlanningPolicy#financeMinimumPrefecture()} projects, a county (县级) at
 * least {@link PlanningPolicy#financeMinimumCounty()}.
 */
public enum AdministrativeLevel implements Labelled {
    /** 地市级: 10 key evaluations in XINJIANG (seed 002). */
    PREFECTURE("地市级", "prefecture"),
    /** 县级: 5 key evaluations in XINJIANG (seed 002). */
    COUNTY("县级", "county");

    private final String label;
    private final String englishLabel;

    AdministrativeLevel(String label, String englishLabel) {
        this.label = label;
        this.englishLabel = englishLabel;
    }

    /**
     * The least number of finance key evaluations at this level.
     *
     * @param planning  the planning rules, not null
     * @return the count, empty if the policy sets none (MOF_2020)
     */
    public Optional<Integer> minimum(PlanningPolicy planning) {
        Objects.requireNonNull(planning, "planning is null");
        return this == PREFECTURE ? planning.financeMinimumPrefecture() : planning.financeMinimumCounty();
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public String englishLabel() {
        return englishLabel;
    }
}
