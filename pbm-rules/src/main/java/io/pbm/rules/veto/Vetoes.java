package io.pbm.rules.veto;

import io.pbm.core.budget.FundCategory;
import io.pbm.core.evaluation.EvaluationInput;
import io.pbm.core.evaluation.EvaluationKind;
import io.pbm.core.evaluation.SupervisionFindings;
import io.pbm.core.grade.Grade;
import io.pbm.core.grade.Score;
import io.pbm.core.project.Project;
import io.pbm.rules.evaluation.EvaluationResult;
import io.pbm.rules.explain.Message;
import io.pbm.rules.explain.RuleId;
import io.pbm.rules.explain.TraceStep;
import io.pbm.rules.explain.Warning;
import io.pbm.rules.policy.Policy;
import io.pbm.rules.policy.VetoPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The vetoes (domain.md section 7), a pure function of the raw grade, the supervision findings, the
 * report review score and the policy:
 *
 * <ul>
 *   <li>R-VETO-1: audit or financial-supervision problems → at most {@link VetoPolicy#auditCap()} (中);
 *   <li>R-VETO-2: {@code unrectifiedFailedMonitoringRounds} at least {@link VetoPolicy#unrectifiedRounds()}
 *       (R-MON-5) → at most {@link VetoPolicy#monitoringCap()} (中);
 *   <li>R-VETO-3: major misuse of funds → {@link VetoPolicy#misuseGrade()} (差);
 *   <li>R-VETO-4: a failed authenticity check → one-vote veto: {@link VetoPolicy#authenticityGrade()} (差),
 *       funds recalled, unit and project lead held accountable;
 *   <li>R-VETO-5: vetoes only lower; with several, the lowest wins and each is listed;
 *   <li>R-REVIEW-1: a {@link FundCategory#CENTRAL_TRANSFER} project's report scored below
 *       {@link VetoPolicy#reportReviewMinimum()} (90) is returned for rectification — a warning, not a
 *       change of grade.
 * </ul>
 *
 * <p>Each veto is applied only if its switch in the policy is on.
 *
 * <pre>{@code
 * VetoOutcome outcome = Vetoes.apply(Grade.GOOD, SupervisionFindings.builder().auditProblems(true).build(),
 *         FundCategory.GENERAL_PUBLIC, null, Presets.MOF_2020.vetoes());
 * outcome.grade();   // FAIR: 良 capped to 中 by R-VETO-1
 * }</pre>
 *
 * <p>This class has no state; its functions are pure and thread-safe.
 */
public final class Vetoes {

    private Vetoes() {}

    /**
     * Applies the vetoes to an evaluated project: its raw grade, the findings and report review score of
     * its evaluation input, its fund category.
     *
     * @param project  the project, not null
     * @param result  its evaluation, not null
     * @param policy  the policy, not null
     * @return the outcome
     */
    public static VetoOutcome apply(Project project, EvaluationResult result, Policy policy) {
        Objects.requireNonNull(project, "project is null");
        Objects.requireNonNull(result, "result is null");
        Objects.requireNonNull(policy, "policy is null");
        SupervisionFindings findings = project.evaluation().map(EvaluationInput::findings)
                .orElse(SupervisionFindings.none());
        // R-REVIEW-1 reviews the report of a self-evaluation; other kinds' scores are not its business.
        Score review = result.kind() == EvaluationKind.SELF
                ? project.evaluation().flatMap(EvaluationInput::reportReviewScore).orElse(null)
                : null;
        return apply(result.rawGrade(), findings, project.fundCategory(), review, policy.vetoes());
    }

    /**
     * Applies the vetoes.
     *
     * @param rawGrade  the grade the score earned, not null
     * @param findings  the supervision findings, not null
     * @param category  the project's fund category (R-REVIEW-1 reviews central transfers), not null
     * @param reportReviewScore  the reviewers' score of the self-evaluation report, or null if not reviewed
     * @param policy  the vetoes of the policy, not null
     * @return the outcome
     */
    public static VetoOutcome apply(Grade rawGrade, SupervisionFindings findings, FundCategory category,
            @Nullable Score reportReviewScore, VetoPolicy policy) {
        Objects.requireNonNull(rawGrade, "rawGrade is null");
        Objects.requireNonNull(findings, "findings is null");
        Objects.requireNonNull(category, "category is null");
        Objects.requireNonNull(policy, "policy is null");
        List<Veto> vetoes = new ArrayList<>(4);
        if (policy.auditProblems() && findings.auditProblems()) {
            vetoes.add(new Veto(RuleId.R_VETO_1, policy.auditCap(),
                    Message.of("R-VETO-1.capped", policy.auditCap(), rawGrade)));
        }
        int rounds = findings.unrectifiedFailedMonitoringRounds();
        if (policy.unrectifiedMonitoring() && rounds >= policy.unrectifiedRounds()) {
            vetoes.add(new Veto(RuleId.R_VETO_2, policy.monitoringCap(),
                    Message.of("R-VETO-2.capped", policy.monitoringCap(), rawGrade, rounds, policy.unrectifiedRounds())));
        }
        if (policy.majorMisuse() && findings.majorMisuse()) {
            vetoes.add(new Veto(RuleId.R_VETO_3, policy.misuseGrade(),
                    Message.of("R-VETO-3.set", policy.misuseGrade(), rawGrade)));
        }
        boolean oneVote = policy.authenticity() && findings.authenticityFailed();
        if (oneVote) {
            vetoes.add(new Veto(RuleId.R_VETO_4, policy.authenticityGrade(),
                    Message.of("R-VETO-4.oneVote", policy.authenticityGrade(), rawGrade)));
        }
        List<TraceStep> steps = new ArrayList<>(vetoes.size() + 2);
        Grade grade = rawGrade;
        for (Veto veto : vetoes) {
            grade = grade.atMost(veto.cappedAt());
            steps.add(new TraceStep(veto.rule(), "", veto.cappedAt().name(), veto.message()));
        }
        if (!vetoes.isEmpty()) {
            steps.add(new TraceStep(RuleId.R_VETO_5, "", grade.name(),
                    Message.of("R-VETO-5.lowest", rawGrade, grade, vetoes.size())));
        }
        List<Warning> warnings = new ArrayList<>(1);
        boolean returned = category == FundCategory.CENTRAL_TRANSFER && reportReviewScore != null
                && reportReviewScore.isBelow(policy.reportReviewMinimum());
        if (returned) {
            Message message = Message.of("R-REVIEW-1.returned", reportReviewScore, policy.reportReviewMinimum());
            warnings.add(new Warning(RuleId.R_REVIEW_1, null, "/reportReviewScore", message));
            steps.add(new TraceStep(RuleId.R_REVIEW_1, "", "RETURNED", message));
        }
        return new VetoOutcome(rawGrade, grade, vetoes, oneVote, oneVote, returned, warnings, steps);
    }
}
