package fr.catalogue.offer;

import fr.catalogue.audit.AuditTrail;
import fr.catalogue.audit.Change;
import fr.catalogue.category.Category;
import fr.catalogue.category.CategoryService;
import fr.catalogue.common.BusinessException;
import fr.catalogue.common.InvalidInputException;
import fr.catalogue.common.ResourceNotFoundException;
import fr.catalogue.partner.Partner;
import fr.catalogue.security.AccountService;
import fr.catalogue.security.Caller;
import fr.catalogue.search.CatalogueChange;
import fr.catalogue.security.Role;
import fr.catalogue.specification.CategoryReevaluation;
import fr.catalogue.specification.ConformanceEngine;
import fr.catalogue.specification.CriterionResult;
import fr.catalogue.specification.OfferFacts;
import fr.catalogue.specification.PriceComponent;
import fr.catalogue.specification.ServiceCoverage;
import fr.catalogue.specification.SpecificationRules;
import fr.catalogue.specification.SpecificationService;
import fr.catalogue.specification.SpecificationVersion;
import fr.catalogue.specification.Verdict;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A partner's offers, as it edits them (R11 to R15): drafts saved whatever their conformance,
 * publication only of conforming offers (R11), every published version kept with its dates (R14),
 * withdrawal. Ownership is checked here, not in the pages: a partner reaches only its own offers
 * (its partner comes from its account, never from a parameter), and another partner's offer looks
 * as if it did not exist. An administrator may act for any partner (R7); the audit trail records
 * it as the administrator's action about that partner. Every change is recorded.
 */
@Stateless
@RolesAllowed({Role.PARTNER_NAME, Role.ADMIN_NAME})
public class OfferEditing {

    private final ConformanceEngine engine = new ConformanceEngine();

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AccountService accounts;

    @Inject
    private CategoryService categories;

    @Inject
    private SpecificationService specifications;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /** R15: the links of a published offer are checked once the publication commits (fr.catalogue.linkcheck). */
    @Inject
    private Event<OfferPublished> published;

    /** The search index follows publications and withdrawals once they commit. */
    @Inject
    private Event<CatalogueChange> catalogueChanged;

    /**
     * The offers of a partner, whatever their status, most recently changed first (R7).
     *
     * @param partnerId a partner: null or its own id; an administrator: the partner it acts for
     * @throws ResourceNotFoundException when a partner names another partner
     */
    public List<PartnerOfferRow> list(Long partnerId) {
        Partner partner = actingPartner(accounts.currentCaller(), partnerId);
        return em.createNamedQuery(Offer.ROWS_OF_PARTNER, PartnerOfferRow.class)
                .setParameter("partner", partner.getId())
                .getResultList();
    }

    /**
     * The partner whose offers the caller edits, with the categories it may offer in.
     *
     * @param partnerId as for {@link #list(Long)}
     */
    public ActingPartner actingFor(Long partnerId) {
        Caller caller = accounts.currentCaller();
        Partner partner = actingPartner(caller, partnerId);
        return new ActingPartner(partner.getId(), partner.getName(), partner.getKind(), partner.getWebsite(),
                partner.getKind().allowedCategories(), caller.role() == Role.ADMIN);
    }

    /**
     * One offer of the caller (any offer for an administrator).
     *
     * @throws ResourceNotFoundException when it does not exist or belongs to another partner
     */
    public OwnOffer get(long offerId) {
        return view(ownOffer(accounts.currentCaller(), offerId));
    }

    /**
     * A new draft, saved whatever its conformance (R11): only the rules of {@link OfferRules} apply,
     * with a category open to the partner's kind.
     *
     * @param partnerId a partner: null or its own id; an administrator: required (R7)
     */
    public OwnOffer create(Long partnerId, OfferInput input) {
        Partner partner = actingPartner(accounts.currentCaller(), partnerId);
        return view(createDraft(partner, input));
    }

    /**
     * Saves an offer's new content. A draft or a withdrawn offer is saved as it is; a published
     * offer must still conform (R11, else {@link NotConformingException} and nothing saved) and
     * becomes a new published version, the previous one closed (R14).
     */
    public OwnOffer update(long offerId, OfferInput input) {
        return update(offerId, input, null);
    }

