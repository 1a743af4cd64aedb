package fr.catalogue.offer;

import fr.catalogue.specification.PriceComponent;
import fr.catalogue.specification.ServiceCoverage;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonValue;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One published version of an offer, kept as evidence (R14): what it said, from when until when
 * it was on the catalogue, and the version of the specification it was judged against (R5).
 * Written when an offer is published or a published offer changes; only its end date ever changes.
 */
@Entity
@Table(name = "offer_version")
@NamedQuery(name = OfferVersion.OF_OFFER, query = """
        SELECT v FROM OfferVersion v WHERE v.offer.id = :offer ORDER BY v.number DESC""")
@NamedQuery(name = OfferVersion.CURRENT, query = """
        SELECT v FROM OfferVersion v WHERE v.offer.id = :offer AND v.until IS NULL""")
@NamedQuery(name = OfferVersion.LAST_NUMBER, query = """
        SELECT MAX(v.number) FROM OfferVersion v WHERE v.offer.id = :offer""")
public class OfferVersion {

    public static final String OF_OFFER = "OfferVersion.findOfOffer";
    public static final String CURRENT = "OfferVersion.findCurrent";
    public static final String LAST_NUMBER = "OfferVersion.lastNumber";

    private static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of());

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "offer_id", updatable = false)
    private Offer offer;

    @Column(nullable = false, updatable = false)
    private int number;

    @Column(name = "published_at", nullable = false, updatable = false)
    private Instant publishedAt;

    @Column(name = "valid_until")
    private Instant until;

    @Column(name = "spec_version", nullable = false, updatable = false)
    private int specificationVersion;

    @Column(name = "category_code", nullable = false, length = 40, updatable = false)
    private String categoryCode;

    @Column(nullable = false, length = OfferRules.MAX_TITLE_LENGTH, updatable = false)
    private String title;

    @Lob
    @Column(nullable = false, updatable = false)
    private String description;

    @Column(name = "price_excl_vat", nullable = false, precision = 12, scale = 2, updatable = false)
    private BigDecimal priceExclVat;

    @Lob
    @Column(nullable = false, updatable = false)
    private String content;

    protected OfferVersion() {
        // for JPA
    }

    /** The version of an offer published now, judged against {@code specificationVersion}. */
    static OfferVersion of(Offer offer, int number, int specificationVersion, Instant now) {
        OfferInput snapshot = offer.content();
        OfferVersion version = new OfferVersion();
        version.offer = offer;
        version.number = number;
        version.publishedAt = now;
        version.specificationVersion = specificationVersion;
        version.categoryCode = snapshot.categoryCode();
        version.title = snapshot.title();
        version.description = snapshot.description();
        version.priceExclVat = snapshot.priceExclVat();
        version.content = OfferContentJson.write(snapshot);
        return version;
    }

    /** The version leaves the catalogue: replaced by a newer one, or the offer withdrawn. */
    void close(Instant now) {
        if (until == null) {
            until = now;
        }
    }

    public int getNumber() {
        return number;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public Instant getUntil() {
        return until;
    }

    public OfferVersionView view() {
        Map<String, String> attributes = new LinkedHashMap<>();
        Map<String, PriceComponent> pricing = new LinkedHashMap<>();
        Map<String, ServiceCoverage> services = new LinkedHashMap<>();
        List<String> links = new ArrayList<>();
        JsonObject json;
        try (JsonReader reader = READERS.createReader(new StringReader(content))) {
            json = reader.readObject();
        }
        json.getJsonObject("attributes").forEach((key, value) -> attributes.put(key, text(value)));
        json.getJsonObject("pricing").forEach((key, value) -> {
            JsonObject component = value.asJsonObject();
            String amount = text(component.get("amount"));
            pricing.put(key, new PriceComponent(amount == null ? null : new BigDecimal(amount),
                    text(component.get("unit")), text(component.get("description"))));
        });
        json.getJsonObject("services").forEach((key, value) -> services.put(key, ServiceCoverage.valueOf(text(value))));
        json.getJsonArray("links").forEach(value -> links.add(text(value)));
        return new OfferVersionView(number, publishedAt, until, specificationVersion, new OfferInput(categoryCode,
                title, description, priceExclVat, attributes, pricing, services, links));
    }

    private static String text(JsonValue value) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        return value.getValueType() == JsonValue.ValueType.STRING ? ((jakarta.json.JsonString) value).getString()
                : value.toString();
    }
}
