package fr.catalogue.label;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.function.LongPredicate;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every day, in France's early morning: presumes the receipts, withdraws the rights whose notice's
 * deadline passed (R18) and expires them at the operation's end (R22). A persistent timer, so a
 * run missed while the server was down happens at start-up. Each notice and each partner is
 * handled in its own transaction.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class LabelTimer {

    private static final Logger LOG = Logger.getLogger(LabelTimer.class.getName());

    /** What one run did. */
    public record DailyRun(int presumed, int withdrawn, int expired) {
    }

    @Inject
    private LabelLifecycle lifecycle;

    @Schedule(hour = "0", minute = "20", timezone = "Europe/Paris", persistent = true, info = "daily label lifecycle")
    void daily() {
        DailyRun run = runDaily();
        LOG.info(() -> "Label lifecycle: " + run);
    }

    /** The daily work, also for tests that move the clock (never sleep). */
    public DailyRun runDaily() {
        int presumed = 0;
        try {
            presumed = lifecycle.presumeReceipts();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Could not presume the receipts of notices", e);
        }
        int withdrawn = each(lifecycle.findPastDeadline(), lifecycle::withdrawAtDeadline, "withdraw at the deadline of notice");
        int expired = each(lifecycle.findToExpire(), lifecycle::expire, "expire the right of partner");
        return new DailyRun(presumed, withdrawn, expired);
    }

    private static int each(List<Long> ids, LongPredicate step, String what) {
        int done = 0;
        for (long id : ids) {
            try {
                if (step.test(id)) {
                    done++;
                }
            } catch (RuntimeException e) {
                // another server did it meanwhile (optimistic lock), or a real failure: retried tomorrow
                LOG.log(Level.WARNING, "Could not " + what + " " + id, e);
            }
        }
        return done;
    }
}
