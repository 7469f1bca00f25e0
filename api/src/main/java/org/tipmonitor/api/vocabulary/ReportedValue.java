package org.tipmonitor.api.vocabulary;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.AssertTrue;

/**
 * A figure as a source reports it. The one rule every figure follows: a figure the source says was
 * NOT_REPORTED has no value (it is unknown, never zero), and a figure with any other reporting has one.
 * Records that carry a reported figure implement this, and Bean Validation checks the rule on each; a
 * broken rule is reported on the field "consistent" (e.g. {@code lawEnforcement[0].convictions.consistent}).
 */
public interface ReportedValue {

    Integer value();

    Reporting reporting();

    static boolean consistent(Reporting reporting, Integer value) {
        return reporting == null || (reporting == Reporting.NOT_REPORTED) == (value == null);
    }

    @JsonIgnore
    @AssertTrue(message = "a NOT_REPORTED figure has no value, and a reported one needs a value")
    default boolean isConsistent() {
        return consistent(reporting(), value());
    }
}
