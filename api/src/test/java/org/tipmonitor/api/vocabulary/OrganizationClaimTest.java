package org.tipmonitor.api.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OrganizationClaimTest {

    @Test
    void aListOfAliasesAsKeycloaksOrganizationScopeWritesItIsReadAsIs() {
        assertThat(OrganizationClaim.aliases(List.of("freedom-network"))).containsExactly("freedom-network");
    }

    @Test
    void jsonStringsThatKeepTheirQuotesAreReadWithoutThem() {
        // smallrye-jwt hands a JSON array over as jakarta.json values, whose toString() keeps the quotes.
        Object quoted = new Object() {
            @Override
            public String toString() {
                return "\"safe-passage\"";
            }
        };
        assertThat(OrganizationClaim.aliases(List.of(quoted))).containsExactly("safe-passage");
    }

    @Test
    void anObjectKeyedByAliasWhenTheMapperAddsIdsIsReadByItsKeys() {
        assertThat(OrganizationClaim.aliases(Map.of("safe-passage", Map.of("id", "x"), "freedom-network", Map.of())))
                .containsExactly("freedom-network", "safe-passage");
    }

    @Test
    void noClaimOrAnEmptyOneMeansNoOrganization() {
        assertThat(OrganizationClaim.aliases(null)).isEmpty();
        assertThat(OrganizationClaim.aliases(List.of())).isEmpty();
        assertThat(OrganizationClaim.aliases("")).isEmpty();
    }
}
