package fr.catalogue.contact;

import fr.catalogue.common.PageRequest;
import fr.catalogue.geo.Department;
import fr.catalogue.geo.Departments;
import fr.catalogue.label.LabelCaption;
import fr.catalogue.partner.Partner;
import fr.catalogue.search.OfferSearch;
import fr.catalogue.search.SearchQuery;
import fr.catalogue.search.SearchResult;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/**
 * The public page of a partner (R24): only for a partner holding the right of use (R18); its card
 * with the label's caption and state, its published offers (the catalogue's search, so the same
 * visibility rules), its rating summary and its published comments.
 */
@Stateless
public class PublicPartners {

    /** The offers a partner's page lists at most (a link to the search shows them all). */
    public static final int OFFERS_SHOWN = 50;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private OfferSearch search;

    @Inject
    private Ratings ratings;

    /** The page of a partner holding the right, or empty (unknown, withdrawn or expired). */
    @PermitAll
    public Optional<PublicPartner> find(long partnerId) {
        Partner partner = em.find(Partner.class, partnerId);
        if (partner == null || !partner.getLabelStatus().holdsRight()) {
            return Optional.empty();
        }
        PartnerCard card = new PartnerCard(partner.getId(), partner.getName(), partner.getKind().label(),
                partner.getTown(), partner.getPostcode(),
                Departments.ofPostcode(partner.getPostcode()).map(Department::displayName).orElse(null),
                partner.getWebsite(), LabelCaption.of(partner.getKind()).text(), partner.getLabelStatus().label());
        SearchResult offers = search.search(SearchQuery.builder().partner(partnerId)
                .page(new PageRequest(0, OFFERS_SHOWN)).build());
        return Optional.of(new PublicPartner(card, offers.page().items(), offers.page().total(),
                ratings.summaryOf(partnerId), ratings.publishedComments(partnerId)));
    }
}
