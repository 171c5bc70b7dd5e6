package io.pbm.io.json;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A text names a constant of an enumeration of pbm — as the enumeration's own {@code parse} reads it
 * ({@link Constants#parse}): the upper-case English constant of the JSON contract, and the labels forms
 * write. Null is valid. Reported as {@code enum.unknown}.
 */
@Documented
@Constraint(validatedBy = ConstantOf.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface ConstantOf {

    /**
     * The enumeration.
     *
     * @return the enum class, one that {@link Constants} knows
     */
    Class<? extends Enum<?>> value();

    /**
     * The message template, which pbm reads as the problem's code.
     *
     * @return the code
     */
    String message() default "enum.unknown";

    /**
     * The validation groups.
     *
     * @return the groups
     */
    Class<?>[] groups() default {};

    /**
     * The payload.
     *
     * @return the payload
     */
    Class<? extends Payload>[] payload() default {};

    /** Checks that the enumeration's parser accepts the text. */
    final class Validator implements ConstraintValidator<ConstantOf, String> {

        private Class<? extends Enum<?>> type;

        /** Creates the validator (Hibernate Validator instantiates it). */
        public Validator() {}

        @Override
        public void initialize(ConstantOf annotation) {
            type = annotation.value();
            Constants.require(type);
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || Constants.accepts(type, value);
        }
    }
}
