package org.tipmonitor.api.victim;

import jakarta.validation.constraints.Size;
import org.tipmonitor.api.vocabulary.ExploitationType;

/** The part of a population a statistic counts, e.g. girls in sex trafficking; null parts are unrestricted. */
public record Breakdown(Sex sex, @Size(max = 40) String ageGroup, ExploitationType exploitation) {
}
