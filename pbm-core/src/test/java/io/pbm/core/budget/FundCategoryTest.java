package io.pbm.core.budget;

import static io.pbm.core.ValueAssertions.assertInvalid;
import static io.pbm.core.ValueAssertions.assertNullRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Fund categories: the four budgets (四本预算) and the special categories (domain.md section 1). */
class FundCategoryTest {

    @Test
    void theFourBudgetsAreTheFirstFour() {
        assertEquals(EnumSet.of(FundCategory.GENERAL_PUBLIC, FundCategory.GOVERNMENT_FUND, FundCategory.STATE_CAPITAL,
                FundCategory.SOCIAL_INSURANCE),
                Stream.of(FundCategory.values()).filter(FundCategory::isOneOfFourBudgets)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(FundCategory.class))));
    }

    @Test
    void R_PLAN_4_theCentralTransferIsReadFromItsLabel() {
        assertEquals(FundCategory.CENTRAL_TRANSFER, FundCategory.parse("中央转移支付"));
        assertEquals(FundCategory.CENTRAL_TRANSFER, FundCategory.parse("central transfer"));
        assertEquals(FundCategory.CENTRAL_TRANSFER, FundCategory.parse("CENTRAL_TRANSFER"));
    }

    @Test
    void everyCategoryIsReadBackFromItsNameAndLabels() {
        for (FundCategory category : FundCategory.values()) {
            assertEquals(category, FundCategory.parse(category.name()));
            assertEquals(category, FundCategory.parse(category.label()));
            assertEquals(category, FundCategory.parse(category.englishLabel()));
        }
        assertEquals("一般公共预算", FundCategory.GENERAL_PUBLIC.label());
        assertEquals("乡村振兴衔接资金", FundCategory.RURAL_REVITALISATION.label());
        assertEquals(FundCategory.PPP, FundCategory.parse("ppp"));
    }

    @Test
    void anUnknownCategoryIsRefused() {
        assertInvalid(() -> FundCategory.parse("预算外资金"), "fundCategory", "预算外资金", "one of GENERAL_PUBLIC 一般公共预算",
                "CENTRAL_TRANSFER 中央转移支付");
    }

    @Test
    void nullsAreRejectedNamingTheArgument() {
        assertNullRejected("fundCategory", () -> FundCategory.parse(null));
    }
}
