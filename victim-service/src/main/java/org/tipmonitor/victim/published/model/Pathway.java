package org.tipmonitor.victim.published.model;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.tipmonitor.api.victim.Qualifier;
import org.tipmonitor.api.victim.RecruiterType;
import org.tipmonitor.api.vocabulary.DatePrecision;
import org.tipmonitor.api.vocabulary.ExploitationType;
import org.tipmonitor.commons.source.Citation;

/** How people reach exploitation: from where to where, recruited by whom, controlled how. */
@Entity
public class Pathway extends PanacheEntityBase {

    @Id
    public String id;
    /** Alpha-3 code; null when the source names only a region. */
    public String origin;
    public String originRegion;
    public String destination;
    public String destinationRegion;

    @ElementCollection
    @CollectionTable(name = "pathway_transit", joinColumns = @JoinColumn(name = "pathway_id"))
    @OrderColumn(name = "position")
    @Column(name = "country_code")
    public List<String> transit = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "pathway_exploitation", joinColumns = @JoinColumn(name = "pathway_id"))
    @OrderColumn(name = "position")
    @Enumerated(EnumType.STRING)
    @Column(name = "exploitation_type")
    public List<ExploitationType> exploitation = new ArrayList<>();

    public String recruiter;
    @Enumerated(EnumType.STRING)
    public RecruiterType recruiterType;

    @ElementCollection
    @CollectionTable(name = "pathway_means", joinColumns = @JoinColumn(name = "pathway_id"))
    @OrderColumn(name = "position")
    @Enumerated(EnumType.STRING)
    @Column(name = "means")
    public List<ControlMeans> means = new ArrayList<>();

    public String sector;
    public Integer estimatedVictims;
    public Integer upperValue;
    @Enumerated(EnumType.STRING)
    public Qualifier qualifier;
    /** First day of what the source gives: a YEAR-precise date is 1 January, a MONTH-precise one the 1st. */
    public LocalDate periodStart;
    /** How much of periodStart the source gives; NOT_STATED when it gives no date. */
    @Enumerated(EnumType.STRING)
    public DatePrecision periodStartPrecision;
    public LocalDate periodEnd;
    @Enumerated(EnumType.STRING)
    public DatePrecision periodEndPrecision;
    /** Officials of the origin or destination state were reported to facilitate it. */
    public boolean officialComplicity;
    public String description;

    @ElementCollection
    @CollectionTable(name = "pathway_source", joinColumns = @JoinColumn(name = "pathway_id"))
    @OrderColumn(name = "position")
    public List<Citation> sources = new ArrayList<>();

    /** Both ends are countries: what the gateway's contract (origin and destination non-null) can serve. */
    public boolean countryLevel() {
        return origin != null && destination != null;
    }
}
