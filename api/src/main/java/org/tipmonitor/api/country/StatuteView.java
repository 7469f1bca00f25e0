package org.tipmonitor.api.country;

import org.tipmonitor.api.source.SourceView;

/** An article of a country's criminal law that a report discusses, with its penalties for adult and child victims. */
public record StatuteView(String countryCode, String article, String title, String criminalizes,
        PenaltyView adultPenalty, PenaltyView childPenalty, SourceView source) {
}
