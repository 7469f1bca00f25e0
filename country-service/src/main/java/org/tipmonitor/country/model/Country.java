package org.tipmonitor.country.model;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.hibernate.envers.Audited;

@Audited
@Entity
public class Country extends PanacheEntityBase {

    /** ISO 3166-1 alpha-3. */
    @Id
    public String code;
    public String name;
    /** The TIP report's regional grouping, e.g. Europe, Western Hemisphere, as the dataset assigns it (no source gives it). */
    public String region;
}
