package org.tipmonitor.commons.source;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.tipmonitor.api.vocabulary.SourceKind;

/** A document figures are taken from. Every service keeps its own copy of the shared catalog. */
@Entity
@Table(name = "source")
public class SourceDocument extends PanacheEntityBase {

    @Id
    public String id;
    /** The file of the document in the project's source collection. */
    public String file;
    public String title;
    public String publisher;
    public LocalDate published;
    public String url;
    @Enumerated(EnumType.STRING)
    public SourceKind kind;
}
