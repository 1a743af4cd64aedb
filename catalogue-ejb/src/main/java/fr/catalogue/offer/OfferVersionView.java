package fr.catalogue.offer;

import java.time.Instant;

/**
 * One published version of an offer, kept as evidence (R14).
 *
 * @param number from 1, in publication order
 * @param publishedAt when this version went on the catalogue
 * @param until when it left it (replaced or withdrawn); null: the one on the catalogue now
 * @param specificationVersion the version of the category's specification it was judged against (R5)
 * @param content what the offer said during that period
 */
public record OfferVersionView(int number, Instant publishedAt, Instant until, int specificationVersion,
        OfferInput content) {
}
