package org.tipmonitor.country.model;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import org.hibernate.annotations.EmbeddedColumnNaming;
import org.tipmonitor.commons.source.Citation;

/** An article of a country's criminal law that the report discusses. */
@Entity
public class Statute extends CountryOwnedEntity {

    public String article;
    public String title;
    public String criminalizes;

    /** Columns adult_min_years, adult_max_years, adult_up_to_life and adult_penalty. */
    @Embedded
    @EmbeddedColumnNaming("adult_%s")
    public Penalty adultPenalty;

    /** Columns child_min_years, child_max_years, child_up_to_life and child_penalty. */
    @Embedded
    @EmbeddedColumnNaming("child_%s")
    public Penalty childPenalty;

    @Embedded
    public Citation citation;
}
