package io.pbm.examples.sample;

import io.pbm.core.grade.Grade;

/**
 * What a generated project is made to be: the band its score lands in (on the R-GRADE-2 scale, which
 * the seeds' grade counts use) and the supervision finding that lowers its final grade, if any
 * (R-VETO-1…4). The generator draws these from a profile's counts without replacement, so a county of
 * the profile's size has exactly the profile's grades.
 */
enum Outcome {
    /** 优, no veto. */
    EXCELLENT(Grade.EXCELLENT, Grade.EXCELLENT, Finding.NONE),
    /** 良, no veto. */
    GOOD(Grade.GOOD, Grade.GOOD, Finding.NONE),
    /** 中 by its score. */
    FAIR(Grade.FAIR, Grade.FAIR, Finding.NONE),
    /** 差 by its score. */
    POOR(Grade.POOR, Grade.POOR, Finding.NONE),
    /** Scored 优 or 良, capped at 中 by audit findings (R-VETO-1). */
    FAIR_BY_AUDIT(Grade.EXCELLENT, Grade.FAIR, Finding.AUDIT),
    /** Scored 良, capped at 中 by two unrectified failed monitoring rounds (R-MON-5, R-VETO-2). */
    FAIR_BY_MONITORING(Grade.GOOD, Grade.FAIR, Finding.MONITORING),
    /** Scored 优, 差 by a failed authenticity check: the one-vote veto (R-VETO-4). */
    POOR_BY_AUTHENTICITY(Grade.EXCELLENT, Grade.POOR, Finding.AUTHENTICITY),
    /** Scored 良 or 中, 差 for major misuse of funds (R-VETO-3). */
    POOR_BY_MISUSE(Grade.GOOD, Grade.POOR, Finding.MISUSE);

    /** The supervision finding behind a veto. */
    enum Finding { NONE, AUDIT, MONITORING, AUTHENTICITY, MISUSE }

    private final Grade scored;
    private final Grade result;
    private final Finding finding;

    Outcome(Grade scored, Grade result, Finding finding) {
        this.scored = scored;
        this.result = result;
        this.finding = finding;
    }

    /** The grade the score earns on the R-GRADE-2 scale (a veto class may be drawn one band lower). */
    Grade scored() {
        return scored;
    }

    /** The final grade under XINJIANG. */
    Grade result() {
        return result;
    }

    /** The finding that lowers the grade. */
    Finding finding() {
        return finding;
    }
}
