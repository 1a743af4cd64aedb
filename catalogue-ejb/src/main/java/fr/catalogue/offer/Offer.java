package fr.catalogue.offer;

import fr.catalogue.category.Category;
import fr.catalogue.common.BusinessException;
import fr.catalogue.partner.Partner;
import fr.catalogue.specification.OfferFacts;
import fr.catalogue.specification.PriceComponent;
import fr.catalogue.specification.ServiceCoverage;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * An offer of a partner, in one category, with its price excluding VAT. Changes only through its
 * business methods: drafted, revised, published (R11, judged by the service beforehand), withdrawn.
 */
@Entity
@Table(name = "offer")
// The public catalogue (R18): published offers of partners holding the right (GRANTED or WARNED)
// whose verdict against the version in force of their category, if any, is conforming.
@NamedQuery(name = Offer.SUMMARIES_PUBLISHED, query = """
        SELECT NEW fr.catalogue.offer.OfferSummary(o.id, o.title, c.code, c.name, p.id, p.name, o.priceExclVat)
        FROM Offer o JOIN o.category c JOIN o.partner p
        WHERE o.status = fr.catalogue.offer.OfferStatus.PUBLISHED AND (:category IS NULL OR c.code = :category)
          AND p.labelStatus IN (fr.catalogue.label.LabelStatus.GRANTED, fr.catalogue.label.LabelStatus.WARNED)
          AND NOT EXISTS (SELECT cv FROM StoredVerdict cv JOIN cv.specVersion v
                          WHERE cv.offerId = o.id AND cv.conforming = FALSE
                            AND v.status = fr.catalogue.specification.VersionStatus.PUBLISHED AND v.appliedAt IS NOT NULL)
        ORDER BY o.publishedAt DESC, o.id DESC""")
@NamedQuery(name = Offer.COUNT_PUBLISHED, query = """
        SELECT COUNT(o) FROM Offer o JOIN o.partner p
        WHERE o.status = fr.catalogue.offer.OfferStatus.PUBLISHED AND (:category IS NULL OR o.category.code = :category)
          AND p.labelStatus IN (fr.catalogue.label.LabelStatus.GRANTED, fr.catalogue.label.LabelStatus.WARNED)
          AND NOT EXISTS (SELECT cv FROM StoredVerdict cv JOIN cv.specVersion v
                          WHERE cv.offerId = o.id AND cv.conforming = FALSE
                            AND v.status = fr.catalogue.specification.VersionStatus.PUBLISHED AND v.appliedAt IS NOT NULL)""")
@NamedQuery(name = Offer.FIND_PUBLISHED, query = """
        SELECT o FROM Offer o JOIN FETCH o.category JOIN FETCH o.partner p
        WHERE o.id = :id AND o.status = fr.catalogue.offer.OfferStatus.PUBLISHED
          AND p.labelStatus IN (fr.catalogue.label.LabelStatus.GRANTED, fr.catalogue.label.LabelStatus.WARNED)
          AND NOT EXISTS (SELECT cv FROM StoredVerdict cv JOIN cv.specVersion v
                          WHERE cv.offerId = o.id AND cv.conforming = FALSE
                            AND v.status = fr.catalogue.specification.VersionStatus.PUBLISHED AND v.appliedAt IS NOT NULL)""")
@NamedQuery(name = Offer.ROWS_OF_PARTNER, query = """
        SELECT NEW fr.catalogue.offer.PartnerOfferRow(o.id, o.title, c.name, o.priceExclVat, o.status, o.publishedAt,
            o.updatedAt)
        FROM Offer o JOIN o.category c
        WHERE o.partner.id = :partner ORDER BY o.updatedAt DESC, o.id DESC""")
@NamedQuery(name = Offer.COUNT_PUBLISHED_BY_CATEGORY, query = """
        SELECT NEW fr.catalogue.offer.CategoryCount(c.code, c.name, COUNT(o))
        FROM Category c LEFT JOIN Offer o ON o.category = c AND o.status = fr.catalogue.offer.OfferStatus.PUBLISHED
        GROUP BY c.code, c.name, c.position ORDER BY c.position""")
public class Offer {

