package org.tipmonitor.gateway.client;

import io.quarkus.rest.client.reactive.ReactiveClientHeadersFactory;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import org.tipmonitor.gateway.security.ServiceCredentials;

/**
 * Adds the caller's credentials (see {@link ServiceCredentials}) to every call to a service, so that
 * each service decides for itself what this caller may see: no client method takes a token.
 */
@ApplicationScoped
public class CallerAuthorization extends ReactiveClientHeadersFactory {

    @Inject
    ServiceCredentials credentials;

    @Override
    public Uni<MultivaluedMap<String, String>> getHeaders(MultivaluedMap<String, String> incoming,
            MultivaluedMap<String, String> outgoing) {
        return credentials.authorization().map(authorization -> {
            MultivaluedMap<String, String> headers = new MultivaluedHashMap<>();
            if (authorization != null) {
                headers.putSingle(HttpHeaders.AUTHORIZATION, authorization);
            }
            return headers;
        });
    }
}
