package fr.catalogue.specification;

import fr.catalogue.category.Category;
import fr.catalogue.category.CategoryService;
import fr.catalogue.common.ResourceNotFoundException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * Reads the specifications (R5) and judges offers against the version in force (R11). Public:
 * anyone, a partner first, may read a specification and check an offer before entering it.
 */
@Stateless
public class SpecificationService {

    /** Effective dates are days in France, where the label applies. */
    public static final ZoneId LABEL_ZONE = ZoneId.of("Europe/Paris");

    private final ConformanceEngine engine = new ConformanceEngine();

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CategoryService categories;

    @Inject
    private Clock clock;

    /**
     * The version in force today for a category: the latest published one whose effective date
     * has come.
     *
     * @throws ResourceNotFoundException for an unknown category, or one without a version in force
     */
    public SpecificationVersion getInForce(String categoryCode) {
        Category category = getCategory(categoryCode);
        return findInForce(category.getCode(), today()).orElseThrow(() -> new ResourceNotFoundException(
                "Aucun cahier des charges n'est en vigueur pour la catégorie « " + category.getName() + " »."));
    }

    /** Every published version of a category, newest first (drafts are not public). */
    public List<SpecificationVersion> getHistory(String categoryCode) {
        Category category = getCategory(categoryCode);
        return em.createNamedQuery(SpecificationVersion.HISTORY, SpecificationVersion.class)
                .setParameter("category", category.getCode())
                .getResultList();
    }

    /**
     * One published version of a category, in force or not.
     *
     * @throws ResourceNotFoundException when it does not exist or is still a draft
     */
    public SpecificationVersion getPublished(String categoryCode, int number) {
        Category category = getCategory(categoryCode);
        return em.createNamedQuery(SpecificationVersion.BY_NUMBER, SpecificationVersion.class)
                .setParameter("category", category.getCode())
                .setParameter("number", number)
                .getResultStream()
                .filter(v -> v.getStatus() != VersionStatus.DRAFT)
                .findFirst()
                .orElseThrow(() -> new ResourceNotFoundException("La catégorie « " + category.getName()
                        + " » n'a pas de version " + number + " publiée de son cahier des charges."));
    }

    /**
     * Judges declared facts against the version in force of a category (R11, R12, R9): the
     * verdict says, criterion by criterion, why an offer would be refused.
     */
    public Verdict check(String categoryCode, OfferFacts facts) {
        return engine.evaluate(facts, getInForce(categoryCode).toRules());
    }

    /** The version in force today for a category, if it has one. */
    public Optional<SpecificationVersion> findInForce(String categoryCode) {
        return findInForce(categoryCode, today());
    }

    private Optional<SpecificationVersion> findInForce(String categoryCode, LocalDate day) {
        return em.createNamedQuery(SpecificationVersion.IN_FORCE, SpecificationVersion.class)
                .setParameter("category", categoryCode)
                .setParameter("today", day)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    private Category getCategory(String code) {
        return categories.findByCode(code).orElseThrow(
                () -> new ResourceNotFoundException("Catégorie inconnue : « " + code + " »."));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(LABEL_ZONE));
    }
}
