package org.tipmonitor.commons.problem;

import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.core.Response;

/** A write that clashes with what is stored: a duplicate, or a stale expected version. */
public class ConflictException extends ClientErrorException {

    /** What clashed, for the metric tip.conflicts (ProblemMappers). */
    public enum Kind { DUPLICATE, VERSION }

    private final Kind kind;

    public ConflictException(String message) {
        this(Kind.DUPLICATE, message);
    }

    public ConflictException(Kind kind, String message) {
        super(message, Response.Status.CONFLICT);
        this.kind = kind;
    }

    /** A write that names a version other than the stored one: someone else wrote first. */
    public static ConflictException staleVersion(String message) {
        return new ConflictException(Kind.VERSION, message);
    }

    public Kind kind() {
        return kind;
    }
}
