package fr.catalogue.campaign;

import fr.catalogue.audit.AuditTrail;
import fr.catalogue.audit.Change;
import fr.catalogue.common.BusinessException;
import fr.catalogue.common.InvalidInputException;
import fr.catalogue.common.Page;
import fr.catalogue.common.PageRequest;
import fr.catalogue.common.ResourceNotFoundException;
import fr.catalogue.label.NoticeItem;
import fr.catalogue.label.Notices;
import fr.catalogue.platform.SchemaMigration;
import fr.catalogue.security.Role;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;

/**
 * The bi-monthly review (R17): opens the period's campaign (the timer, or a reviewer) exactly once,
 * runs the automatic checks in SQL ({@link CampaignChecks}), lets reviewers confirm or dismiss the
 * findings (optimistic locking: nothing overwritten) and add their own, and closes the campaign,
 * sending each partner with confirmed findings one notice (R18). Reviewers and administrators
 * only, except {@link #openDue()} which is the timer's. Every state change is audited.
 */
@Stateless
@RolesAllowed({Role.REVIEWER_NAME, Role.ADMIN_NAME})
public class Campaigns {

    private static final Logger LOG = Logger.getLogger(Campaigns.class.getName());
    static final ZoneId ZONE = ZoneId.of(CampaignSettings.TIME_ZONE);

    @PersistenceContext
    private EntityManager em;

    @Resource(lookup = SchemaMigration.DATA_SOURCE)
    private DataSource dataSource;

    @Resource
    private SessionContext context;

    @Inject
    private Clock clock;

    @Inject
    private AuditTrail audit;

    @Inject
    private Config config;

    @Inject
    private Notices notices;

    private CampaignSettings settings;

    @PostConstruct
    void readSettings() {
        settings = CampaignSettings.read(key -> config.getOptionalValue(key, String.class));
    }

    /** The settings in force (cadence, profile age). */
    @PermitAll
    public CampaignSettings settings() {
        return settings;
    }

    /**
     * The timer's entry point: opens the campaign of the current period unless it has one. Safe to
     * run twice, concurrently or on two servers: the period's unique key lets one opening through.
     *
     * @return the campaign opened, empty when the period already had one
     */
    @PermitAll
    public Optional<Long> openDue() {
        CampaignPeriod period = currentPeriod();
        if (findOfPeriod(period.code()).isPresent()) {
            return Optional.empty();
        }
        return open(period, AuditTrail.SYSTEM, true);
    }

    /**
     * A reviewer opens the current period's campaign now (R17: "a reviewer may open one").
     *
     * @throws BusinessException when the period already has its campaign
     */
    public long openNow() {
        CampaignPeriod period = currentPeriod();
        String refusal = "La période " + period.label() + " a déjà sa campagne : une seule campagne par période.";
        if (findOfPeriod(period.code()).isPresent()) {
            throw new BusinessException(refusal);
        }
        return open(period, callerName(), false).orElseThrow(() -> new BusinessException(refusal));
    }

    private Optional<Long> open(CampaignPeriod period, String by, boolean bySystem) {
        Instant now = clock.instant();
        ZonedDateTime local = now.atZone(ZONE);
        Instant profileCutOff = local.minusMonths(settings.profileMaxAgeMonths()).toInstant();
        try (Connection connection = dataSource.getConnection()) {
            CampaignChecks checks = new CampaignChecks(connection);
            OptionalLong id = checks.insertCampaign(period.code(), now, by);
            if (id.isEmpty()) {
                LOG.info("Campaign " + period.code() + " not opened: the period has one");
                return Optional.empty();
            }
            long started = System.nanoTime();
            CampaignChecks.Counts counts = checks.run(id.getAsLong(), now, profileCutOff, local.toLocalDate());
            LOG.info("Campaign " + period.code() + " opened by " + by + ": " + counts + " in "
                    + (System.nanoTime() - started) / 1_000_000 + " ms");
            Map<String, String> after = new LinkedHashMap<>();
            after.put("period", period.code());
            after.put("status", CampaignStatus.OPEN.name());
            after.put("offers", String.valueOf(counts.offers()));
            after.put("specificationFindings", String.valueOf(counts.specification()));
            after.put("twoClickFindings", String.valueOf(counts.twoClick()));
            after.put("profileFindings", String.valueOf(counts.profile()));
            Change change = Change.of("CAMPAIGN", id.getAsLong(), null, "CAMPAIGN_OPEN", Map.of(), after);
            if (bySystem) {
                audit.recordBySystem(change);
            } else {
                audit.record(change);
            }
            return Optional.of(id.getAsLong());
        } catch (SQLException e) {
            throw new EJBException("Could not open the campaign of " + period.code(), e);
        }
    }

