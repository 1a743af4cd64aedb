package fr.catalogue.linkcheck;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The application's own runs of the two-click checker (R15) and of the presence search (R16):
 * after a publication, and over every published link (daily, on a reviewer's request, in a review
 * campaign). The crawl never runs inside a transaction (a slow site must not hold a database
 * transaction or its locks open): results are written by {@link LinkCheckStore}, in short
 * transactions, batch after batch. No role is checked here: nothing a user sends reaches these
 * methods directly; {@link LinkChecks} checks the caller first.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class LinkCheckRuns {

    private static final Logger LOG = Logger.getLogger(LinkCheckRuns.class.getName());
    /** Checks written per transaction in a run over every link. */
    static final int BATCH = 50;

    @Inject
    private LinkCrawlerHolder holder;

    @Inject
    private LinkCheckStore store;

    @Inject
    private Clock clock;

    /**
     * Checks every link of a published offer (trigger PUBLISH), once its publication has committed
     * ({@link PublicationListener}) and, when its partner declared a
     * website, searches the offer from there (R16, advisory). In the background; a failure is
     * logged, the next daily run checks the links again. Nothing for an offer no longer published.
     */
    @Asynchronous
    public void checkOfferLinks(long offerId) {
        try {
            store.publishedTarget(offerId).ifPresent(this::check);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The link check of offer " + offerId + " failed; the daily run checks it again", e);
        }
    }

    private void check(LinkCheckStore.Target target) {
        LinkCrawler.Run run = holder.crawler().newRun();
        if (!target.links().isEmpty()) {
            store.recordAll(run.checkAll(target.links()).values(), CheckTrigger.PUBLISH, null);
        }
        if (target.website() != null && !target.website().isBlank()) {
            PresenceCheck presence = run.findOffer(target.website(), offerPage(target.offerId()), target.title());
            store.recordPresence(target.offerId(), presence);
        }
    }

    /**
     * Checks every distinct link of every published offer in ONE crawler run, so that a page shared
     * by many offers (or reached on the way by many checks) is fetched once; results are stored
     * {@value #BATCH} at a time, each batch in its own short transaction. Runs in the caller's
     * thread and returns when done.
     *
     * <p>Used by the daily run and a reviewer's "check every link now" (through {@link LinkCheckTimer},
     * which lets one run at a time), and meant for review campaigns (R17, issue 6): a campaign calls
     * {@code LinkCheckTimer.runAll(CheckTrigger.CAMPAIGN, …)}, or this method directly when it keeps its own
     * guard, then reads the standings ({@link LinkChecks#findLinks}).
     *
     * @param requestedBy the user code of who asked, null for the application's own runs
     */
    public RunSummary checkAllPublished(CheckTrigger trigger, String requestedBy) {
        Instant startedAt = clock.instant();
        List<String> urls = store.publishedLinks();
        Map<LinkVerdict, Integer> verdicts = new EnumMap<>(LinkVerdict.class);
        LinkCrawler.Run run = holder.crawler().newRun();
        int checked = 0;
        for (List<String> batch : batches(urls, BATCH)) {
            Map<String, LinkCheck> results = run.checkAll(batch);
            try {
                store.recordAll(results.values(), trigger, requestedBy);
                checked += results.size();
                results.values().forEach(check -> verdicts.merge(check.verdict(), 1, Integer::sum));
            } catch (RuntimeException e) {
                // one batch lost (e.g. a deadlock with a check on demand): the next run checks them again
                LOG.log(Level.WARNING, "Could not store a batch of " + batch.size() + " link checks", e);
            }
        }
        RunSummary summary = new RunSummary(trigger, checked, verdicts, startedAt, clock.instant());
        LOG.info("Link check run " + trigger + ": " + summary.checked() + " of " + urls.size() + " addresses, "
                + summary.verdicts() + ", in " + summary.duration());
        return summary;
    }

    /** The catalogue page of an offer, which the partner's site should link to (R16). */
    String offerPage(long offerId) {
        return offerPage(holder.crawlSettings().publicUrl(), offerId);
    }

    static String offerPage(URI publicUrl, long offerId) {
        String base = publicUrl.toString();
        return (base.endsWith("/") ? base : base + "/") + "offre.xhtml?id=" + offerId;
    }

    static List<List<String>> batches(List<String> urls, int size) {
        List<List<String>> batches = new ArrayList<>();
        for (int i = 0; i < urls.size(); i += size) {
            batches.add(urls.subList(i, Math.min(urls.size(), i + size)));
        }
        return batches;
    }
}
