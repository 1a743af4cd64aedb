package fr.catalogue.linkcheck;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJBException;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Checks every published link every day at {@code catalogue.linkcheck.daily-at} (French time) when
 * {@code catalogue.linkcheck.daily} is true, and lets one run over every link go at a time, whoever
 * asks (the daily timer, a reviewer, a review campaign): a second request while one runs is
 * refused, not queued, since the run going on checks the same links. The timer is programmatic and
 * not persistent, so its time is a setting and no timer outlives a deployment (a run missed while
 * the application was stopped is not made up: the next day's checks every link anyway).
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class LinkCheckTimer {

    private static final Logger LOG = Logger.getLogger(LinkCheckTimer.class.getName());

    @Inject
    private LinkCrawlerHolder holder;

    @Inject
    private LinkCheckRuns runs;

    @Resource
    private TimerService timers;

    @Resource
    private SessionContext context;

    private final AtomicBoolean running = new AtomicBoolean();

    @PostConstruct
    void start() {
        LinkCheckSettings settings = holder.settings();
        if (!settings.daily()) {
            LOG.info("Daily link check is off (" + LinkCheckSettings.DAILY + "=false)");
            return;
        }
        ScheduleExpression daily = new ScheduleExpression().hour(settings.dailyAt().getHour())
                .minute(settings.dailyAt().getMinute()).second(0).timezone(LinkCheckSettings.TIME_ZONE);
        timers.createCalendarTimer(daily, new TimerConfig("daily link check", false));
        LOG.info("Daily link check at " + settings.dailyAt() + " " + LinkCheckSettings.TIME_ZONE);
    }

    @Timeout
    void daily() {
        runAll(CheckTrigger.DAILY, null);
    }

    /**
     * Checks every published link now, in the caller's thread, unless a run is going on.
     * Review campaigns (issue 6) call it with {@link CheckTrigger#CAMPAIGN}.
     *
     * @return what the run did, empty when another run was going on
     */
    public Optional<RunSummary> runAll(CheckTrigger trigger, String requestedBy) {
        if (!running.compareAndSet(false, true)) {
            LOG.info("Link check run " + trigger + " skipped: another run is going on");
            return Optional.empty();
        }
        try {
            return Optional.of(runs.checkAllPublished(trigger, requestedBy));
        } catch (EJBException | IllegalStateException e) {
            LOG.log(Level.SEVERE, "Link check run " + trigger + " failed; the next one checks every link again", e);
            return Optional.empty();
        } finally {
            running.set(false);
        }
    }

    /**
     * Starts a run over every published link in the background (a reviewer's "check every link
     * now"); the caller does not wait.
     *
     * @return false when a run is already going on (nothing started)
     */
    public boolean startAll(CheckTrigger trigger, String requestedBy) {
        if (running.get()) {
            return false;
        }
        context.getBusinessObject(LinkCheckTimer.class).runInBackground(trigger, requestedBy);
        return true;
    }

    /** {@link #runAll} in a thread of the container's; for {@link #startAll} only. */
    @Asynchronous
    public void runInBackground(CheckTrigger trigger, String requestedBy) {
        runAll(trigger, requestedBy);
    }

    /** Whether a run over every link is going on. */
    public boolean isRunning() {
        return running.get();
    }
}
