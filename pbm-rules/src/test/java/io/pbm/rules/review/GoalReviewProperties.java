package io.pbm.rules.review;

import static io.pbm.rules.ReviewExamples.goal;
import static io.pbm.rules.ReviewExamples.project;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pbm.core.Ratio;
import io.pbm.core.goal.IndicatorValue;
import io.pbm.core.goal.ParentTransfer;
import io.pbm.core.project.Project;
import io.pbm.core.project.ProjectFlags;
import io.pbm.core.project.ProjectHistory;
import io.pbm.rules.explain.RuleId;
import io.pbm.rules.policy.Policy;
import io.pbm.rules.policy.Presets;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/** Invariants of goal review: the exact R-GOAL-2 comparison, monotony in quantified indicators, determinism. */
class GoalReviewProperties {

    /** A goal's counts: all indicators and the quantified among them. */
    record Counts(int all, int quantified) {}

    @Provide
    Arbitrary<Counts> counts() {
        return Arbitraries.integers().between(1, 40).flatMap(all ->
                Arbitraries.integers().between(0, all).map(quantified -> new Counts(all, quantified)));
    }

    /** A share a policy may set: a/b with 0 ≤ a < b ≤ 100. */
    @Provide
    Arbitrary<Ratio> shares() {
        return Arbitraries.integers().between(1, 100).flatMap(b ->
                Arbitraries.integers().between(0, b - 1).map(a -> Ratio.of(a, b)));
    }

    private static boolean failsShare(ReviewResult result) {
        return result.problems().stream().anyMatch(p -> p.code().equals(RuleId.R_GOAL_2.id()));
    }

    private static ReviewResult review(Policy policy, Counts counts) {
        return GoalReview.of(policy).review(project("P", goal(counts.quantified(), counts.all() - counts.quantified()))
                .build());
    }

    @Property
    void R_GOAL_2_theComparisonAgreesWithExactDecimalArithmetic(@ForAll("counts") Counts counts,
            @ForAll("shares") Ratio share) {
        Policy policy = Presets.XINJIANG.toBuilder().minQuantifiedShare(share).build();
        ReviewResult result = review(policy, counts);
        // quantified ÷ all > a ÷ b  ⇔  quantified × b > all × a, in BigDecimal.
        BigDecimal left = BigDecimal.valueOf(counts.quantified()).multiply(new BigDecimal(share.denominator()));
        BigDecimal right = BigDecimal.valueOf(counts.all()).multiply(new BigDecimal(share.numerator()));
        assertEquals(left.compareTo(right) <= 0, failsShare(result), counts + " against " + share);
        assertEquals(Ratio.of(counts.quantified(), counts.all()), result.quantifiedShare().orElseThrow());
        assertEquals(BigDecimal.valueOf(counts.quantified()).divide(BigDecimal.valueOf(counts.all()), 4,
                RoundingMode.HALF_UP), result.quantifiedShareShown().orElseThrow());
    }

    @Property
    void R_GOAL_2_addingAQuantitativeIndicatorNeverTurnsAPassIntoAFailure(@ForAll("counts") Counts counts,
            @ForAll("shares") Ratio share) {
        Policy policy = Presets.XINJIANG.toBuilder().minQuantifiedShare(share).build();
        boolean before = failsShare(review(policy, counts));
        boolean after = failsShare(review(policy, new Counts(counts.all() + 1, counts.quantified() + 1)));
        if (!before) {
            assertEquals(false, after, counts + " passed against " + share);
        }
    }

    @Property
    void R_GOAL_5_aReviewFailsExactlyWhenTheProjectIsNotBudgeted(@ForAll("counts") Counts counts,
            @ForAll boolean skipped, @ForAll boolean isNew) {
        Project project = project("P", goal(counts.quantified(), counts.all() - counts.quantified()))
                .flags(ProjectFlags.builder().isNew(isNew).build())
                .history(ProjectHistory.builder().lastYearSelfEvaluated(!skipped).build()).build();
        ReviewResult result = GoalReview.of(Presets.XINJIANG).review(project);
        assertEquals(!result.passed(), result.budgetAction().isPresent());
        assertEquals(result.passed(), result.trace().of(RuleId.R_GOAL_5).stream()
                .anyMatch(s -> s.outcome().equals("passed")));
    }

    @Property(tries = 50)
    void reviewIsDeterministic(@ForAll @Size(min = 1, max = 8) List<Boolean> inTransfer,
            @ForAll boolean xinjiang) {
        ParentTransfer transfer = ParentTransfer.builder().id("T").putTargets("定量指标0", IndicatorValue.parse(">=3000个"))
                .build();
        List<Project> batch = new ArrayList<>();
        for (int i = 0; i < inTransfer.size(); i++) {
            Project.Builder project = project("P-" + i, goal(1 + i % 8, i % 3));
            if (inTransfer.get(i)) {
                project.transfer(transfer);
            }
            batch.add(project.build());
        }
        Policy policy = xinjiang ? Presets.XINJIANG : Presets.MOF_2020;
        List<ReviewResult> once = GoalReview.of(policy).review(batch);
        List<ReviewResult> again = GoalReview.of(policy).review(List.copyOf(batch));
        assertEquals(once, again);
        for (int i = 0; i < batch.size(); i++) {
            if (batch.get(i).transfer().isEmpty()) {
                assertEquals(once.get(i), GoalReview.of(policy).review(batch.get(i)), "alone or in a batch");
            }
        }
    }
}
