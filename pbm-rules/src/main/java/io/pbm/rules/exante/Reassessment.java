package io.pbm.rules.exante;

import io.pbm.core.Labelled;

/**
 * What R-EXANTE-4 asks of a project: nothing (not major), a third-party re-assessment recommended
 * (seed 002: 可引入), or one required (seed 001: 将引入). Which of the last two is the policy's
 * {@code reassessmentRequired}.
 */
public enum Reassessment implements Labelled {
    /** Not a major project: no re-assessment asked for. */
    NOT_NEEDED("无需第三方复核", "no re-assessment needed"),
    /** A major project: a third-party re-assessment is recommended (可引入). */
    RECOMMENDED("建议引入第三方复核", "third-party re-assessment recommended"),
    /** A major project: a third-party re-assessment is required (将引入) before it is budgeted. */
    REQUIRED("须引入第三方复核", "third-party re-assessment required");

    private final String label;
    private final String englishLabel;

    Reassessment(String label, String englishLabel) {
        this.label = label;
        this.englishLabel = englishLabel;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public String englishLabel() {
        return englishLabel;
    }
}
