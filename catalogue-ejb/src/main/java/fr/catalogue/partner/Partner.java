package fr.catalogue.partner;

import fr.catalogue.common.InvalidInputException;
import fr.catalogue.label.LabelEvent;
import fr.catalogue.label.LabelRight;
import fr.catalogue.label.LabelStatus;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
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
 * A company whose offers carry the label, created when the Ministry validates its application
 * (R7), with the profile it keeps current (R8) and, for a competence centre, how it covers each
 * Annex 3 service (R9).
 */
@Entity
@Table(name = "partner")
@NamedQuery(name = Partner.COUNT_BY_SIREN, query = "SELECT COUNT(p) FROM Partner p WHERE p.siren = :siren")
// The directory: one row per partner with its offer counts, in one query (no N+1).
@NamedQuery(name = Partner.DIRECTORY, query = """
        SELECT p.id, p.name, p.siren, p.kind, p.town,
               SUM(CASE WHEN o.status = fr.catalogue.offer.OfferStatus.PUBLISHED THEN 1 ELSE 0 END), COUNT(o)
        FROM Partner p LEFT JOIN Offer o ON o.partner = p
        WHERE (:kind IS NULL OR p.kind = :kind)
          AND (:name IS NULL OR p.name LIKE :name ESCAPE '!' OR p.siren LIKE :siren ESCAPE '!')
        GROUP BY p.id, p.name, p.siren, p.kind, p.town
        ORDER BY p.name, p.id""")
@NamedQuery(name = Partner.DIRECTORY_COUNT, query = """
        SELECT COUNT(p) FROM Partner p
        WHERE (:kind IS NULL OR p.kind = :kind)
          AND (:name IS NULL OR p.name LIKE :name ESCAPE '!' OR p.siren LIKE :siren ESCAPE '!')""")
@NamedQuery(name = Partner.ACCOUNT_USER_CODES, query = """
        SELECT a.partner.id, a.userCode FROM Account a
        WHERE a.partner.id IN :partners ORDER BY a.userCode""")
// The public verification of the label (R21): by a piece of the name or the beginning of the SIREN.
@NamedQuery(name = Partner.LABEL_SEARCH, query = """
        SELECT p FROM Partner p
        WHERE p.name LIKE :name ESCAPE '!' OR p.siren LIKE :siren ESCAPE '!'
        ORDER BY p.name, p.id""")
@NamedQuery(name = Partner.WITH_LABEL_STATUS, query = """
        SELECT p FROM Partner p WHERE p.labelStatus IN :statuses ORDER BY p.name, p.id""")
public class Partner {

    public static final String LABEL_SEARCH = "Partner.labelSearch";
    public static final String WITH_LABEL_STATUS = "Partner.withLabelStatus";

    public static final String COUNT_BY_SIREN = "Partner.countBySiren";
    public static final String DIRECTORY = "Partner.directory";
    public static final String DIRECTORY_COUNT = "Partner.directoryCount";
    public static final String ACCOUNT_USER_CODES = "Partner.accountUserCodes";

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

    @Column(length = 14)
    private String siret;

    @Column(name = "ape_code", length = 5)
    private String apeCode;

    @Column(length = 200)
    private String address;

    @Column(name = "contact_name", length = 120)
    private String contactName;

    @Column(name = "contact_function", length = 120)
    private String contactFunction;

    @Column(length = 20)
    private String phone;

    @Column(length = 20)
    private String fax;

    @Column(length = 254)
    private String email;

    /** The Annex 3 profile of a competence centre (R8); null (all columns null) for other kinds. */
    @Embedded
    private CompetenceProfile profile;

