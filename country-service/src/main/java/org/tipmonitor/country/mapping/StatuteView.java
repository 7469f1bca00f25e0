package org.tipmonitor.country.mapping;

import org.tipmonitor.api.source.SourceView;
import org.tipmonitor.country.model.Penalty;

public record StatuteView(String countryCode, String article, String title, String criminalizes,
        Penalty adultPenalty, Penalty childPenalty, SourceView source) {
}
