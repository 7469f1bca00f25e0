package org.tipmonitor.victim.published.model;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import java.util.ArrayList;
import java.util.List;
import org.tipmonitor.api.victim.Qualifier;
import org.tipmonitor.api.victim.Sex;
import org.tipmonitor.api.victim.Unit;
import org.tipmonitor.api.vocabulary.ExploitationType;
import org.tipmonitor.api.vocabulary.Reporting;
import org.tipmonitor.commons.source.Citation;

/** One published figure about victims or people at risk, as the source states it. */
@Entity
public class Statistic extends PanacheEntityBase {

    /** Stable, readable id, e.g. cub-medical-workers-abroad-2025. */
    @Id
    public String id;
    /** ISO 3166-1 alpha-3 of the country whose situation the figure describes. */
    public String countryCode;
    public String metric;
    /** Calendar year (or first year) the figure covers; null when the source gives none. */
    public Integer year;
    /** Last year of a multi-year figure. */
    public Integer periodEnd;
    public Integer value;
    /** Upper end of a range ("between 75 and 95 percent"). */
    public Integer upperValue;
    @Enumerated(EnumType.STRING)
    public Unit unit;
    @Enumerated(EnumType.STRING)
    public Qualifier qualifier;
    /** The quantity in the source's words, e.g. "tens of thousands". */
    public String asWritten;
    @Enumerated(EnumType.STRING)
    public Reporting reporting;
    /** The part of the population the figure counts (all null: unrestricted), e.g. girls in sex trafficking. */
    @Enumerated(EnumType.STRING)
    public Sex breakdownSex;
    public String breakdownAge;
    @Enumerated(EnumType.STRING)
    public ExploitationType breakdownExploitation;
    public String description;

    @ElementCollection
    @CollectionTable(name = "statistic_source", joinColumns = @JoinColumn(name = "statistic_id"))
    @OrderColumn(name = "position")
    public List<Citation> sources = new ArrayList<>();
}
