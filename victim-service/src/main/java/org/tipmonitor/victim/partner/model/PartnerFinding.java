package org.tipmonitor.victim.partner.model;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.tipmonitor.api.victim.PartnerFindingKind;
import org.tipmonitor.api.vocabulary.ReviewState;

/**
 * A statistic or recruitment pathway a partner organization contributes, with its source document, in review.
 * Its own table, never the official ones: a partner's figure cannot enter the official figures by any path.
 */
@Entity
public class PartnerFinding extends PanacheEntityBase {

    /** A random UUID: ids of other organizations' drafts cannot be guessed by counting. */
    @Id
    public String id;
    @Enumerated(EnumType.STRING)
    public PartnerFindingKind kind;
    /** The contributing organization's alias (Keycloak Organizations, the token's organization claim). */
    public String organization;
    @Enumerated(EnumType.STRING)
    public ReviewState state;
    /**
     * Checked by Hibernate on every write (update ... where version = read version): of two writers that read
     * the same version the second finds no row and gets 409, whatever they change.
     */
    @Version
    public int version;
    /** A statistic's country or a pathway's origin; null for a region. */
    public String countryCode;
    /** A pathway's destination; null for a statistic or a region. */
    public String destinationCode;
    /** The fields as the organization wrote them: the API's input record as JSON (FindingContent reads it). */
    public String content;
    public String sourceTitle;
    public String sourcePublisher;
    public LocalDate sourcePublished;
    public String sourceUrl;
    public String sourceSection;
    public String sourceQuote;
    /** An admin's reason for the last return; cleared when the organization submits again. */
    public String returnReason;
    public Instant createdAt;
    public Instant submittedAt;
    public Instant publishedAt;

    @ElementCollection
    @CollectionTable(name = "partner_finding_event", joinColumns = @JoinColumn(name = "finding_id"))
    @OrderColumn(name = "position")
    public List<ReviewEvent> history = new ArrayList<>();
}
