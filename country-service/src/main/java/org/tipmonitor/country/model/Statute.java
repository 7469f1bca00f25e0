package org.tipmonitor.country.model;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import org.tipmonitor.commons.source.Citation;

/** An article of a country's criminal law that the report discusses. */
@Entity
public class Statute extends CountryOwnedEntity {

    public String article;
    public String title;
    public String criminalizes;

    @Embedded
    @AttributeOverride(name = "minYears", column = @Column(name = "adult_min_years"))
    @AttributeOverride(name = "maxYears", column = @Column(name = "adult_max_years"))
    @AttributeOverride(name = "upToLife", column = @Column(name = "adult_up_to_life"))
    @AttributeOverride(name = "description", column = @Column(name = "adult_penalty"))
    public Penalty adultPenalty;

    @Embedded
    @AttributeOverride(name = "minYears", column = @Column(name = "child_min_years"))
    @AttributeOverride(name = "maxYears", column = @Column(name = "child_max_years"))
    @AttributeOverride(name = "upToLife", column = @Column(name = "child_up_to_life"))
    @AttributeOverride(name = "description", column = @Column(name = "child_penalty"))
    public Penalty childPenalty;

    @Embedded
    public Citation citation;
}
