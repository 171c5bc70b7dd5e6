package io.pbm.core.budget;

import io.pbm.core.Labelled;

/**
 * The fund category of a project: one of the four budgets (四本预算), or a special category with its
 * own rules (domain.md section 1). Policies exclude categories from self-evaluation by it (R-PLAN-4:
 * XINJIANG leaves {@link #CENTRAL_TRANSFER} out).
 */
public enum FundCategory implements Labelled {
    /** 一般公共预算. */
    GENERAL_PUBLIC("一般公共预算", "general public budget", true),
    /** 政府性基金预算. */
    GOVERNMENT_FUND("政府性基金预算", "government fund budget", true),
    /** 国有资本经营预算. */
    STATE_CAPITAL("国有资本经营预算", "state capital operation budget", true),
    /** 社会保险基金预算. */
    SOCIAL_INSURANCE("社会保险基金预算", "social insurance fund budget", true),
    /** 专项债券. */
    SPECIAL_BOND("专项债券", "special bond", false),
    /** 政府和社会资本合作 (PPP). */
    PPP("政府和社会资本合作(PPP)", "public-private partnership", false),
    /** 直达资金. */
    DIRECT_FUND("直达资金", "direct funds", false),
    /** 乡村振兴衔接资金. */
    RURAL_REVITALISATION("乡村振兴衔接资金", "rural revitalisation funds", false),
    /** 中央转移支付. */
    CENTRAL_TRANSFER("中央转移支付", "central transfer", false);

    private final String label;
    private final String englishLabel;
    private final boolean oneOfFourBudgets;

    FundCategory(String label, String englishLabel, boolean oneOfFourBudgets) {
        this.label = label;
        this.englishLabel = englishLabel;
        this.oneOfFourBudgets = oneOfFourBudgets;
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
     * Whether this is one of the four budgets (四本预算) rather than a special category.
     *
     * @return true for the four budgets
     */
    public boolean isOneOfFourBudgets() {
        return oneOfFourBudgets;
    }

    /**
     * Reads a category from its name or label.
     *
     * @param text  the text, not null
     * @return the category
     * @throws io.pbm.core.InvalidValueException if none matches
     */
    public static FundCategory parse(String text) {
        return Labelled.parse(FundCategory.class, "fundCategory", text);
    }
}
