package fr.catalogue.contact;

import fr.catalogue.audit.AuditTrail;
import fr.catalogue.audit.Change;
import fr.catalogue.common.AccessRefusedException;
import fr.catalogue.common.BusinessException;
import fr.catalogue.common.FrenchDates;
import fr.catalogue.common.InvalidInputException;
import fr.catalogue.common.Page;
import fr.catalogue.common.PageRequest;
import fr.catalogue.common.ResourceNotFoundException;
import fr.catalogue.common.Sha256;
import fr.catalogue.mail.Outbox;
import fr.catalogue.label.LabelRights;
import fr.catalogue.offer.Offer;
import fr.catalogue.offer.OfferCatalogue;
import fr.catalogue.partner.Partner;
import fr.catalogue.security.AccountService;
import fr.catalogue.security.Caller;
import fr.catalogue.security.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Contact requests (R24): anyone writes to a partner holding the right of use, from one of its
 * published offers or its page; the request is stored, forwarded to the partner and acknowledged to
 * the sender with a personal link to rate the partner — all in one transaction, through the outbox.
 * A partner reads and marks handled only its own requests.
 */
@Stateless
public class ContactRequests {

    private static final ZoneId FRANCE = ZoneId.of("Europe/Paris");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private OfferCatalogue catalogue;

    @Inject
    private AccountService accounts;

    @Inject
    private Outbox outbox;

