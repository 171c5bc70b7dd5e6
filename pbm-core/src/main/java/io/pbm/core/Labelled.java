package io.pbm.core;

import java.util.Objects;

/**
 * A domain constant with its official Chinese label and an English one, for forms and reports.
 * {@code Grade.GOOD.label()} is {@code 良}.
 */
public interface Labelled {

    /**
     * The official Chinese label, as forms and the seeds write it.
     *
     * @return the label, such as {@code 良}
     */
    String label();

    /**
     * The English label, for reports in English.
     *
     * @return the label, such as {@code good}
     */
    String englishLabel();

    /**
     * Finds the constant of an enum whose name, Chinese label or English label is the given text
     * (surrounding white space ignored; the name and English label case-insensitively).
     *
     * @param <E>  the enum type
     * @param type  the enum class, not null
     * @param field  the name of the field being read, for the message, not null
     * @param text  the text, not null
     * @return the constant
     * @throws InvalidValueException if no constant matches
     */
    static <E extends Enum<E> & Labelled> E parse(Class<E> type, String field, String text) {
        Objects.requireNonNull(type, "type is null");
        Objects.requireNonNull(field, "field is null");
        if (text == null) {
            throw new NullPointerException(field + " is null");
        }
        String wanted = text.strip();
        StringBuilder valid = new StringBuilder();
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(wanted)
                    || constant.label().equals(wanted)
                    || constant.englishLabel().equalsIgnoreCase(wanted)) {
                return constant;
            }
            valid.append(valid.length() == 0 ? "" : ", ").append(constant.name()).append(' ').append(constant.label());
        }
        throw new InvalidValueException(field, DecimalText.abbreviate(text), "one of " + valid);
    }
}
