package org.tipmonitor.api.recommendation;

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
 * A recommendation id: a three-letter prefix (the country of a TIP chapter, or the issuer's, e.g. CTG),
 * the report year, or ND when the source is undated, and the two-digit position, e.g. RUS-2025-03 or
 * ART-ND-01. Null is valid: add {@code @NotNull}
 * where an id is required. The one place the pattern is written (the database checks it as well).
 */
@Documented
@Constraint(validatedBy = {})
@Pattern(regexp = RecommendationId.PATTERN)
@ReportAsSingleViolation
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface RecommendationId {

    String PATTERN = "[A-Z]{3}-([0-9]{4}|ND)-[0-9]{2}";

    String message() default "must be a recommendation id, e.g. RUS-2025-03";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
