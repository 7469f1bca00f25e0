package org.tipmonitor.commons.problem;

/** Input that passes Bean Validation but breaks a rule that needs the stored data to check. */
public class InvalidInputException extends RuntimeException {

    private final String field;

    public InvalidInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
