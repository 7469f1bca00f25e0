package org.tipmonitor.country.model;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import org.hibernate.annotations.EmbeddedColumnNaming;
import org.tipmonitor.commons.source.Citation;
import org.hibernate.envers.Audited;

/**
 * An article of a country's law, or another legal instrument (a decree, an administrative designation),
 * that a report discusses. The title is null when the source gives none; penalties are those for the
 * crime the instrument defines, never sanctions it imposes on (potential) victims, which its text states.
 */
@Audited
@Entity
public class Statute extends CountryOwnedEntity {

    public String article;
    /** As the source names it; null when it gives no title. */
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
