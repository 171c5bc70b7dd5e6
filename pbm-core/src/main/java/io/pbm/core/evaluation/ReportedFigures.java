package io.pbm.core.evaluation;

import io.pbm.core.DecimalText;
import io.pbm.core.grade.Grade;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The figures a filled-in self-evaluation table reports (项目支出绩效自评表), as written — for the
 * table check that recomputes them (R-AUDIT-1…6, domain.md section 10).
 *
 * <p>The numbers are kept as written, even where they are impossible (a score above its weight, a
 * total of 110): finding those is the point of the check. Each must still be a plain decimal of the
 * grammar (at most 15 integer digits and 6 decimals).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ReportedFigures {

    ReportedFigures() {}

    /**
     * A builder of reported figures.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The reported score (得分) of each indicator, by indicator name.
     *
     * @return the scores, in table order
     */
    public abstract Map<String, BigDecimal> indicatorScores();

    /**
     * The reported score of the execution rate (R-AUDIT-2).
     *
     * @return the score, if reported
     */
    public abstract Optional<BigDecimal> executionScore();

    /**
     * The reported total (总分, R-AUDIT-3).
     *
     * @return the total, if reported
     */
    public abstract Optional<BigDecimal> total();

    /**
     * The reported grade (评价等级, R-AUDIT-5).
     *
     * @return the grade, if reported
     */
    public abstract Optional<Grade> grade();

    @Value.Check
    void check() {
        indicatorScores().forEach((name, score) -> DecimalText.check("reported score of " + name, score,
                DecimalText.MAX_DECIMALS));
        executionScore().ifPresent(s -> DecimalText.check("reported execution score", s, DecimalText.MAX_DECIMALS));
        total().ifPresent(s -> DecimalText.check("reported total", s, DecimalText.MAX_DECIMALS));
    }

    /** The builder of {@link ReportedFigures}. */
    public static final class Builder extends ImmutableReportedFigures.Builder {
        Builder() {}
    }
}
