package io.pbm.rules.policy;

import io.pbm.core.InvalidValueException;
import io.pbm.core.grade.Grade;
import io.pbm.core.grade.Score;
import org.immutables.value.Value;

/**
 * The vetoes of a policy (domain.md section 7) and the report review (R-REVIEW-1). Vetoes act after
 * scoring and only ever lower a grade (R-VETO-5). Both presets have every veto on, as the seeds do.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class VetoPolicy {

    VetoPolicy() {}

    /**
     * A builder; every attribute has the presets' value unless set.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The vetoes of the seeds: all on, caps at 中, misuse and authenticity at 差.
     *
     * @return the preset vetoes
     */
    public static VetoPolicy seeds() {
        return builder().build();
    }

    /**
     * R-VETO-1: audit or financial-supervision problems cap the grade.
     *
     * @return true if on
     */
    @Value.Default
    public boolean auditProblems() {
        return true;
    }

    /**
     * The best grade a project with audit problems may get (R-VETO-1).
     *
     * @return 中 in the presets
     */
    @Value.Default
    public Grade auditCap() {
        return Grade.FAIR;
    }

    /**
     * R-VETO-2: unrectified failed monitoring rounds cap the grade.
     *
     * @return true if on
     */
    @Value.Default
    public boolean unrectifiedMonitoring() {
        return true;
    }

    /**
     * How many consecutive unrectified failed rounds trigger R-VETO-2 (R-MON-5).
     *
     * @return 2 in the presets
     */
    @Value.Default
    public int unrectifiedRounds() {
        return 2;
    }

    /**
     * The best grade R-VETO-2 allows.
     *
     * @return 中 in the presets
     */
    @Value.Default
    public Grade monitoringCap() {
        return Grade.FAIR;
    }

    /**
     * R-VETO-3: major misuse of funds sets the grade.
     *
     * @return true if on
     */
    @Value.Default
    public boolean majorMisuse() {
        return true;
    }

    /**
     * The grade major misuse leads to (R-VETO-3).
     *
     * @return 差 in the presets
     */
    @Value.Default
    public Grade misuseGrade() {
        return Grade.POOR;
    }

    /**
     * R-VETO-4: a failed authenticity check is a one-vote veto — 差, funds recalled, accountability.
     *
     * @return true if on
     */
    @Value.Default
    public boolean authenticity() {
        return true;
    }

    /**
     * The grade a failed authenticity check leads to (R-VETO-4). Seed 002 says "veto" (一票否决),
     * recall and accountability; pbm reads the veto as this grade.
     *
     * @return 差 in the presets
     */
    @Value.Default
    public Grade authenticityGrade() {
        return Grade.POOR;
    }

    /**
     * R-REVIEW-1: a central-transfer self-evaluation report scored below this by reviewers is returned.
     *
     * @return 90 in the presets
     */
    @Value.Default
    public Score reportReviewMinimum() {
        return Score.of(90);
    }

    @Value.Check
    void check() {
        InvalidValueException.check(unrectifiedRounds() >= 1 && unrectifiedRounds() <= 12, "unrectifiedRounds",
                unrectifiedRounds(), "1 <= unrectifiedRounds <= 12");
    }

    @Override
    public String toString() {
        return "audit " + (auditProblems() ? "<= " + auditCap() : "off")
                + ", monitoring " + (unrectifiedMonitoring() ? unrectifiedRounds() + " rounds <= " + monitoringCap() : "off")
                + ", misuse " + (majorMisuse() ? "= " + misuseGrade() : "off")
                + ", authenticity " + (authenticity() ? "one-vote veto = " + authenticityGrade() : "off")
                + ", report review < " + reportReviewMinimum() + " returned";
    }

    /** The builder of {@link VetoPolicy}. */
    public static final class Builder extends ImmutableVetoPolicy.Builder {
        Builder() {}
    }
}
