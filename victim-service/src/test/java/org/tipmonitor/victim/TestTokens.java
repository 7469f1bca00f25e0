package org.tipmonitor.victim;

import io.smallrye.jwt.build.Jwt;
import java.util.List;
import java.util.Map;

/**
 * Tokens shaped like the realm's (audience tip-services, realm roles, sub, azp, organization), signed
 * with the test key whose public half the tests' OIDC configuration trusts (commons, %test).
 */
public final class TestTokens {

    private TestTokens() {
    }

    /** A partner's token: a person signed in through {@code client}, of organization {@code org} (null: none). */
    public static String partner(String subject, String client, String org) {
        var claims = Jwt.preferredUserName(subject).subject(subject).audience("tip-services").claim("azp", client)
                .claim("realm_access", Map.of("roles", List.of("partner")));
        if (org != null) {
            claims = claims.claim("organization", List.of(org));
        }
        return claims.expiresIn(3600).jws().sign("test-signing-key.pem");
    }

    public static String of(String user, String role) {
        return Jwt.preferredUserName(user).subject(user).audience("tip-services").claim("azp", "tip-cli")
                .claim("realm_access", Map.of("roles", List.of(role))).expiresIn(3600)
                .jws().sign("test-signing-key.pem");
    }
}
