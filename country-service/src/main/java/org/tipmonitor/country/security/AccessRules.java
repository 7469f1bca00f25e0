package org.tipmonitor.country.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ForbiddenException;
import org.tipmonitor.api.vocabulary.Roles;

/**
 * Who may do what in country-service: the whole rule set, written down in one place.
 *
 * <ol>
 * <li>Tokens (commons, META-INF/microprofile-config.properties): only valid tokens of the tip-monitor
 *     realm issued for the tip-services audience; realm roles are read from realm_access/roles.</li>
 * <li>Paths (commons, quarkus.http.auth.permission.*): /q/* (health, OpenAPI) is open; GET and HEAD
 *     on /api/* need a reader role (admin, analyst or partner, see api Roles); POST, PUT, PATCH and
 *     DELETE on /api/* need admin. So everyone who reads sees countries, assessments, statutes, tier
 *     counts and sources; only admins add countries and add or replace assessments.</li>
 * <li>Keycloak's policy enforcer (application.properties): this service's API paths (/api/v1/countries,
 *     /api/v1/assessments, /api/v1/tier-counts, /api/v1/sources and below) are the realm resource
 *     {@code country-api}, whose scopes are the HTTP methods; the realm (deploy/keycloak) grants GET and
 *     HEAD to the reader policy (admin, analyst, partner) and POST, PUT, PATCH and DELETE to the writer
 *     policy (admin): the same rules as 2. Unit tests run without the enforcer and exercise 2.</li>
 * <li>Fields: no field-level rule. Everything this service holds is published report data, the same
 *     for every reader, so no answer depends on the caller's role.</li>
 * <li>Audit history ({@link #requireHistoryReader}): who changed a country, an assessment, a statute or a
 *     report's tier counts, and when, is for {@link Roles#ADMIN admins} and {@link Roles#ANALYST analysts}
 *     only: the history endpoints ({@code .../history}) answer anyone else 403. They are GETs under the
 *     paths of rules 2 and 3, which let partners read, so this rule is the one that keeps partners out.</li>
 * </ol>
 *
 * <p>This bean is the only class allowed to ask SecurityIdentity.hasRole
 * (ServiceArchitecture.roleChecksOnlyInAccessRules).
 */
@ApplicationScoped
public class AccessRules {

    @Inject
    SecurityIdentity caller;

    /** The audit history (who changed what, when): admins and analysts; anyone else gets 403. */
    public void requireHistoryReader() {
        if (!caller.hasRole(Roles.ADMIN) && !caller.hasRole(Roles.ANALYST)) {
            throw new ForbiddenException("The audit history (who changed what, and when) is for admins and analysts");
        }
    }
}
