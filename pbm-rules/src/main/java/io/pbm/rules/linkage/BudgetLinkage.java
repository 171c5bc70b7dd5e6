package io.pbm.rules.linkage;

import io.pbm.core.Ratio;
import io.pbm.core.budget.Amount;
import io.pbm.core.budget.BudgetAction;
import io.pbm.core.evaluation.EvaluationInput;
import io.pbm.core.evaluation.SupervisionFindings;
import io.pbm.core.grade.Grade;
import io.pbm.core.grade.Score;
import io.pbm.core.project.Project;
import io.pbm.rules.evaluation.EvaluationResult;
import io.pbm.rules.explain.Message;
import io.pbm.rules.explain.RuleId;
import io.pbm.rules.explain.TraceStep;
import io.pbm.rules.policy.LinkagePolicy;
import io.pbm.rules.policy.Policy;
import io.pbm.rules.precision.Scaled;
import io.pbm.rules.veto.VetoOutcome;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Budget linkage (结果应用, domain.md section 8), a pure function of the project, its score, the veto
 * outcome (final grade, one-vote veto), the supervision findings and the policy. Every rule that fires
 * proposes an action; the strongest wins (RECALL &gt; NOT_BUDGETED &gt; CANCEL &gt; SUSPEND &gt; CUT &gt;
 * KEEP &gt; PRIORITY, {@link BudgetAction#strongest}) and the decision names its rule; no rule → KEEP
 * (cited as R-LINK-3, whose national practice keeps what no rule touches, with the message
 * {@code linkage.none}).
 *
 * <ul>
 *   <li>R-LINK-1: a score below {@link LinkagePolicy#cutBelowScore()} (80 in XINJIANG) → CUT, read on the
 *       score, not the grade.
 *   <li>the final grade's action from {@link LinkagePolicy#gradeActions()}: MOF_2020 优 PRIORITY, 良 KEEP,
 *       中 CUT, 差 CANCEL; XINJIANG 优 PRIORITY, 良 KEEP, 中/差 CUT. <strong>Which rule is cited</strong>:
 *       a grade-based CUT cites R-LINK-2 (seed 002: 中 or 差 → proportional cut) when the policy has the
 *       seeds' score rule ({@link LinkagePolicy#cutBelowScore()} set, as XINJIANG) or the grade is 差
 *       (R-LINK-3 never cuts 差: it cancels or suspends); every other grade action cites R-LINK-3
 *       (national practice). The contract's 中 under MOF_2020 is a CUT by R-LINK-3.
 *   <li>R-LINK-4: unrectified problems ({@link SupervisionFindings#unrectifiedProblems()}) → SUSPEND, if
 *       {@link LinkagePolicy#suspendUnrectified()}.
 *   <li>R-VETO-4: a one-vote veto → RECALL, if {@link LinkagePolicy#recallOnVeto()}.
 * </ul>
 *
 * <p>Before is {@code budget.nextYearBase()}: next year's request, else this year's adjusted budget.
 * A cut of ratio r leaves before × (1 − r), computed exactly and rounded once HALF_UP to the fen (the
 * same as {@link Amount#times} with the factor 1 − r, and exact for a ratio such as 1/3 whose decimal
 * does not end); CANCEL, SUSPEND and RECALL leave 0.00. Where two rules propose the same action, the
 * first considered (in the order above) is named: under XINJIANG a low score is cut by R-LINK-1, and a
 * score of 80 or more whose grade a veto lowered to 中 or 差 by R-LINK-2.
 *
 * <pre>{@code
 * BudgetDecision decision = BudgetLinkage.decide(project, result, Vetoes.apply(project, result, policy), policy);
 * decision.action();   // CUT
 * decision.after();    // 1737450.00
 * }</pre>
 *
 * <p>This class has no state; its functions are pure and thread-safe.
 */
public final class BudgetLinkage {

    private BudgetLinkage() {}

    /**
     * Decides next year's budget of an evaluated project, with the findings of its evaluation input.
     *
     * @param project  the project, not null
     * @param result  its evaluation, not null
     * @param vetoes  the vetoes applied to the result, not null
     * @param policy  the policy, not null
     * @return the decision
     */
    public static BudgetDecision decide(Project project, EvaluationResult result, VetoOutcome vetoes, Policy policy) {
        Objects.requireNonNull(project, "project is null");
        Objects.requireNonNull(result, "result is null");
        Objects.requireNonNull(policy, "policy is null");
        SupervisionFindings findings = project.evaluation().map(EvaluationInput::findings)
                .orElse(SupervisionFindings.none());
        return decide(project, result.score(), vetoes, findings, policy.linkage());
    }

    /**
     * Decides next year's budget.
     *
     * @param project  the project (id, unit, budget), not null
     * @param score  the total score (R-LINK-1 reads it), not null
     * @param vetoes  the veto outcome: the final grade (R-LINK-2/3) and the one-vote veto (R-VETO-4), not null
     * @param findings  the supervision findings (R-LINK-4), not null
     * @param policy  the linkage of the policy, not null
     * @return the decision
     */
    public static BudgetDecision decide(Project project, Score score, VetoOutcome vetoes, SupervisionFindings findings,
            LinkagePolicy policy) {
        Objects.requireNonNull(project, "project is null");
        Objects.requireNonNull(score, "score is null");
        Objects.requireNonNull(vetoes, "vetoes is null");
        Objects.requireNonNull(findings, "findings is null");
        Objects.requireNonNull(policy, "policy is null");
        Amount before = project.budget().nextYearBase();
        Grade grade = vetoes.grade();
        Facts facts = new Facts(grade, score, before, policy);
        List<Candidate> fired = new ArrayList<>(4);
        policy.cutBelowScore().filter(score::isBelow)
                .ifPresent(threshold -> fired.add(facts.candidate(RuleId.R_LINK_1, BudgetAction.CUT)));
        BudgetAction gradeAction = policy.gradeActions().get(grade);
        if (gradeAction != null) {
            fired.add(facts.candidate(gradeRule(gradeAction, grade, policy), gradeAction));
        }
        if (policy.suspendUnrectified() && findings.unrectifiedProblems()) {
            fired.add(facts.candidate(RuleId.R_LINK_4, BudgetAction.SUSPEND));
        }
        if (policy.recallOnVeto() && vetoes.recall()) {
            fired.add(facts.candidate(RuleId.R_VETO_4, BudgetAction.RECALL));
        }
        Candidate winner = fired.isEmpty() ? facts.candidate(RuleId.R_LINK_3, BudgetAction.KEEP, "linkage.none") : fired.get(0);
        List<TraceStep> steps = new ArrayList<>(fired.size() + 1);
        for (Candidate candidate : fired) {
            steps.add(candidate.step());
            if (candidate.action().compareTo(winner.action()) > 0) {
                winner = candidate;
            }
        }
        if (fired.size() > 1) {
            steps.add(new TraceStep(winner.rule(), "", winner.action().name(),
                    Message.of("linkage.strongest", winner.action(), winner.rule(), fired.size())));
        } else if (fired.isEmpty()) {
            steps.add(winner.step());
        }
        return new BudgetDecision(project.id(), project.unit(), winner.action(), before, winner.after(), winner.rule(),
                winner.message(), steps);
    }

    /**
     * The rule a grade action cites: R-LINK-2 for a proportional cut of 中 or 差 where the policy follows
     * the seeds (a score rule is set) or the grade is 差; R-LINK-3 otherwise.
     */
    static RuleId gradeRule(BudgetAction action, Grade grade, LinkagePolicy policy) {
        boolean seedsCut = action == BudgetAction.CUT && grade.compareTo(Grade.FAIR) <= 0
                && (policy.cutBelowScore().isPresent() || grade == Grade.POOR);
        return seedsCut ? RuleId.R_LINK_2 : RuleId.R_LINK_3;
    }

    /**
     * The amount a cut of ratio r leaves: before × (1 − r), exact, rounded once HALF_UP to the fen.
     *
     * @param before  the amount before, not null
     * @param ratio  the cut ratio, 0 to 1, not null
     * @return the amount after
     */
    public static Amount cut(Amount before, Ratio ratio) {
        Objects.requireNonNull(before, "before is null");
        Objects.requireNonNull(ratio, "ratio is null");
        BigDecimal kept = new BigDecimal(ratio.denominator().subtract(ratio.numerator()));
        return Amount.of(before.yuan().multiply(kept).divide(new BigDecimal(ratio.denominator()), 2, RoundingMode.HALF_UP));
    }

    /** The inputs every linkage message shows, in one argument order. */
    private record Facts(Grade grade, Score score, Amount before, LinkagePolicy policy) {

        Candidate candidate(RuleId rule, BudgetAction action) {
            return candidate(rule, action, rule.id() + "." + action.name());
        }

        Candidate candidate(RuleId rule, BudgetAction action, String key) {
            Amount after = action.leavesNothing() ? Amount.ZERO
                    : action == BudgetAction.CUT ? cut(before, policy.cutRatio()) : before;
            Optional<Score> threshold = policy.cutBelowScore();
            // {0} grade, {1} score, {2} before, {3} after, {4} cut ratio, {5} score threshold, {6} action
            Message message = Message.of(key, grade, score, before, after, Scaled.percent(policy.cutRatio(), 2),
                    threshold.orElse(null), action);
            return new Candidate(rule, action, after, message);
        }
    }

    private record Candidate(RuleId rule, BudgetAction action, Amount after, Message message) {

        TraceStep step() {
            return new TraceStep(rule, "", action.name(), message);
        }
    }
}
