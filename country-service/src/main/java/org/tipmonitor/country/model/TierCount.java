package org.tipmonitor.country.model;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.tipmonitor.commons.source.Citation;
import org.hibernate.envers.Audited;

/** How many countries a report placed on each tier, as the report publishes it. */
@Audited
@Entity
public class TierCount extends PanacheEntityBase {

    @Id
    public int reportYear;
    @Column(name = "tier1")
    public int tier1;
    @Column(name = "tier2")
    public int tier2;
    @Column(name = "tier2_watch_list")
    public int tier2WatchList;
    @Column(name = "tier3")
    public int tier3;
    public Integer specialCase;

    @Embedded
    public Citation citation;
}