    /**
     * As {@link #update(long, OfferInput)}, refusing with {@link ConcurrentEditException} when the
     * offer changed since the caller read it at {@code expectedVersion} (null: no check).
     */
    public OwnOffer update(long offerId, OfferInput input, Long expectedVersion) {
        Offer offer = ownOffer(accounts.currentCaller(), offerId);
        checkVersion(offer, expectedVersion);
        revise(offer, input);
        return view(offer);
    }

    /**
     * Deletes an offer that was never published. A published offer's versions are evidence (R14):
     * it can only be withdrawn.
     */
    public void delete(long offerId) {
        Offer offer = ownOffer(accounts.currentCaller(), offerId);
        long versions = em.createNamedQuery(OfferVersion.LAST_NUMBER, Integer.class).setParameter("offer", offer.getId())
                .getResultStream().filter(Objects::nonNull).count();
        if (offer.wasEverPublished() || versions > 0) {
            throw new BusinessException("Cette offre a déjà été publiée : ses versions publiées sont conservées comme"
                    + " preuve. Retirez-la du catalogue au lieu de la supprimer.");
        }
        Map<String, String> before = offer.auditState();
        Long partnerId = offer.getPartner().getId();
        em.remove(offer);
        flush();
        audit.record(Change.of("OFFER", offerId, partnerId, "DELETE", before, Map.of()));
    }

    /**
     * Publishes an offer (R11): judged against the specification in force of its category, it
     * goes on the catalogue only if it conforms, else {@link NotConformingException} carries the
     * verdict and nothing changes. Records the published version (R14) and the stored verdict.
     */
    public OwnOffer publish(long offerId) {
        Offer offer = ownOffer(accounts.currentCaller(), offerId);
        publish(offer);
        return view(offer);
    }

    /**
     * Saves and publishes in one transaction, as the editor's "Publier" button does: a new offer is
     * created, an existing one revised (checked against {@code expectedVersion} when given), then
     * published unless already on the catalogue. If it does not conform, nothing at all is saved.
     *
     * @param offerId the offer, or null for a new one
     * @param partnerId for a new offer, as for {@link #create(Long, OfferInput)}
     */
    public OwnOffer saveAndPublish(Long offerId, Long partnerId, OfferInput input, Long expectedVersion) {
        Caller caller = accounts.currentCaller();
        Offer offer;
        if (offerId == null) {
            offer = createDraft(actingPartner(caller, partnerId), input);
        } else {
            offer = ownOffer(caller, offerId);
            checkVersion(offer, expectedVersion);
            revise(offer, input);
        }
        if (offer.getStatus() != OfferStatus.PUBLISHED) {
            publish(offer);
        }
        return view(offer);
    }

    /** Takes a published offer off the catalogue; its current version's period ends now (R14). */
    public OwnOffer withdraw(long offerId) {
        Offer offer = ownOffer(accounts.currentCaller(), offerId);
        Map<String, String> before = offer.auditState();
        Instant now = clock.instant();
        offer.withdraw(now);
        em.createNamedQuery(OfferVersion.CURRENT, OfferVersion.class).setParameter("offer", offer.getId())
                .getResultStream().forEach(version -> version.close(now));
        flush();
        audit.record(Change.of("OFFER", offer.getId(), offer.getPartner().getId(), "WITHDRAW", before,
                offer.auditState()));
        catalogueChanged.fire(CatalogueChange.offer(offer.getId()));
        return view(offer);
    }

    /**
     * The live verdict of some content against the specification in force of its category (R11):
     * what publishing would say. Writes nothing.
     *
     * @throws ResourceNotFoundException when the category is unknown or has no specification in force
     */
    public Verdict check(OfferInput input) {
        if (input == null || input.categoryCode() == null || input.categoryCode().isBlank()) {
            throw new InvalidInputException("category", "Choisissez la catégorie de l'offre.");
        }
        return specifications.check(input.categoryCode().strip(), factsOf(input));
    }

    /** The published versions of an offer, newest first, with their periods (R14). */
    public List<OfferVersionView> history(long offerId) {
        Offer offer = ownOffer(accounts.currentCaller(), offerId);
        return em.createNamedQuery(OfferVersion.OF_OFFER, OfferVersion.class).setParameter("offer", offer.getId())
                .getResultStream().map(OfferVersion::view).toList();
    }

