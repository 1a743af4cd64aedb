package fr.catalogue.contact;

import java.time.YearMonth;

/** The views of one offer's page in one month. */
public record OfferViews(YearMonth month, String monthLabel, long offerId, String title, long views) {
}
