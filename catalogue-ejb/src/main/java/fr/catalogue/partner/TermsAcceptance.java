package fr.catalogue.partner;

import fr.catalogue.security.Account;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** Who accepted which version of the terms, and when (R6): the application, then its account. */
@Entity
@Table(name = "terms_acceptance")
@NamedQuery(name = TermsAcceptance.OF_APPLICATION,
        query = "SELECT t FROM TermsAcceptance t WHERE t.application = :application")
public class TermsAcceptance {

    public static final String OF_APPLICATION = "TermsAcceptance.ofApplication";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "terms_version_id", nullable = false, updatable = false)
    private TermsVersion termsVersion;

    @Column(name = "accepted_at", nullable = false, updatable = false)
    private Instant acceptedAt;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "application_id", nullable = false, updatable = false)
    private PartnerApplication application;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "account_id")
    private Account account;

    protected TermsAcceptance() {
        // for JPA
    }

    TermsAcceptance(TermsVersion termsVersion, PartnerApplication application, Instant acceptedAt) {
        this.termsVersion = termsVersion;
        this.application = application;
        this.acceptedAt = acceptedAt;
    }

    /** Ties the acceptance to the account opened on validation (R6: "and the account"). */
    void byAccount(Account opened) {
        this.account = opened;
    }

    public Long getId() { return id; }
    public TermsVersion getTermsVersion() { return termsVersion; }
    public Instant getAcceptedAt() { return acceptedAt; }
    public Account getAccount() { return account; }
}
