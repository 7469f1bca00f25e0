package org.tipmonitor.commons.security;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.spi.runtime.AuthorizationFailureEvent;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.tipmonitor.commons.problem.Problem;

/**
 * A request Keycloak's policy enforcer refused because it could not ask Keycloak is answered 503
 * problem+json, not 403: the caller is not forbidden, the decision could not be made.
 *
 * <p>The enforcer refuses without saying why (it logs "Could not lazy load resource" or fails to obtain
 * an RPT, then answers 403). So: Quarkus reports which policy refused (an authorization failure event,
 * fired before the request fails); when it was the enforcer and Keycloak is unreachable at that moment
 * ({@link KeycloakReachability}), the refusal becomes 503 with Retry-After. A refusal by the role rules
 * (a partner writing) stays 403 whatever Keycloak's state, and so does any refusal while Keycloak answers.
 */
@ApplicationScoped
public class AuthorizationOutage {

    private static final String REFUSED_BY_ENFORCER = AuthorizationOutage.class.getName() + ".refused-by-enforcer";
    private static final String ENFORCER = "KeycloakPolicyEnforcerAuthorizer";

    @Inject
    KeycloakReachability keycloak;
    @Inject
    ObjectMapper json;

    void remember(@Observes AuthorizationFailureEvent refusal) {
        String policy = refusal.getAuthorizationContext();
        if (policy != null && policy.contains(ENFORCER)
                && refusal.getEventProperties().get(RoutingContext.class.getName()) instanceof RoutingContext request) {
            request.put(REFUSED_BY_ENFORCER, true);
        }
    }

    void register(@Observes Router router) {
        router.route().order(-1).failureHandler(this::answer);
    }

    private void answer(RoutingContext request) {
        if (!(request.failure() instanceof ForbiddenException) || request.get(REFUSED_BY_ENFORCER) == null
                || keycloak.state().reachable() || request.response().headWritten()) {
            request.next();
            return;
        }
        Problem problem = Problem.of(503, "Service Unavailable",
                "The authorization server (Keycloak) cannot be reached, so this request could not be authorized; try again shortly.");
        try {
            request.response().setStatusCode(503)
                    .putHeader("Content-Type", Problem.MEDIA_TYPE)
                    .putHeader("Retry-After", "5")
                    .end(json.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            request.next();
        }
    }
}
