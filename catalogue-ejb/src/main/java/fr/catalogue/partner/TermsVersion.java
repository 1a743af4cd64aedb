package fr.catalogue.partner;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** One version of the terms of use and their annexes (R6). Reference data, written by migrations. */
@Entity
@Table(name = "terms_version")
@NamedQuery(name = TermsVersion.IN_FORCE, query = """
        SELECT t FROM TermsVersion t WHERE t.inForceFrom <= :now ORDER BY t.inForceFrom DESC, t.number DESC""")
public class TermsVersion {

    public static final String IN_FORCE = "TermsVersion.inForce";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private int number;

    @Column(nullable = false, length = 200, updatable = false)
    private String title;

    @Lob
    @Column(nullable = false, updatable = false)
    private String body;

    @Column(name = "in_force_from", nullable = false, updatable = false)
    private Instant inForceFrom;

    protected TermsVersion() {
        // for JPA
    }

    public Long getId() { return id; }
    public int getNumber() { return number; }
    public String getTitle() { return title; }
    public String getBody() { return body; }
    public Instant getInForceFrom() { return inForceFrom; }
}
