package org.tipmonitor.victim.security;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.tipmonitor.api.vocabulary.OrganizationClaim;
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
 *   <li>Partner queries ({@link #partner}): every case-statistics query of a caller without exact counts
 *       is logged and charged to a daily budget per token subject; only admins read that log
 *       ({@link #requireQueryLogReader}, GET /api/v1/case-statistics/queries, 403 for everyone else).</li>
 *   <li>Partner findings (/api/v1/partner-findings; writes there need admin or partner, application.properties,
 *       and the realm resource partner-findings-api): admins and analysts see every one
 *       ({@link #seesEveryPartnerFinding}); everyone else sees the published ones and every one of their own
 *       organizations ({@link #organizations}). Only a caller in exactly one organization writes one, for that
 *       organization ({@link #contributingOrganization}: 403 otherwise, since no request body can make the
 *       caller a member), and only its own organization's; only admins publish or return
 *       ({@link #requireFindingReviewer}). Who took a review step is shown to admins and analysts
 *       ({@link #seesReviewers}).</li>
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

    /** Only admins read who asked what (the partner query log). */
    public void requireQueryLogReader() {
        if (!identity.hasRole(Roles.ADMIN)) {
            throw new ForbiddenException("only admins read the partner query log");
        }
    }

    /** Admins and analysts see every partner finding, drafts of every organization included. */
    public boolean seesEveryPartnerFinding() {
        return identity.hasRole(Roles.ANALYST) || identity.hasRole(Roles.ADMIN);
    }

    /** Who took each review step of a partner finding (a personal detail): admins and analysts, not partners. */
    public boolean seesReviewers() {
        return seesEveryPartnerFinding();
    }

    /** The caller's organizations (aliases), from the token's organization claim; empty for none. */
    public List<String> organizations() {
        return identity.getPrincipal() instanceof JsonWebToken jwt
                ? OrganizationClaim.aliases(jwt.getClaim(OrganizationClaim.NAME)) : List.of();
    }

    /**
     * The organization a caller writes partner findings for: their one organization. 403, not 400, for a caller
     * in none or in several: it is who they are, not what they sent, that is wrong, and no other request would
     * succeed (a member of several would otherwise have to be trusted to name the right one).
     */
    public String contributingOrganization() {
        List<String> organizations = organizations();
        if (organizations.size() != 1) {
            throw new ForbiddenException(organizations.isEmpty()
                    ? "only members and systems of a partner organization contribute findings; the token names no organization"
                    : "the token names " + organizations.size() + " organizations; a finding is contributed for exactly one");
        }
        return organizations.get(0);
    }

    /** Changing a finding (edit, submit): only a member or system of the organization it belongs to. */
    public void requireMemberOf(String organization) {
        String own = contributingOrganization();
        if (!own.equals(organization)) {
            throw new ForbiddenException("this partner finding belongs to organization " + organization
                    + "; only its own organization changes it");
        }
    }

    /** Only admins publish or return a submitted partner finding. */
    public void requireFindingReviewer() {
        if (!identity.hasRole(Roles.ADMIN)) {
            throw new ForbiddenException("only admins publish or return partner findings");
        }
    }

    /**
     * Who is asking, as the partner query log and budget know them. The budget is per token subject: a
     * partner system's service account is one subject per client, and a person is one subject whichever
     * client (tip-cli, the gateway) their token came through, so a shared public client (azp tip-cli)
     * does not pool the budgets of everyone who signs in with it.
     *
     * @param subject the token's sub (the principal's name when the token has none)
     * @param client the token's azp, null when absent
     * @param organization the aliases of the token's organization claim (Keycloak Organizations), else null
     */
    public record Caller(String subject, String userName, String client, String organization) {
    }

    public Caller partner() {
        String name = identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            String subject = jwt.getSubject() == null ? name : jwt.getSubject();
            List<String> organizations = OrganizationClaim.aliases(jwt.getClaim(OrganizationClaim.NAME));
            return new Caller(subject, name, text(jwt.getClaim("azp")),
                    organizations.isEmpty() ? null : String.join(", ", organizations));
        }
        return new Caller(name, name, null, null);
    }

    /** A claim as text: a string as it is, a list joined. */
    private static String text(Object claim) {
        if (claim == null) {
            return null;
        }
        String text = String.valueOf(claim);
        return text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")
                ? text.substring(1, text.length() - 1) : text;
    }
}
