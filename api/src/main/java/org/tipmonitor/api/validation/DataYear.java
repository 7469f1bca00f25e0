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
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A calendar year that a figure or a case covers (a law-enforcement data year, a statistic's year, a
 * case's year of registration): not a report year, and earlier than the first TIP report. Null is valid.
 */
@Documented
@Constraint(validatedBy = {})
@Min(DataYear.FIRST)
@Max(DataYear.LAST)
@ReportAsSingleViolation
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface DataYear {

    int FIRST = 1990;
    int LAST = 2100;

    String message() default "must be a year from " + FIRST + " to " + LAST;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
