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
 * An idempotency key chosen by the client for one intended write (a UUID is the usual choice): 16 to
 * 100 letters, digits, '.', '_', ':' or '-'. At least 16 because keys are unique across the service, so
 * a short counter ("1", "2") from two clients would collide; at most 100 and no other characters so the
 * key can be stored, logged and echoed safely. Null is valid: a write without a key is simply not
 * idempotent. The one place the rule is written; code with a string in hand uses {@link Checks}.
 */
@Documented
@Constraint(validatedBy = {})
@Pattern(regexp = RequestId.PATTERN)
@ReportAsSingleViolation
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface RequestId {

    int MIN_LENGTH = 16;
    int MAX_LENGTH = 100;
    String PATTERN = "[A-Za-z0-9._:-]{" + MIN_LENGTH + "," + MAX_LENGTH + "}";
    String MESSAGE = "must be " + MIN_LENGTH + " to " + MAX_LENGTH
            + " letters, digits, '.', '_', ':' or '-', e.g. a UUID";

    String message() default MESSAGE;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
