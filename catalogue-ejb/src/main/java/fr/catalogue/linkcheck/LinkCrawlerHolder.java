package fr.catalogue.linkcheck;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * The one {@link LinkCrawler} of the application: it owns the HTTP client and its threads, and its
 * per-host limits only hold if every check goes through it. Created at start-up from the
 * configuration (a bad setting stops the deployment with the setting's name, rather than failing
 * at 03:30), closed when the application stops.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class LinkCrawlerHolder {

    private static final Logger LOG = Logger.getLogger(LinkCrawlerHolder.class.getName());

    @Inject
    private Config config;

    @Inject
    private Clock clock;

    private CrawlSettings crawlSettings;
    private LinkCheckSettings settings;
    private LinkCrawler crawler;

    @PostConstruct
    void start() {
        crawlSettings = CrawlSettings.read(key -> config.getOptionalValue(key, String.class));
        settings = LinkCheckSettings.read(key -> config.getOptionalValue(key, String.class));
        crawler = new LinkCrawler(crawlSettings, clock);
        LOG.info("Two-click checker ready: " + crawlSettings + "; " + settings);
    }

    @PreDestroy
    void stop() {
        if (crawler != null) {
            crawler.close();
        }
    }

    /** The crawler, shared by every check of the application (thread-safe). */
    public LinkCrawler crawler() {
        return crawler;
    }

    public CrawlSettings crawlSettings() {
        return crawlSettings;
    }

    public LinkCheckSettings settings() {
        return settings;
    }
}
