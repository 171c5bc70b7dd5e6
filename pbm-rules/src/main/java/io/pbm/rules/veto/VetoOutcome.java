package io.pbm.rules.veto;

import io.pbm.core.InvalidValueException;
import io.pbm.core.grade.Grade;
import io.pbm.rules.explain.RuleId;
import io.pbm.rules.explain.TraceStep;
import io.pbm.rules.explain.Warning;
import java.util.List;
import java.util.Objects;

/**
 * What the vetoes did to a grade (R-VETO-1…5) and what the report review found (R-REVIEW-1): the raw
 * grade the score earned, the final grade, each veto that fired, whether the unit and project lead are
 * held accountable and the funds recalled (R-VETO-4), and whether a central-transfer report is
 * returned for rectification (R-REVIEW-1, a warning that changes no grade).
 *
 * <p>Refused at construction, because it would break R-VETO-5: a final grade other than the raw grade
 * lowered to the lowest cap of the vetoes listed.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param rawGrade  the grade the score earned (R-GRADE-1/2/3)
 * @param grade  the final grade: the raw grade at most every cap (R-VETO-5)
 * @param vetoes  each veto that fired, in rule order
 * @param accountability  whether the unit and the project lead are held accountable (R-VETO-4)
 * @param recall  whether this year's funds are recalled (R-VETO-4); the budget action follows
 *     {@link io.pbm.rules.policy.LinkagePolicy#recallOnVeto()}
 * @param reportReturned  whether the self-evaluation report is returned for rectification (R-REVIEW-1)
 * @param warnings  the R-REVIEW-1 warning, if the report is returned
 * @param steps  the trail: each veto, the R-VETO-5 decision, the report review
 */
public record VetoOutcome(Grade rawGrade, Grade grade, List<Veto> vetoes, boolean accountability, boolean recall,
        boolean reportReturned, List<Warning> warnings, List<TraceStep> steps) {

    /**
     * Creates an outcome.
     *
     * @param rawGrade  not null
     * @param grade  the raw grade at most every cap, not null
     * @param vetoes  not null
     * @param accountability  whether held accountable
     * @param recall  whether funds are recalled
     * @param reportReturned  whether the report is returned
     * @param warnings  not null
     * @param steps  not null
     * @throws InvalidValueException if the grade is not the raw grade lowered to the lowest cap
     */
    public VetoOutcome {
        Objects.requireNonNull(rawGrade, "rawGrade is null");
        Objects.requireNonNull(grade, "grade is null");
        vetoes = List.copyOf(Objects.requireNonNull(vetoes, "vetoes is null"));
        warnings = List.copyOf(Objects.requireNonNull(warnings, "warnings is null"));
        steps = List.copyOf(Objects.requireNonNull(steps, "steps is null"));
        Grade lowest = rawGrade;
        for (Veto veto : vetoes) {
            lowest = lowest.atMost(veto.cappedAt());
        }
        if (grade != lowest) {
            // Written only when the check fails: outcomes are made by the million.
            throw new InvalidValueException("grade", grade.toString(),
                    lowest + ": the raw grade " + rawGrade + " at most every veto's cap (R-VETO-5)");
        }
    }

    /**
     * No veto fired and the report is not returned: the final grade is the raw grade.
     *
     * @param rawGrade  the raw grade, not null
     * @return the outcome
     */
    public static VetoOutcome none(Grade rawGrade) {
        return new VetoOutcome(rawGrade, rawGrade, List.of(), false, false, false, List.of(), List.of());
    }

    /**
     * Whether any veto fired.
     *
     * @return true if at least one veto is listed
     */
    public boolean vetoed() {
        return !vetoes.isEmpty();
    }

    /**
     * Whether the one-vote veto (一票否决, R-VETO-4) fired.
     *
     * @return true if R-VETO-4 is listed
     */
    public boolean oneVoteVeto() {
        return vetoes.stream().anyMatch(v -> v.rule() == RuleId.R_VETO_4);
    }

    /**
     * Whether the vetoes lowered the grade.
     *
     * @return true if the final grade is below the raw grade
     */
    public boolean lowered() {
        return rawGrade.isBetterThan(grade);
    }

    /**
     * One line: raw grade, final grade and the vetoes' rules.
     *
     * @return the text, such as {@code 良 → 中 [R-VETO-1]}
     */
    @Override
    public String toString() {
        return rawGrade.label() + " → " + grade.label() + " " + vetoes.stream().map(v -> v.rule().id()).toList()
                + (recall ? " recall" : "") + (reportReturned ? " report returned" : "");
    }
}
