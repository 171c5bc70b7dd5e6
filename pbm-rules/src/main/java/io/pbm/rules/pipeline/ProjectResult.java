package io.pbm.rules.pipeline;

import io.pbm.core.InvalidValueException;
import io.pbm.core.budget.Budget;
import io.pbm.core.grade.Grade;
import io.pbm.core.grade.Score;
import io.pbm.core.project.BudgetUnit;
import io.pbm.core.project.Project;
import io.pbm.rules.evaluation.EvaluationResult;
import io.pbm.rules.explain.Trace;
import io.pbm.rules.explain.TraceStep;
import io.pbm.rules.explain.Warning;
import io.pbm.rules.linkage.BudgetDecision;
import io.pbm.rules.veto.Veto;
import io.pbm.rules.veto.VetoOutcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * An evaluated project, through the whole pipeline: the {@link EvaluationResult} (score, deviation, raw
 * grade, warnings, trace), the vetoes and the final grade (R-VETO-1…5), whether the report is returned
 * (R-REVIEW-1), and next year's budget decision (R-LINK-1…4) — what a {@code pbm-result/1} result
 * carries. The raw grade stays visible next to the final one. The evaluated {@link Project} rides along,
 * so a writer can show the figures beside the scores (targets, actuals, explanations and the budget of
 * the self-evaluation table) without holding the input.
 *
 * <p>From the result alone a reader can answer "why 中 and not 良?": {@link #explain(Locale)}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param index  the project's position in the input, from 0
 * @param evaluation  the evaluation
 * @param project  the evaluated project (its budget of the year is what the summary's execution rate adds up)
 * @param vetoOutcome  what the vetoes did
 * @param budgetDecision  next year's budget decision
 */
public record ProjectResult(long index, EvaluationResult evaluation, Project project, VetoOutcome vetoOutcome,
        BudgetDecision budgetDecision) implements ProjectOutcome {

    /**
     * Creates a result.
     *
     * @param index  0 or more
     * @param evaluation  not null
     * @param project  the project evaluated, not null
     * @param vetoOutcome  applied to the evaluation's raw grade, not null
     * @param budgetDecision  of the same project, not null
     * @throws InvalidValueException if the parts are not of one project
     */
    public ProjectResult {
        InvalidValueException.check(index >= 0, "index", index, "index >= 0");
        Objects.requireNonNull(evaluation, "evaluation is null");
        Objects.requireNonNull(project, "project is null");
        Objects.requireNonNull(vetoOutcome, "vetoOutcome is null");
        Objects.requireNonNull(budgetDecision, "budgetDecision is null");
        // The valid ranges are written only when a check fails: results are made by the million.
        if (vetoOutcome.rawGrade() != evaluation.rawGrade()) {
            throw new InvalidValueException("vetoOutcome.rawGrade", String.valueOf(vetoOutcome.rawGrade()),
                    "the evaluation's raw grade " + evaluation.rawGrade());
        }
        if (!project.id().equals(evaluation.id())) {
            throw new InvalidValueException("project.id", project.id(), "the evaluation's project " + evaluation.id());
        }
        if (!budgetDecision.projectId().equals(evaluation.id())) {
            throw new InvalidValueException("budgetDecision.projectId", budgetDecision.projectId(),
                    "the evaluation's project " + evaluation.id());
        }
    }

    @Override
    public String projectId() {
        return evaluation.id();
    }

    @Override
    public OutcomeKind kind() {
        return OutcomeKind.EVALUATED;
    }

    /**
     * The project's budget of the year (the summary's execution rate adds it up).
     *
     * @return the project's budget
     */
    public Budget budget() {
        return project.budget();
    }

    /**
     * The project's budget unit.
     *
     * @return the unit
     */
    public BudgetUnit unit() {
        return evaluation.unit();
    }

    /**
     * The total score (R-SCORE-ROUND).
     *
     * @return the score
     */
    public Score score() {
        return evaluation.score();
    }

    /**
     * The grade the score earns, before vetoes.
     *
     * @return the raw grade
     */
    public Grade rawGrade() {
        return evaluation.rawGrade();
    }

    /**
     * The final grade, after vetoes (R-VETO-5).
     *
     * @return the grade
     */
    public Grade grade() {
        return vetoOutcome.grade();
    }

    /**
     * Each veto that fired, with its cap and reason.
     *
     * @return the vetoes, in rule order
     */
    public List<Veto> vetoes() {
        return vetoOutcome.vetoes();
    }

    /**
     * Whether the self-evaluation report is returned for rectification (R-REVIEW-1).
     *
     * @return true if returned
     */
    public boolean reportReturned() {
        return vetoOutcome.reportReturned();
    }

    /**
     * The evaluation's warnings and the report review's (R-REVIEW-1).
     *
     * @return the warnings
     */
    public List<Warning> warnings() {
        if (vetoOutcome.warnings().isEmpty()) {
            return evaluation.warnings();
        }
        List<Warning> all = new ArrayList<>(evaluation.warnings());
        all.addAll(vetoOutcome.warnings());
        return List.copyOf(all);
    }

    /**
     * Every rule applied, in order: the evaluation's, then the vetoes' and the budget decision's.
     *
     * @return the trace
     */
    public Trace trace() {
        List<TraceStep> more = new ArrayList<>(vetoOutcome.steps());
        more.addAll(budgetDecision.steps());
        return evaluation.trace().plus(more);
    }

    /**
     * A readable explanation: the evaluation's (scores, total, raw grade, warnings, how the score was
     * reached), then the final grade and each veto, and the budget decision with every linkage rule
     * that fired.
     *
     * @param locale  Chinese unless the language is {@code en}, not null
     * @return the text
     */
    public String explain(Locale locale) {
        StringBuilder text = new StringBuilder(evaluation.explain(locale));
        line(text, locale, "explain.final", vetoOutcome.grade());
        line(text, locale, vetoOutcome.vetoed() ? "explain.vetoes" : "explain.noVeto");
        for (TraceStep step : vetoOutcome.steps()) {
            text.append("  ").append(step.render(locale)).append('\n');
        }
        line(text, locale, "explain.budget", budgetDecision.render(locale));
        if (budgetDecision.steps().size() > 1) {
            for (TraceStep step : budgetDecision.steps()) {
                text.append("  ").append(step.render(locale)).append('\n');
            }
        }
        return text.toString();
    }

    /**
     * The explanation in Chinese.
     *
     * @return the text
     */
    public String explain() {
        return explain(Locale.SIMPLIFIED_CHINESE);
    }

    private static void line(StringBuilder text, Locale locale, String key, Object... args) {
        text.append(Text.message(locale, key, args)).append('\n');
    }

    /**
     * One line: id, score, raw and final grade, budget decision.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return "[" + index + "] " + projectId() + " " + score() + " " + rawGrade().label()
                + (vetoOutcome.lowered() ? " → " + grade().label() : "") + " " + budgetDecision.action() + " "
                + budgetDecision.before() + " → " + budgetDecision.after();
    }
}
