package fr.catalogue.opendata;

import jakarta.json.stream.JsonGenerator;

/**
 * The JSON form of the open data file, written as it goes: an object with the licence, the source
 * and {@code "offres"}, an array of objects whose names are the CSV's columns
 * ({@link OpenOfferCsv#COLUMNS}); the price is a JSON number, absent values are {@code null}.
 */
public final class OpenOfferJson {

    public static final String LICENCE = "Licence Ouverte / Open Licence 2.0 (Etalab)";
    public static final String LICENCE_URL = "https://www.etalab.gouv.fr/licence-ouverte-open-licence/";

    private OpenOfferJson() {
    }

    /** Opens the document: its metadata, then the array of offers. */
    public static void start(JsonGenerator json, String source, String generatedAt) {
        json.writeStartObject()
                .write("licence", LICENCE)
                .write("licence_url", LICENCE_URL)
                .write("source", source)
                .write("genere_le", generatedAt)
                .writeStartArray("offres");
    }

    public static void offer(JsonGenerator json, OpenOffer offer, String offerUrl) {
        json.writeStartObject().write("id", offer.id());
        text(json, "titre", offer.title());
        text(json, "description", offer.description());
        text(json, "categorie_code", offer.categoryCode());
        text(json, "categorie", offer.categoryName());
        text(json, "famille", offer.family());
        if (offer.priceExclVat() == null) {
            json.writeNull("prix_ht_eur");
        } else {
            json.write("prix_ht_eur", offer.priceExclVat());
        }
        json.write("partenaire_id", offer.partnerId());
        text(json, "partenaire", offer.partnerName());
        text(json, "partenaire_type", offer.partnerKind());
        text(json, "ville", offer.town());
        text(json, "code_postal", offer.postcode());
        text(json, "departement", offer.departmentCode());
        text(json, "site_web", offer.website());
        text(json, "publiee_le", offer.publishedAt() == null ? null : offer.publishedAt().toString());
        text(json, "modifiee_le", offer.updatedAt() == null ? null : offer.updatedAt().toString());
        text(json, "url", offerUrl);
        json.writeEnd();
    }

    /** Closes the array and the document. */
    public static void end(JsonGenerator json) {
        json.writeEnd().writeEnd();
    }

    private static void text(JsonGenerator json, String name, String value) {
        if (value == null) {
            json.writeNull(name);
        } else {
            json.write(name, value);
        }
    }
}
