package fr.catalogue.linkcheck;

import fr.catalogue.offer.OfferPublished;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * R15: once a publication has committed (never for one rolled back), the offer's links are checked
 * in the background, so publishing never waits for the partner's site. A plain CDI bean, not an
 * EJB: an enterprise bean observing after the transaction would have the container suspend and
 * resume a transaction already completed, which it refuses.
 */
@ApplicationScoped
public class PublicationListener {

    @Inject
    private LinkCheckRuns runs;

    void onPublished(@Observes(during = TransactionPhase.AFTER_SUCCESS) OfferPublished event) {
        runs.checkOfferLinks(event.offerId()); // @Asynchronous: returns at once
    }
}
