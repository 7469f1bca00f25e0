package org.tipmonitor.commons.problem;

import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.core.Response;

/** A write that clashes with what is stored: a duplicate, or a stale expected version. */
public class ConflictException extends ClientErrorException {

    public ConflictException(String message) {
        super(message, Response.Status.CONFLICT);
    }
}