    /**
     * The criteria an offer of a category answers (R13: labels, units, explanations): those of the
     * version in force when {@code number} is null, else of that published version.
     */
    public Optional<SpecificationRules> rules(String categoryCode, Integer number) {
        if (categoryCode == null || categoryCode.isBlank() || categories.findByCode(categoryCode).isEmpty()) {
            return Optional.empty();
        }
        if (number == null) {
            return specifications.findInForce(categoryCode).map(SpecificationVersion::toRules);
        }
        return specifications.getHistory(categoryCode).stream().filter(version -> version.getNumber() == number)
                .findFirst().map(SpecificationVersion::toRules);
    }

    // ------------------------------------------------------------------------------------------

    private Offer createDraft(Partner partner, OfferInput input) {
        Prepared prepared = prepare(partner, input);
        Offer offer = Offer.draft(partner, prepared.category(), prepared.content(), clock.instant());
        em.persist(offer);
        flush();
        audit.record(Change.of("OFFER", offer.getId(), partner.getId(), "CREATE", Map.of(), offer.auditState()));
        return offer;
    }

    private void revise(Offer offer, OfferInput input) {
        Prepared prepared = prepare(offer.getPartner(), input);
        if (prepared.content().equals(offer.content())) {
            return; // nothing changed: no new version, nothing to record
        }
        Map<String, String> before = offer.auditState();
        Instant now = clock.instant();
        if (offer.getStatus() == OfferStatus.PUBLISHED) {
            Judged judged = judge(prepared.content());
            offer.revise(prepared.category(), prepared.content(), now);
            offer.republish(now);
            recordPublication(offer, judged, now);
        } else {
            offer.revise(prepared.category(), prepared.content(), now);
        }
        flush();
        audit.record(Change.of("OFFER", offer.getId(), offer.getPartner().getId(), "UPDATE", before,
                offer.auditState()));
    }

    private void publish(Offer offer) {
        if (offer.getStatus() == OfferStatus.PUBLISHED) {
            offer.publish(clock.instant()); // refuses with the French message
        }
        Map<String, String> before = offer.auditState();
        Judged judged = judge(offer.content());
        Instant now = clock.instant();
        offer.publish(now);
        recordPublication(offer, judged, now);
        flush();
        audit.record(Change.of("OFFER", offer.getId(), offer.getPartner().getId(), "PUBLISH", before,
                offer.auditState()));
    }

    /** R11: the verdict against the version in force; refuses when it does not conform. */
    private Judged judge(OfferInput content) {
        SpecificationVersion inForce = specifications.findInForce(content.categoryCode()).orElseThrow(
                () -> new BusinessException("Aucun cahier des charges n'est en vigueur pour cette catégorie :"
                        + " l'offre ne peut pas être publiée pour l'instant."));
        Verdict verdict = engine.evaluate(factsOf(content), inForce.toRules());
        if (!verdict.conforming()) {
            throw new NotConformingException(verdict);
        }
        return new Judged(inForce, verdict);
    }

    private record Judged(SpecificationVersion version, Verdict verdict) {
    }

    /** R14: a new published version, the previous one closed; and the stored verdict kept current (R17 flags). */
    private void recordPublication(Offer offer, Judged judged, Instant now) {
        flush(); // the offer's id and content are in the database before its version and verdict
        em.createNamedQuery(OfferVersion.CURRENT, OfferVersion.class).setParameter("offer", offer.getId())
                .getResultStream().forEach(version -> version.close(now));
        Integer last = em.createNamedQuery(OfferVersion.LAST_NUMBER, Integer.class).setParameter("offer", offer.getId())
                .getSingleResult();
        em.persist(OfferVersion.of(offer, last == null ? 1 : last + 1, judged.version().getNumber(), now));
        Verdict verdict = judged.verdict();
        em.createNativeQuery("INSERT INTO conformance_verdict (offer_id, spec_version_id, conforming, failing_keys,"
                        + " results, evaluated_at) VALUES (?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE"
                        + " conforming = VALUES(conforming), failing_keys = VALUES(failing_keys),"
                        + " results = VALUES(results), evaluated_at = VALUES(evaluated_at)")
                .setParameter(1, offer.getId())
                .setParameter(2, judged.version().getId())
                .setParameter(3, verdict.conforming())
                .setParameter(4, verdict.failures().stream().map(CriterionResult::key).collect(Collectors.joining(",")))
                .setParameter(5, CategoryReevaluation.resultsJson(verdict))
                .setParameter(6, Timestamp.from(now))
                .executeUpdate();
        published.fire(new OfferPublished(offer.getId()));
        catalogueChanged.fire(CatalogueChange.offer(offer.getId()));
    }

