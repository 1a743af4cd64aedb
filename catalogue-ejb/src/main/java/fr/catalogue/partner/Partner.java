package fr.catalogue.partner;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A company whose offers carry the label. */
@Entity
@Table(name = "partner")
public class Partner {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 160)
    private String name;

    @Column(length = 9, unique = true)
    private String siren;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private PartnerKind kind;

    @Column(nullable = false, length = 100)
    private String town;

    @Column(nullable = false, length = 5)
    private String postcode;

    @Column(length = 255)
    private String website;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Partner() {
        // for JPA
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getSiren() {
        return siren;
    }

    public PartnerKind getKind() {
        return kind;
    }

    public String getTown() {
        return town;
    }

    public String getPostcode() {
        return postcode;
    }

    public String getWebsite() {
        return website;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
