package org.tipmonitor.gateway;

import io.smallrye.jwt.build.Jwt;
import java.util.List;
import java.util.Map;

/** Tokens shaped like the realm's (audience tip-services, realm roles), signed with the test key. */
final class TestTokens {

    private TestTokens() {
    }

    static String of(String user, String... roles) {
        return Jwt.preferredUserName(user).subject(user).audience("tip-services")
                .claim("realm_access", Map.of("roles", List.of(roles)))
                .expiresIn(300)
                .jws().sign("test-signing-key.pem");
    }
}
