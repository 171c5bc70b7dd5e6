package io.pbm.rules.exante;

import io.pbm.core.Labelled;
import io.pbm.core.exante.ExAnteAssessment;
import io.pbm.core.grade.Score;
import java.util.Objects;

/**
 * The five dimensions of an ex-ante assessment (R-EXANTE-1), in the order of the common score sheet,
 * each with its Chinese label and the name of its field in the JSON contract ({@code exAnte.necessity}
 * …), so that a finding points at the field ({@code /exAnte/necessity}).
 */
public enum ExAnteDimension implements Labelled {
    /** 立项必要性. */
    NECESSITY("立项必要性", "necessity", "necessity"),
    /** 投入经济性. */
    ECONOMY("投入经济性", "economy", "economy"),
    /** 绩效目标合理性. */
    GOAL_SOUNDNESS("绩效目标合理性", "goal soundness", "goalSoundness"),
    /** 实施方案可行性. */
    FEASIBILITY("实施方案可行性", "feasibility", "feasibility"),
    /** 筹资合规性. */
    FUNDING_COMPLIANCE("筹资合规性", "funding compliance", "fundingCompliance");

    private final String label;
    private final String englishLabel;
    private final String field;

    ExAnteDimension(String label, String englishLabel, String field) {
        this.label = label;
        this.englishLabel = englishLabel;
        this.field = field;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public String englishLabel() {
        return englishLabel;
    }

    /**
     * The field of the JSON contract that holds this dimension's score.
     *
     * @return such as {@code goalSoundness}
     */
    public String field() {
        return field;
    }

    /**
     * This dimension's score in an assessment.
     *
     * @param assessment  the assessment, not null
     * @return the score
     */
    public Score score(ExAnteAssessment assessment) {
        Objects.requireNonNull(assessment, "assessment is null");
        return switch (this) {
            case NECESSITY -> assessment.necessity();
            case ECONOMY -> assessment.economy();
            case GOAL_SOUNDNESS -> assessment.goalSoundness();
            case FEASIBILITY -> assessment.feasibility();
            case FUNDING_COMPLIANCE -> assessment.fundingCompliance();
        };
    }
}
