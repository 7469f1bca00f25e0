package org.tipmonitor.commons.problem;

import jakarta.ws.rs.BadRequestException;

/**
 * A path or query parameter that cannot be what its resource method takes: a 400 naming the parameter.
 * A {@link BadRequestException}, because JAX-RS passes those on from parameter conversion as they are,
 * where any other failure to convert a path or query parameter becomes a 404.
 */
public class InvalidParameterException extends BadRequestException {

    private final String parameter;

    public InvalidParameterException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
