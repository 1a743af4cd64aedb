package fr.catalogue.search;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The index follows each change once it has committed (never one rolled back). The work runs on a
 * managed thread, outside the completed transaction, and the caller waits for it (bounded): when a
 * partner's "Publier" returns, the search already shows the offer.
 */
@ApplicationScoped
public class SearchIndexUpdates {

    private static final Logger LOG = Logger.getLogger(SearchIndexUpdates.class.getName());
    private static final long WAIT_SECONDS = 30;

    @Inject
    private SearchIndex index;

    @Resource
    private ManagedExecutorService executor;

    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) CatalogueChange change) {
        try {
            executor.submit(() -> index.changed(change)).get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // the change is committed; the periodic reconciliation brings the index up to date
            LOG.log(Level.WARNING, "The search index did not follow " + change + " at once", e);
        }
    }
}
