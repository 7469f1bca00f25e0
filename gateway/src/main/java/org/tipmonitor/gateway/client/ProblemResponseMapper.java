package org.tipmonitor.gateway.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/**
 * Turns a service's problem+json 4xx into a {@link DownstreamRejection} carrying its detail. A
 * {@code @Provider}, so it applies to every REST client of the gateway without being named on each.
 */
@Provider
public class ProblemResponseMapper implements ResponseExceptionMapper<RuntimeException> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public RuntimeException toThrowable(Response response) {
        int status = response.getStatus();
        if (status >= 500) {
            return new WebApplicationException(response);
        }
        return new DownstreamRejection(status, detail(response));
    }

    private static String detail(Response response) {
        try {
            JsonNode problem = JSON.readTree(response.readEntity(String.class));
            StringBuilder text = new StringBuilder(problem.path("detail").asText(""));
            for (JsonNode v : problem.path("violations")) {
                text.append(text.isEmpty() ? "" : " ").append(v.path("field").asText()).append(": ")
                        .append(v.path("message").asText()).append(';');
            }
            return text.toString();
        } catch (RuntimeException | java.io.IOException e) {
            return "HTTP " + response.getStatus();
        }
    }
}
