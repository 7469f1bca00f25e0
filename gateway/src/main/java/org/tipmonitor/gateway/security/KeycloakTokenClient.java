package org.tipmonitor.gateway.security;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * Keycloak's token endpoint, for the UMA grant that turns a caller's token into an RPT. The grant runs
 * inside the first service call of a caller (CallerAuthorization), so it has its own short timeout:
 * when Keycloak is slow the caller's own token goes instead, and the service call keeps its budget.
 */
@RegisterRestClient(configKey = "keycloak")
@Path("/protocol/openid-connect/token")
public interface KeycloakTokenClient {

    String UMA_GRANT = "urn:ietf:params:oauth:grant-type:uma-ticket";

    record TokenResponse(@com.fasterxml.jackson.annotation.JsonProperty("access_token") String accessToken) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Timeout(1000)
    Uni<TokenResponse> rpt(@HeaderParam("Authorization") String callerBearer, @FormParam("grant_type") String grant,
            @FormParam("audience") String audience);
}
