package org.tipmonitor.country.model;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;
import org.tipmonitor.api.vocabulary.EffortTrend;
import org.tipmonitor.api.vocabulary.Tier;
import org.tipmonitor.commons.source.Citation;
import org.hibernate.envers.Audited;

/** A country's placement in one report year, with the report's findings per pillar. */
@Audited
@Entity
public class Assessment extends CountryOwnedEntity {

    public int reportYear;

    @Enumerated(EnumType.STRING)
    public Tier tier;

    /**
     * The report found a government policy or pattern of trafficking; null when no source says whether
     * it did (never false by default).
     */
    public Boolean policyOrPattern;

    public String summary;

    @Enumerated(EnumType.STRING)
    public EffortTrend prosecutionTrend;
    public String prosecutionFinding;
    @Enumerated(EnumType.STRING)
    public EffortTrend protectionTrend;
    public String protectionFinding;
    @Enumerated(EnumType.STRING)
    public EffortTrend preventionTrend;
    public String preventionFinding;

    /** Writers name the version they read; a stale one is refused rather than overwriting. */
    @Version
    public int version;

    @ElementCollection
    @CollectionTable(name = "assessment_source", joinColumns = @JoinColumn(name = "assessment_id"))
    @OrderColumn(name = "position")
    public List<Citation> sources = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "law_enforcement_record", joinColumns = @JoinColumn(name = "assessment_id"))
    @OrderColumn(name = "position")
    public List<LawEnforcementYear> lawEnforcement = new ArrayList<>();
}
