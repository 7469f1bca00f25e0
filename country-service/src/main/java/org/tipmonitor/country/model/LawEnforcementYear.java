package org.tipmonitor.country.model;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import org.tipmonitor.commons.source.Citation;

/**
 * Law-enforcement figures of one calendar year of an assessment; a figure the source does not mention
 * is null. (Not named LawEnforcementRecord: that is the gateway's GraphQL type, with plain numbers.)
 */
@Embeddable
public record LawEnforcementYear(
        Integer dataYear,
        @Embedded
        @AttributeOverride(name = "value", column = @Column(name = "investigations"))
        @AttributeOverride(name = "reporting", column = @Column(name = "investigations_reporting"))
        @AttributeOverride(name = "lowerBound", column = @Column(name = "investigations_lower_bound"))
        Figure investigations,
        @Embedded
        @AttributeOverride(name = "value", column = @Column(name = "prosecutions"))
        @AttributeOverride(name = "reporting", column = @Column(name = "prosecutions_reporting"))
        @AttributeOverride(name = "lowerBound", column = @Column(name = "prosecutions_lower_bound"))
        Figure prosecutions,
        @Embedded
        @AttributeOverride(name = "value", column = @Column(name = "convictions"))
        @AttributeOverride(name = "reporting", column = @Column(name = "convictions_reporting"))
        @AttributeOverride(name = "lowerBound", column = @Column(name = "convictions_lower_bound"))
        Figure convictions,
        @Embedded
        @AttributeOverride(name = "value", column = @Column(name = "victims_identified"))
        @AttributeOverride(name = "reporting", column = @Column(name = "victims_identified_reporting"))
        @AttributeOverride(name = "lowerBound", column = @Column(name = "victims_identified_lower_bound"))
        Figure victimsIdentified,
        String note,
        @Embedded Citation citation) {
}