    /** The period today (French time) falls in, at the cadence set. */
    @PermitAll
    public CampaignPeriod currentPeriod() {
        return CampaignPeriod.of(LocalDate.now(clock.withZone(ZONE)), settings.months());
    }

    /** The open campaign, if any (the latest one if, unusually, an older one was never closed). */
    public Optional<Long> openCampaignId() {
        return em.createNamedQuery(Campaign.OPEN, Campaign.class).setMaxResults(1).getResultStream()
                .findFirst().map(Campaign::getId);
    }

    /** Every campaign, newest period first, with the count of its findings by status. */
    public List<CampaignRow> list() {
        Map<Long, long[]> counts = new LinkedHashMap<>();
        for (Object[] row : em.createQuery("SELECT f.campaignId, f.status, COUNT(f) FROM Finding f"
                + " GROUP BY f.campaignId, f.status", Object[].class).getResultList()) {
            long[] byStatus = counts.computeIfAbsent((Long) row[0], k -> new long[3]);
            byStatus[((FindingStatus) row[1]).ordinal()] = (Long) row[2];
        }
        return em.createNamedQuery(Campaign.ALL, Campaign.class).getResultStream()
                .map(campaign -> row(campaign, counts.getOrDefault(campaign.getId(), new long[3])))
                .toList();
    }

    /** One campaign. */
    public CampaignRow get(long campaignId) {
        Campaign campaign = find(campaignId);
        long[] byStatus = new long[3];
        for (FindingStatus status : FindingStatus.values()) {
            byStatus[status.ordinal()] = countOf(campaignId, status);
        }
        return row(campaign, byStatus);
    }

    private CampaignRow row(Campaign campaign, long[] byStatus) {
        return new CampaignRow(campaign.getId(), campaign.getPeriod(),
                CampaignPeriod.parse(campaign.getPeriod(), periodMonths(campaign.getPeriod())).label(),
                campaign.getStatus(), campaign.getOpenedAt(), campaign.getOpenedBy(), campaign.getClosedAt(),
                campaign.getClosedBy(), campaign.getOfferCount(), byStatus[0], byStatus[1], byStatus[2],
                campaign.getVersion());
    }

    /** A period stored under an earlier cadence may not start a period of today's: label it as one month then. */
    private int periodMonths(String code) {
        int month = Integer.parseInt(code.substring(5));
        return (month - 1) % settings.months() == 0 ? settings.months() : 1;
    }

    /** One page of a campaign's worklist, partner by partner, filtered. */
    public Page<FindingRow> findings(long campaignId, FindingFilter filter, PageRequest request) {
        find(campaignId);
        return FindingQueries.page(dataSource, campaignId, filter == null ? FindingFilter.none() : filter, request);
    }

    /** The categories of the offers a campaign took, for the worklist's filter: code → name. */
    public Map<String, String> categoriesOf(long campaignId) {
        return FindingQueries.categories(dataSource, campaignId);
    }

    /** The partners whose offers a campaign took (the manual finding's choice): id → name. */
    public Map<Long, String> partnersOf(long campaignId) {
        return FindingQueries.partners(dataSource, campaignId);
    }

    /** A partner's offers a campaign took: id → title. */
    public Map<Long, String> offersOf(long campaignId, long partnerId) {
        return FindingQueries.offers(dataSource, campaignId, partnerId);
    }

    /** The conformity of the offers a campaign took, per category (campaign_offer). */
    public List<CategoryConformity> conformity(long campaignId) {
        find(campaignId);
        return FindingQueries.conformity(dataSource, campaignId);
    }

    /** The campaign's report as a CSV (findings, then conformity per category). */
    public byte[] reportCsv(long campaignId) {
        return CampaignReport.csv(report(campaignId));
    }

    /** The campaign's report as a PDF. */
    public byte[] reportPdf(long campaignId) {
        return CampaignReport.pdf(report(campaignId));
    }

    private CampaignReport.Content report(long campaignId) {
        CampaignRow campaign = get(campaignId);
        return new CampaignReport.Content(campaign, FindingQueries.conformity(dataSource, campaignId),
                FindingQueries.all(dataSource, campaignId), clock.instant());
    }

    /**
     * A reviewer confirms or dismisses one finding of an open campaign.
     *
     * @param ref the finding as the reviewer saw it
     * @throws BusinessException when it changed meanwhile (nothing overwritten) or the campaign is closed
     */
    public void decide(FindingRef ref, FindingStatus decision, String note) {
        decideAll(List.of(ref), decision, note);
    }

