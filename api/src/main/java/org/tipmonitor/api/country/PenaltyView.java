package org.tipmonitor.api.country;

/** A statute's imprisonment range in years; a missing minimum means "up to". */
public record PenaltyView(Integer minYears, Integer maxYears, boolean upToLife, String description) {
}
