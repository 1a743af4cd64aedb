package fr.catalogue.search;

import fr.catalogue.platform.SchemaMigration;
import fr.catalogue.specification.SpecificationService;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.apache.lucene.store.MMapDirectory;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * This server's search index (each server instance keeps its own): built from the database when
 * the application starts, in the background ({@link SearchIndexStartup}); kept current by the
 * {@link CatalogueChange}s of this server once they commit; and reconciled with the database every
 * few minutes ({@code catalogue.search.reconcile-minutes}), which brings in what other servers
 * changed and repairs anything missed.
 *
 * <p>Until the first build is done, {@code /health/ready} says DOWN ({@link SearchReadiness}) and
 * a search waits for it at most {@code catalogue.search.wait-seconds}, then is refused
 * ({@link SearchUnavailableException}). Changes arriving during a build are queued and applied
 * after it. One writer at a time (this object's lock); searches never wait for writers.
 */
@ApplicationScoped
public class SearchIndex {

    private static final Logger LOG = Logger.getLogger(SearchIndex.class.getName());

    /** Where the index stands. */
    public enum State { BUILDING, READY, FAILED }

    @Resource(lookup = SchemaMigration.DATA_SOURCE)
    private DataSource dataSource;

    @Resource
    private ManagedExecutorService executor;

    @Resource
    private ManagedScheduledExecutorService scheduler;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "catalogue.search.wait-seconds", defaultValue = "60")
    private int waitSeconds;

    @Inject
    @ConfigProperty(name = "catalogue.search.reconcile-minutes", defaultValue = "5")
    private int reconcileMinutes;

    /**
     * How many searches run at once (0: half the server's processors, at least one: about half of
     * a search request's work is outside Lucene — HTTP, JSON, the page — and runs meanwhile). The
     * others wait their turn, first come first served, instead of sharing the processors: each
     * search then ends as soon as it can, and a long one no longer slows down every other
     * (docs/performance.md).
     */
    @Inject
    @ConfigProperty(name = "catalogue.search.concurrency", defaultValue = "0")
    private int concurrency;

    private Semaphore running;

    private Path directory;
    private OfferIndex index;
    private final CountDownLatch built = new CountDownLatch(1);
    private volatile State state = State.BUILDING;
    private volatile int offers;
    private volatile Instant builtAt;
    private volatile Duration buildTime;
    private ScheduledFuture<?> reconciliation;

    /** Guards the writes: changes, builds and reconciliations happen one at a time, in order. */
    private final Object writeLock = new Object();
    private boolean building = true;
    private final List<CatalogueChange> pending = new ArrayList<>();
    private Map<Long, String> signatures = Map.of();
    private Map<String, List<CriterionFacet>> criteria = Map.of();

    @PostConstruct
    void open() {
        running = new Semaphore(concurrency > 0 ? concurrency : Math.max(1, Runtime.getRuntime().availableProcessors() / 2),
                true);
        try {
            // rebuilt at every start: a fresh temporary directory, memory-mapped, off the heap
            directory = Files.createTempDirectory("catalogue-search-");
            index = new OfferIndex(new MMapDirectory(directory));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @PreDestroy
    void close() {
        if (reconciliation != null) {
            reconciliation.cancel(false);
        }
        try {
            index.close();
            try (Stream<Path> files = Files.walk(directory)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not remove the search index at " + directory, e);
        }
    }

    /** Starts the first build in the background and schedules the reconciliations. */
    void startBuilding() {
        executor.submit(this::build);
        if (reconcileMinutes > 0) {
            reconciliation = scheduler.scheduleWithFixedDelay(this::reconcileQuietly, reconcileMinutes, reconcileMinutes,
                    TimeUnit.MINUTES);
        }
    }

    private void build() {
        long start = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            OfferSource source = new OfferSource(connection);
            Map<String, List<CriterionFacet>> inForce = source.criteriaInForce(today());
            index.useCriteria(inForce);
            // read before the offers: whatever commits after this is queued as a change (or reconciled)
            Map<Long, String> read = source.signatures();
            index.clear();
            int count = source.all(index::add);
            index.compact();
            index.refresh();
            synchronized (writeLock) {
                criteria = inForce;
                signatures = read;
                building = false;
                for (CatalogueChange change : pending) {
                    apply(source, change);
                }
                pending.clear();
                index.refresh();
            }
            offers = index.size();
            buildTime = Duration.ofNanos(System.nanoTime() - start);
            builtAt = clock.instant();
            state = State.READY;
            LOG.info(() -> "Search index built: " + count + " offers in " + buildTime.toMillis() + " ms");
        } catch (SQLException | RuntimeException e) {
            state = State.FAILED;
            LOG.log(Level.SEVERE, "Could not build the search index", e);
        } finally {
            built.countDown();
        }
    }

    /**
     * Follows a committed change: the offers concerned are read again from the database and
     * replaced in the index, or removed when the catalogue no longer shows them. Returns once the
     * change is visible to searches (queued while the first build runs).
     */
    public void changed(CatalogueChange change) {
        synchronized (writeLock) {
            if (building) {
                pending.add(change);
                return;
            }
            try (Connection connection = dataSource.getConnection()) {
                apply(new OfferSource(connection), change);
                index.refresh();
                offers = index.size();
            } catch (SQLException e) {
                // the next reconciliation repairs it
                LOG.log(Level.WARNING, "Could not follow " + change + " in the search index", e);
            }
        }
    }

    private void apply(OfferSource source, CatalogueChange change) throws SQLException {
        if (change.categoryCode() != null) {
            criteria = source.criteriaInForce(today());
            index.useCriteria(criteria);
            index.removeCategory(change.categoryCode());
            source.ofCategory(change.categoryCode()).forEach(index::put);
        }
        if (change.partnerId() != null) {
            index.removePartner(change.partnerId());
            source.ofPartner(change.partnerId()).forEach(index::put);
        }
        if (!change.offerIds().isEmpty()) {
            change.offerIds().forEach(index::remove);
            source.offers(change.offerIds()).forEach(index::put);
        }
    }

    private void reconcileQuietly() {
        try {
            reconcile();
        } catch (RuntimeException | SQLException e) {
            LOG.log(Level.WARNING, "Search index reconciliation failed", e);
        }
    }

    /**
     * Compares the index with the database and repairs the differences: offers that appeared,
     * changed (their version or their partner's), left the catalogue, or whose category's
     * specification in force changed.
     *
     * @return how many offers were re-read or removed
     */
    public int reconcile() throws SQLException {
        synchronized (writeLock) {
            if (building) {
                return 0;
            }
            try (Connection connection = dataSource.getConnection()) {
                OfferSource source = new OfferSource(connection);
                Map<String, List<CriterionFacet>> inForce = source.criteriaInForce(today());
                Set<String> categoriesChanged = new HashSet<>();
                Set<String> codes = new HashSet<>(inForce.keySet());
                codes.addAll(criteria.keySet());
                for (String code : codes) {
                    if (!inForce.getOrDefault(code, List.of()).equals(criteria.getOrDefault(code, List.of()))) {
                        categoriesChanged.add(code);
                    }
                }
                criteria = inForce;
                index.useCriteria(inForce);
                for (String code : categoriesChanged) {
                    index.removeCategory(code);
                    source.ofCategory(code).forEach(index::put);
                }
                Map<Long, String> now = source.signatures();
                List<Long> differing = new ArrayList<>();
                signatures.forEach((id, signature) -> {
                    if (!signature.equals(now.get(id))) {
                        differing.add(id);
                    }
                });
                now.forEach((id, signature) -> {
                    if (!signatures.containsKey(id)) {
                        differing.add(id);
                    }
                });
                if (!differing.isEmpty()) {
                    differing.forEach(index::remove);
                    source.offers(differing).forEach(index::put);
                }
                signatures = new HashMap<>(now);
                index.refresh();
                offers = index.size();
                if (!differing.isEmpty() || !categoriesChanged.isEmpty()) {
                    LOG.info(() -> "Search index reconciled: " + differing.size() + " offers, categories "
                            + categoriesChanged);
                }
                return differing.size();
            }
        }
    }

    /** The search, once the index is built. */
    public SearchResult search(SearchQuery query) {
        OfferIndex ready = ready();
        try {
            running.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SearchUnavailableException("La recherche a été interrompue.");
        }
        try {
            return ready.search(query);
        } finally {
            running.release();
        }
    }

    private OfferIndex ready() {
        try {
            if (!built.await(waitSeconds, TimeUnit.SECONDS)) {
                throw new SearchUnavailableException("La recherche se prépare après le démarrage du serveur :"
                        + " réessayez dans un instant.");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SearchUnavailableException("La recherche a été interrompue.");
        }
        if (state == State.FAILED) {
            throw new SearchUnavailableException("La recherche est momentanément indisponible.");
        }
        return index;
    }

    /** The criteria facets of a category's specification in force (empty when none). */
    public List<CriterionFacet> criteriaOf(String categoryCode) {
        return index.criteriaOf(categoryCode);
    }

    public State state() {
        return state;
    }

    /** How many offers searches see. */
    public int offers() {
        return offers;
    }

    /** When the first build ended and how long it took (null before). */
    public Instant builtAt() {
        return builtAt;
    }

    public Duration buildTime() {
        return buildTime;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(SpecificationService.LABEL_ZONE));
    }
}
