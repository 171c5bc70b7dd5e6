package io.pbm.io.json;

import java.util.List;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * A written record that can tell, by hand-written checks of its own constraints, that Bean Validation
 * would find nothing wrong with it (issue 7: on the streaming path validation must be cheap). The
 * checks are conservative: {@link #plainlyValid()} is true only if no constraint can fail, and false
 * whenever one might — then {@link BeanCheck} runs Hibernate Validator, so every problem keeps its code,
 * location and message. A record whose checks missed a constraint would let that constraint go unseen;
 * the tests that break each constraint alone prove that none is missed.
 */
public interface PlainlyValid {

    /**
     * Whether no constraint of this record, or of the records it cascades to, can fail.
     *
     * @return true when Bean Validation would find no violation; false when it might
     */
    boolean plainlyValid();

    /**
     * A text under {@code @NotBlank} (when required) and {@code @Size(max)}: not blank by any definition
     * of blank — its first character is neither a control character, a space nor Unicode white space —
     * and at most {@code max} characters.
     *
     * @param s  the text, or null
     * @param required  whether it is {@code @NotBlank}
     * @param max  the most characters
     * @return true when no constraint can fail
     */
    static boolean text(@Nullable String s, boolean required, int max) {
        if (s == null) {
            return !required;
        }
        if (s.length() > max) {
            return false;
        }
        if (!required) {
            return true;
        }
        return !s.isEmpty() && s.charAt(0) > ' ' && !Character.isWhitespace(s.charAt(0))
                && !Character.isSpaceChar(s.charAt(0));
    }

    /**
     * A decimal under {@code @Decimal(maxDecimals)}, and {@code @NotNull} when required.
     *
     * @param s  the characters, or null
     * @param required  whether it is {@code @NotNull}
     * @param maxDecimals  the most decimals
     * @return true when no constraint can fail
     */
    static boolean decimal(@Nullable String s, boolean required, int maxDecimals) {
        return s == null ? !required : io.pbm.core.DecimalText.matches(s, maxDecimals);
    }

    /**
     * An integer under {@code @Min} and {@code @Max}, and {@code @NotNull} when required.
     *
     * @param value  the integer, or null
     * @param required  whether it is {@code @NotNull}
     * @param min  the least value
     * @param max  the greatest value
     * @return true when no constraint can fail
     */
    static boolean integer(@Nullable Integer value, boolean required, long min, long max) {
        return value == null ? !required : value >= min && value <= max;
    }

    /**
     * A constant under {@code @ConstantOf(type)}, and {@code @NotNull} when required.
     *
     * @param s  the text, or null
     * @param required  whether it is {@code @NotNull}
     * @param type  the enumeration
     * @return true when no constraint can fail
     */
    static boolean constant(@Nullable String s, boolean required, Class<? extends Enum<?>> type) {
        return s == null ? !required : Constants.accepts(type, s);
    }

    /**
     * A record under {@code @Valid}, and {@code @NotNull} when required.
     *
     * @param record  the record, or null
     * @param required  whether it is {@code @NotNull}
     * @return true when no constraint can fail
     */
    static boolean record(@Nullable PlainlyValid record, boolean required) {
        return record == null ? !required : record.plainlyValid();
    }

    /**
     * A list whose elements are {@code @NotNull} and checked one by one, and {@code @NotNull} itself when
     * required.
     *
     * @param <T>  the elements' type
     * @param list  the list, or null
     * @param required  whether the list is {@code @NotNull}
     * @param element  the check of a non-null element
     * @return true when no constraint can fail
     */
    static <T> boolean list(@Nullable List<@Nullable T> list, boolean required, Predicate<T> element) {
        if (list == null) {
            return !required;
        }
        for (T t : list) {
            if (t == null || !element.test(t)) {
                return false;
            }
        }
        return true;
    }
}
