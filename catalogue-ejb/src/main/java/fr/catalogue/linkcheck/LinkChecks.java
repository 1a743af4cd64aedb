package fr.catalogue.linkcheck;

import fr.catalogue.common.InvalidInputException;
import fr.catalogue.common.Page;
import fr.catalogue.common.PageRequest;
import fr.catalogue.common.ResourceNotFoundException;
import fr.catalogue.offer.Offer;
import fr.catalogue.offer.OfferRules;
import fr.catalogue.offer.OfferStatus;
import fr.catalogue.partner.Partner;
import fr.catalogue.security.AccountService;
import fr.catalogue.security.Caller;
import fr.catalogue.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The two-click checker (R15) and the presence search (R16) as users reach them: a check on demand,
 * the links of an offer with their evidence, the reviewers' list of every link, the history of an
 * address. Who may see or check what is decided here, not in the pages (R7): a partner only its
 * own offers and pages of its own site; reviewers and administrators everything. The crawl runs
 * outside any transaction; {@link LinkCheckStore} writes the result in a short one.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class LinkChecks {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AccountService accounts;

    @Inject
    private LinkCrawlerHolder holder;

    @Inject
    private LinkCheckStore store;

    @Inject
    private LinkCheckTimer timer;

    /**
     * Checks one address now and stores the result (trigger ON_DEMAND, with who asked). A partner
     * may check only a page of its own site, as an offer's links must be (R15: the host of its
     * declared website or a subdomain), or an address one of its offers links to; a reviewer or an
     * administrator any address. The address is vetted first: malformed or unsafe, it is refused
     * and nothing is fetched.
     *
     * @throws UnsafeAddressException (400) when the address must not be fetched
     * @throws InvalidInputException (400, field {@code url}) when it is missing, too long, or not the partner's
     */
    @RolesAllowed({Role.PARTNER_NAME, Role.REVIEWER_NAME, Role.ADMIN_NAME})
    public LinkCheckView checkNow(String url) {
        String address = url == null ? "" : url.strip();
        if (address.isEmpty()) {
            throw new InvalidInputException("url", "Indiquez l'adresse de la page à vérifier.");
        }
        if (address.length() > StoredLinkCheck.URL_LENGTH) {
            throw new InvalidInputException("url", "Une adresse de page compte " + StoredLinkCheck.URL_LENGTH
                    + " caractères au plus.");
        }
        LinkCrawler crawler = holder.crawler();
        crawler.vet(address);
        Caller caller = accounts.currentCaller();
        if (caller.role() == Role.PARTNER && !isPartnersPage(caller.partnerId(), address)) {
            throw new InvalidInputException("url", "« " + address + " » n'est pas une page de votre site : vous pouvez"
                    + " vérifier les pages de votre site déclaré et celles vers lesquelles vos offres renvoient.");
        }
        LinkCheck check = crawler.newRun().check(address);
        return store.record(check, CheckTrigger.ON_DEMAND, caller.userCode());
    }

    /**
     * The links of an offer with their latest checks and standings (R15), and the latest search for
     * the offer on its partner's site (R16). Its owner's offer, or any for staff.
     *
     * @throws ResourceNotFoundException when it does not exist or is another partner's
     */
    @RolesAllowed({Role.PARTNER_NAME, Role.REVIEWER_NAME, Role.ADMIN_NAME})
    @TransactionAttribute(TransactionAttributeType.REQUIRED) // one persistence context for the whole read
    public OfferLinks linksOfOffer(long offerId) {
        Caller caller = accounts.currentCaller();
        Offer offer = em.find(Offer.class, offerId);
        if (offer == null || caller.role() == Role.PARTNER && !offer.getPartner().getId().equals(caller.partnerId())) {
            throw new ResourceNotFoundException("Aucune offre ne porte le numéro " + offerId + ".");
        }
        List<String> urls = offer.getLinks();
        Map<String, LinkStatus> statuses = statusesOf(urls);
        Map<Long, StoredLinkCheck> checks = urls.isEmpty() || statuses.isEmpty() ? Map.of()
                : em.createNamedQuery(StoredLinkCheck.BY_IDS, StoredLinkCheck.class)
                        .setParameter("ids", statuses.values().stream().map(LinkStatus::getLatestCheckId).toList())
                        .getResultStream().collect(Collectors.toMap(StoredLinkCheck::getId, Function.identity()));
        List<LinkState> links = new ArrayList<>();
        for (String url : urls) {
            LinkStatus status = statuses.get(url);
            if (status == null) {
                links.add(new LinkState(url, null, false, null));
            } else {
                StoredLinkCheck latest = checks.get(status.getLatestCheckId());
                links.add(new LinkState(url, latest == null ? null : latest.view(status.isConfirmed()),
                        status.isConfirmed(), status.getNonConformSince()));
            }
        }
        PresenceCheck presence = em.createNamedQuery(StoredPresenceCheck.OF_OFFER, StoredPresenceCheck.class)
                .setParameter("offer", offerId).setMaxResults(1).getResultStream()
                .map(StoredPresenceCheck::view).findFirst().orElse(null);
        Partner partner = offer.getPartner();
        return new OfferLinks(offer.getId(), offer.getTitle(), offer.getStatus() == OfferStatus.PUBLISHED,
                partner.getId(), partner.getName(), partner.getWebsite(), links, presence);
    }

    /**
     * One page of the links of published offers (one row per offer and link) with where each
     * address stands, for the review: narrowed by verdict, confirmed non-conformities only, partner
     * (name or SIREN) and address; sorted by the time of the latest check.
     */
    @RolesAllowed({Role.REVIEWER_NAME, Role.ADMIN_NAME})
    @TransactionAttribute(TransactionAttributeType.REQUIRED) // one persistence context for the whole read
    public Page<LinkRow> findLinks(LinkFilter filter, PageRequest request) {
        LinkFilter f = filter == null ? LinkFilter.all() : filter;
        // Native: the rows join the offers' link table to the standings by address, which JPQL
        // cannot say of an element collection without an entity of its own.
        String from = """
                FROM offer_link l
                JOIN offer o ON o.id = l.offer_id
                JOIN partner p ON p.id = o.partner_id
                LEFT JOIN link_status s ON s.url = l.url
                WHERE o.status = 'PUBLISHED'
                  AND (? IS NULL OR s.latest_verdict = ?)
                  AND (? = FALSE OR s.confirmed_at IS NOT NULL)
                  AND (? IS NULL OR p.name LIKE ? ESCAPE '!' OR p.siren LIKE ? ESCAPE '!')
                  AND (? IS NULL OR l.url LIKE ? ESCAPE '!')""";
        long total = ((Number) bind(em.createNativeQuery("SELECT COUNT(*) " + from), f).getSingleResult()).longValue();
        if (total <= request.offset()) {
            return new Page<>(List.of(), total, request.page(), request.size());
        }
        String order = f.oldestFirst() ? " ORDER BY s.checked_at IS NOT NULL, s.checked_at, o.id, l.position"
                : " ORDER BY s.checked_at IS NULL, s.checked_at DESC, o.id, l.position";
        @SuppressWarnings("unchecked")
        List<Object[]> found = bind(em.createNativeQuery("""
                SELECT o.id, o.title, p.id, p.name, p.siren, l.url, s.latest_verdict, s.checked_at,
                       s.confirmed_at, s.non_conform_since
                """ + from + order), f)
                .setFirstResult(request.offset()).setMaxResults(request.size()).getResultList();
        List<LinkRow> rows = new ArrayList<>(found.size());
        for (Object[] row : found) {
            rows.add(new LinkRow(((Number) row[0]).longValue(), (String) row[1], ((Number) row[2]).longValue(),
                    (String) row[3], (String) row[4], (String) row[5],
                    row[6] == null ? null : LinkVerdict.valueOf((String) row[6]), instant(row[7]), row[8] != null,
                    instant(row[9])));
        }
        return new Page<>(rows, total, request.page(), request.size());
    }

    /**
     * Every check of an address, newest first, with its evidence. Staff: any address; a partner: an
     * address one of its offers links to.
     *
     * @throws ResourceNotFoundException for a partner asking about an address none of its offers links to
     */
    @RolesAllowed({Role.PARTNER_NAME, Role.REVIEWER_NAME, Role.ADMIN_NAME})
    @TransactionAttribute(TransactionAttributeType.REQUIRED) // one persistence context for the whole read
    public Page<LinkCheckView> history(String url, PageRequest request) {
        String address = url == null ? "" : url.strip();
        if (address.isEmpty()) {
            throw new InvalidInputException("url", "Indiquez l'adresse de la page.");
        }
        Caller caller = accounts.currentCaller();
        if (caller.role() == Role.PARTNER && !isLinkOfPartner(caller.partnerId(), address)) {
            throw new ResourceNotFoundException("Aucune de vos offres ne renvoie vers « " + address + " ».");
        }
        long total = em.createNamedQuery(StoredLinkCheck.COUNT_HISTORY, Long.class).setParameter("url", address)
                .getSingleResult();
        if (total <= request.offset()) {
            return new Page<>(List.of(), total, request.page(), request.size());
        }
        LinkStatus status = em.find(LinkStatus.class, address);
        boolean confirmed = status != null && status.isConfirmed();
        List<LinkCheckView> checks = em.createNamedQuery(StoredLinkCheck.HISTORY, StoredLinkCheck.class)
                .setParameter("url", address).setFirstResult(request.offset()).setMaxResults(request.size())
                .getResultStream().map(check -> check.view(confirmed)).toList();
        return new Page<>(checks, total, request.page(), request.size());
    }

    /**
     * Starts a check of every published link in the background (a reviewer's "check every link
     * now", trigger ON_DEMAND with who asked).
     *
     * @return false when a run is already going on (nothing started)
     */
    @RolesAllowed({Role.REVIEWER_NAME, Role.ADMIN_NAME})
    public boolean checkAllNow() {
        return timer.startAll(CheckTrigger.ON_DEMAND, accounts.currentCaller().userCode());
    }

    /** Whether a run over every link is going on (for the reviewers' page). */
    @RolesAllowed({Role.REVIEWER_NAME, Role.ADMIN_NAME})
    public boolean isRunningAll() {
        return timer.isRunning();
    }

    // ------------------------------------------------------------------------------------------

    /** R15: a page of the partner's declared site, or an address one of its offers links to. */
    private boolean isPartnersPage(Long partnerId, String address) {
        Partner partner = partnerId == null ? null : em.find(Partner.class, partnerId);
        if (partner == null) {
            return false;
        }
        return OfferRules.isOnPartnerSite(address, partner.getWebsite()) || isLinkOfPartner(partnerId, address);
    }

    private boolean isLinkOfPartner(Long partnerId, String address) {
        if (partnerId == null) {
            return false;
        }
        Number count = (Number) em.createNativeQuery("""
                SELECT COUNT(*) FROM offer_link l JOIN offer o ON o.id = l.offer_id
                WHERE o.partner_id = ? AND l.url = ?""").setParameter(1, partnerId).setParameter(2, address)
                .getSingleResult();
        return count.longValue() > 0;
    }

    private Map<String, LinkStatus> statusesOf(List<String> urls) {
        if (urls.isEmpty()) {
            return Map.of();
        }
        Map<String, LinkStatus> statuses = new HashMap<>();
        em.createNamedQuery(LinkStatus.OF_URLS, LinkStatus.class).setParameter("urls", urls).getResultStream()
                .forEach(status -> statuses.put(status.getUrl(), status));
        return statuses;
    }

    private static Query bind(Query query, LinkFilter f) {
        String verdict = f.verdict() == null ? null : f.verdict().name();
        String partner = f.partnerPattern();
        String url = f.urlPattern();
        return query.setParameter(1, verdict).setParameter(2, verdict)
                .setParameter(3, f.confirmedOnly())
                .setParameter(4, partner).setParameter(5, partner).setParameter(6, partner)
                .setParameter(7, url).setParameter(8, url);
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof java.time.LocalDateTime local) {
            return local.toInstant(java.time.ZoneOffset.UTC);
        }
        return (Instant) value;
    }
}
