package org.tipmonitor.recommendation;

import io.smallrye.jwt.build.Jwt;
import java.util.List;
import java.util.Map;

/**
 * Tokens shaped like the realm's (audience tip-services, realm roles, Keycloak's organization claim: a list
 * of aliases), signed with the test key whose public half is the test profile's. The demo's people:
 * carol of freedom-network, dave of safe-passage, alice (admin) and bob (analyst) of none.
 */
final class PartnerTokens {

    static final String CAROL = of("carol", List.of("freedom-network"), "partner");
    static final String DAVE = of("dave", List.of("safe-passage"), "partner");
    static final String ALICE = of("alice", List.of(), "admin");
    static final String BOB = of("bob", List.of(), "analyst");
    /** A partner of no organization, and one of two. */
    static final String LONE_PARTNER = of("erin", List.of(), "partner");
    static final String TWO_ORGANIZATIONS = of("frank", List.of("freedom-network", "safe-passage"), "partner");

    private PartnerTokens() {
    }

    static String of(String user, List<String> organizations, String... roles) {
        var token = Jwt.preferredUserName(user).subject(user).audience("tip-services")
                .claim("realm_access", Map.of("roles", List.of(roles)));
        if (!organizations.isEmpty()) {
            token.claim("organization", organizations);
        }
        return "Bearer " + token.expiresIn(3600).jws().sign("test-signing-key.pem");
    }
}
