package fr.catalogue.need;

import fr.catalogue.common.BusinessException;
import fr.catalogue.common.InvalidInputException;
import fr.catalogue.common.PageRequest;
import fr.catalogue.common.ResourceNotFoundException;
import fr.catalogue.common.Sha256;
import fr.catalogue.geo.Department;
import fr.catalogue.geo.Departments;
import fr.catalogue.geo.NearbyProviders;
import fr.catalogue.geo.Place;
import fr.catalogue.mail.Outbox;
import fr.catalogue.search.OfferHit;
import fr.catalogue.search.OfferSearch;
import fr.catalogue.search.SearchQuery;
import fr.catalogue.search.SearchSort;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * "Services come to the project" (R28): a business states its need once, without an account,
 * keeps the link it is given, and finds there, at each visit, the offers and providers fitting
 * its need as the catalogue stands; it may change its answers through the same link.
 */
@Stateless
public class Needs {

    /** The page of a selection, relative to the application; the code follows. */
    public static final String SELECTION_PAGE = "ma-selection.xhtml?code=";
    /** How many offers a selection shows per need. */
    public static final int OFFERS_PER_NEED = 5;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private NearbyProviders nearby;

    @Inject
    private OfferSearch search;

    @Inject
    private Outbox outbox;

    @Inject
    @ConfigProperty(name = "catalogue.public-url", defaultValue = "http://localhost:8080/")
    private String publicUrl;

    @Inject
    @ConfigProperty(name = "catalogue.need.max-per-address-per-hour", defaultValue = "20")
    private int maxPerAddressPerHour;

    /**
     * Stores a need (R28) and returns the code of its link, the only way back to it. When an
     * e-mail address is given, the link is sent there through the outbox (the address is not kept).
     *
     * @param email where to send the link, or null/blank for none
     * @param clientAddress the visitor's network address, kept hashed only for the rate limit (may be null)
     * @throws InvalidInputException naming the field refused (place unknown, e-mail address invalid)
     * @throws BusinessException when the rate limit of the public form is reached
     */
    public String create(NeedAnswers answers, String email, String clientAddress) {
        Department department = placeOf(answers).department();
        String recipient = email == null || email.isBlank() ? null : email.strip();
        if (recipient != null && !Outbox.isAddress(recipient)) {
            throw new InvalidInputException("courriel", "L'adresse électronique « " + recipient + " » n'est pas valide.");
        }
        Instant now = clock.instant();
        String addressHash = clientAddress == null || clientAddress.isBlank() ? null
                : Sha256.hex(clientAddress.strip().getBytes(StandardCharsets.UTF_8));
        if (addressHash != null && em.createNamedQuery(Need.COUNT_BY_ADDRESS_SINCE, Long.class)
                .setParameter("hash", addressHash).setParameter("since", now.minus(Duration.ofHours(1)))
                .getSingleResult() >= maxPerAddressPerHour) {
            throw new BusinessException("Trop de besoins ont été enregistrés depuis votre connexion en une heure : "
                    + "réessayez plus tard.");
        }
        String code = NeedCode.generate();
        em.persist(new Need(NeedCode.hash(code), answers, department.code(), addressHash, now));
        if (recipient != null) {
            outbox.enqueue(recipient, "Votre sélection d'offres du Catalogue", linkMessage(link(code)));
        }
        return code;
    }

    /**
     * The answers stored under that code, to change them.
     *
     * @throws ResourceNotFoundException when the code is none of a stored need
     */
    public NeedAnswers answers(String code) {
        return find(code).answers();
    }

    /**
     * Changes a need's answers (R28: the project is followed over its life); its selection follows.
     *
     * @throws ResourceNotFoundException when the code is none of a stored need
     * @throws InvalidInputException when the new place is unknown
     */
    public void change(String code, NeedAnswers answers) {
        Need need = find(code);
        need.change(answers, placeOf(answers).department().code(), clock.instant());
    }

    /**
     * The selection of a need (R28): for each need stated, the public offers fitting it
     * ({@link NeedRule}), those of providers of the business's département and its neighbours
     * first ({@link NearFirst}), and the competence centres and advisers nearby.
     *
     * @throws ResourceNotFoundException when the code is none of a stored need
     */
    public Selection selection(String code) {
        Need need = find(code);
        NeedAnswers answers = need.answers();
        Department department = Departments.byCode(need.getDepartmentCode()).orElseThrow();
        Place place = placeShown(answers.place(), department);
        List<Selection.Part> parts = new ArrayList<>();
        for (NeedItem item : NeedRule.items(answers)) {
            List<OfferHit> found = new ArrayList<>();
            for (String category : item.categories()) {
                // the département's offers first (when the search filters on it), then any, cheapest first
                found.addAll(search(category, item, department.code()));
                found.addAll(search(category, item, null));
            }
            parts.add(new Selection.Part(item, NearFirst.order(found, department, OFFERS_PER_NEED)));
        }
        return new Selection(answers, place, need.getCreatedAt(), need.getUpdatedAt(), parts,
                nearby.near(department));
    }

    /** The absolute link of a need's selection. */
    public String link(String code) {
        return (publicUrl.endsWith("/") ? publicUrl : publicUrl + "/") + SELECTION_PAGE + code;
    }

    private List<OfferHit> search(String category, NeedItem item, String department) {
        return search.search(SearchQuery.builder()
                        .category(category)
                        .priceMax(item.priceMax())
                        .department(department)
                        .sort(SearchSort.PRICE_ASC)
                        .page(new PageRequest(0, OFFERS_PER_NEED * 2))
                        .build())
                .page().items();
    }

    /** The place as stated (a postcode, a département, or a town then known), in the stored département. */
    private static Place placeShown(String typed, Department department) {
        try {
            return new Place(department, Place.parse(typed, Map.of()).town());
        } catch (InvalidInputException e) {
            return new Place(department, typed); // a town of a partner known when the need was stated
        }
    }

    private Place placeOf(NeedAnswers answers) {
        try {
            return nearby.place(answers.place());
        } catch (InvalidInputException e) {
            throw new InvalidInputException("lieu", e.getMessage());
        }
    }

    private Need find(String code) {
        if (NeedCode.isWellFormed(code)) {
            List<Need> found = em.createNamedQuery(Need.FIND_BY_CODE, Need.class)
                    .setParameter("hash", NeedCode.hash(code)).getResultList();
            if (!found.isEmpty()) {
                return found.get(0);
            }
        }
        throw new ResourceNotFoundException("Ce lien ne correspond à aucun besoin enregistré : "
                + "vérifiez qu'il est complet, ou décrivez à nouveau votre besoin.");
    }

    private static String linkMessage(String link) {
        return "Bonjour,\n\n"
                + "Vous avez décrit votre besoin sur le Catalogue. Votre sélection d'offres et de prestataires "
                + "proches de chez vous vous attend à cette adresse, à conserver :\n\n"
                + link + "\n\n"
                + "Vous pourrez y revenir et modifier vos réponses à tout moment : la sélection suit le catalogue.\n"
                + "Ce lien est personnel ; toute personne qui le connaît peut voir et modifier votre besoin.\n\n"
                + "Le Catalogue";
    }
}
