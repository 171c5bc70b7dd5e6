package io.pbm.rules.monitoring;

import io.pbm.core.Ratio;
import io.pbm.core.monitoring.WarningLight;
import io.pbm.rules.explain.Message;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The monitoring light of one indicator at the end of a month (R-MON-2), or none, and why.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param name  the indicator's name
 * @param basis  how the light was decided
 * @param level  the light; null when nothing is reported yet ({@link LightBasis#NOT_REPORTED})
 * @param progress  the exact ratio compared with the cut-offs — actual ÷ (target × month ÷ 12) for
 *     {@link LightBasis#PROGRESS}, actual ÷ target for {@link LightBasis#TARGET} — or null when no ratio
 *     was needed or the target is 0
 * @param reason  why, with the inputs as arguments
 */
public record IndicatorLight(String name, LightBasis basis, @Nullable WarningLight level, @Nullable Ratio progress,
        Message reason) {

    /**
     * Creates an indicator light.
     *
     * @param name  not null
     * @param basis  not null
     * @param level  or null, and null exactly when the basis is {@link LightBasis#NOT_REPORTED}
     * @param progress  or null
     * @param reason  not null
     */
    public IndicatorLight {
        Objects.requireNonNull(name, "name is null");
        Objects.requireNonNull(basis, "basis is null");
        Objects.requireNonNull(reason, "reason is null");
        if ((level == null) != (basis == LightBasis.NOT_REPORTED)) {
            throw new io.pbm.core.InvalidValueException("level", level + " with " + basis,
                    "none exactly when not reported");
        }
    }

    /**
     * The light.
     *
     * @return the light, empty when nothing is reported yet
     */
    public Optional<WarningLight> light() {
        return Optional.ofNullable(level);
    }

    /**
     * The exact ratio compared with the cut-offs.
     *
     * @return the ratio, if one was compared
     */
    public Optional<Ratio> progressRatio() {
        return Optional.ofNullable(progress);
    }

    /**
     * The light as one line: {@code 新建排水管网长度 黄灯: …}.
     *
     * @param locale  the language, not null
     * @return the line
     */
    public String render(Locale locale) {
        Objects.requireNonNull(locale, "locale is null");
        boolean english = "en".equals(locale.getLanguage());
        String shown = level == null ? "—" : english ? level.englishLabel() : level.label();
        return name + " " + shown + ": " + reason.render(locale);
    }

    @Override
    public String toString() {
        return render(Locale.SIMPLIFIED_CHINESE);
    }
}
