package org.tipmonitor.recommendation.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ForbiddenException;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.tipmonitor.api.vocabulary.OrganizationClaim;
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
 * <li>Partner assessments (/api/v1/partner-assessments, realm resource {@code partner-assessment-api}, whose
 *     write scopes grant {@link Roles#ADMIN} and {@link Roles#PARTNER}; application.properties lets the same
 *     roles POST and PUT there):
 *     <ul>
 *     <li>seeing ({@link #seesEveryAssessment}, {@link #readingOrganization}): admins and analysts see every assessment; anyone else the
 *         published ones and the unpublished ones of its own organization (the token's organization claim,
 *         read by api's OrganizationClaim), provided it belongs to exactly one;</li>
 *     <li>writing ({@link #contributingOrganization}): a partner (role) that belongs to exactly one
 *         organization creates assessments for it, and edits and submits its organization's own; a caller of
 *         no organization or of several gets 403 (several: the request could not say for which);</li>
 *     <li>reviewing ({@link #requireReviewer}): only admins publish or return.</li>
 *     </ul></li>
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

    /** Whether the caller sees every partner assessment, unpublished ones of every organization included. */
    public boolean seesEveryAssessment() {
        return caller.hasRole(Roles.ADMIN) || caller.hasRole(Roles.ANALYST);
    }

    /**
     * The organization whose unpublished assessments the caller sees besides the published ones: its one
     * organization; null when it belongs to none or to several (then it sees the published ones only).
     */
    public String readingOrganization() {
        List<String> organizations = organizations();
        return organizations.size() == 1 ? organizations.get(0) : null;
    }

    /**
     * The organization the caller writes partner assessments for: a partner's one organization. Else 403,
     * saying why (no partner role, no organization, several organizations).
     */
    public String contributingOrganization() {
        if (!caller.hasRole(Roles.PARTNER)) {
            throw new ForbiddenException("Partner assessments are written by members of a partner organization"
                    + " (role partner); admins publish or return them");
        }
        List<String> organizations = organizations();
        if (organizations.isEmpty()) {
            throw new ForbiddenException("You belong to no partner organization: only its members write its assessments");
        }
        if (organizations.size() > 1) {
            throw new ForbiddenException("You belong to " + organizations.size() + " organizations " + organizations
                    + ": an assessment is written for exactly one, so use an account of that organization alone");
        }
        return organizations.get(0);
    }

    /** Publishing and returning partner assessments: admins only. */
    public void requireReviewer() {
        if (!caller.hasRole(Roles.ADMIN)) {
            throw new ForbiddenException("Only admins publish or return partner assessments");
        }
    }

    /** The caller's organizations (aliases) as its token names them; none for a caller without the claim. */
    public List<String> organizations() {
        return caller.getPrincipal() instanceof JsonWebToken token
                ? OrganizationClaim.aliases(token.getClaim(OrganizationClaim.NAME))
                : List.of();
    }
}
