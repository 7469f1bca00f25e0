package org.tipmonitor.recommendation.model;

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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.tipmonitor.api.vocabulary.ImplementationStatus;
import org.tipmonitor.api.vocabulary.Pillar;
import org.tipmonitor.commons.source.Citation;

/** A recommendation as one report made it, to a government or to other actors. */
@Entity
public class Recommendation extends PanacheEntityBase {

    /** Readable and stable: issuer or country prefix, report year (ND if undated), position, e.g. RUS-2025-03. */
    @Id
    public String id;

    /** The country the recommendation is about (ISO 3166-1 alpha-3). */
    public String countryCode;
    /** The year of the report that made it; null when its source is undated. */
    public Integer reportYear;
    public String issuer;
    public String addressee;

    /** Countries addressed by code, when the addressee is a group of countries. */
    @ElementCollection
    @CollectionTable(name = "recommendation_addressee_country", joinColumns = @JoinColumn(name = "recommendation_id"))
    @Column(name = "country_code")
    @OrderColumn(name = "position")
    public List<String> addresseeCountries = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    public Pillar pillar;
    /** Position in the report's prioritized list, or order of appearance when the report has no list. */
    public int position;
    /** Our own paraphrase, never the report's sentence. */
    public String text;

    /** Its form in the same issuer's preceding report on the country. */
    public String previousId;
    /** How the report's wording changed against the previous form; null when it did not. */
    public String wordingChange;
    public int yearsOutstanding;

    /** When it was loaded: a never-updated recommendation's age counts from here. */
    public Instant createdAt;

    /*
     * The latest update's status and time, and the number of updates. Only the version-checked
     * statement of ImplementationUpdateRepository writes them, never a flush of this entity.
     */
    @Enumerated(EnumType.STRING)
    @Column(insertable = false, updatable = false)
    public ImplementationStatus status = ImplementationStatus.NOT_STARTED;
    @Column(insertable = false, updatable = false)
    public int version;
    @Column(insertable = false, updatable = false)
    public Instant lastUpdatedAt;

    @ElementCollection
    @CollectionTable(name = "recommendation_source", joinColumns = @JoinColumn(name = "recommendation_id"))
    @OrderColumn(name = "position")
    public List<Citation> sources = new ArrayList<>();

    /** Since when nobody has updated it: its latest update, or when it was loaded if it has none. */
    public Instant idleSince() {
        return lastUpdatedAt != null ? lastUpdatedAt : createdAt;
    }
}
