package fr.catalogue.mail;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJBException;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * Reads the outbox every {@code catalogue.mail.poll-interval} and hands the due messages, oldest
 * first and a bounded batch at a time, to {@link OutboxDelivery}. The timer is programmatic and
 * not persistent, so the interval is a setting and no timer outlives a deployment. With no
 * {@code catalogue.smtp.host} configured it sends nothing: messages wait in the outbox.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxDeliveryTimer {

    private static final Logger LOG = Logger.getLogger(OutboxDeliveryTimer.class.getName());

    @Inject
    private Config config;

    @Inject
    private OutboxDelivery delivery;

    @Resource
    private TimerService timers;

    private final AtomicBoolean running = new AtomicBoolean();
    private MailSettings settings;
    private MailSender sender;

    @PostConstruct
    void start() {
        settings = MailSettings.read(key -> config.getOptionalValue(key, String.class));
        if (!settings.enabled()) {
            LOG.info("E-mail delivery is off (no " + MailSettings.HOST + "): messages wait in the outbox");
            return;
        }
        sender = new SmtpMailSender(settings);
        long interval = settings.pollInterval().toMillis();
        timers.createIntervalTimer(interval, interval, new TimerConfig("outbox delivery", false));
        LOG.info("E-mail delivery on: " + settings);
    }

    @Timeout
    void poll() {
        deliverDue();
    }

    /**
     * Delivers what is due now, batch after batch while whole batches come back; one round at a
     * time (a slow server never piles rounds up). Does nothing when delivery is off.
     */
    public void deliverDue() {
        if (sender == null || !running.compareAndSet(false, true)) {
            return;
        }
        try {
            int handled;
            do {
                var due = delivery.findDue(settings.batchSize());
                handled = 0;
                for (Long id : due) {
                    if (delivery.deliver(id, sender, settings.retry()) != OutboxDelivery.Outcome.SKIPPED) {
                        handled++;
                    }
                }
                // a whole batch handled: more may be due right now
            } while (handled == settings.batchSize() && handled > 0);
        } catch (EJBException e) {
            LOG.log(Level.SEVERE, "Outbox delivery round failed; it runs again at the next interval", e);
        } finally {
            running.set(false);
        }
    }
}