    @ElementCollection
    @CollectionTable(name = "partner_service", joinColumns = @JoinColumn(name = "partner_id"))
    @OrderBy("serviceKey")
    private List<DeclaredService> services = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "partner_category", joinColumns = @JoinColumn(name = "partner_id"))
    @Column(name = "category_code", length = 40)
    private Set<String> categories = new LinkedHashSet<>();

    @Column(name = "profile_updated_at")
    private Instant profileUpdatedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    /** The right to use the label's name and logo (R18, R22): changes only through {@link #moveLabel}. */
    @Enumerated(EnumType.STRING)
    @Column(name = "label_status", nullable = false, length = 10)
    private LabelStatus labelStatus = LabelStatus.GRANTED;

    @Column(name = "label_since")
    private Instant labelSince;

    @Version
    private long version;

    protected Partner() {
        // for JPA
    }

    /** The partner a validated application creates (R7), with the application's profile. */
    static Partner fromApplication(PartnerApplication application, Instant now) {
        Partner partner = new Partner();
        partner.kind = application.getKind();
        partner.name = application.getName();
        partner.siren = application.getSiren();
        partner.createdAt = now;
        partner.labelSince = now;
        partner.categories.addAll(application.getCategories());
        partner.apply(application.details(), application.getProfile() == null ? null : application.getProfile().copy(),
                application.getServices(), now);
        return partner;
    }

    /**
     * Replaces the profile (R8: kept current). The company's name, SIREN and kind do not change
     * here: the SIREN in {@code details} must be this partner's, when it has one.
     */
    void updateProfile(CompanyDetails details, CompetenceProfile newProfile, List<DeclaredService> newServices, Instant now) {
        if (siren != null && !siren.equals(details.siren().value())) {
            throw new InvalidInputException(Siren.FIELD,
                    "Le numéro SIREN d'un partenaire ne change pas ; pour une autre société, déposez une nouvelle candidature.");
        }
        siren = details.siren().value();
        apply(details, newProfile, newServices, now);
    }

    private void apply(CompanyDetails details, CompetenceProfile newProfile, List<DeclaredService> newServices, Instant now) {
        siret = details.siret().value();
        apeCode = details.apeCode().value();
        address = details.address();
        postcode = details.postcode().value();
        town = details.town();
        website = details.website();
        contactName = details.contactName();
        contactFunction = details.contactFunction();
        phone = details.phone().value();
        fax = details.fax() == null ? null : details.fax().value();
        email = details.email();
        profile = kind.isCompetenceCentre() ? newProfile : null;
        services.clear();
        if (kind.isCompetenceCentre()) {
            services.addAll(newServices);
        }
        profileUpdatedAt = now;
    }

    /** The profile as a form, to edit it; fields a partner of before the profiles never gave are empty. */
    public CompanyForm toCompanyForm() {
        CompanyForm form = new CompanyForm();
        form.setName(name);
        form.setSiren(siren);
        form.setSiret(siret);
        form.setApeCode(apeCode);
        form.setAddress(address);
        form.setPostcode(postcode);
        form.setTown(town);
        form.setWebsite(website);
        form.setContactName(contactName);
        form.setContactFunction(contactFunction);
        form.setPhone(phone);
        form.setFax(fax);
        form.setEmail(email);
        return form;
    }

    /** The competence centre's profile as a form (empty rows for the services of its kind). */
    public CompetenceProfileForm toProfileForm() {
        if (profile == null) {
            CompetenceProfileForm form = new CompetenceProfileForm();
            form.prepareServices(kind);
            return form;
        }
        return profile.toForm(services, kind);
    }

    /**
     * Moves the right of use as the state machine allows (R18, R22).
     *
     * @return the step made, to be recorded with its actor and reason
     * @throws fr.catalogue.common.BusinessException when the machine refuses the event in the current state
     */
    public LabelRight.Step moveLabel(LabelEvent event, Instant at, String actor, String reason) {
        LabelRight.Step step = LabelRight.apply(labelStatus, event, at, actor, reason);
        labelStatus = step.to();
        labelSince = at;
        return step;
    }

    /** Field → value of the whole profile, for the audit trail. */
    public Map<String, String> profileState() {
        Map<String, String> state = new LinkedHashMap<>();
        state.put("name", name);
        state.put("siren", siren);
        state.put("siret", siret);
        state.put("apeCode", apeCode);
        state.put("address", address);
        state.put("postcode", postcode);
        state.put("town", town);
        state.put("website", website);
        state.put("contactName", contactName);
        state.put("contactFunction", contactFunction);
        state.put("phone", phone);
        state.put("fax", fax);
        state.put("email", email);
        if (profile != null) {
            state.putAll(profile.state());
        }
        for (DeclaredService service : services) {
            state.put("service." + service.getServiceKey(), service.describe());
        }
        return state;
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

    public String getSiret() {
        return siret;
    }

    public String getApeCode() {
        return apeCode;
    }

    public String getAddress() {
        return address;
    }

    public String getContactName() {
        return contactName;
    }

    public String getContactFunction() {
        return contactFunction;
    }

    public String getPhone() {
        return phone;
    }

    public String getFax() {
        return fax;
    }

    public String getEmail() {
        return email;
    }

    /** The Annex 3 profile of a competence centre; null for the other kinds (and before it is given). */
    public CompetenceProfile getProfile() {
        return profile;
    }

    public List<DeclaredService> getServices() {
        return List.copyOf(services);
    }

    /** The codes of the categories the partner offers. */
    public Set<String> getCategories() {
        return Set.copyOf(categories);
    }

    public Instant getProfileUpdatedAt() {
        return profileUpdatedAt;
    }

    public LabelStatus getLabelStatus() {
        return labelStatus;
    }

    /** Since when the right is in its state (the creation for a partner whose right never moved). */
    public Instant getLabelSince() {
        return labelSince == null ? createdAt : labelSince;
    }

    public long getVersion() {
        return version;
    }
}
