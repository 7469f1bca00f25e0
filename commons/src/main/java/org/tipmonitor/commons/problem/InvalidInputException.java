package org.tipmonitor.commons.problem;

/**
 * Input that passes Bean Validation but breaks a rule that needs the stored data to check: 400, or
 * another 4xx where a rule says which (422 for an idempotency key reused for a different write).
 */
public class InvalidInputException extends RuntimeException {

    private final String field;
    private final int status;

    public InvalidInputException(String field, String message) {
        this(field, message, 400);
    }

    public InvalidInputException(String field, String message, int status) {
        super(message);
        this.field = field;
        this.status = status;
    }

    public String field() {
        return field;
    }

    public int status() {
        return status;
    }
}