    private Prepared prepare(Partner partner, OfferInput input) {
        String code = input == null || input.categoryCode() == null ? null : input.categoryCode().strip();
        if (code == null || code.isEmpty()) {
            throw new InvalidInputException("category", "Choisissez la catégorie de l'offre.");
        }
        Category category = categories.findByCode(code)
                .orElseThrow(() -> new InvalidInputException("category", "Catégorie inconnue : « " + code + " »."));
        if (!partner.getKind().allowedCategories().contains(code)) {
            throw new InvalidInputException("category", "La catégorie « " + category.getName()
                    + " » n'est pas ouverte aux partenaires de cette activité.");
        }
        OfferInput content = OfferRules.check(input,
                specifications.findInForce(code).map(SpecificationVersion::toRules).orElse(null), partner.getWebsite());
        return new Prepared(category, content);
    }

    private record Prepared(Category category, OfferInput content) {
    }

    /** R7: a partner acts for itself only; an administrator for the partner it names. */
    private Partner actingPartner(Caller caller, Long partnerId) {
        if (caller.role() == Role.PARTNER) {
            if (partnerId != null && !partnerId.equals(caller.partnerId())) {
                throw new ResourceNotFoundException("Aucun partenaire ne porte le numéro " + partnerId + ".");
            }
            return em.find(Partner.class, caller.partnerId());
        }
        if (caller.role() != Role.ADMIN) {
            throw new ResourceNotFoundException("Aucun partenaire ne porte ce numéro.");
        }
        if (partnerId == null) {
            throw new InvalidInputException("partnerId", "Indiquez le partenaire pour le compte duquel vous agissez.");
        }
        Partner partner = em.find(Partner.class, partnerId);
        if (partner == null) {
            throw new ResourceNotFoundException("Aucun partenaire ne porte le numéro " + partnerId + ".");
        }
        return partner;
    }

    /** R7: another partner's offer looks as if it did not exist. */
    private Offer ownOffer(Caller caller, long offerId) {
        Offer offer = em.find(Offer.class, offerId);
        boolean visible = offer != null && (caller.role() == Role.ADMIN
                || caller.role() == Role.PARTNER && offer.getPartner().getId().equals(caller.partnerId()));
        if (!visible) {
            throw new ResourceNotFoundException("Aucune offre ne porte le numéro " + offerId + ".");
        }
        return offer;
    }

    private static void checkVersion(Offer offer, Long expectedVersion) {
        if (expectedVersion != null && expectedVersion != offer.getVersion()) {
            throw new ConcurrentEditException();
        }
    }

    /** Writes now, so that a concurrent change shows as a clear refusal instead of a failed commit. */
    private void flush() {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentEditException();
        }
    }

    /** The engine's view of some content; entries without a key or value are not stated. */
    static OfferFacts factsOf(OfferInput input) {
        Map<String, String> attributes = new HashMap<>();
        input.attributes().forEach((key, value) -> {
            if (key != null && !key.isBlank() && value != null && !value.isBlank()) {
                attributes.put(key, value);
            }
        });
        Map<String, PriceComponent> pricing = new HashMap<>();
        input.pricing().forEach((key, component) -> {
            if (key != null && !key.isBlank() && component != null) {
                pricing.put(key, component);
            }
        });
        Map<String, ServiceCoverage> services = new HashMap<>();
        input.services().forEach((key, coverage) -> {
            if (key != null && !key.isBlank() && coverage != null) {
                services.put(key, coverage);
            }
        });
        return new OfferFacts(attributes, pricing, services);
    }

    private OwnOffer view(Offer offer) {
        OfferInput content = offer.content();
        return new OwnOffer(offer.getId(), offer.getPartner().getId(), offer.getPartner().getName(),
                offer.getCategory().getCode(), offer.getCategory().getName(), content.title(), content.description(),
                content.priceExclVat(), content.attributes(), content.pricing(), content.services(), content.links(),
                offer.getStatus(), offer.getPublishedAt(), offer.getUpdatedAt(), offer.getVersion());
    }
}
