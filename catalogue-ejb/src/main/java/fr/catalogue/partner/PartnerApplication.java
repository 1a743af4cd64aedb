package fr.catalogue.partner;

import fr.catalogue.common.BusinessException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A company's application to become a partner (R6): its identity and contact, the categories it
 * will offer, a competence centre's Annex 3 profile (R8, R9), the terms version it accepted; then
 * the Ministry's decision (R7), taken once.
 */
@Entity
@Table(name = "partner_application")
@NamedQuery(name = PartnerApplication.COUNT_PENDING_BY_SIREN,
        query = "SELECT COUNT(a) FROM PartnerApplication a WHERE a.siren = :siren AND a.status = fr.catalogue.partner.ApplicationStatus.SUBMITTED")
@NamedQuery(name = PartnerApplication.FIND_BY_STATUS, query = """
        SELECT a FROM PartnerApplication a WHERE (:status IS NULL OR a.status = :status)
        ORDER BY a.submittedAt, a.id""")
@NamedQuery(name = PartnerApplication.COUNT_BY_STATUS,
        query = "SELECT COUNT(a) FROM PartnerApplication a WHERE (:status IS NULL OR a.status = :status)")
public class PartnerApplication {

    public static final String COUNT_PENDING_BY_SIREN = "PartnerApplication.countPendingBySiren";
    public static final String FIND_BY_STATUS = "PartnerApplication.findByStatus";
    public static final String COUNT_BY_STATUS = "PartnerApplication.countByStatus";
    public static final int REASON_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ApplicationStatus status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30, updatable = false)
    private PartnerKind kind;

    @Column(nullable = false, length = 160, updatable = false)
    private String name;
    @Column(nullable = false, length = 9, updatable = false)
    private String siren;
    @Column(nullable = false, length = 14, updatable = false)
    private String siret;
    @Column(name = "ape_code", nullable = false, length = 5, updatable = false)
    private String apeCode;
    @Column(nullable = false, length = 200, updatable = false)
    private String address;
    @Column(nullable = false, length = 5, updatable = false)
    private String postcode;
    @Column(nullable = false, length = 100, updatable = false)
    private String town;
    @Column(length = 255, updatable = false)
    private String website;
    @Column(name = "contact_name", nullable = false, length = 120, updatable = false)
    private String contactName;
    @Column(name = "contact_function", nullable = false, length = 120, updatable = false)
    private String contactFunction;
    @Column(nullable = false, length = 20, updatable = false)
    private String phone;
    @Column(length = 20, updatable = false)
    private String fax;
    @Column(nullable = false, length = 254, updatable = false)
    private String email;

    @Embedded
    private CompetenceProfile profile;

    @ElementCollection
    @CollectionTable(name = "application_service", joinColumns = @JoinColumn(name = "application_id"))
    @OrderBy("serviceKey")
    private List<DeclaredService> services = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "application_category", joinColumns = @JoinColumn(name = "application_id"))
    @Column(name = "category_code", length = 40)
    private Set<String> categories = new LinkedHashSet<>();

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "terms_version_id", nullable = false, updatable = false)
    private TermsVersion termsVersion;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    private Instant submittedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by", length = 60)
    private String decidedBy;

    @Column(name = "decision_reason", length = REASON_LENGTH)
    private String decisionReason;

    @Column(name = "partner_id")
    private Long partnerId;

    /** The SIREN while the application waits, null once decided: unique, so one pending application per company. */
    @Column(name = "pending_siren", length = 9)
    private String pendingSiren;

    @Version
    private long version;

    protected PartnerApplication() {
        // for JPA
    }

    /** An application as submitted; every value already checked by the caller. */
    PartnerApplication(PartnerKind kind, CompanyDetails details, Set<String> categories, CompetenceProfile profile,
            List<DeclaredService> services, TermsVersion termsVersion, Instant submittedAt) {
        this.status = ApplicationStatus.SUBMITTED;
        this.kind = kind;
        this.name = details.name();
        this.siren = details.siren().value();
        this.pendingSiren = siren;
        this.siret = details.siret().value();
        this.apeCode = details.apeCode().value();
        this.address = details.address();
        this.postcode = details.postcode().value();
        this.town = details.town();
        this.website = details.website();
        this.contactName = details.contactName();
        this.contactFunction = details.contactFunction();
        this.phone = details.phone().value();
        this.fax = details.fax() == null ? null : details.fax().value();
        this.email = details.email();
        this.categories.addAll(categories);
        this.profile = profile;
        this.services.addAll(services);
        this.termsVersion = termsVersion;
        this.submittedAt = submittedAt;
    }

    /**
     * The partner a validation creates (R7), with the application's profile, to persist before
     * {@link #validated} records it. Refused once decided.
     */
    Partner newPartner(Instant now) {
        requirePending();
        return Partner.fromApplication(this, now);
    }

    /** Records the validation, once the partner it created has its id (the schema requires both together). */
    void validated(long createdPartnerId, String admin, Instant now) {
        requirePending();
        status = ApplicationStatus.VALIDATED;
        pendingSiren = null;
        partnerId = createdPartnerId;
        decidedAt = now;
        decidedBy = admin;
    }

    /** Rejects the application with a reason the applicant will read (R7). Refused once decided. */
    void reject(String admin, String reason, Instant now) {
        requirePending();
        status = ApplicationStatus.REJECTED;
        pendingSiren = null;
        decidedAt = now;
        decidedBy = admin;
        decisionReason = reason;
    }

    /** Refuses, saying by whom, an application already decided. */
    void requirePending() {
        if (status != ApplicationStatus.SUBMITTED) {
            throw new BusinessException("Cette candidature a déjà été " + (status == ApplicationStatus.VALIDATED
                    ? "validée" : "refusée") + (decidedBy == null ? "" : " par " + decidedBy) + ".");
        }
    }

    /** The checked identity and contact, rebuilt from the stored values. */
    CompanyDetails details() {
        return new CompanyDetails(name, new Siren(siren), new Siret(siret), new ApeCode(apeCode), address,
                new Postcode(postcode), town, website, contactName, contactFunction, new PhoneNumber(phone),
                fax == null ? null : new PhoneNumber(fax), email);
    }

    /** Field → value, for the audit trail. */
    Map<String, String> state() {
        Map<String, String> state = new LinkedHashMap<>();
        state.put("status", status.name());
        state.put("kind", kind.name());
        state.putAll(details().state());
        state.put("categories", String.join(", ", categories));
        if (profile != null) {
            state.putAll(profile.state());
        }
        for (DeclaredService service : services) {
            state.put("service." + service.getServiceKey(), service.describe());
        }
        return state;
    }

    public Long getId() { return id; }
    public ApplicationStatus getStatus() { return status; }
    public PartnerKind getKind() { return kind; }
    public String getName() { return name; }
    public String getSiren() { return siren; }
    public String getSiret() { return siret; }
    public String getApeCode() { return apeCode; }
    public String getAddress() { return address; }
    public String getPostcode() { return postcode; }
    public String getTown() { return town; }
    public String getWebsite() { return website; }
    public String getContactName() { return contactName; }
    public String getContactFunction() { return contactFunction; }
    public String getPhone() { return phone; }
    public String getFax() { return fax; }
    public String getEmail() { return email; }
    public CompetenceProfile getProfile() { return profile; }
    public List<DeclaredService> getServices() { return List.copyOf(services); }
    public Set<String> getCategories() { return Set.copyOf(categories); }
    public TermsVersion getTermsVersion() { return termsVersion; }
    public Instant getSubmittedAt() { return submittedAt; }
    public Instant getDecidedAt() { return decidedAt; }
    public String getDecidedBy() { return decidedBy; }
    public String getDecisionReason() { return decisionReason; }
    public Long getPartnerId() { return partnerId; }
    public long getVersion() { return version; }
}
