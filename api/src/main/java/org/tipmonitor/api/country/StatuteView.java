package org.tipmonitor.api.country;

import org.tipmonitor.api.source.SourceView;

/**
 * An article of a country's law, or another instrument a report discusses (a decree, an administrative
 * designation, named in words when the source gives no number), with its penalties for trafficking an adult
 * or a child victim. {@code title} is null when the source names none; a sanction the instrument imposes on
 * (potential) victims is stated in {@code criminalizes}, never as a penalty. The source carries the quote.
 */
public record StatuteView(String countryCode, String article, String title, String criminalizes,
        PenaltyView adultPenalty, PenaltyView childPenalty, SourceView source) {
}
