package org.tipmonitor.recommendation.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.tipmonitor.api.vocabulary.Roles;

/**
 * Who may do what in recommendation-service, all in one place. The only class that asks for a role.
 *
 * <ol>
 * <li>Shared rules (commons, META-INF/microprofile-config.properties): only valid tokens of the
 *     tip-monitor realm for the tip-services audience; /q/* (health, OpenAPI) is open; GET and HEAD
 *     on /api/* need {@link Roles#ADMIN}, {@link Roles#ANALYST} or {@link Roles#PARTNER}; POST, PUT,
 *     PATCH and DELETE need {@link Roles#ADMIN}. So only admins record implementation updates.</li>
 * <li>Keycloak's policy enforcer: this service's API paths (/api/v1/recommendations, /api/v1/progress,
 *     /api/v1/sources and below, named in application.properties) are the realm resource
 *     {@code recommendation-api}, whose read and write scopes grant the same roles as rule 1.</li>
 * <li>Recorder visibility (below): who recorded an implementation update is shown to admins and
 *     analysts; partners see {@code recordedBy} as null, in every view that carries updates (one
 *     recommendation, the list, lineage, dropped, one update, the answer to a write). The CSV export
 *     never holds it.</li>
 * </ol>
 */
@ApplicationScoped
public class AccessRules {

    @Inject
    SecurityIdentity caller;

    /** Whether the caller may see who recorded each implementation update: admins and analysts, not partners. */
    public boolean maySeeRecorders() {
        return caller.hasRole(Roles.ADMIN) || caller.hasRole(Roles.ANALYST);
    }
}
