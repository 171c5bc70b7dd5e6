package io.pbm.rules.exante;

import io.pbm.core.budget.Amount;
import io.pbm.core.exante.ExAnteAssessment;
import io.pbm.core.exante.ExAnteConclusion;
import io.pbm.core.grade.Score;
import io.pbm.core.project.Project;
import io.pbm.rules.explain.Message;
import io.pbm.rules.explain.Problem;
import io.pbm.rules.explain.RuleId;
import io.pbm.rules.explain.Trace;
import io.pbm.rules.explain.TraceStep;
import io.pbm.rules.explain.Warning;
import io.pbm.rules.policy.ExAntePolicy;
import io.pbm.rules.policy.Policy;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Assesses a project ex ante (事前绩效评估) under a policy's {@link ExAntePolicy}:
 *
 * <ul>
 *   <li><b>R-EXANTE-1</b>: the five dimensions ({@link ExAnteDimension}) add up to the total; each must
 *       lie within the policy's {@code dimensionPoints} (20 on the common sheet) — a problem otherwise,
 *       and no conclusion is drawn from such a sheet.
 *   <li><b>R-EXANTE-2</b>: the conclusion by the policy's cut-offs, compared exactly: total ≥
 *       {@code supportFrom} → SUPPORT; ≥ {@code partialSupportFrom} → PARTIAL_SUPPORT; else NO_SUPPORT
 *       (80 and 60 in both presets: 80.00 supports, 79.99 does not). Seed 000's average of 98 (优秀)
 *       supports.
 *   <li><b>R-EXANTE-3</b>: a new project (flags.isNew) without an assessment (when the policy's
 *       {@code requireAssessment}), with an assessment no conclusion can be drawn from, or with a
 *       conclusion in the policy's {@code notBudgeted} is NOT_BUDGETED.
 *   <li><b>R-EXANTE-4</b>: a major project — flagged major, or whose next year's base amount
 *       ({@link io.pbm.core.budget.Budget#nextYearBase()}: the request for next year, else this year's
 *       adjusted budget — the money the assessment is about) is at or above the policy's
 *       {@code majorThreshold} — gets a third-party re-assessment: when the policy requires it (XINJIANG,
 *       seed 001) a new project not yet re-assessed is NOT_BUDGETED until it is; when the policy only
 *       recommends it (MOF_2020, seed 002) a warning.
 * </ul>
 *
 * <p>Only new projects get a budgeting decision; a continuing project that carries an assessment has it
 * scored and concluded, with what would block a new project as warnings. A continuing project without
 * an assessment is not {@linkplain ExAnteResult#applicable() concerned}.
 *
 * <p>An engine is a function of (project, policy): immutable, thread-safe, and one instance serves any
 * number of threads.
 */
public final class ExAnteReview {

    private final Policy policy;
    private final ExAntePolicy rules;

    private ExAnteReview(Policy policy) {
        this.policy = policy;
        this.rules = policy.exAnte();
    }

    /**
     * An engine for a policy.
     *
     * @param policy  the policy, not null
     * @return the engine
     */
    public static ExAnteReview of(Policy policy) {
        return new ExAnteReview(Objects.requireNonNull(policy, "policy is null"));
    }

    /**
     * The policy of this engine.
     *
     * @return the policy
     */
    public Policy policy() {
        return policy;
    }

    /**
     * Assesses a project (R-EXANTE-1…4).
     *
     * @param project  the project, not null
     * @return the result, with the budgeting decision for a new project
     */
    public ExAnteResult assess(Project project) {
        Objects.requireNonNull(project, "project is null");
        Findings findings = new Findings(project.flags().isNew());
        Optional<ExAnteAssessment> assessment = project.exAnte();
        ExAnteConclusion conclusion = assessment.map(a -> conclude(a, findings)).orElse(null);
        if (findings.newProject) {
            budgeting(assessment.isPresent(), conclusion, findings);
        } else if (conclusion != null && rules.notBudgeted().contains(conclusion)) {
            findings.blocking(RuleId.R_EXANTE_3, "/exAnte", Message.of("R-EXANTE-3.continuing", conclusion));
        }
        Reassessment reassessment = reassessment(project, assessment, findings);
        return ExAnteResult.builder()
                .projectId(project.id())
                .policyName(policy.name())
                .policyVersion(policy.version())
                .newProject(findings.newProject)
                .assessment(assessment)
                .conclusion(Optional.ofNullable(conclusion))
                .major(reassessment != Reassessment.NOT_NEEDED)
                .reassessment(reassessment)
                .problems(findings.problems)
                .warnings(findings.warnings)
                .budgetDecision(Optional.ofNullable(findings.decision))
                .trace(Trace.of(findings.trace))
                .build();
    }

    /** R-EXANTE-1 and R-EXANTE-2: the dimensions within their points, and the conclusion; null if none can be drawn. */
    private ExAnteConclusion conclude(ExAnteAssessment assessment, Findings findings) {
        Score points = rules.dimensionPoints();
        boolean valid = true;
        for (ExAnteDimension dimension : ExAnteDimension.values()) {
            Score score = dimension.score(assessment);
            if (score.compareTo(points) > 0) {
                valid = false;
                findings.problems.add(Problem.of(RuleId.R_EXANTE_1, "/exAnte/" + dimension.field(),
                        Message.of("R-EXANTE-1.above", dimension, score, points)));
            }
        }
        Score total = assessment.total();
        findings.trace.add(new TraceStep(RuleId.R_EXANTE_1, "", total.toString(), Message.of("R-EXANTE-1.total", total,
                assessment.necessity(), assessment.economy(), assessment.goalSoundness(), assessment.feasibility(),
                assessment.fundingCompliance(), points)));
        if (!valid) {
            findings.trace.add(new TraceStep(RuleId.R_EXANTE_2, "", "—", Message.of("R-EXANTE-2.invalid", points)));
            return null;
        }
        ExAnteConclusion conclusion = total.compareTo(rules.supportFrom()) >= 0 ? ExAnteConclusion.SUPPORT
                : total.compareTo(rules.partialSupportFrom()) >= 0 ? ExAnteConclusion.PARTIAL_SUPPORT
                : ExAnteConclusion.NO_SUPPORT;
        findings.trace.add(new TraceStep(RuleId.R_EXANTE_2, "", conclusion.name(), Message.of("R-EXANTE-2.conclusion",
                total, conclusion, rules.supportFrom(), rules.partialSupportFrom())));
        return conclusion;
    }

    /** R-EXANTE-3 for a new project. */
    private void budgeting(boolean assessed, ExAnteConclusion conclusion, Findings findings) {
        if (!assessed) {
            if (rules.requireAssessment()) {
                findings.blocking(RuleId.R_EXANTE_3, "/exAnte", Message.of("R-EXANTE-3.missing"));
            } else {
                findings.trace.add(new TraceStep(RuleId.R_EXANTE_3, "", "—", Message.of("R-EXANTE-3.optional")));
            }
        } else if (conclusion == null) {
            findings.blocking(RuleId.R_EXANTE_3, "/exAnte", Message.of("R-EXANTE-3.invalid"));
        } else if (rules.notBudgeted().contains(conclusion)) {
            findings.blocking(RuleId.R_EXANTE_3, "/exAnte", Message.of("R-EXANTE-3.conclusion", conclusion));
        } else {
            findings.trace.add(new TraceStep(RuleId.R_EXANTE_3, "", conclusion.name(),
                    Message.of("R-EXANTE-3.supported", conclusion)));
        }
    }

    /** R-EXANTE-4: major projects and their third-party re-assessment. */
    private Reassessment reassessment(Project project, Optional<ExAnteAssessment> assessment, Findings findings) {
        Amount base = project.budget().nextYearBase();
        boolean flagged = project.flags().isMajor();
        boolean large = base.compareTo(rules.majorThreshold()) >= 0;
        if (!flagged && !large) {
            return Reassessment.NOT_NEEDED;
        }
        Reassessment asked = rules.reassessmentRequired() ? Reassessment.REQUIRED : Reassessment.RECOMMENDED;
        findings.trace.add(new TraceStep(RuleId.R_EXANTE_4, "", asked.name(), Message.of(
                flagged ? "R-EXANTE-4.flagged" : "R-EXANTE-4.threshold", base, rules.majorThreshold(), asked)));
        if (assessment.isEmpty()) {
            // Nothing to re-assess: R-EXANTE-3 already speaks for a new project without an assessment.
            return asked;
        }
        if (assessment.get().thirdPartyReassessed()) {
            findings.trace.add(new TraceStep(RuleId.R_EXANTE_4, "", "done", Message.of("R-EXANTE-4.done")));
        } else if (asked == Reassessment.REQUIRED) {
            findings.blocking(RuleId.R_EXANTE_4, "/exAnte/thirdPartyReassessed", Message.of("R-EXANTE-4.required"));
        } else {
            findings.warnings.add(new Warning(RuleId.R_EXANTE_4, null, "/exAnte/thirdPartyReassessed",
                    Message.of("R-EXANTE-4.recommended")));
        }
        return asked;
    }

    /** What one assessment finds, gathered in rule order. */
    private static final class Findings {
        final boolean newProject;
        final List<Problem> problems = new ArrayList<>();
        final List<Warning> warnings = new ArrayList<>();
        final List<TraceStep> trace = new ArrayList<>();
        BudgetingDecision decision;

        Findings(boolean newProject) {
            this.newProject = newProject;
        }

        /**
         * A finding that keeps a new project from being budgeted: a problem and, if none decided yet,
         * the decision; for a continuing project, which ex-ante does not budget, a warning.
         */
        void blocking(RuleId rule, String path, Message message) {
            if (!newProject) {
                warnings.add(new Warning(rule, null, path, message));
                return;
            }
            problems.add(Problem.of(rule, path, message));
            if (decision == null) {
                decision = BudgetingDecision.notBudgeted(rule, message);
            }
            trace.add(new TraceStep(rule, "", decision.action().name(), message));
        }
    }
}