    /**
     * A reviewer confirms or dismisses several findings at once: all of them or, when one changed
     * meanwhile, none (the refusal names it).
     *
     * @return how many findings were decided
     */
    public int decideAll(List<FindingRef> refs, FindingStatus decision, String note) {
        if (refs == null || refs.isEmpty()) {
            throw new InvalidInputException("selection", "Sélectionnez au moins un constat.");
        }
        String by = callerName();
        Instant now = clock.instant();
        List<Finding> decided = new ArrayList<>();
        Map<Long, Campaign> campaigns = new LinkedHashMap<>();
        for (FindingRef ref : refs) {
            Finding finding = em.find(Finding.class, ref.id());
            if (finding == null) {
                throw new ResourceNotFoundException("Constat introuvable : n° " + ref.id() + ".");
            }
            Campaign campaign = campaigns.computeIfAbsent(finding.getCampaignId(),
                    id -> em.find(Campaign.class, id, LockModeType.PESSIMISTIC_READ));
            if (!campaign.isOpen()) {
                throw new BusinessException("La campagne " + campaign.getPeriod()
                        + " est clôturée : ses constats ne changent plus.");
            }
            Map<String, String> before = finding.auditState();
            finding.decide(decision, ref.version(), by, now, note);
            decided.add(finding);
            audit.record(Change.of("FINDING", finding.getId(), finding.getPartnerId(),
                    decision == FindingStatus.CONFIRMED ? "FINDING_CONFIRM" : "FINDING_DISMISS", before, finding.auditState()));
        }
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            Object entity = e.getEntity();
            throw entity instanceof Finding finding ? finding.concurrentChange()
                    : new BusinessException("Un constat a été modifié entre-temps : rien n'a été enregistré."
                            + " Rechargez la liste.");
        }
        return decided.size();
    }

    /**
     * Adds a finding to an open campaign: a reviewer's own (e.g. a price differing from the
     * partner's site, R14; a misuse of the logo, R19) or a referral triaged (R20, source REFERRAL).
     *
     * @param offerId the offer concerned, of that partner, or null for the partner as a whole
     * @return the finding's id
     */
    public Long addManualFinding(long campaignId, long partnerId, Long offerId, FindingKind kind, String detail,
            FindingSource source) {
        Campaign campaign = em.find(Campaign.class, campaignId, LockModeType.PESSIMISTIC_READ);
        if (campaign == null) {
            throw new ResourceNotFoundException("Campagne introuvable : n° " + campaignId + ".");
        }
        if (!campaign.isOpen()) {
            throw new BusinessException("La campagne " + campaign.getPeriod() + " est clôturée : ouvrez-en une autre.");
        }
        Long offerPartner = offerId == null ? null : FindingQueries.partnerOfOffer(em, offerId)
                .orElseThrow(() -> new InvalidInputException("offer", "Offre introuvable : n° " + offerId + "."));
        if (!FindingQueries.partnerExists(em, partnerId)) {
            throw new InvalidInputException("partner", "Partenaire introuvable : n° " + partnerId + ".");
        }
        if (offerPartner != null && offerPartner != partnerId) {
            throw new InvalidInputException("offer", "L'offre n° " + offerId + " n'est pas une offre de ce partenaire.");
        }
        Finding finding = Finding.manual(campaignId, partnerId, offerId, kind, detail, source, callerName(),
                clock.instant());
        em.persist(finding);
        em.flush();
        audit.record(Change.of("FINDING", finding.getId(), partnerId, "FINDING_ADD", Map.of(), finding.auditState()));
        return finding.getId();
    }

    /**
     * Closes an open campaign once every finding is decided (R17), and sends each partner with
     * confirmed findings one notice listing them and the changes required (R18), in the same
     * transaction: either the campaign is closed with all its notices, or nothing happened.
     *
     * @param expectedVersion the version of the campaign the reviewer saw
     * @throws BusinessException when findings are still pending, or the campaign changed or closed meanwhile
     */
    public CloseReport close(long campaignId, long expectedVersion) {
        Campaign campaign = em.find(Campaign.class, campaignId, LockModeType.PESSIMISTIC_WRITE);
        if (campaign == null) {
            throw new ResourceNotFoundException("Campagne introuvable : n° " + campaignId + ".");
        }
        if (!campaign.isOpen()) {
            throw new BusinessException("La campagne " + campaign.getPeriod() + " est déjà clôturée"
                    + (campaign.getClosedBy() == null ? "" : " (par " + campaign.getClosedBy() + ")") + ".");
        }
        if (campaign.getVersion() != expectedVersion) {
            throw new BusinessException("La campagne " + campaign.getPeriod() + " a changé entre-temps : rechargez la page.");
        }
        long pending = countOf(campaignId, FindingStatus.PENDING);
        if (pending > 0) {
            throw new BusinessException("Il reste " + pending + " constat(s) à traiter : confirmez-les ou écartez-les"
                    + " avant de clôturer la campagne.");
        }
        Map<String, String> before = campaign.auditState();
        campaign.close(callerName(), clock.instant());
        List<Finding> confirmed = em.createNamedQuery(Finding.CONFIRMED_OF_CAMPAIGN, Finding.class)
                .setParameter("campaign", campaignId).getResultList();
        List<Long> notices = sendNotices(campaign, confirmed);
        Map<String, String> after = campaign.auditState();
        after.put("notices", String.valueOf(notices.size()));
        after.put("confirmedFindings", String.valueOf(confirmed.size()));
        audit.record(Change.of("CAMPAIGN", campaignId, null, "CAMPAIGN_CLOSE", before, after));
        em.flush();
        return new CloseReport(campaignId, notices, confirmed.size());
    }

    Campaign find(long campaignId) {
        Campaign campaign = em.find(Campaign.class, campaignId);
        if (campaign == null) {
            throw new ResourceNotFoundException("Campagne introuvable : n° " + campaignId + ".");
        }
        return campaign;
    }

    /** One notice per partner with confirmed findings, in the order of the partners' ids. */
    private List<Long> sendNotices(Campaign campaign, List<Finding> confirmed) {
        Map<Long, List<Finding>> byPartner = new LinkedHashMap<>();
        confirmed.forEach(finding -> byPartner.computeIfAbsent(finding.getPartnerId(), k -> new ArrayList<>()).add(finding));
        Map<Long, String> titles = new LinkedHashMap<>();
        List<Long> offerIds = confirmed.stream().map(Finding::getOfferId).filter(java.util.Objects::nonNull).distinct().toList();
        if (!offerIds.isEmpty()) {
            em.createQuery("SELECT o.id, o.title FROM Offer o WHERE o.id IN :ids", Object[].class)
                    .setParameter("ids", offerIds).getResultList()
                    .forEach(row -> titles.put((Long) row[0], (String) row[1]));
        }
        List<Long> notices = new ArrayList<>();
        byPartner.forEach((partnerId, findings) -> {
            List<NoticeItem> items = findings.stream()
                    .map(finding -> noticeItem(finding, titles.get(finding.getOfferId()))).toList();
            Long notice = this.notices.issue(campaign.getId(), partnerId, items);
            for (Finding finding : findings) {
                Map<String, String> before = finding.auditState();
                finding.sentIn(notice);
                audit.record(Change.of("FINDING", finding.getId(), partnerId, "FINDING_NOTIFIED", before,
                        finding.auditState()));
            }
            notices.add(notice);
        });
        return notices;
    }

    /** What a notice says of a confirmed finding: what was found (and the reviewer's note), what must change. */
    static NoticeItem noticeItem(Finding finding, String offerTitle) {
        String text = (offerTitle == null ? "" : "« " + offerTitle + " » — ")
                + finding.getKind().label() + " : " + finding.getDetail()
                + (finding.getNote() == null ? "" : " (" + finding.getNote() + ")");
        return new NoticeItem(finding.getOfferId(), finding.getId(), finding.getKind().name(),
                text.length() > Finding.DETAIL_LENGTH ? text.substring(0, Finding.DETAIL_LENGTH - 1) + "…" : text,
                finding.getKind().requiredChange());
    }

    private Optional<Campaign> findOfPeriod(String period) {
        return em.createNamedQuery(Campaign.OF_PERIOD, Campaign.class).setParameter("period", period)
                .getResultStream().findFirst();
    }

    private long countOf(long campaignId, FindingStatus status) {
        return em.createNamedQuery(Finding.COUNT_OF_STATUS, Long.class).setParameter("campaign", campaignId)
                .setParameter("status", status).getSingleResult();
    }

    private String callerName() {
        return context.getCallerPrincipal().getName();
    }

    static Instant instant(ResultSet rows, String column) throws SQLException {
        Timestamp value = rows.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    static void bind(PreparedStatement sql, List<Object> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            sql.setObject(i + 1, values.get(i));
        }
    }
}
