package org.tipmonitor.gateway.security;

import io.quarkus.oidc.TenantResolver;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * GraphiQL's requests to /graphql belong to the GraphiQL sign-in (tenant {@code graphiql}): they carry
 * its session cookie and no bearer token. Everything else is left to the configuration: the GraphiQL
 * page by its tenant paths, API callers (bearer tokens) to the default tenant.
 */
@ApplicationScoped
public class GraphiqlTenant implements TenantResolver {

    static final String TENANT = "graphiql";
    private static final String SESSION_COOKIE = "q_session_" + TENANT;

    @Override
    public String resolve(RoutingContext request) {
        if (request.request().getHeader(HttpHeaders.AUTHORIZATION) != null) {
            return null;
        }
        for (Cookie cookie : request.request().cookies()) {
            // The session cookie may be split into q_session_graphiql_chunk_1, _2, ...
            if (cookie.getName().startsWith(SESSION_COOKIE)) {
                return TENANT;
            }
        }
        return null;
    }
}
