package org.tipmonitor.gateway.security;

import static org.tipmonitor.api.vocabulary.Roles.ADMIN;
import static org.tipmonitor.api.vocabulary.Roles.ANALYST;
import static org.tipmonitor.api.vocabulary.Roles.PARTNER;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.tipmonitor.gateway.error.GraphErrors;

/**
 * Who may do what through the graph, in one place. The services enforce their own rules on the
 * propagated token as well; these checks give GraphQL callers a clear error code first.
 */
@RequestScoped
public class AccessRules {

    @Inject
    SecurityIdentity identity;

    /** Every query: a signed-in user of the realm holding one of the three roles. */
    public void requireReader() {
        if (identity.isAnonymous()) {
            throw new GraphErrors.Unauthenticated();
        }
        if (!(identity.hasRole(ADMIN) || identity.hasRole(ANALYST) || identity.hasRole(PARTNER))) {
            throw new GraphErrors.Forbidden("Reading needs the admin, analyst or partner role");
        }
    }

    /** Recording implementation: admins only. */
    public void requireAdmin() {
        requireReader();
        if (!identity.hasRole(ADMIN)) {
            throw new GraphErrors.Forbidden("Only admins record implementation updates");
        }
    }

    /** Publishing and returning partner assessments: admins only (recommendation-service decides the rest). */
    public void requireReviewer() {
        requireReader();
        if (!identity.hasRole(ADMIN)) {
            throw new GraphErrors.Forbidden("Only admins publish or return partner assessments");
        }
    }

    /** The audit history (who changed an assessment, when): admins and analysts; partners get FORBIDDEN. */
    public void requireHistoryReader() {
        requireReader();
        if (!(identity.hasRole(ADMIN) || identity.hasRole(ANALYST))) {
            throw new GraphErrors.Forbidden("The audit history (who changed what, and when) is for admins and analysts");
        }
    }

    /** Who recorded an update is a personal detail: admins and analysts see it, partners do not. */
    public boolean seesRecorder() {
        return identity.hasRole(ADMIN) || identity.hasRole(ANALYST);
    }

    /**
     * The Server-Timing header names the services behind the gateway and how long they take: admins see
     * it, nobody else (a static check, as the header is written after the request scope has ended).
     */
    public static boolean seesServerTiming(SecurityIdentity caller) {
        return caller != null && caller.hasRole(ADMIN);
    }
}
