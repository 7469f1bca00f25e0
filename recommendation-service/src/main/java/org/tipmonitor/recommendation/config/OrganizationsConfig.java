package org.tipmonitor.recommendation.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/**
 * Where the names of partner organizations come from (prefix {@code tip.organizations}): Keycloak's admin
 * API, read with the service account of the confidential client {@link #directoryClientId()}.
 */
@ConfigMapping(prefix = "tip.organizations")
public interface OrganizationsConfig {

    /** Keycloak's base address (the realm is tip-monitor). */
    String keycloakUrl();

    /** The client whose service account reads organizations (realm file: tip-organization-directory). */
    @WithDefault("tip-organization-directory")
    String directoryClientId();

    /** Its secret (TIP_DIRECTORY_SECRET); without one no name is read and an organization is named by its alias. */
    Optional<String> directorySecret();

    /** How long names read are used before they are read again (in the background). */
    @WithDefault("10m")
    Duration refreshAfter();

    /** An alias not in the names read makes them be read again at once, at most this often. */
    @WithDefault("30s")
    Duration unknownRetryAfter();
}
