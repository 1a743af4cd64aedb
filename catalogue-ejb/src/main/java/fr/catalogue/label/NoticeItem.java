package fr.catalogue.label;

/**
 * One finding a notice lists, and the change it requires (R17, R18).
 *
 * @param offerId the offer concerned, or {@code null} for the partner as a whole (e.g. its profile)
 * @param findingId the campaign's finding, when the item comes from one
 * @param kind the kind of finding (SPECIFICATION, TWO_CLICK, PROFILE, PRICE, LOGO, OTHER)
 * @param text what was found
 * @param requiredChange what the partner must change
 */
public record NoticeItem(Long offerId, Long findingId, String kind, String text, String requiredChange) {
}
