package org.tipmonitor.commons.observability;

import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.tipmonitor.api.vocabulary.OrganizationClaim;

/**
 * Who asked, for the access log ({@code %{d,tip.subject}} and {@code %{d,tip.organization}} in
 * quarkus.http.access-log.pattern): the token's subject and organization, taken when the answer's
 * headers are written (the caller is known by then), never the token itself nor a name or e-mail.
 * The organization is the {@code organization} claim (Keycloak Organizations: its aliases, as api's
 * OrganizationClaim reads it); a caller without one is logged as '-'.
 */
@ApplicationScoped
public class AccessLogCaller {

    static final String SUBJECT = "tip.subject";
    static final String ORGANIZATION = "tip.organization";
    static final String NONE = "-";

    void register(@Observes Router router) {
        router.route().order(-90).handler(ctx -> {
            ctx.addHeadersEndHandler(v -> tag(ctx));
            ctx.next();
        });
    }

    static void tag(RoutingContext ctx) {
        String subject = NONE;
        String organization = NONE;
        if (ctx.user() instanceof QuarkusHttpUser user
                && user.getSecurityIdentity().getPrincipal() instanceof JsonWebToken jwt) {
            subject = orNone(jwt.getSubject());
            organization = orNone(organization(jwt.getClaim(OrganizationClaim.NAME)));
        }
        ctx.put(SUBJECT, subject);
        ctx.put(ORGANIZATION, organization);
    }

    /** The organization aliases (api's OrganizationClaim) as one field of one line: no spaces or quotes that would split it. */
    static String organization(Object claim) {
        List<String> aliases = OrganizationClaim.aliases(claim);
        return aliases.isEmpty() ? null : String.join(",", aliases).replaceAll("[\\s\"]+", "_");
    }

    private static String orNone(String value) {
        return value == null || value.isBlank() ? NONE : value;
    }
}
