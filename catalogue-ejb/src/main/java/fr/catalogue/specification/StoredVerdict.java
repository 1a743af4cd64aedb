package fr.catalogue.specification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A verdict as stored (conformance_verdict), read-only — no constructor nor setter: the
 * verdicts are written in SQL by the engine's callers; this mapping lets the public catalogue's queries (R18) keep out the offers
 * that do not conform to the version in force of their category.
 */
@Entity
@Table(name = "conformance_verdict")
public class StoredVerdict {

    @Id
    private Long id;

    @Column(name = "offer_id")
    private long offerId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "spec_version_id")
    private SpecificationVersion specVersion;

    @Column
    private boolean conforming;

    protected StoredVerdict() {
        // for JPA
    }

    public long getOfferId() {
        return offerId;
    }

    public boolean isConforming() {
        return conforming;
    }
}
