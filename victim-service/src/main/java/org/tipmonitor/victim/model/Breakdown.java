package org.tipmonitor.victim.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.Size;
import org.tipmonitor.api.vocabulary.ExploitationType;

/** The part of a population a statistic counts, e.g. girls in sex trafficking; null parts are unrestricted. */
@Embeddable
public record Breakdown(
        @Enumerated(EnumType.STRING) @Column(name = "breakdown_sex") Sex sex,
        @Size(max = 40) @Column(name = "breakdown_age") String ageGroup,
        @Enumerated(EnumType.STRING) @Column(name = "breakdown_exploitation") ExploitationType exploitation) {
}