    @Inject
    private LabelRights rights;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "catalogue.contact.max-per-email-per-day", defaultValue = "5")
    private int maxPerEmailPerDay;

    @Inject
    @ConfigProperty(name = "catalogue.contact.max-per-address-per-hour", defaultValue = "10")
    private int maxPerAddressPerHour;

    @Inject
    @ConfigProperty(name = "catalogue.rating.link-days", defaultValue = "90")
    private int ratingLinkDays;

    @Inject
    @ConfigProperty(name = "catalogue.public-url", defaultValue = "http://localhost:8080/")
    private String publicUrl;

    /**
     * Whom the form writes to: the published offer {@code offerId} (and its partner), else the
     * partner {@code partnerId} if it holds the right of use (R18).
     *
     * @throws ResourceNotFoundException when neither is public
     */
    @PermitAll
    public ContactTarget target(Long offerId, Long partnerId) {
        if (offerId != null) {
            Offer offer = catalogue.findPublished(offerId).orElseThrow(() -> new ResourceNotFoundException(
                    "Cette offre n'est pas publiée : il n'est pas possible de contacter son fournisseur depuis elle."));
            return new ContactTarget(offer.getPartner().getId(), offer.getPartner().getName(), offer.getId(), offer.getTitle());
        }
        if (partnerId != null) {
            Partner partner = publicPartner(partnerId).orElseThrow(() -> new ResourceNotFoundException(
                    "Ce fournisseur n'est pas référencé : il n'est pas possible de le contacter ici."));
            return new ContactTarget(partner.getId(), partner.getName(), null, null);
        }
        throw new ResourceNotFoundException("Choisissez d'abord une offre ou un fournisseur à contacter.");
    }

    /**
     * Records a contact request (R24) from anyone: the form's rules ({@link ContactInput}), a public
     * offer or partner, the rate limits ({@link ContactThrottle}); forwards it to the partner and
     * acknowledges it to the sender with the personal rating link, in the same transaction.
     *
     * @param clientAddress the sender's network address, only kept hashed for the rate limit (may be null)
     * @return the request's number
     * @throws InvalidInputException naming the form field refused
     * @throws BusinessException when the rate limit is reached or the target is not public
     */
    @PermitAll
    public long submit(ContactForm form, String clientAddress) {
        ContactInput input = ContactInput.from(form);
        ContactTarget target = target(input.offerId(), input.partnerId());
        Instant now = clock.instant();
        String addressHash = clientAddress == null || clientAddress.isBlank() ? null
                : Sha256.hex(clientAddress.strip().getBytes(StandardCharsets.UTF_8));
        long sameEmail = em.createNamedQuery(ContactRequest.COUNT_BY_EMAIL_SINCE, Long.class)
                .setParameter("email", input.email()).setParameter("since", now.minus(Duration.ofDays(1)))
                .getSingleResult();
        long sameAddress = addressHash == null ? 0 : em.createNamedQuery(ContactRequest.COUNT_BY_ADDRESS_SINCE, Long.class)
                .setParameter("hash", addressHash).setParameter("since", now.minus(Duration.ofHours(1)))
                .getSingleResult();
        new ContactThrottle(maxPerEmailPerDay, maxPerAddressPerHour).refusal(sameEmail, sameAddress).ifPresent(why -> {
            throw new BusinessException(why);
        });
        String token = RatingLink.newToken();
        Instant expiresAt = now.plus(Duration.ofDays(ratingLinkDays));
        ContactRequest request = new ContactRequest(new ContactInput(target.offerId(), target.partnerId(), input.name(),
                input.email(), input.phone(), input.company(), input.message()), target.partnerId(), addressHash,
                RatingLink.hash(token), now, expiresAt);
        em.persist(request);
        em.flush();
        Partner partner = em.find(Partner.class, target.partnerId());
        rights.addressOf(partner).ifPresent(address -> outbox.enqueue(address,
                "Demande de contact n° " + request.getId() + " de " + input.name(), forwardMail(request, input, target)));
        outbox.enqueue(input.email(), "Votre demande de contact à " + target.partnerName() + " est bien transmise",
                acknowledgement(request, input, target, token, expiresAt));
        audit.record(Change.of("CONTACT_REQUEST", request.getId(), target.partnerId(), "SUBMIT", Map.of(), request.state()));
        return request.getId();
    }

    /** One page of the signed-in partner's requests, newest first: its own only. */
    @RolesAllowed(Role.PARTNER_NAME)
    public Page<ContactRow> findOwn(PageRequest request) {
        long partnerId = callerPartner();
        long total = em.createNamedQuery(ContactRequest.COUNT_OF_PARTNER, Long.class)
                .setParameter("partner", partnerId).getSingleResult();
        List<ContactRow> rows = total <= request.offset() ? List.of()
                : em.createNamedQuery(ContactRequest.ROWS_OF_PARTNER, ContactRow.class)
                        .setParameter("partner", partnerId)
                        .setFirstResult(request.offset()).setMaxResults(request.size())
                        .getResultList();
        return new Page<>(rows, total, request.page(), request.size());
    }

    /**
     * One request of the signed-in partner.
     *
     * @throws AccessRefusedException when it is another partner's
     */
    @RolesAllowed(Role.PARTNER_NAME)
    public ContactRow getOwn(long requestId) {
        ContactRequest request = own(requestId);
        return em.createNamedQuery(ContactRequest.ROWS_OF_PARTNER, ContactRow.class)
                .setParameter("partner", request.getPartnerId()).getResultStream()
                .filter(row -> row.id() == requestId).findFirst().orElseThrow();
    }

    /**
     * The signed-in partner marks one of its requests handled (audited).
     *
     * @throws AccessRefusedException when it is another partner's
     * @throws BusinessException when it was already marked
     */
    @RolesAllowed(Role.PARTNER_NAME)
    public void markHandled(long requestId) {
        ContactRequest request = own(requestId);
        Map<String, String> before = request.state();
        Caller caller = accounts.currentCaller();
        request.markHandled(caller.userCode(), clock.instant());
        em.flush();
        audit.record(Change.of("CONTACT_REQUEST", request.getId(), request.getPartnerId(), "HANDLE", before, request.state()));
    }

    private ContactRequest own(long requestId) {
        ContactRequest request = em.find(ContactRequest.class, requestId);
        if (request == null) {
            throw new ResourceNotFoundException("Aucune demande de contact ne porte le numéro " + requestId + ".");
        }
        if (request.getPartnerId() != callerPartner()) {
            throw new AccessRefusedException("Cette demande de contact est adressée à un autre partenaire.");
        }
        return request;
    }

    private long callerPartner() {
        Long partnerId = accounts.currentCaller().partnerId();
        if (partnerId == null) {
            throw new AccessRefusedException("Ce compte n'est rattaché à aucun partenaire.");
        }
        return partnerId;
    }

    /** A partner holding the right of use, or empty. */
    Optional<Partner> publicPartner(long partnerId) {
        return Optional.ofNullable(em.find(Partner.class, partnerId)).filter(p -> p.getLabelStatus().holdsRight());
    }

    private String forwardMail(ContactRequest request, ContactInput input, ContactTarget target) {
        StringBuilder body = new StringBuilder()
                .append("Bonjour,\n\n")
                .append("Une entreprise souhaite être contactée par ").append(target.partnerName())
                .append(" (demande n° ").append(request.getId()).append(").\n\n");
        if (target.offerTitle() != null) {
            body.append("Offre : ").append(target.offerTitle()).append('\n');
        }
        body.append("Nom : ").append(input.name()).append('\n')
                .append("Adresse électronique : ").append(input.email()).append('\n');
        if (input.phone() != null) {
            body.append("Téléphone : ").append(input.phone()).append('\n');
        }
        if (input.company() != null) {
            body.append("Entreprise : ").append(input.company()).append('\n');
        }
        body.append("\nMessage :\n").append(input.message()).append("\n\n")
                .append("Cette personne a accepté d'être recontactée. Retrouvez vos demandes dans votre espace : ")
                .append(base()).append("partner/demandes.xhtml\n");
        return body.toString();
    }

    private String acknowledgement(ContactRequest request, ContactInput input, ContactTarget target, String token,
            Instant expiresAt) {
        return "Bonjour " + input.name() + ",\n\n"
                + "Votre demande de contact n° " + request.getId() + " est bien transmise à " + target.partnerName()
                + (target.offerTitle() == null ? "" : " au sujet de l'offre « " + target.offerTitle() + " »")
                + ". Ce fournisseur vous répondra directement.\n\n"
                + "Une fois en relation avec lui, vous pourrez donner votre avis (de 1 à 5 étoiles, avec un commentaire"
                + " si vous le souhaitez) par ce lien personnel, valable jusqu'au "
                + FrenchDates.format(expiresAt.atZone(FRANCE).toLocalDate()) + " :\n"
                + base() + RatingLink.PAGE + token + "\n\n"
                + "La note d'un fournisseur n'est affichée qu'à partir de " + RatingSummary.THRESHOLD + " avis ;"
                + " les commentaires sont publiés après relecture.\n\n"
                + "Votre message :\n" + input.message() + "\n";
    }

    private String base() {
        return publicUrl.endsWith("/") ? publicUrl : publicUrl + "/";
    }
}