    public static final String SUMMARIES_PUBLISHED = "Offer.findPublishedSummaries";
    public static final String COUNT_PUBLISHED = "Offer.countPublished";
    public static final String FIND_PUBLISHED = "Offer.findPublished";
    public static final String ROWS_OF_PARTNER = "Offer.findRowsOfPartner";
    public static final String COUNT_PUBLISHED_BY_CATEGORY = "Offer.countPublishedByCategory";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "partner_id")
    private Partner partner;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "category_code")
    private Category category;

    @Column(nullable = false, length = 200)
    private String title;

    @Lob
    @Column(nullable = false)
    private String description;

    @Column(name = "price_excl_vat", nullable = false, precision = 12, scale = 2)
    private BigDecimal priceExclVat;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private OfferStatus status;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    /** What the offer declares, criterion key by criterion key, as the partner typed it. */
    @ElementCollection
    @CollectionTable(name = "offer_attribute", joinColumns = @JoinColumn(name = "offer_id"))
    @MapKeyColumn(name = "attr_key", length = 60)
    @Column(name = "attr_value", length = 1000, nullable = false)
    private Map<String, String> attributes = new HashMap<>();

    /** R12: the structured price, one component per kind. */
    @ElementCollection
    @CollectionTable(name = "offer_price_component", joinColumns = @JoinColumn(name = "offer_id"))
    @MapKeyColumn(name = "component_key", length = 60)
    private Map<String, PricePart> pricing = new HashMap<>();

    /** R9: the Annex 3 services a competence centre covers, itself or through a partner. */
    @ElementCollection
    @CollectionTable(name = "offer_service", joinColumns = @JoinColumn(name = "offer_id"))
    @MapKeyColumn(name = "service_key", length = 60)
    @Column(name = "coverage", length = 12, nullable = false)
    @Enumerated(EnumType.STRING)
    private Map<String, ServiceCoverage> services = new HashMap<>();

    /** R15: pages of the partner's own site the offer links to, in the order given. */
    @ElementCollection
    @CollectionTable(name = "offer_link", joinColumns = @JoinColumn(name = "offer_id"))
    @OrderColumn(name = "position")
    @Column(name = "url", length = OfferRules.MAX_LINK_LENGTH, nullable = false)
    private List<String> links = new ArrayList<>();

    protected Offer() {
        // for JPA
    }

    /**
     * A new draft of a partner's offer. The content must have passed {@link OfferRules}; the
     * category is the one its code names.
     */
    public static Offer draft(Partner partner, Category category, OfferInput content, Instant now) {
        Offer offer = new Offer();
        offer.partner = Objects.requireNonNull(partner, "partner");
        offer.status = OfferStatus.DRAFT;
        offer.createdAt = now;
        offer.replaceContent(category, content, now);
        return offer;
    }

    /** Replaces what the offer says; its status does not change (the service judges a published one first). */
    public void revise(Category category, OfferInput content, Instant now) {
        replaceContent(category, content, now);
    }

    /** R11: goes on the catalogue (again); the service has judged it conforming beforehand. */
    public void publish(Instant now) {
        if (status == OfferStatus.PUBLISHED) {
            throw new BusinessException("Cette offre est déjà publiée : enregistrez vos modifications pour en publier"
                    + " une nouvelle version.");
        }
        status = OfferStatus.PUBLISHED;
        publishedAt = now;
        updatedAt = now;
    }

    /** Marks a new published version of an offer already on the catalogue (R14). */
    public void republish(Instant now) {
        if (status != OfferStatus.PUBLISHED) {
            throw new IllegalStateException("Only a published offer is published again");
        }
        publishedAt = now;
        updatedAt = now;
    }

    /** Leaves the catalogue; its published versions stay as evidence (R14). */
    public void withdraw(Instant now) {
        if (status != OfferStatus.PUBLISHED) {
            throw new BusinessException("Seule une offre publiée peut être retirée du catalogue.");
        }
        status = OfferStatus.WITHDRAWN;
        updatedAt = now;
    }

    /** Whether the offer was ever on the catalogue: then it may only be withdrawn, never deleted (R14). */
    public boolean wasEverPublished() {
        return publishedAt != null;
    }

    /** What the offer says, as it would be submitted again. */
    public OfferInput content() {
        Map<String, PriceComponent> components = new LinkedHashMap<>();
        new TreeMap<>(pricing).forEach((key, part) -> components.put(key, part.toComponent()));
        return new OfferInput(category.getCode(), title, description, priceExclVat, new TreeMap<>(attributes),
                components, new TreeMap<>(services), List.copyOf(links));
    }

    /** The offer's state for the audit trail: one readable value per field. */
    public Map<String, String> auditState() {
        Map<String, String> state = new LinkedHashMap<>();
        state.put("status", status.name());
        state.put("category", category.getCode());
        state.put("title", title);
        state.put("description", description);
        state.put("priceExclVat", priceExclVat.toPlainString());
        new TreeMap<>(attributes).forEach((key, value) -> state.put("attributes." + key, value));
        new TreeMap<>(pricing).forEach((key, part) -> {
            PriceComponent component = part.toComponent();
            state.put("pricing." + key, (component.amount() == null ? "" : component.amount().toPlainString() + " €")
                    + (component.unit() == null ? "" : " / " + component.unit())
                    + (component.description() == null ? "" : " — " + component.description()));
        });
        new TreeMap<>(services).forEach((key, coverage) -> state.put("services." + key, coverage.name()));
        if (!links.isEmpty()) {
            state.put("links", links.stream().collect(Collectors.joining(" ")));
        }
        return state;
    }

    private void replaceContent(Category category, OfferInput content, Instant now) {
        this.category = Objects.requireNonNull(category, "category");
        if (!category.getCode().equals(content.categoryCode())) {
            throw new IllegalArgumentException("Content of category " + content.categoryCode() + " given with "
                    + category.getCode());
        }
        title = content.title();
        description = content.description();
        priceExclVat = content.priceExclVat();
        // Changed in place: JPA then writes only the rows that differ.
        attributes.keySet().retainAll(content.attributes().keySet());
        attributes.putAll(content.attributes());
        pricing.clear();
        content.pricing().forEach((key, component) -> pricing.put(key, new PricePart(component)));
        services.keySet().retainAll(content.services().keySet());
        services.putAll(content.services());
        links.clear();
        links.addAll(content.links());
        updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Partner getPartner() {
        return partner;
    }

    public Category getCategory() {
        return category;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public BigDecimal getPriceExclVat() {
        return priceExclVat;
    }

    public OfferStatus getStatus() {
        return status;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    /** R15: the pages of the partner's own site the offer links to, in order. */
    public List<String> getLinks() {
        return List.copyOf(links);
    }

    /** The optimistic lock version (R7: two people editing the same offer). */
    public long getVersion() {
        return version;
    }

    /** The facts the conformance engine judges (R11). */
    public OfferFacts facts() {
        Map<String, PriceComponent> components = new HashMap<>();
        pricing.forEach((key, part) -> components.put(key, part.toComponent()));
        return new OfferFacts(attributes, components, services);
    }
}
