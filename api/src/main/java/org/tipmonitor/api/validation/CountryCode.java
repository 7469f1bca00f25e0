package org.tipmonitor.api.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * An ISO 3166-1 alpha-3 country code (RUS, CUB, PRK). Null is valid: add {@code @NotNull} where a code
 * is required. The one place the pattern is written; code that checks a string in hand uses {@link Checks}.
 */
@Documented
@Constraint(validatedBy = {})
@Pattern(regexp = CountryCode.PATTERN)
@ReportAsSingleViolation
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface CountryCode {

    String PATTERN = "[A-Z]{3}";
    String MESSAGE = "must be an ISO 3166-1 alpha-3 code, e.g. RUS";

    String message() default MESSAGE;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
