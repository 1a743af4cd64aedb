package fr.catalogue.specification;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Brings due versions into force (R5): every day just after midnight in France, and once shortly
 * after start-up (for versions whose day came while the application was stopped). Each version is
 * applied in its own transaction; {@link SpecificationRollout#apply} skips one already applied, so a
 * timer that fires twice, or on two servers, does the work once.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SpecificationRolloutTimer {

    private static final Logger LOG = Logger.getLogger(SpecificationRolloutTimer.class.getName());

    @Inject
    private SpecificationRollout rollout;

    @Resource
    private TimerService timers;

    @PostConstruct
    void scheduleCatchUp() {
        // Not during deployment itself: the first requests must not wait for it.
        timers.createSingleActionTimer(5_000, new TimerConfig("catch-up after start", false));
    }

    @Schedule(hour = "0", minute = "5", timezone = "Europe/Paris", persistent = true, info = "daily rollout")
    void daily() {
        applyDue();
    }

    @Timeout
    void afterStart() {
        applyDue();
    }

    /** A version published for today comes into force as soon as its publication commits. */
    public void onPublished(@Observes(during = TransactionPhase.AFTER_SUCCESS) VersionPublished event) {
        applyDue();
    }

    /** Applies every due version; one that fails is logged and retried at the next run. */
    public void applyDue() {
        for (Long versionId : rollout.findDue()) {
            try {
                rollout.apply(versionId);
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "Could not bring specification version " + versionId + " into force", e);
            }
        }
    }
}
