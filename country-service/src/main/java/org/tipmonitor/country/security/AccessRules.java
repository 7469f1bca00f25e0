package org.tipmonitor.country.security;

import jakarta.enterprise.context.ApplicationScoped;

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
 * </ol>
 *
 * <p>So there is no role decision in this service's code today. If one is ever needed (a field only
 * some roles may see, a write some admins may not make), it is written here as a method of this bean,
 * the only class allowed to ask SecurityIdentity.hasRole (ServiceArchitecture.roleChecksOnlyInAccessRules).
 */
@ApplicationScoped
public class AccessRules {
}
