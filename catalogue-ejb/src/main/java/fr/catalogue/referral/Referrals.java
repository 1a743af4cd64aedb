package fr.catalogue.referral;

import fr.catalogue.audit.AuditTrail;
import fr.catalogue.audit.Change;
import fr.catalogue.campaign.Campaigns;
import fr.catalogue.campaign.Finding;
import fr.catalogue.campaign.FindingKind;
import fr.catalogue.campaign.FindingSource;
import fr.catalogue.common.BusinessException;
import fr.catalogue.common.InvalidInputException;
import fr.catalogue.common.Page;
import fr.catalogue.common.PageRequest;
import fr.catalogue.common.ResourceNotFoundException;
import fr.catalogue.common.Sha256;
import fr.catalogue.offer.Offer;
import fr.catalogue.partner.Partner;
import fr.catalogue.security.AccountService;
import fr.catalogue.security.Caller;
import fr.catalogue.security.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Referrals (R20): anyone reports a partner through the public form; reviewers triage each one
 * into a finding of the open campaign (source {@code REFERRAL}) or dismiss it with a reason. Every
 * step is audited; a referral is triaged once, and two reviewers on one get a clear refusal.
 */
@Stateless
public class Referrals {

    private static final String STALE = "Ce signalement vient d'être traité par un autre relecteur : rechargez la liste.";

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private AccountService accounts;

