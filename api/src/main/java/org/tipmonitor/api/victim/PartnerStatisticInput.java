package org.tipmonitor.api.victim;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * A statistic as a partner organization writes it: the fields of an official statistic (StatisticView), checked
 * by victim-service with exactly the rules of the official records (the dataset's StatisticInput, so the two
 * cannot drift apart), without {@code id} (the service assigns it) and {@code reporting} (always NGO), and with
 * its own source document. {@code expectedVersion} is left out for a new draft and is the version read for an
 * edit. Who wrote it comes from the token, when from the server's clock.
 */
public record PartnerStatisticInput(String country, String metric, Integer year, Integer periodEnd, Integer value,
        Integer upperValue, Unit unit, Qualifier qualifier, String asWritten, Breakdown breakdown, String description,
        @NotNull @Valid PartnerSourceInput source,
        @PositiveOrZero Integer expectedVersion) {
}
