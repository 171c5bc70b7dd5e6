package io.pbm.examples.sample;

import io.pbm.core.Labelled;

/**
 * The kind of place a sample is drawn for: a county's budget units and projects, or a whole province's
 * (region, prefecture and county units together). A profile fixes the share of central transfers
 * (which XINJIANG leaves out of self-evaluation, R-PLAN-4), the mix of outcomes — the grade counts the
 * seeds report, and the vetoes behind some of them — and the scale of the budgets (domain.md section
 * 12).
 *
 * <ul>
 *   <li>{@link #COUNTY}: 沙湾 2021 — 371 central transfers in 998 projects; of the 627 evaluated,
 *       优 535 / 良 49 / 中 26 / 差 17 under R-GRADE-2, among them a few audit findings (R-VETO-1), two
 *       unrectified monitoring failures (R-VETO-2), two cases of major misuse (R-VETO-3) and one failed
 *       authenticity check (R-VETO-4); about 232万元 per evaluated project (145,683.48万元 over 627).
 *   <li>{@link #PROVINCE}: a province-wide mix — a smaller share of central transfers, a wider spread
 *       of grades, region- and prefecture-level units with larger budgets. No seed gives a province's
 *       grade counts: the mix is illustrative.
 * </ul>
 */
public enum SampleProfile implements Labelled {
    /** A county like 沙湾 2021. */
    COUNTY("县级", "county", "红柳县", "659999", 371, 998,
            new int[] {535, 49, 20, 14, 4, 2, 1, 2},
            new int[] {535, 49, 22, 14, 4, 0, 0, 0},
            54),
    /** A province: region, prefecture and county units together. */
    PROVINCE("省级", "province", "自治区", "650000", 30, 100,
            new int[] {790, 115, 48, 26, 10, 4, 1, 6},
            new int[] {800, 115, 50, 26, 9, 0, 0, 0},
            100);

    private final String label;
    private final String englishLabel;
    private final String place;
    private final String code;
    private final long centralNumerator;
    private final long centralDenominator;
    private final int[] local;
    private final int[] central;
    private final int budgetPercent;

    SampleProfile(String label, String englishLabel, String place, String code, long centralNumerator,
            long centralDenominator, int[] local, int[] central, int budgetPercent) {
        this.label = label;
        this.englishLabel = englishLabel;
        this.place = place;
        this.code = code;
        this.centralNumerator = centralNumerator;
        this.centralDenominator = centralDenominator;
        this.local = local;
        this.central = central;
        this.budgetPercent = budgetPercent;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public String englishLabel() {
        return englishLabel;
    }

    /**
     * Reads a profile from its name or label: {@code county}, {@code COUNTY}, {@code 县级}.
     *
     * @param text  the text, not null
     * @return the profile
     * @throws io.pbm.core.InvalidValueException if none matches
     */
    public static SampleProfile parse(String text) {
        return Labelled.parse(SampleProfile.class, "profile", text);
    }

    /** The name of the place the units belong to: 红柳县 (fictional) or 自治区. */
    String place() {
        return place;
    }

    /** The administrative code that starts every project id. */
    String code() {
        return code;
    }

    /** How many of {@code projects} are central transfers: the profile's share, rounded half up. */
    long centralTransfers(long projects) {
        return (projects * centralNumerator * 2 + centralDenominator) / (centralDenominator * 2);
    }

    /** The weight of each {@link Outcome} among the projects that are not central transfers. */
    int[] localOutcomes() {
        return local.clone();
    }

    /** The weight of each {@link Outcome} among central transfers. */
    int[] centralOutcomes() {
        return central.clone();
    }

    /** Budgets in per cent of the catalogue's ranges. */
    int budgetPercent() {
        return budgetPercent;
    }
}
