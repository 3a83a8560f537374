package cn.gov.epidemic.kitweb.pii;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A resident ID-card number as {@link IdCardNumbers#isValid} checks it: area, birth date, check digit (null is allowed; add @NotNull). */
@Documented
@Constraint(validatedBy = ValidIdCardNumber.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidIdCardNumber {

    String message() default "{cn.gov.epidemic.kitweb.pii.ValidIdCardNumber.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks the number; never echoes it. */
    class Validator implements ConstraintValidator<ValidIdCardNumber, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || IdCardNumbers.isValid(value);
        }
    }
}
