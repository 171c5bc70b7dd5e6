package io.pbm.rules.monitoring;

import io.pbm.core.Ratio;
import io.pbm.core.monitoring.WarningLight;
import io.pbm.rules.policy.MonitoringPolicy;
import java.math.BigDecimal;

/**
 * The cut-offs of R-MON-2 and the floors of R-MON-3, compared exactly by cross-multiplying — value ÷
 * reference ≥ n ÷ d is value × d ≥ n × reference — never on a rounded ratio (R-SCORE-ROUND).
 */
final class Cutoffs {

    private Cutoffs() {}

    /**
     * The light of value ÷ reference: below {@code redBelow} red, from {@code greenFrom} green, yellow
     * between (R-MON-2).
     *
     * @param value  the numerator, such as spent × 12
     * @param reference  the denominator, positive, such as adjusted × month
     */
    static WarningLight light(BigDecimal value, BigDecimal reference, MonitoringPolicy rules) {
        if (atLeast(value, reference, rules.greenFrom())) {
            return WarningLight.GREEN;
        }
        return atLeast(value, reference, rules.redBelow()) ? WarningLight.YELLOW : WarningLight.RED;
    }

    /** Whether value ÷ reference ≥ share, for a positive reference: value × d ≥ n × reference. */
    static boolean atLeast(BigDecimal value, BigDecimal reference, Ratio share) {
        return value.multiply(new BigDecimal(share.denominator()))
                .compareTo(reference.multiply(new BigDecimal(share.numerator()))) >= 0;
    }
}
