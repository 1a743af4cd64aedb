package fr.catalogue.campaign;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJBException;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Opens the review campaign of each period (R17, {@code catalogue.campaign.months}): a persistent
 * timer checks every morning (French time) that the current period has its campaign and opens it
 * otherwise — on the period's first day, or the first morning the application runs in it. It may
 * fire twice or on two servers: {@link Campaigns#openDue()} lets one opening through (the period's
 * unique key), so no lock here; calls run concurrently on purpose.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CampaignTimer {

    private static final Logger LOG = Logger.getLogger(CampaignTimer.class.getName());

    @Inject
    private Campaigns campaigns;

    /** Reads the settings at start-up: a wrong value stops the deployment with the setting's name. */
    @PostConstruct
    void start() {
        LOG.info("Review campaigns: " + campaigns.settings() + ", period now " + campaigns.currentPeriod().code());
    }

    @Schedule(hour = "6", minute = "0", timezone = CampaignSettings.TIME_ZONE, persistent = true,
            info = "review campaign of the period")
    void daily() {
        if (!campaigns.settings().automatic()) {
            return;
        }
        openDue();
    }

    /**
     * Opens the current period's campaign unless it has one.
     *
     * @return the campaign opened, empty when the period had one (or the opening failed: logged, retried tomorrow)
     */
    public Optional<Long> openDue() {
        try {
            return campaigns.openDue();
        } catch (EJBException e) {
            LOG.log(Level.SEVERE, "Could not open the review campaign; the timer tries again tomorrow", e);
            return Optional.empty();
        }
    }
}
