package io.pbm.rules.exante;

import io.pbm.core.budget.BudgetAction;
import io.pbm.core.exante.ExAnteAssessment;
import io.pbm.core.exante.ExAnteConclusion;
import io.pbm.core.grade.Score;
import io.pbm.rules.explain.Problem;
import io.pbm.rules.explain.Trace;
import io.pbm.rules.explain.Warning;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The result of an ex-ante assessment (事前绩效评估) of one project under a policy: the assessment's
 * total (R-EXANTE-1) and conclusion (R-EXANTE-2), whether the project is major and what R-EXANTE-4 asks
 * of it, the problems and warnings, the budgeting decision (R-EXANTE-3, R-EXANTE-4) and the trace.
 *
 * <p>Problems are findings that fail the assessment: a dimension above its points (R-EXANTE-1), a new
 * project without an assessment or with a conclusion the policy does not budget (R-EXANTE-3), a major
 * new project without the third-party re-assessment its policy requires (R-EXANTE-4). Every problem of
 * a <em>new</em> project leaves it NOT_BUDGETED. A continuing project's assessment decides no budget
 * (R-EXANTE-3 speaks of new projects): a dimension above its points is still a problem there (the sheet
 * is wrong), but what would keep a new project from being budgeted is a warning — as is, for any
 * project, a recommended re-assessment that was not made.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ExAnteResult {

    ExAnteResult() {}

    /**
     * A builder of results, for engines.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The id of the assessed project.
     *
     * @return the id
     */
    public abstract String projectId();

    /**
     * The name of the policy that produced the result.
     *
     * @return such as {@code XINJIANG}
     */
    public abstract String policyName();

    /**
     * The version of the policy that produced the result.
     *
     * @return the version
     */
    public abstract String policyVersion();

    /**
     * Whether the project is new (新增), which R-EXANTE-3 and R-EXANTE-4 decide budgets for.
     *
     * @return true for a new project
     */
    public abstract boolean newProject();

    /**
     * The assessment the project carries.
     *
     * @return the assessment, if made
     */
    public abstract Optional<ExAnteAssessment> assessment();

    /**
     * The conclusion by the policy's cut-offs (R-EXANTE-2); none without an assessment, or when a
     * dimension is above its points (R-EXANTE-1) and the sheet cannot be concluded from.
     *
     * @return the conclusion
     */
    public abstract Optional<ExAnteConclusion> conclusion();

    /**
     * Whether the project is major (R-EXANTE-4): flagged major, or next year's base amount at or above
     * the policy's threshold.
     *
     * @return true if major
     */
    public abstract boolean major();

    /**
     * What R-EXANTE-4 asks of the project.
     *
     * @return NOT_NEEDED for a project that is not major
     */
    public abstract Reassessment reassessment();

    /**
     * The findings that fail the assessment.
     *
     * @return the problems, in rule order
     */
    public abstract List<Problem> problems();

    /**
     * What the reader should know that decides nothing.
     *
     * @return the warnings
     */
    public abstract List<Warning> warnings();

    /**
     * NOT_BUDGETED with the rule that decided (R-EXANTE-3, or R-EXANTE-4 when only the required
     * re-assessment is missing); empty when ex-ante leaves the project fundable.
     *
     * @return the decision
     */
    public abstract Optional<BudgetingDecision> budgetDecision();

    /**
     * Every rule applied, in order.
     *
     * @return the trace
     */
    public abstract Trace trace();

    /**
     * The total of the five dimensions (R-EXANTE-1), exact.
     *
     * @return the total, if assessed
     */
    public Optional<Score> total() {
        return assessment().map(ExAnteAssessment::total);
    }

    /**
     * Whether ex-ante rules concern the project at all: it is new, or it carries an assessment.
     *
     * @return true if relevant
     */
    public boolean applicable() {
        return newProject() || assessment().isPresent();
    }

    /**
     * Whether the assessment has no problem.
     *
     * @return true if passed
     */
    public boolean passed() {
        return problems().isEmpty();
    }

    /**
     * The action of the budgeting decision.
     *
     * @return NOT_BUDGETED, or empty when fundable
     */
    public Optional<BudgetAction> budgetAction() {
        return budgetDecision().map(BudgetingDecision::action);
    }

    /**
     * Whether ex-ante leaves the project fundable.
     *
     * @return true without a budgeting decision
     */
    public boolean fundable() {
        return budgetDecision().isEmpty();
    }

    /**
     * One line: id, total, conclusion, decision.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return projectId() + " ex-ante " + total().map(Score::toString).orElse("—") + " "
                + conclusion().map(ExAnteConclusion::label).orElse("—")
                + budgetDecision().map(d -> " " + d.action() + " " + d.rule()).orElse("")
                + " [" + policyName() + " " + policyVersion() + "]";
    }

    /** The builder of {@link ExAnteResult}. */
    public static final class Builder extends ImmutableExAnteResult.Builder {
        Builder() {}
    }
}
