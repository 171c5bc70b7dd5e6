package io.pbm.io.json;

import io.pbm.core.DecimalText;
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
 * The text of a decimal member — a JSON string, or the characters of a JSON number — is a plain
 * decimal of pbm's grammar ({@link DecimalText#matches}): an optional {@code -}, at most 15 integer
 * digits, at most {@link #maxDecimals()} decimals, no exponent. Checked on the characters, before any
 * number is built; null is valid (whether a member is required is {@code @NotNull}'s business).
 * Reported as {@code decimal.grammar}.
 */
@Documented
@Constraint(validatedBy = Decimal.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface Decimal {

    /**
     * The most decimals: 6 for weights, scores, targets and actuals, 2 for amounts.
     *
     * @return the decimals
     */
    int maxDecimals() default DecimalText.MAX_DECIMALS;

    /**
     * The message template, which pbm reads as the problem's code.
     *
     * @return the code
     */
    String message() default "decimal.grammar";

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

    /** Checks the characters against the grammar. */
    final class Validator implements ConstraintValidator<Decimal, String> {

        private int maxDecimals;

        /** Creates the validator (Hibernate Validator instantiates it). */
        public Validator() {}

        @Override
        public void initialize(Decimal annotation) {
            maxDecimals = annotation.maxDecimals();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || DecimalText.matches(value, maxDecimals);
        }
    }
}