    @Inject
    private Campaigns campaigns;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "catalogue.referral.max-per-email-per-day", defaultValue = "5")
    private int maxPerEmailPerDay;

    @Inject
    @ConfigProperty(name = "catalogue.referral.max-per-address-per-hour", defaultValue = "10")
    private int maxPerAddressPerHour;

    /**
     * Records a referral (R20) from anyone: the form's rules ({@link ReferralInput}), a partner that
     * exists, an offer of that partner if one is named, and the rate limits ({@link ReferralThrottle}).
     * A signed-in partner is recorded as the reporter; it cannot report itself.
     *
     * @param clientAddress the reporter's network address, only kept hashed for the rate limit (may be null)
     * @return the referral's number, to quote in the confirmation
     * @throws InvalidInputException naming the form field refused
     * @throws BusinessException when the rate limit is reached
     */
    @PermitAll
    public long submit(ReferralForm form, String clientAddress) {
        ReferralInput input = ReferralInput.from(form);
        Partner target = em.find(Partner.class, input.targetPartnerId());
        if (target == null) {
            throw new InvalidInputException("targetPartner", "Ce partenaire n'existe pas.");
        }
        if (input.offerId() != null) {
            Offer offer = em.find(Offer.class, input.offerId());
            if (offer == null || !offer.getPartner().getId().equals(target.getId())) {
                throw new InvalidInputException("targetPartner", "Cette offre n'est pas une offre de ce partenaire.");
            }
        }
        Long reporterPartnerId = accounts.signedInCaller().map(Caller::partnerId).orElse(null);
        if (reporterPartnerId != null && reporterPartnerId == target.getId()) {
            throw new InvalidInputException("targetPartner", "Vous ne pouvez pas signaler votre propre entreprise.");
        }
        Instant now = clock.instant();
        String addressHash = clientAddress == null || clientAddress.isBlank() ? null
                : Sha256.hex(clientAddress.strip().getBytes(StandardCharsets.UTF_8));
        long sameEmail = em.createNamedQuery(Referral.COUNT_BY_EMAIL_SINCE, Long.class)
                .setParameter("email", input.reporterEmail()).setParameter("since", now.minus(Duration.ofDays(1)))
                .getSingleResult();
        long sameAddress = addressHash == null ? 0 : em.createNamedQuery(Referral.COUNT_BY_ADDRESS_SINCE, Long.class)
                .setParameter("hash", addressHash).setParameter("since", now.minus(Duration.ofHours(1)))
                .getSingleResult();
        new ReferralThrottle(maxPerEmailPerDay, maxPerAddressPerHour).refusal(sameEmail, sameAddress).ifPresent(why -> {
            throw new BusinessException(why);
        });
        Referral referral = new Referral(input, reporterPartnerId, addressHash, now);
        em.persist(referral);
        em.flush();
        audit.record(Change.of("REFERRAL", referral.getId(), target.getId(), "SUBMIT", Map.of(), referral.submitted()));
        return referral.getId();
    }

    /** The partners one may report, by name, for the form. */
    @PermitAll
    public List<PartnerChoice> partners() {
        return em.createQuery("SELECT NEW fr.catalogue.referral.PartnerChoice(p.id, p.name) FROM Partner p ORDER BY p.name",
                PartnerChoice.class).getResultList();
    }

    /** One page of referrals, oldest new ones first when filtered on {@code NEW}, else newest first. */
    @RolesAllowed({Role.REVIEWER_NAME, Role.ADMIN_NAME})
    public Page<ReferralRow> find(ReferralStatus status, PageRequest request) {
        String where = status == null ? "" : " WHERE r.status = ?1";
        String order = status == ReferralStatus.NEW ? " ORDER BY r.created_at, r.id" : " ORDER BY r.created_at DESC, r.id DESC";
        var count = em.createNativeQuery("SELECT COUNT(*) FROM referral r" + where);
        if (status != null) {
            count.setParameter(1, status.name());
        }
        long total = ((Number) count.getSingleResult()).longValue();
        if (total <= request.offset()) {
            return new Page<>(List.of(), total, request.page(), request.size());
        }
        var query = em.createNativeQuery("""
                SELECT r.id, r.created_at, r.target_partner_id, p.name, r.offer_id, o.title, r.reporter_name,
                       r.reporter_email, r.reporter_partner_id, r.reason, r.description, r.status, r.finding_id,
                       r.triaged_by, r.triaged_at, r.triage_note, r.version
                FROM referral r JOIN partner p ON p.id = r.target_partner_id LEFT JOIN offer o ON o.id = r.offer_id"""
                + where + order)
                .setFirstResult(request.offset()).setMaxResults(request.size());
        if (status != null) {
            query.setParameter(1, status.name());
        }
        List<ReferralRow> rows = new ArrayList<>();
        for (Object result : query.getResultList()) {
            Object[] c = (Object[]) result;
            rows.add(new ReferralRow(((Number) c[0]).longValue(), instant(c[1]), ((Number) c[2]).longValue(), (String) c[3],
                    longOrNull(c[4]), (String) c[5], (String) c[6], (String) c[7], longOrNull(c[8]),
                    ReferralReason.valueOf((String) c[9]), (String) c[10], ReferralStatus.valueOf((String) c[11]),
                    longOrNull(c[12]), (String) c[13], instant(c[14]), (String) c[15], ((Number) c[16]).longValue()));
        }
        return new Page<>(rows, total, request.page(), request.size());
    }

    /**
     * Turns a referral into a finding of the open campaign (R17, R20), with source {@code REFERRAL},
     * on the referral's partner and offer.
     *
     * @param expectedVersion the version the reviewer saw
     * @return the finding's id
     * @throws BusinessException when no campaign is open, or the referral was triaged meanwhile
     */
    @RolesAllowed({Role.REVIEWER_NAME, Role.ADMIN_NAME})
    public long triage(long referralId, long expectedVersion, FindingKind kind, String detail) {
        Referral referral = lockedAt(referralId, expectedVersion);
        if (kind == null) {
            throw new InvalidInputException("findingKind", "Choisissez le type de constat.");
        }
        long campaignId = campaigns.openCampaignId().orElseThrow(() -> new BusinessException(
                "Aucune campagne de vérification n'est ouverte : ouvrez-en une, ou classez le signalement."));
        String text = detail == null || detail.isBlank()
                ? "Signalement n° " + referral.getId() + " (" + referral.getReason().label() + ") : " + referral.getDescription()
                : detail.strip();
        if (text.length() > Finding.DETAIL_LENGTH) {
            text = text.substring(0, Finding.DETAIL_LENGTH - 1) + "…";
        }
        Map<String, String> before = referral.state();
        long findingId = campaigns.addManualFinding(campaignId, referral.getTargetPartnerId(), referral.getOfferId(), kind,
                text, FindingSource.REFERRAL);
        referral.triage(findingId, userCode(), clock.instant(), null);
        flush();
        audit.record(Change.of("REFERRAL", referral.getId(), referral.getTargetPartnerId(), "TRIAGE", before, referral.state()));
        return findingId;
    }

    /**
     * Dismisses a referral with the reviewer's reason (R20).
     *
     * @throws InvalidInputException when the reason is missing ({@code dismissReason})
     * @throws BusinessException when the referral was triaged meanwhile
     */
    @RolesAllowed({Role.REVIEWER_NAME, Role.ADMIN_NAME})
    public void dismiss(long referralId, long expectedVersion, String reason) {
        Referral referral = lockedAt(referralId, expectedVersion);
        Map<String, String> before = referral.state();
        referral.dismiss(reason, userCode(), clock.instant());
        flush();
        audit.record(Change.of("REFERRAL", referral.getId(), referral.getTargetPartnerId(), "DISMISS", before, referral.state()));
    }

    /** The finding kind a referral's reason suggests (the reviewer may choose another). */
    public static FindingKind suggestedKind(ReferralReason reason) {
        return switch (reason) {
            case PRICE -> FindingKind.PRICE;
            case LOGO -> FindingKind.LOGO;
            case NON_CONFORMITY -> FindingKind.SPECIFICATION;
            case OTHER -> FindingKind.OTHER;
        };
    }

    private Referral lockedAt(long referralId, long expectedVersion) {
        Referral referral = Optional.ofNullable(em.find(Referral.class, referralId, LockModeType.OPTIMISTIC))
                .orElseThrow(() -> new ResourceNotFoundException("Signalement introuvable."));
        if (referral.getVersion() != expectedVersion) {
            throw new BusinessException(STALE);
        }
        return referral;
    }

    private void flush() {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new BusinessException(STALE);
        }
    }

    private String userCode() {
        return context.getCallerPrincipal().getName();
    }

    private static Long longOrNull(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof java.time.LocalDateTime local) {
            return Timestamp.valueOf(local).toInstant();
        }
        return (Instant) value;
    }
}
