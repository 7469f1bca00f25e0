package org.tipmonitor.victim.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.tipmonitor.api.vocabulary.Roles;

/**
 * Who may do what in victim-service: the whole rule set, and the only class that checks roles.
 *
 * <ol>
 *   <li>Tokens: only valid tokens of the tip-monitor realm for the tip-services audience (commons,
 *       META-INF/microprofile-config.properties). /q/* (health, OpenAPI) is open.</li>
 *   <li>Paths (commons): GET/HEAD of /api/* need admin, analyst or partner; POST/PUT/PATCH/DELETE need
 *       admin. So only admins import case files (POST /api/v1/case-records/import).</li>
 *   <li>Keycloak's policy enforcer applies the same read and write scopes to this service's API paths,
 *       the realm resource victim-api (application.properties).</li>
 *   <li>Exact counts ({@link #seesExactCaseCounts}): analysts and admins see case aggregates exactly;
 *       everyone else (partners) gets them under disclosure control. Individual case records are never
 *       served to anyone.</li>
 * </ol>
 */
@ApplicationScoped
public class AccessRules {

    @Inject
    SecurityIdentity identity;

    /** Analysts and admins see exact case counts; others get disclosure-controlled aggregates. */
    public boolean seesExactCaseCounts() {
        return identity.hasRole(Roles.ANALYST) || identity.hasRole(Roles.ADMIN);
    }
}
