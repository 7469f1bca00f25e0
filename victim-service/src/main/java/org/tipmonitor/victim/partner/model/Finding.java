package org.tipmonitor.victim.partner.model;

import org.tipmonitor.api.victim.PartnerPathwayInput;
import org.tipmonitor.api.victim.PartnerStatisticInput;

/**
 * A partner finding with its content read: exactly one of {@code statistic} and {@code pathway}, as the
 * organization wrote it (its source and expectedVersion are not part of the stored content). The service reads
 * the JSON, so that mapping reads nothing.
 */
public record Finding(PartnerFinding row, PartnerStatisticInput statistic, PartnerPathwayInput pathway) {
}
