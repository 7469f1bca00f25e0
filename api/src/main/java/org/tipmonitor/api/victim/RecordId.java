package org.tipmonitor.api.victim;

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
 * The id of a published statistic or recruitment pathway: a stable, readable slug of lower-case letters,
 * digits and hyphens, at most 80 characters (cub-medical-workers-abroad-2025). Null is valid: add
 * {@code @NotNull} where an id is required.
 */
@Documented
@Constraint(validatedBy = {})
@Pattern(regexp = RecordId.PATTERN)
@ReportAsSingleViolation
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface RecordId {

    String PATTERN = "[a-z0-9-]{1,80}";

    String message() default "must be lower-case letters, digits and hyphens, at most 80 characters";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
