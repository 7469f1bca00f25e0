package org.tipmonitor.gateway.observability;

import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who asked, for the access log ({@code %{d,tip.subject}} and {@code %{d,tip.organization}} in
 * quarkus.http.access-log.pattern): the token's subject and organization, taken when the answer's
 * headers are written (the caller is known by then), never the token itself nor a name or e-mail.
 * The organization is the {@code organization} claim (Keycloak Organizations: its aliases, as commons'
 * OrganizationClaim reads it); a caller without one is logged as '-'. (The services have the same class in commons, which the
 * gateway does not depend on at run time.)
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
            organization = orNone(text(jwt.getClaim("organization")));
        }
        ctx.put(SUBJECT, subject);
        ctx.put(ORGANIZATION, organization);
    }

    /** A claim as one word list: a string, the strings of an array, or the keys of an object (Keycloak's forms). */
    static String text(Object claim) {
        if (claim == null) {
            return null;
        }
        String text;
        if (claim instanceof JsonString s) {
            text = s.getString();
        } else if (claim instanceof JsonArray a) {
            text = a.stream().map(AccessLogCaller::text).collect(Collectors.joining(","));
        } else if (claim instanceof JsonObject o) {
            text = String.join(",", o.keySet());
        } else if (claim instanceof Map<?, ?> m) {
            text = m.keySet().stream().map(String::valueOf).collect(Collectors.joining(","));
        } else if (claim instanceof Collection<?> c) {
            text = c.stream().map(AccessLogCaller::text).collect(Collectors.joining(","));
        } else {
            text = claim.toString();
        }
        // One field of one line: no spaces or quotes that would split it.
        return text.isBlank() ? null : text.replaceAll("[\\s\"]+", "_");
    }

    private static String orNone(String value) {
        return value == null || value.isBlank() ? NONE : value;
    }
}
