package org.tipmonitor.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The repository's copy of the public contract is the published one. The published contract lives
 * beside the project, in ../shared/contract/ (it grows as partners are promised more); where that
 * folder is absent (a clone of this repository alone) there is nothing to compare with, and the test
 * says so and is skipped. When it fails, copy the new contract into contract/gateway.graphql and let
 * ContractTest show what the gateway does not serve yet.
 */
class SharedContractTest {

    static final Path PUBLISHED = Path.of("../../shared/contract/gateway.graphql");

    @Test
    void theRepositoryHoldsThePublishedContractWordForWord() throws IOException {
        assumeTrue(Files.exists(PUBLISHED),
                "skipped: no published contract at " + PUBLISHED.toAbsolutePath().normalize()
                        + " (../shared is not beside this clone)");
        assertThat(Files.readString(ContractTest.CONTRACT)).isEqualTo(Files.readString(PUBLISHED));
    }
}
