package org.tipmonitor.country.model;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import org.hibernate.envers.Audited;

/**
 * An entity that belongs to one country: a generated id (bigserial) and the country (country_code), the
 * same two columns in each of their tables. Rows are found by country and a natural key of their own
 * (report year, article); the id only joins their collections.
 */
@Audited
@MappedSuperclass
public abstract class CountryOwnedEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "country_code")
    public Country country;
}
